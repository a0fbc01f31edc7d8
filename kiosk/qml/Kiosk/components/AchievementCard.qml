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
    required property string note

    width: GridView.view.cellWidth
    height: GridView.view.cellHeight

    Card {
        objectName: "achievementCard_" + root.index
        anchors.fill: parent
        anchors.margins: Theme.geometry_gap / 2
        current: root.GridView.isCurrentItem && root.GridView.view.activeFocus
        Accessible.name: Strings.spoken(root.name)
        onClicked: {
            root.GridView.view.currentIndex = root.index
            Navigator.open("achievement", root.index)
        }

        // Kind and name at the top, the source at the foot; the summary gets what is left
        // and is cut off with an ellipsis at the last line that fits.
        contentItem: Item {
            Column {
                id: head

                width: parent.width
                spacing: Theme.geometry_gap_small

                Label {
                    width: parent.width
                    rightPadding: chineseOnly.visible ? chineseOnly.width + Theme.geometry_gap_small : 0
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
            }

            Label {
                anchors.top: head.bottom
                anchors.topMargin: Theme.geometry_gap_small
                anchors.bottom: source.top
                anchors.bottomMargin: Theme.geometry_gap_small
                width: parent.width
                visible: height >= font.pixelSize * Theme.line_height_body
                text: root.summary
                color: Theme.color_font_secondary
                size: Theme.font_size_caption
                elide: Text.ElideRight
            }

            LanguageNote {
                id: chineseOnly

                anchors.top: parent.top
                anchors.right: parent.right
                note: root.note
                compact: true
            }

            ProvenanceTag {
                id: source

                anchors.bottom: parent.bottom
                width: parent.width
                provenance: root.provenance
                maximumLineCount: 1
                elide: Text.ElideRight
            }
        }
    }
}
