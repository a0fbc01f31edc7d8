pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Home: the forum's name, dates, place and tagline, and a large tile for each area.
FocusScope {
    id: root

    property int startIndex: -1

    objectName: "homeScreen"

    readonly property var tiles: [
        { screen: "achievements", title: Strings.achievements, subtitle: Strings.achievementsEn,
          teaser: ContentStore.teasers.achievements ?? "" },
        { screen: "exhibits", title: Strings.exhibits, subtitle: Strings.exhibitsEn,
          teaser: ContentStore.teasers.exhibits ?? "" },
        { screen: "voices", title: Strings.voices, subtitle: Strings.voicesEn,
          teaser: ContentStore.teasers.voices ?? "" },
        { screen: "figures", title: Strings.figures, subtitle: Strings.figuresEn,
          teaser: ContentStore.teasers.figures ?? "" },
        { screen: "topics", title: Strings.topics, subtitle: Strings.topicsEn,
          teaser: ContentStore.teasers.topics ?? "" },
        { screen: "article", title: Strings.article, subtitle: Strings.articleEn,
          teaser: ContentStore.teasers.article ?? "" }
    ]

    HomeHero {
        id: hero

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Theme.portrait ? parent.height * 0.36 : parent.height * 0.38
    }

    GridView {
        id: grid

        objectName: "homeTiles"
        readonly property int columns: Theme.portrait ? 2 : 3

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: hero.bottom
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.geometry_page_margin - Theme.geometry_gap / 2
        anchors.rightMargin: Theme.geometry_page_margin - Theme.geometry_gap / 2
        anchors.bottomMargin: Theme.geometry_page_margin - Theme.geometry_gap / 2
        focus: true
        activeFocusOnTab: true
        interactive: false
        keyNavigationEnabled: true
        currentIndex: 0
        cellWidth: width / columns
        cellHeight: height / Math.ceil(count / columns)
        model: root.tiles
        Accessible.role: Accessible.List
        Accessible.name: ContentStore.eventName

        Keys.onReturnPressed: Navigator.open(root.tiles[currentIndex].screen)
        Keys.onEnterPressed: Navigator.open(root.tiles[currentIndex].screen)
        Keys.onSpacePressed: Navigator.open(root.tiles[currentIndex].screen)

        delegate: Item {
            id: cell

            required property var modelData
            required property int index

            width: grid.cellWidth
            height: grid.cellHeight

            HomeTile {
                anchors.fill: parent
                anchors.margins: Theme.geometry_gap / 2
                objectName: "tile_" + cell.modelData.screen
                title: cell.modelData.title
                subtitle: cell.modelData.subtitle
                teaser: cell.modelData.teaser
                accent: cell.index % 3 === 0 ? Theme.color_accent
                      : (cell.index % 3 === 1 ? Theme.color_highlight : Theme.color_warning)
                current: grid.activeFocus && grid.currentIndex === cell.index
                onClicked: {
                    grid.currentIndex = cell.index
                    Navigator.open(cell.modelData.screen)
                }
            }
        }
    }
}
