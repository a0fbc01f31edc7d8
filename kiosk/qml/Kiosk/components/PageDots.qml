pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Where this page is among the others: dots, and "3 / 18" beside them.
Row {
    id: root

    property int count
    property int currentIndex

    spacing: Theme.geometry_gap_small

    Repeater {
        model: root.count > 24 ? 0 : root.count

        Rectangle {
            id: dot

            required property int index

            anchors.verticalCenter: parent.verticalCenter
            width: dot.index === root.currentIndex ? Theme.geometry_dot_current : Theme.geometry_dot
            height: Theme.geometry_dot
            radius: height / 2
            color: dot.index === root.currentIndex ? Theme.color_accent : Theme.color_card_border

            Behavior on width {
                NumberAnimation { duration: Theme.duration_fast }
            }
        }
    }

    Label {
        objectName: "pageNumber"
        anchors.verticalCenter: parent.verticalCenter
        text: Strings.pageOf.arg(root.currentIndex + 1).arg(root.count)
        size: Theme.font_size_caption
        color: Theme.color_font_muted
        wrapMode: Text.NoWrap
        leftPadding: Theme.geometry_gap_small
    }
}
