pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Ranks over the years as rising columns: a better (smaller) rank stands taller. The scale
// runs to the next ten past the worst rank shown, so any rank draws a bar.
Row {
    id: root

    property var items: []
    readonly property real worst: Math.ceil((Math.max(1, ...root.items.map(item => item.value)) + 1) / 10) * 10
    // The tallest bar takes what the rank and year labels leave of the chart's height.
    readonly property real labelRoom: (Theme.font_size_h3 + Theme.font_size_caption) * 1.3
                                      + 2 * Theme.geometry_gap_small
    readonly property real chartHeight: Math.max(0, root.height - root.labelRoom)

    spacing: Theme.geometry_gap * 2

    Repeater {
        model: root.items

        Column {
            id: column

            required property var modelData

            anchors.bottom: column.parent?.bottom  // no parent while a reset tears it down
            spacing: Theme.geometry_gap_small

            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: Strings.rankLabel.arg(column.modelData.value)
                size: Theme.font_size_h3
                font.bold: true
                color: Theme.color_highlight
                wrapMode: Text.NoWrap
            }

            Rectangle {
                objectName: "rankBar"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.geometry_rank_bar_width
                height: root.chartHeight * (root.worst + 1 - column.modelData.value) / root.worst
                radius: Theme.geometry_radius_small
                gradient: Gradient {
                    GradientStop { position: 0; color: Theme.color_accent }
                    GradientStop { position: 1; color: Theme.color_card_border }
                }
            }

            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: column.modelData.year > 0 ? Strings.year.arg(column.modelData.year) : ""
                size: Theme.font_size_caption
                color: Theme.color_font_muted
                wrapMode: Text.NoWrap
            }
        }
    }
}
