import QtQuick
import Kiosk

// What an item says about its language in English: the exhibition's translation, or a small
// 中文 tag where no English exists yet (the Chinese is shown instead). Nothing in Chinese.
Row {
    id: root

    property string note  // "", "translated" or "original" (a content row's `note`)
    property bool compact: false  // on a card: only the tag

    objectName: "languageNote"
    spacing: Theme.geometry_gap_small
    visible: root.note === "original" || (root.note === "translated" && !root.compact)

    Rectangle {
        objectName: "chineseTag"
        visible: root.note === "original"
        width: tag.implicitWidth + Theme.geometry_gap
        height: tag.implicitHeight + Theme.geometry_gap_tiny
        radius: height / 2
        color: Theme.color_background_raised
        border.width: Theme.geometry_border
        border.color: Theme.color_font_muted
        Accessible.role: Accessible.StaticText
        Accessible.name: Strings.inChineseOnly

        Label {
            id: tag

            anchors.centerIn: parent
            text: "中文"
            size: Theme.font_size_caption
            color: Theme.color_font_secondary
            wrapMode: Text.NoWrap
        }
    }

    Label {
        width: root.width > 0 ? Math.max(0, root.width - (root.note === "original"
                                                          ? root.spacing + tag.width * 1.5 : 0))
                              : implicitWidth
        visible: !root.compact
        text: root.note === "original" ? Strings.inChineseOnly : Strings.translatedNote
        size: Theme.font_size_caption
        color: Theme.color_font_muted
    }
}
