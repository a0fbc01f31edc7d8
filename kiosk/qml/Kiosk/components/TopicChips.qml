pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The topic chips in wrapping rows; arrows move between them, Enter/Space choose.
FocusScope {
    id: root

    property int current: 0
    signal chose(string term)

    implicitHeight: (typed.visible ? typed.implicitHeight : 0) + Theme.geometry_gap_small
                    + flick.contentHeight
    activeFocusOnTab: true
    Accessible.role: Accessible.List

    function move(step: int): void {
        root.current = Math.max(0, Math.min(chipRepeater.count - 1, root.current + step))
        const chip = chipRepeater.itemAt(root.current)
        if (chip)
            flick.contentY = Math.max(0, Math.min(chip.y - Theme.geometry_gap,
                                                  flick.contentHeight - flick.height))
    }

    function moveVertically(direction: int): void {
        const from = chipRepeater.itemAt(root.current)
        if (!from)
            return
        let best = -1
        let bestScore = Infinity
        for (let i = 0; i < chipRepeater.count; ++i) {
            const chip = chipRepeater.itemAt(i)
            const dy = (chip.y - from.y) * direction
            if (dy <= 0)
                continue
            const score = dy * 10 + Math.abs(chip.x + chip.width / 2 - from.x - from.width / 2)
            if (score < bestScore) {
                bestScore = score
                best = i
            }
        }
        if (best >= 0)
            root.move(best - root.current)
    }

    Keys.onLeftPressed: root.move(-1)
    Keys.onRightPressed: root.move(1)
    Keys.onUpPressed: root.moveVertically(-1)
    Keys.onDownPressed: root.moveVertically(1)
    Keys.onReturnPressed: root.choose()
    Keys.onEnterPressed: root.choose()
    Keys.onSpacePressed: root.choose()

    function choose(): void {
        const topic = ContentStore.topics.get(root.current)
        if (topic.key)
            root.chose(topic.key)
    }

    Label {
        id: typed

        objectName: "topicFilter"
        x: Theme.geometry_page_margin
        width: parent.width - 2 * x
        // Typing filters the chips, but only a visitor at a keyboard is told so.
        visible: IdleMonitor.keyboard || ContentStore.topicFilter.length > 0
        text: ContentStore.topicFilter ? Strings.filtering.arg(ContentStore.topicFilter) : Strings.filterTopics
        color: ContentStore.topicFilter ? Theme.color_highlight : Theme.color_font_muted
        size: Theme.font_size_caption
        maximumLineCount: 1
        elide: Text.ElideRight
    }

    Flickable {
        id: flick

        anchors.top: typed.visible ? typed.bottom : parent.top
        anchors.topMargin: Theme.geometry_gap_small
        anchors.bottom: parent.bottom
        width: parent.width
        contentHeight: flow.implicitHeight + Theme.geometry_gap * 2
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Flow {
            id: flow

            x: Theme.geometry_page_margin
            y: Theme.geometry_gap_small
            width: flick.width - 2 * x
            spacing: Theme.geometry_gap_small

            Repeater {
                id: chipRepeater

                model: ContentStore.topics

                Chip {
                    required property int index
                    required property string key
                    required property string term

                    objectName: "topicChip_" + index
                    text: term
                    checked: key === ContentStore.topic
                    current: root.activeFocus && root.current === index
                    onClicked: {
                        root.current = index
                        root.chose(key)
                    }
                }
            }
        }

        Label {
            anchors.centerIn: parent
            visible: chipRepeater.count === 0
            text: Strings.noTopics
            color: Theme.color_font_muted
        }
    }
}
