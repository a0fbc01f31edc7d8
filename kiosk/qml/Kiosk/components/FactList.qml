pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Key facts as a bulleted list under a heading; a curator's fact names its source under it.
// Hidden when there are none.
Column {
    id: root

    property var facts: []

    spacing: Theme.geometry_gap_small
    visible: root.facts.length > 0

    SectionLabel {
        width: root.width
        text: Strings.keyFacts
    }

    Repeater {
        model: root.facts

        Column {
            id: fact

            required property var modelData

            width: root.width

            Label {
                width: parent.width
                leftPadding: Theme.geometry_gap
                text: Strings.bullet.arg(fact.modelData.text)
            }

            Label {
                width: parent.width
                leftPadding: Theme.geometry_gap * 2
                visible: fact.modelData.source.length > 0
                text: Strings.sourceLine.arg(fact.modelData.source)
                size: Theme.font_size_caption
                color: Theme.color_font_muted
            }
        }
    }
}
