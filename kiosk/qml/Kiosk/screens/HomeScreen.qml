pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Home: the forum's name, dates, place and tagline, and a large tile for each area
// (the screens with a tile in the screen table, kiosk/present/screens.py).
FocusScope {
    id: root

    property int startIndex: -1

    objectName: "homeScreen"

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
        anchors.bottom: controlBar.visible ? controlBar.top : parent.bottom
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
        model: ContentStore.tiles
        Accessible.role: Accessible.List
        Accessible.name: ContentStore.eventName

        function openCurrent(): void {
            Navigator.open(ContentStore.tiles.get(currentIndex).key)
        }

        Keys.onReturnPressed: openCurrent()
        Keys.onEnterPressed: openCurrent()
        Keys.onSpacePressed: openCurrent()

        delegate: Item {
            id: cell

            required property int index
            required property string key
            required property string title
            required property string subtitle
            required property string teaser

            width: grid.cellWidth
            height: grid.cellHeight

            HomeTile {
                anchors.fill: parent
                anchors.margins: Theme.geometry_gap / 2
                objectName: "tile_" + cell.key
                title: cell.title
                subtitle: cell.subtitle
                teaser: cell.teaser
                accent: cell.index % 3 === 0 ? Theme.color_accent
                      : (cell.index % 3 === 1 ? Theme.color_highlight : Theme.color_warning)
                current: grid.activeFocus && grid.currentIndex === cell.index
                onClicked: {
                    grid.currentIndex = cell.index
                    Navigator.open(cell.key)
                }
            }
        }
    }

    // Language and text size: top right in landscape, at the foot in portrait (reach).
    Row {
        objectName: "homeControls"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.topMargin: Theme.geometry_header_inset
        anchors.rightMargin: Theme.geometry_page_margin
        spacing: Theme.geometry_gap
        visible: !Theme.portrait

        LanguageButton {}

        TextSizeButton {}
    }

    ControlBar {
        id: controlBar

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        navigation: false
        visible: Theme.portrait
    }
}
