pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Voices: one large quote per page, swipe or arrows to move, filter by speaker.
Screen {
    id: root

    objectName: "voicesScreen"

    Component.onCompleted: if (startIndex >= 0) ContentStore.speaker = ""

    ChipRow {
        id: speakers

        objectName: "speakerChips"
        Accessible.name: Strings.bySpeaker
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        chosen: ContentStore.speaker
        model: ContentStore.speakers
        onChose: (value) => {
            ContentStore.speaker = value
            quotes.currentIndex = 0
        }
    }

    // Fades the chips into the page edge while more speakers lie beyond it.
    Rectangle {
        anchors.top: speakers.top
        anchors.bottom: speakers.bottom
        anchors.right: speakers.right
        width: Theme.geometry_page_margin * 2
        visible: speakers.contentWidth > speakers.width && !speakers.atXEnd
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 1.0; color: Theme.color_background }
        }
    }

    ListView {
        id: quotes

        objectName: "quotePages"
        anchors.top: speakers.bottom
        anchors.bottom: dots.top
        anchors.left: parent.left
        anchors.right: parent.right
        focus: true
        activeFocusOnTab: true
        clip: true
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.duration_page
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: true
        currentIndex: Math.max(0, root.startIndex)
        model: ContentStore.quotes
        Component.onCompleted: positionViewAtIndex(currentIndex, ListView.Beginning)
        Accessible.role: Accessible.PageTabList
        Accessible.name: root.title

        delegate: Item {
            id: page

            required property int index
            required property string text
            required property string speaker
            required property string speakerTitle
            required property string provenance
            required property string note

            objectName: "quotePage_" + index
            width: quotes.width
            height: quotes.height
            Accessible.role: Accessible.StaticText
            Accessible.name: Strings.quoteBy.arg(page.speaker)

            Column {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.geometry_page_margin,
                                Theme.geometry_reading_width)
                spacing: Theme.geometry_gap

                Label {
                    text: "“"
                    size: Theme.font_size_figure * 1.5
                    // half-width form: the full-width mark sits in the right half of its em
                    // box and would hang in from the text column
                    font.features: { "halt": 1 }
                    color: Theme.color_accent
                    lineHeight: 0.6
                    wrapMode: Text.NoWrap
                }

                Label {
                    objectName: "quoteText"
                    width: parent.width
                    text: page.text
                    size: page.text.length > 60 ? Theme.font_size_h2 : Theme.font_size_h1
                    lineHeight: 1.4
                }

                Label {
                    objectName: "quoteSpeaker"
                    width: parent.width
                    text: Strings.attribution.arg(page.speaker)
                    size: Theme.font_size_h3
                    font.bold: true
                    color: Theme.color_accent_soft
                }

                Label {
                    width: parent.width
                    text: page.speakerTitle
                    visible: text.length > 0
                    color: Theme.color_font_secondary
                }

                ProvenanceTag {
                    width: parent.width
                    provenance: page.provenance
                }

                LanguageNote {
                    width: parent.width
                    note: page.note
                }
            }
        }
    }

    PageDots {
        id: dots

        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.geometry_page_margin / 2
        height: Theme.geometry_touch_min
        count: quotes.count
        currentIndex: quotes.currentIndex
    }
}
