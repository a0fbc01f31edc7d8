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

    // Reduced motion: no animation at all, not even one that ends on the next tick (the
    // card's layout would change after its first frame).
    Behavior on shown {
        enabled: !Theme.reducedMotion
        NumberAnimation { duration: Theme.duration_count; easing.type: Easing.OutCubic }
    }
    Behavior on opacity {
        enabled: !Theme.reducedMotion
        NumberAnimation { duration: Theme.duration_page }
    }

    function format(value: real): string {
        return root.number < 0 ? root.suffix
             : root.grouped ? value.toLocaleString(Qt.locale("en_US"), "f", root.decimals)
             : value.toFixed(root.decimals)
    }

    // The number's final width: counting up never moves what stands beside it.
    TextMetrics {
        id: final

        font: value.font
        text: root.format(root.number)
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
        width: Math.ceil(final.advanceWidth)
        horizontalAlignment: Text.AlignRight
        text: root.format(root.shown)
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
