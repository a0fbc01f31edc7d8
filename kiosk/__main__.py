"""`python -m kiosk`: the command line (parse an article, or start the kiosk)."""

import sys

from kiosk.cli import main

sys.exit(main())
