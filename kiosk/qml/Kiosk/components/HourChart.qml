pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Visits begun in each hour of the day, midnight first: the busiest hour's column fills the
// height; counts stand on the columns, every third hour is named under them.
Item {
    id: root

    property RowModel model
    readonly property real labelRoom: Theme.font_size_caption * 1.4 + Theme.geometry_gap_tiny
    readonly property real barRoom: Math.max(0, root.height - 2 * root.labelRoom)

    implicitHeight: Theme.geometry_hour_chart_height

    Rectangle {
        objectName: "hourBaseline"
        x: 0
        y: root.height - root.labelRoom
        width: root.width
        height: Theme.geometry_border
        color: Theme.color_card_border
    }

    Row {
        id: bars

        readonly property real barWidth: (width - 23 * spacing) / 24

        anchors.fill: parent
        spacing: Theme.geometry_gap_tiny

        Repeater {
            model: root.model

            Item {
                id: column

                required property int hour
                required property string label
                required property int visits
                required property real share

                objectName: "hourColumn_" + column.label
                width: bars.barWidth
                height: bars.height
                Accessible.role: Accessible.StaticText
                Accessible.name: Strings.hourBar.arg(column.label).arg(column.visits)

                Label {
                    objectName: "hourCount_" + column.label
                    anchors.bottom: bar.top
                    anchors.bottomMargin: Theme.geometry_gap_tiny
                    width: column.width
                    horizontalAlignment: Text.AlignHCenter
                    text: String(column.visits)
                    visible: column.visits > 0
                    size: Theme.font_size_caption
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.font_size_caption / 2
                    color: Theme.color_font_secondary
                    wrapMode: Text.NoWrap
                    lineHeight: 1
                }

                Rectangle {
                    id: bar

                    objectName: "hourBar_" + column.label
                    y: root.height - root.labelRoom - height
                    width: column.width
                    height: column.visits > 0 ? Math.max(Theme.geometry_border,
                                                         root.barRoom * column.share) : 0
                    radius: Math.min(Theme.geometry_radius_small, width / 2)
                    color: Theme.color_accent
                }

                Label {
                    objectName: "hourLabel_" + column.label
                    anchors.horizontalCenter: column.horizontalCenter
                    anchors.bottom: column.bottom
                    text: column.label
                    visible: column.hour % 3 === 0
                    size: Theme.font_size_caption
                    color: Theme.color_font_muted
                    wrapMode: Text.NoWrap
                    lineHeight: 1
                }
            }
        }
    }
}
