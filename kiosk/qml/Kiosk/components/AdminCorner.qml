import QtQuick
import Kiosk

// The staff-only way out: hold the top-left corner for five seconds to open the PIN pad.
// The handler only watches (a passive grab), so short presses still reach what lies beneath.
Item {
    id: root

    objectName: "adminCorner"
    width: Theme.geometry_admin_corner
    height: Theme.geometry_admin_corner

    TapHandler {
        objectName: "adminHold"
        gesturePolicy: TapHandler.DragThreshold
        longPressThreshold: Theme.duration_admin_hold / 1000
        onLongPressed: AdminGate.request()
    }
}
