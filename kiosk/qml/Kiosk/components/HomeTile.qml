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
            anchors.top: bar.bottom
            anchors.topMargin: Theme.geometry_gap
            width: parent.width
            spacing: Theme.geometry_gap_tiny

            Label {
                width: parent.width
                text: root.title
                size: Theme.font_size_h1
                font.bold: true
                maximumLineCount: 1
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

        Label {
            objectName: "teaser"
            anchors.bottom: parent.bottom
            width: parent.width
            text: root.teaser
            size: Theme.font_size_body
            color: Theme.color_font_secondary
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
