import QtQuick
import Kiosk

// Text in the kiosk's font, always plain text, wrapping at allowed breaks.
Text {
    id: root

    property int size: Theme.font_size_body
    // Where the glyphs start inside the box (layout checks in the tests read it).
    readonly property real glyphTop: Math.max(0, verticalAlignment === Text.AlignBottom
        ? height - contentHeight
        : verticalAlignment === Text.AlignVCenter ? (height - contentHeight) / 2 : 0)

    color: Theme.color_font_primary
    font.family: Theme.font_family
    font.pixelSize: root.size
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    lineHeight: 1.25
}
