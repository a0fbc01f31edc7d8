import QtQuick
import Kiosk

// One exhibit in the grid: its picture (generated artwork), name and maker.
Item {
    id: root

    required property int index
    required property string name
    required property string maker
    required property string image
    required property string provenance
    required property string note

    width: GridView.view.cellWidth
    height: GridView.view.cellHeight

    Card {
        objectName: "exhibitCard_" + root.index
        anchors.fill: parent
        anchors.margins: Theme.geometry_gap / 2
        padding: 0
        current: root.GridView.isCurrentItem && root.GridView.view.activeFocus
        Accessible.name: Strings.spoken(root.name)
        onClicked: {
            root.GridView.view.currentIndex = root.index
            Navigator.open("exhibit", root.index)
        }

        contentItem: Column {
            Artwork {
                width: parent.width
                // the picture takes what the text leaves, so tall cards are not half empty
                height: Math.max(parent.height * 0.5,
                                 parent.height - info.implicitHeight - Theme.geometry_gap)
                artwork: root.image
                topRadius: true

                LanguageNote {
                    anchors.top: parent.top
                    anchors.right: parent.right
                    anchors.margins: Theme.geometry_gap_small
                    note: root.note
                    compact: true
                }
            }

            Column {
                id: info

                x: Theme.geometry_gap
                width: parent.width - 2 * x
                topPadding: Theme.geometry_gap_small
                spacing: Theme.geometry_gap_tiny

                Label {
                    objectName: "cardTitle"
                    width: parent.width
                    text: root.name
                    size: Theme.font_size_h2
                    font.bold: true
                    maximumLineCount: 1
                    elide: Text.ElideRight
                }

                Label {
                    width: parent.width
                    text: root.maker || Strings.makerUnknown
                    size: Theme.font_size_caption
                    color: root.maker ? Theme.color_font_secondary : Theme.color_font_muted
                    maximumLineCount: 1
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
}
