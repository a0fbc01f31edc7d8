pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A horizontally flickable row of chips; arrows move, Enter/Space choose.
ListView {
    id: root

    property string chosen
    signal chose(string value)

    // values: [{ value, label }]
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

    Keys.onReturnPressed: root.chose(root.model[root.currentIndex].value)
    Keys.onEnterPressed: root.chose(root.model[root.currentIndex].value)
    Keys.onSpacePressed: root.chose(root.model[root.currentIndex].value)

    delegate: Item {
        id: cell

        required property var modelData
        required property int index

        width: chip.implicitWidth
        height: root.height

        Chip {
            id: chip

            objectName: "chip_" + cell.index
            anchors.verticalCenter: parent.verticalCenter
            text: cell.modelData.label
            checked: cell.modelData.value === root.chosen
            current: root.activeFocus && root.currentIndex === cell.index
            onClicked: {
                root.currentIndex = cell.index
                root.chose(cell.modelData.value)
            }
        }
    }
}
