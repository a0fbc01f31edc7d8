pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The article: headline, dateline, reporters, then every section, paragraph and photo credit.
Screen {
    id: root

    objectName: "articleScreen"

    ListView {
        id: blocks

        objectName: "articleBlocks"
        readonly property real columnWidth: Math.min(width - 2 * Theme.geometry_page_margin,
                                                     Theme.geometry_reading_width)
        // Whether the visitor has scrolled or stepped on; until then the masthead stays whole
        // (a headline that wraps once its width is known grows after the view placed it).
        property bool moved: false

        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width
        focus: true
        activeFocusOnTab: true
        clip: true
        keyNavigationEnabled: true
        highlightMoveDuration: Theme.duration_fast
        spacing: Theme.geometry_gap
        bottomMargin: Theme.geometry_page_margin
        boundsBehavior: Flickable.StopAtBounds
        model: ContentStore.article
        Accessible.role: Accessible.Document
        Accessible.name: Strings.spoken(ContentStore.headline)

        onMovementStarted: moved = true
        onCurrentIndexChanged: if (currentIndex > 0) moved = true

        header: ArticleMasthead {
            x: (blocks.width - width) / 2
            width: blocks.columnWidth
            onHeightChanged: if (!blocks.moved) blocks.positionViewAtBeginning()
        }

        delegate: Item {
            id: block

            required property int index
            required property string kind
            required property string text
            required property string extra

            // ListView places its delegates at x = 0: the block spans the view and its
            // contents sit in the reading column.
            width: blocks.width
            height: body.implicitHeight

            Rectangle {
                x: body.x - Theme.geometry_gap_small
                y: -Theme.geometry_gap_small
                width: body.width + 2 * Theme.geometry_gap_small
                height: body.height + 2 * Theme.geometry_gap_small
                visible: blocks.activeFocus && blocks.currentIndex === block.index
                color: "transparent"
                radius: Theme.geometry_radius / 2
                border.color: Theme.color_focus_ring
                border.width: Theme.geometry_focus_width / 2
            }

            Label {
                id: body

                objectName: "articleBlock_" + block.index
                x: (blocks.width - blocks.columnWidth) / 2
                width: blocks.columnWidth
                text: block.kind === "caption" && block.extra
                      ? Strings.captionCredit.arg(block.text).arg(block.extra) : block.text
                size: block.kind === "heading" ? Theme.font_size_h2
                    : (block.kind === "caption" ? Theme.font_size_caption : Theme.font_size_body)
                font.bold: block.kind === "heading" || block.kind === "lead"
                color: block.kind === "heading" ? Theme.color_accent
                     : (block.kind === "caption" ? Theme.color_font_muted : Theme.color_font_secondary)
                lineHeight: Theme.line_height_body
                topPadding: block.kind === "heading" ? Theme.geometry_gap : 0
            }
        }
    }
}
