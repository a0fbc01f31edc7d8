import QtQuick
import Kiosk

// A large Home tile: area name in Chinese and English, a live count or teaser.
Card {
    id: root

    property string title
    property string subtitle
    property string teaser
    property color accent: Theme.color_accent

    Accessible.name: root.title

    contentItem: Item {
        Rectangle {
            id: bar

            width: Theme.geometry_accent_bar
            height: Theme.geometry_bar_thickness
            radius: height / 2
            color: root.accent
        }

        Column {
            id: heading

            anchors.top: bar.bottom
            anchors.topMargin: Theme.geometry_gap
            width: parent.width
            spacing: Theme.geometry_gap_tiny

            Label {
                width: parent.width
                text: root.title
                size: Theme.font_size_h1
                font.bold: true
                // a long title (English, large text, a narrow tile) shrinks to fit its line
                wrapMode: Text.NoWrap
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.font_size_h3
                elide: Text.ElideRight
            }

            Label {
                width: parent.width
                text: root.subtitle
                size: Theme.font_size_caption
                color: Theme.color_font_muted
                maximumLineCount: 1
                elide: Text.ElideRight
            }
        }

        // The teaser sits at the foot and takes at most the room under the heading: two lines
        // where they fit, else one, cut off with an ellipsis rather than drawn over the names.
        Label {
            id: teaser

            objectName: "teaser"
            anchors.top: heading.bottom
            anchors.topMargin: Theme.geometry_gap_small
            anchors.bottom: parent.bottom
            width: parent.width
            text: root.teaser
            size: Theme.font_size_body
            color: Theme.color_font_secondary
            verticalAlignment: Text.AlignBottom
            // as many lines as the room holds, at most two; the last one ends in an ellipsis
            // (one line does not wrap: Qt cuts a wrapped text at its last line unmarked)
            maximumLineCount: Math.max(1, Math.min(2, Math.floor(
                teaser.height / (lines.height * teaser.lineHeight))))
            wrapMode: teaser.maximumLineCount > 1 ? Text.Wrap : Text.NoWrap
            elide: Text.ElideRight

            FontMetrics {
                id: lines

                font: teaser.font
            }
        }
    }
}
