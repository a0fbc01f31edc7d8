import QtQuick
import Kiosk

// A flickable grid of cards: arrows move, Enter/Space open, the focus ring marks the card.
GridView {
    id: root

    signal activated(int index)

    readonly property int columns: Theme.grid_columns

    leftMargin: Theme.geometry_page_margin - Theme.geometry_gap / 2
    rightMargin: Theme.geometry_page_margin - Theme.geometry_gap / 2
    bottomMargin: Theme.geometry_page_margin
    clip: true
    activeFocusOnTab: true
    keyNavigationEnabled: true
    boundsBehavior: Flickable.StopAtBounds
    flickDeceleration: Theme.motion_flick_deceleration
    cellWidth: (width - leftMargin - rightMargin) / columns
    cellHeight: Theme.geometry_card_height + Theme.geometry_gap
    Accessible.role: Accessible.List

    Keys.onReturnPressed: root.activated(currentIndex)
    Keys.onEnterPressed: root.activated(currentIndex)
    Keys.onSpacePressed: root.activated(currentIndex)
}
