pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// One exhibit per page: picture, maker, facts, demonstration, caption and credit, quotes.
DetailPager {
    id: root

    objectName: "exhibitDetail"
    model: ContentStore.exhibits

    delegate: DetailPage {
        id: page

        required property int index
        required property string name
        required property string maker
        required property var facts
        required property string demonstration
        required property string caption
        required property string credit
        required property var quotes
        required property string image
        required property string provenance
        required property string note

        objectName: "exhibitPage_" + index

        Label {
            objectName: "detailTitle"
            width: page.columnWidth
            text: page.name
            size: Theme.font_size_display
            font.bold: true
            lineHeight: 1.15
        }

        Label {
            width: page.columnWidth
            text: page.maker ? Strings.makerLine.arg(page.maker) : Strings.makerUnknown
            size: Theme.font_size_h3
            color: page.maker ? Theme.color_accent_soft : Theme.color_font_muted
        }

        Artwork {
            width: page.columnWidth
            height: width * 0.5
            artwork: page.image
        }

        Label {
            objectName: "photoCaption"
            width: page.columnWidth
            visible: page.caption.length > 0
            text: page.credit ? Strings.captionCredit.arg(page.caption).arg(page.credit) : page.caption
            size: Theme.font_size_caption
            color: Theme.color_font_muted
        }

        SectionLabel {
            width: page.columnWidth
            text: Strings.demonstration
            visible: page.demonstration.length > 0
        }

        Label {
            width: page.columnWidth
            text: page.demonstration
            visible: text.length > 0
            color: Theme.color_font_secondary
            lineHeight: Theme.line_height_body
        }

        FactList {
            width: page.columnWidth
            facts: page.facts
        }

        SectionLabel {
            width: page.columnWidth
            text: Strings.relatedQuotes
            visible: page.quotes.length > 0
        }

        Repeater {
            model: page.quotes

            QuoteBlock {
                required property var modelData

                width: page.columnWidth
                quote: modelData.text
                speaker: modelData.speaker
                speakerTitle: modelData.title
            }
        }

        ProvenanceTag {
            width: page.columnWidth
            provenance: page.provenance
        }

        LanguageNote {
            width: page.columnWidth
            note: page.note
        }
    }
}
