pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The most opened items, ranked: name, a bar against the first item, and the count.
ColumnLayout {
    id: root

    property RowModel model

    spacing: Theme.geometry_gap_small

    Repeater {
        model: root.model

        RowLayout {
            id: row

            required property int rank
            required property string key
            required property string name
            required property int opens
            required property real share

            objectName: "topItem_" + row.rank
            Layout.fillWidth: true
            spacing: Theme.geometry_gap_small
            Accessible.role: Accessible.StaticText
            Accessible.name: row.name + " " + Strings.openedTimes.arg(row.opens)

            Label {
                Layout.preferredWidth: Theme.geometry_stats_rank_width
                Layout.alignment: Qt.AlignTop
                text: String(row.rank)
                size: Theme.font_size_body
                lineHeight: 1
                color: Theme.color_font_muted
                wrapMode: Text.NoWrap
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.geometry_gap_tiny

                Label {
                    objectName: "topItemName_" + row.rank
                    Layout.fillWidth: true
                    text: row.name
                    lineHeight: 1
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }

                Rectangle {
                    Layout.preferredWidth: Math.max(Theme.geometry_border,
                                                    parent.width * row.share)
                    Layout.preferredHeight: Theme.geometry_bar_thickness
                    radius: height / 2
                    color: Theme.color_accent
                }
            }

            Label {
                objectName: "topItemOpens_" + row.rank
                Layout.alignment: Qt.AlignTop
                text: Strings.openedTimes.arg(row.opens)
                size: Theme.font_size_body
                lineHeight: 1
                font.bold: true
                color: Theme.color_highlight
                wrapMode: Text.NoWrap
            }
        }
    }
}
