import QtQuick
import Kiosk

// One achievement in the grid: kind, name (breaking only between words), summary, source.
Item {
    id: root

    required property int index
    required property string name
    required property string kind
    required property string summary
    required property string provenance
    required property bool curated

    width: GridView.view.cellWidth
    height: GridView.view.cellHeight

    Card {
        objectName: "achievementCard_" + root.index
        anchors.fill: parent
        anchors.margins: Theme.geometry_gap / 2
        current: root.GridView.isCurrentItem && root.GridView.view.activeFocus
        Accessible.name: root.name
        onClicked: {
            root.GridView.view.currentIndex = root.index
            Navigator.open("achievement", root.index)
        }

        contentItem: Column {
            spacing: Theme.geometry_gap_small

            Label {
                width: parent.width
                text: root.curated ? Strings.curated : Strings.kindLabel(root.kind)
                size: Theme.font_size_caption
                color: root.curated ? Theme.color_highlight : Theme.color_accent
                font.bold: true
                maximumLineCount: 1
                elide: Text.ElideRight
            }

            Label {
                objectName: "cardTitle"
                width: parent.width
                text: root.name
                size: Theme.font_size_h2
                font.bold: true
                maximumLineCount: 2
                elide: Text.ElideRight
            }

            Label {
                width: parent.width
                text: root.summary
                color: Theme.color_font_secondary
                size: Theme.font_size_caption
                maximumLineCount: 2
                elide: Text.ElideRight
            }

            ProvenanceTag {
                width: parent.width
                provenance: root.provenance
                maximumLineCount: 1
                elide: Text.ElideRight
            }
        }
    }
}
