import QtQuick
import QtQuick.Templates as T
import Kiosk

// A tappable card: raised panel, press feedback within a frame, focus ring when current.
T.AbstractButton {
    id: root

    property bool current: false
    property color tint: Theme.color_card

    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    padding: Theme.geometry_gap * 1.25
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Button

    background: Rectangle {
        radius: Theme.geometry_radius
        color: root.down ? Theme.color_card_pressed : root.tint
        border.width: Theme.geometry_border
        border.color: Theme.color_card_border
        scale: root.down ? 0.97 : 1

        Behavior on scale {
            NumberAnimation { duration: Theme.duration_press }
        }

        FocusRing {
            visible: root.current
        }
    }
}
