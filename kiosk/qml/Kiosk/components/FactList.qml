pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Key facts as a bulleted list under a heading; hidden when there are none.
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

        Label {
            required property string modelData

            width: root.width
            leftPadding: Theme.geometry_gap
            text: "• " + modelData
        }
    }
}
