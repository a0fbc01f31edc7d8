pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Everything one topic is about; tapping an entry opens it in its own screen.
ListView {
    id: root

    clip: true
    activeFocusOnTab: true
    keyNavigationEnabled: true
    spacing: Theme.geometry_gap_small
    leftMargin: Theme.geometry_page_margin
    rightMargin: Theme.geometry_page_margin
    topMargin: Theme.geometry_gap_small
    bottomMargin: Theme.geometry_page_margin
    boundsBehavior: Flickable.StopAtBounds
    model: ContentStore.topicItems
    Accessible.role: Accessible.List
    Accessible.name: ContentStore.topic ? Strings.topicCount.arg(ContentStore.topicTerm).arg(root.count)
                                        : Strings.chooseTopic

    function open(row: int): void {
        const item = ContentStore.topicItems.get(row)
        if (item.screen)
            Navigator.open(item.screen, item.index)
    }

    Keys.onReturnPressed: root.open(currentIndex)
    Keys.onEnterPressed: root.open(currentIndex)
    Keys.onSpacePressed: root.open(currentIndex)

    header: Item {
        width: root.width - root.leftMargin - root.rightMargin
        height: root.count > 0 ? heading.implicitHeight + Theme.geometry_gap_small : 0

        Label {
            id: heading

            objectName: "topicHeading"
            width: parent.width
            visible: root.count > 0
            text: Strings.topicCount.arg(ContentStore.topicTerm).arg(root.count)
            size: Theme.font_size_h3
            font.bold: true
            color: Theme.color_highlight
            maximumLineCount: 1
            elide: Text.ElideRight
        }
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.geometry_page_margin
        visible: root.count === 0
        text: Strings.chooseTopic
        color: Theme.color_font_muted
        horizontalAlignment: Text.AlignHCenter
    }

    delegate: Card {
        id: entry

        required property int index
        required property string kind
        required property string title
        required property string detail

        objectName: "topicItem_" + index
        width: root.width - root.leftMargin - root.rightMargin
        padding: Theme.geometry_gap
        current: root.activeFocus && root.currentIndex === index
        Accessible.name: Strings.spoken(entry.title)
        onClicked: {
            root.currentIndex = index
            root.open(index)
        }

        contentItem: Column {
            spacing: Theme.geometry_gap_tiny

            Label {
                width: parent.width
                text: {
                    switch (entry.kind) {
                    case "achievement": return Strings.kindAchievement
                    case "exhibit": return Strings.kindExhibit
                    case "quote": return Strings.kindQuote
                    }
                    return Strings.kindFigure
                }
                size: Theme.font_size_caption
                color: Theme.color_accent
                font.bold: true
            }

            Label {
                width: parent.width
                text: entry.title
                size: Theme.font_size_body
                font.bold: true
                maximumLineCount: 2
                elide: Text.ElideRight
            }

            Label {
                width: parent.width
                text: entry.detail
                visible: text.length > 0
                size: Theme.font_size_caption
                color: Theme.color_font_secondary
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }
}
