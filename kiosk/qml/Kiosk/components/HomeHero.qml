import QtQuick
import Kiosk

// The top of Home: forum name, dates and place, and the article's tagline.
Rectangle {
    id: root

    gradient: Gradient {
        GradientStop { position: 0; color: Theme.navy800 }
        GradientStop { position: 1; color: Theme.color_background }
    }

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.geometry_page_margin
        anchors.rightMargin: Theme.geometry_page_margin
        spacing: Theme.geometry_gap_small

        Label {
            objectName: "eventDates"
            width: parent.width
            text: ContentStore.eventPlace
                  ? Strings.datesAndPlace.arg(ContentStore.eventDates).arg(ContentStore.eventPlace)
                  : ContentStore.eventDates
            size: Theme.font_size_h3
            color: Theme.color_accent
            font.bold: true
            maximumLineCount: 1
            elide: Text.ElideRight
        }

        Label {
            objectName: "eventName"
            width: parent.width
            text: ContentStore.eventName
            size: Theme.font_size_hero
            font.bold: true
            lineHeight: 1.1
        }

        Label {
            objectName: "tagline"
            width: parent.width
            text: ContentStore.tagline
            size: Theme.font_size_h2
            color: Theme.color_font_secondary
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
