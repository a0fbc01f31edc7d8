import sys

from kiosk import app

sys.exit(app.main())
