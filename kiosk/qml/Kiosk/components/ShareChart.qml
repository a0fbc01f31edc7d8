pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Shares of a whole as horizontal bars on a 0–100 % track.
Column {
    id: root

    property var items: []

    spacing: Theme.geometry_gap

    Repeater {
        model: root.items

        Column {
            id: share

            required property var modelData
            readonly property real fraction: modelData.kind === "percent"
                                             ? modelData.value / 100 : modelData.value

            width: root.width
            spacing: Theme.geometry_chart_gap

            Label {
                width: parent.width
                text: Strings.figureLabel.arg(share.modelData.literal).arg(share.modelData.label)
                size: Theme.font_size_caption
                color: Theme.color_font_secondary
            }

            Rectangle {
                width: parent.width
                height: Theme.geometry_chart_bar
                radius: height / 2
                color: Theme.color_background_raised

                Rectangle {
                    objectName: "shareBar"
                    width: parent.width * Math.max(0, Math.min(1, share.fraction))
                    height: parent.height
                    radius: height / 2
                    color: Theme.color_accent
                }
            }
        }
    }
}
