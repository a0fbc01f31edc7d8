pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Achievements: a card for each, and an honest count of how many of the announced ones.
Screen {
    id: root

    objectName: "achievementsScreen"

    Label {
        id: honesty

        objectName: "announcedNote"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.geometry_page_margin
        anchors.rightMargin: Theme.geometry_page_margin
        text: ContentStore.announcedCount > 0
              ? Strings.achievementsOfAnnounced.arg(ContentStore.announcedShown).arg(ContentStore.announcedCount)
              : Strings.achievementsShown.arg(ContentStore.achievements.count)
        color: Theme.color_font_secondary
        bottomPadding: Theme.geometry_gap
    }

    CardGrid {
        // room for a two-line name and two lines of summary above the source
        cellHeight: Theme.geometry_card_height * 1.25 * Theme.textScale + Theme.geometry_gap
        objectName: "achievementGrid"
        anchors.top: honesty.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        focus: true
        Accessible.name: root.title
        model: ContentStore.achievements
        onActivated: (index) => Navigator.open("achievement", index)

        delegate: AchievementCard {}
    }
}
