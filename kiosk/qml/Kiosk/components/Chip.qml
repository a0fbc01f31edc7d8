import QtQuick
import QtQuick.Templates as T
import Kiosk

// A pill for choosing a topic or a speaker; `checked` shows the current choice.
T.Button {
    id: root

    property bool current: false

    checkable: false
    implicitWidth: Math.max(Theme.geometry_touch_min * 1.5,
                            contentItem.implicitWidth + leftPadding + rightPadding)
    implicitHeight: Theme.geometry_touch_min
    leftPadding: Theme.geometry_gap * 1.25
    rightPadding: Theme.geometry_gap * 1.25
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Button
    Accessible.name: Strings.spoken(root.text)

    contentItem: Text {
        text: root.text
        color: root.checked ? Theme.color_background : Theme.color_font_primary
        font.family: Theme.font_family
        font.pixelSize: Theme.font_size_body
        textFormat: Text.PlainText
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
    }

    background: Rectangle {
        radius: height / 2
        color: root.checked ? Theme.color_accent
                            : (root.down ? Theme.color_card_pressed : Theme.color_card)
        border.width: Theme.geometry_border
        border.color: root.checked ? Theme.color_accent : Theme.color_card_border
        scale: root.down ? 0.95 : 1

        FocusRing {
            radius_: parent.radius
            visible: root.current
        }
    }
}
