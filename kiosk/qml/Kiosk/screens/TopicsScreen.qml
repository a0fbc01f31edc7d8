pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Topics: keyword chips; choosing one lists everything about it. Typing filters the chips.
Screen {
    id: root

    objectName: "topicsScreen"

    Component.onCompleted: {
        ContentStore.topicFilter = ""
        ContentStore.topic = ""
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Backspace && ContentStore.topicFilter.length > 0) {
            ContentStore.topicFilter = ContentStore.topicFilter.slice(0, -1)
            event.accepted = true
        } else if (event.text.length === 1 && event.text.charCodeAt(0) > 32
                   && event.text.charCodeAt(0) !== 127
                   && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
            ContentStore.topicFilter += event.text
            chips.current = 0
            event.accepted = true
        }
    }

    TopicChips {
        id: chips

        objectName: "topicChips"
        Accessible.name: root.title
        anchors.top: parent.top
        anchors.left: parent.left
        width: Theme.portrait ? parent.width : parent.width * 0.42
        height: Theme.portrait ? Math.min(parent.height * 0.4, implicitHeight)
                               : parent.height
        focus: true
        onChose: (term) => {
            ContentStore.topic = term
            results.currentIndex = 0
        }
    }

    TopicResults {
        id: results

        objectName: "topicResults"
        anchors.top: Theme.portrait ? chips.bottom : parent.top
        anchors.left: Theme.portrait ? parent.left : chips.right
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }
}
