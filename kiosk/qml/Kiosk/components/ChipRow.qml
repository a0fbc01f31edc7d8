pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A horizontally flickable row of chips; arrows move, Enter/Space choose.
ListView {
    id: root

    property string chosen
    signal chose(string value)

    // model: a RowModel of chips with roles `key` (the value chosen) and `name` (shown)
    implicitHeight: Theme.geometry_touch_min + 2 * Theme.geometry_focus_width * 2
    orientation: ListView.Horizontal
    spacing: Theme.geometry_gap_small
    leftMargin: Theme.geometry_page_margin
    rightMargin: Theme.geometry_page_margin
    clip: true
    activeFocusOnTab: true
    keyNavigationEnabled: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List

    function chooseCurrent(): void {
        root.chose((root.model as RowModel).get(root.currentIndex).key)
    }

    Keys.onReturnPressed: root.chooseCurrent()
    Keys.onEnterPressed: root.chooseCurrent()
    Keys.onSpacePressed: root.chooseCurrent()

    delegate: Item {
        id: cell

        required property string key
        required property string name
        required property int index

        width: chip.implicitWidth
        height: root.height

        Chip {
            id: chip

            objectName: "chip_" + cell.index
            anchors.verticalCenter: parent.verticalCenter
            text: cell.name
            checked: cell.key === root.chosen
            current: root.activeFocus && root.currentIndex === cell.index
            onClicked: {
                root.currentIndex = cell.index
                root.chose(cell.key)
            }
        }
    }
}
