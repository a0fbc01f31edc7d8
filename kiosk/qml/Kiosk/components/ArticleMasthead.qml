import QtQuick
import Kiosk

// Kicker, headline, dateline and reporters above the article text.
Column {
    id: root

    spacing: Theme.geometry_gap_small
    bottomPadding: Theme.geometry_gap * 2

    Label {
        width: root.width
        text: ContentStore.kicker
        visible: text.length > 0
        size: Theme.font_size_h3
        color: Theme.color_accent_soft
    }

    Label {
        objectName: "headline"
        width: root.width
        text: ContentStore.headline
        size: Theme.font_size_display
        font.bold: true
        lineHeight: 1.15
    }

    Label {
        objectName: "dateline"
        width: root.width
        text: Strings.datelineReporters.arg(ContentStore.dateline).arg(ContentStore.reporters)
        size: Theme.font_size_caption
        color: Theme.color_font_muted
    }
}
