pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Key figures: big counting numbers; charts where a comparison is the point.
Screen {
    id: root

    objectName: "figuresScreen"

    CardGrid {
        id: grid

        objectName: "figureGrid"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        focus: true
        Accessible.name: root.title
        cellHeight: Theme.geometry_figure_card_height * Theme.textScale + Theme.geometry_gap
        currentIndex: Math.max(0, root.startIndex)
        model: ContentStore.figures
        Component.onCompleted: positionViewAtIndex(currentIndex, GridView.Contain)

        delegate: FigureCard {}
    }
}
