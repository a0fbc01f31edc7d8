import QtQuick
import Kiosk

// A quotation with its speaker and the speaker's post.
Column {
    id: root

    property string quote
    property string speaker
    property string speakerTitle
    property int size: Theme.font_size_body

    spacing: Theme.geometry_gap_small

    Label {
        width: root.width
        text: Strings.quoted.arg(root.quote)
        size: root.size
        color: Theme.color_font_secondary
    }

    Label {
        width: root.width
        text: root.speakerTitle ? Strings.attributionTitled.arg(root.speaker).arg(root.speakerTitle)
                                 : Strings.attribution.arg(root.speaker)
        size: Theme.font_size_caption
        color: Theme.color_accent_soft
    }
}
