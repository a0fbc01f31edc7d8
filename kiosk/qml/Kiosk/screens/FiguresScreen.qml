pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Key figures: big counting numbers; charts where a comparison is the point.
FocusScope {
    id: root

    property int startIndex: -1

    objectName: "figuresScreen"

    ScreenHeader {
        id: screenHeader

        anchors.left: parent.left
        anchors.right: parent.right
        title: Strings.figures
        subtitle: Strings.figuresEn
    }

    CardGrid {
        id: grid

        objectName: "figureGrid"
        anchors.top: screenHeader.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        focus: true
        cellHeight: Theme.px(400) + Theme.geometry_gap
        currentIndex: Math.max(0, root.startIndex)
        model: ContentStore.figures
        Component.onCompleted: positionViewAtIndex(currentIndex, GridView.Contain)

        delegate: FigureCard {}
    }
}
