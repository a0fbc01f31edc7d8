import QtQuick
import Kiosk

// A small accent heading above a block of a detail page.
Label {
    size: Theme.font_size_caption
    color: Theme.color_accent
    font.bold: true
    font.letterSpacing: Theme.font_letter_spacing_label
}
