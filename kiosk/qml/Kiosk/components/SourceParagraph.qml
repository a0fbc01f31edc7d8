import QtQuick
import Kiosk

// The article paragraph an item came from, quoted in a panel, with its provenance.
Rectangle {
    id: root

    property string text
    property string provenance

    implicitHeight: column.implicitHeight + 2 * Theme.geometry_gap
    radius: Theme.geometry_radius
    color: Theme.color_background_raised
    border.color: Theme.color_card_border
    border.width: Theme.geometry_border

    Column {
        id: column

        x: Theme.geometry_gap
        y: Theme.geometry_gap
        width: root.width - 2 * Theme.geometry_gap
        spacing: Theme.geometry_gap_small

        SectionLabel {
            width: parent.width
            text: Strings.sourceParagraph
            visible: root.text.length > 0
        }

        Label {
            objectName: "sourceText"
            width: parent.width
            text: root.text
            visible: text.length > 0
            size: Theme.font_size_caption
            color: Theme.color_font_secondary
            lineHeight: Theme.line_height_body
        }

        ProvenanceTag {
            width: parent.width
            provenance: root.provenance
        }
    }
}
