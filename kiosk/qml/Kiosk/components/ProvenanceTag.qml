import QtQuick
import Kiosk

// Where an item came from: "出处 · 原文第9段" or the curator's source.
Label {
    id: root

    property string provenance

    objectName: "provenance"
    text: Strings.sourceLine.arg(root.provenance)
    size: Theme.font_size_caption
    color: Theme.color_font_muted
}
