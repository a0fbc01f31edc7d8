pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// One key figure, or a group of figures that belong together, with its chart.
Item {
    id: root

    required property int index
    required property string chart
    required property var items
    required property string provenance
    required property string note

    width: GridView.view.cellWidth
    height: GridView.view.cellHeight

    Card {
        objectName: "figureCard_" + root.index
        anchors.fill: parent
        anchors.margins: Theme.geometry_gap / 2
        current: root.GridView.isCurrentItem && root.GridView.view.activeFocus
        Accessible.name: Strings.spoken(root.items.map(item => item.literal + item.label).join("，"))
        onClicked: root.GridView.view.currentIndex = root.index

        contentItem: Item {
            RankChart {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.top: parent.top
                anchors.bottom: rankLabel.top
                anchors.bottomMargin: Theme.geometry_gap_small
                visible: root.chart === "rank"
                items: root.chart === "rank" ? root.items : []
            }

            Label {
                id: rankLabel

                anchors.bottom: tag.top
                width: parent.width
                visible: root.chart === "rank"
                text: root.items.length > 0 ? root.items[0].label : ""
                horizontalAlignment: Text.AlignHCenter
                maximumLineCount: 1
                elide: Text.ElideRight
            }

            ShareChart {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                visible: root.chart === "share"
                items: root.chart === "share" ? root.items : []
            }

            Flow {
                width: parent.width
                spacing: Theme.geometry_gap * 1.5
                visible: root.chart === "" || root.chart === "pair"

                Repeater {
                    model: root.chart === "" || root.chart === "pair" ? root.items : []

                    Grid {
                        id: figure

                        required property var modelData

                        // `?.`: while a model reset tears the card down, `root` and the
                        // parent are gone before these bindings are
                        readonly property bool pair: root?.chart === "pair"
                        readonly property real room: figure.parent?.width ?? 0
                        readonly property real half: (figure.room - Theme.geometry_gap * 1.5) / 2
                        // A pair stands side by side when both numbers fit; else each takes a
                        // line, its label beside the number so the card keeps its height.
                        readonly property bool beside: figure.pair
                                                       && number.implicitWidth > figure.half

                        width: figure.pair && !figure.beside ? figure.half : figure.room
                        columns: figure.beside ? 2 : 1
                        columnSpacing: Theme.geometry_gap
                        rowSpacing: Theme.geometry_gap_tiny
                        verticalItemAlignment: Grid.AlignVCenter

                        BigNumber {
                            id: number

                            prefix: figure.modelData.prefix
                            number: figure.modelData.number
                            decimals: figure.modelData.decimals
                            suffix: figure.modelData.suffix
                            grouped: figure.modelData.grouped
                            size: figure.pair ? Theme.font_size_display : Theme.font_size_figure
                        }

                        Label {
                            objectName: "figureLabel"
                            width: figure.beside ? figure.width - number.width - figure.columnSpacing
                                                 : figure.width
                            text: figure.modelData.label
                            color: Theme.color_font_secondary
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            LanguageNote {
                anchors.top: parent.top
                anchors.right: parent.right
                note: root.note
                compact: true
            }

            ProvenanceTag {
                id: tag

                anchors.bottom: parent.bottom
                width: parent.width
                provenance: root.provenance
                maximumLineCount: 1
                elide: Text.ElideRight
            }
        }
    }
}
