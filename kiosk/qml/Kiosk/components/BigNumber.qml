import QtQuick
import Kiosk

// A key figure as a big number that counts up when shown; literals without digits fade in.
Row {
    id: root

    property string prefix
    property real number: -1
    property int decimals: 0
    property string suffix
    property int size: Theme.font_size_figure
    property bool grouped: false  // thousands separated as the literal writes them (70,000)
    property real shown: 0

    spacing: Theme.geometry_gap_tiny
    opacity: 0

    Component.onCompleted: {
        root.shown = root.number >= 0 ? root.number : 0
        root.opacity = 1
    }

    Behavior on shown {
        NumberAnimation { duration: Theme.duration_count; easing.type: Easing.OutCubic }
    }
    Behavior on opacity {
        NumberAnimation { duration: Theme.duration_page }
    }

    Label {
        anchors.baseline: value.baseline
        text: root.prefix
        visible: text.length > 0
        size: root.size * 0.45
        color: Theme.color_highlight
        wrapMode: Text.NoWrap
    }

    Label {
        id: value
        objectName: "figureValue"
        text: root.number < 0 ? root.suffix
              : root.grouped ? root.shown.toLocaleString(Qt.locale("en_US"), "f", root.decimals)
              : root.shown.toFixed(root.decimals)
        size: root.number >= 0 ? root.size : root.size * 0.6
        font.bold: true
        color: Theme.color_highlight
        wrapMode: Text.NoWrap
        lineHeight: 1
    }

    Label {
        anchors.baseline: value.baseline
        text: root.suffix
        visible: root.number >= 0 && text.length > 0
        size: root.size * 0.45
        color: Theme.color_highlight
        wrapMode: Text.NoWrap
    }
}
