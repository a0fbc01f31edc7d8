import QtQuick
import Kiosk

// The keyboard focus ring: a thick amber outline around the focused control.
Rectangle {
    id: root

    property real radius_: Theme.geometry_radius

    objectName: "focusRing"

    anchors.fill: parent
    anchors.margins: -Theme.geometry_focus_width * 1.5
    radius: root.radius_ + Theme.geometry_focus_width
    color: "transparent"
    border.width: Theme.geometry_focus_width
    border.color: Theme.color_focus_ring
}
