import QtQuick
import QtQuick.Templates as T
import Kiosk

// A touch button: at least a finger wide, presses visibly within a frame.
T.Button {
    id: root

    property bool primary: false

    implicitWidth: Math.max(Theme.geometry_touch_size * 1.6,
                            contentItem.implicitWidth + leftPadding + rightPadding)
    implicitHeight: Theme.geometry_touch_size
    leftPadding: Theme.geometry_gap
    rightPadding: Theme.geometry_gap
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: root.text

    contentItem: Text {
        text: root.text
        color: root.primary ? Theme.color_background : Theme.color_font_primary
        font.family: Theme.font_family
        font.pixelSize: Theme.font_size_body
        font.bold: true
        textFormat: Text.PlainText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: height / 2
        color: root.primary ? (root.down ? Theme.color_accent_soft : Theme.color_accent)
                            : (root.down ? Theme.color_card_pressed : Theme.color_card)
        border.width: root.primary ? 0 : Theme.geometry_border
        border.color: Theme.color_card_border
        scale: root.down ? 0.96 : 1

        FocusRing {
            radius_: parent.radius
            visible: root.visualFocus
        }
    }

    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
}
