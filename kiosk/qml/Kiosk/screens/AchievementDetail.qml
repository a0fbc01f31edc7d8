pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// One achievement per page: summary, key figures, facts, related quotes, source paragraph.
DetailPager {
    id: root

    objectName: "achievementDetail"
    model: ContentStore.achievements

    delegate: DetailPage {
        id: page

        required property int index
        required property string name
        required property string kind
        required property string summary
        required property var facts
        required property var figures
        required property var quotes
        required property string sourceText
        required property string provenance
        required property bool curated
        required property string note

        objectName: "achievementPage_" + index

        Label {
            width: page.columnWidth
            text: page.curated ? Strings.curated : Strings.kindLabel(page.kind)
            size: Theme.font_size_body
            color: page.curated ? Theme.color_highlight : Theme.color_accent
            font.bold: true
        }

        Label {
            objectName: "detailTitle"
            width: page.columnWidth
            text: page.name
            size: Theme.font_size_display
            font.bold: true
            lineHeight: 1.15
        }

        Label {
            objectName: "detailSummary"
            width: page.columnWidth
            text: page.summary
            size: Theme.font_size_h3
            color: Theme.color_font_secondary
        }

        Flow {
            width: page.columnWidth
            spacing: Theme.geometry_gap * 2
            visible: page.figures.length > 0

            Repeater {
                model: page.figures

                Column {
                    id: figure

                    required property var modelData

                    BigNumber {
                        prefix: figure.modelData.prefix
                        number: figure.modelData.number
                        decimals: figure.modelData.decimals
                        suffix: figure.modelData.suffix
                    }

                    Label {
                        text: figure.modelData.label
                        color: Theme.color_font_secondary
                        wrapMode: Text.NoWrap
                    }
                }
            }
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

        SourceParagraph {
            width: page.columnWidth
            text: page.sourceText
            provenance: page.provenance
        }

        LanguageNote {
            width: page.columnWidth
            note: page.note
        }
    }
}
