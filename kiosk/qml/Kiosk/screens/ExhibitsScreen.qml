pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Robot exhibits: a picture card for each.
Screen {
    id: root

    objectName: "exhibitsScreen"

    CardGrid {
        objectName: "exhibitGrid"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        focus: true
        Accessible.name: root.title
        // A few exhibits fill the screen as a gallery instead of a strip over empty space.
        readonly property real baseHeight: Theme.geometry_card_height * 1.6 * Theme.textScale
                                          + Theme.geometry_gap
        readonly property int rows: Math.max(1, Math.ceil(count / columns))
        cellHeight: Math.max(baseHeight, Math.min((height - bottomMargin) / rows,
                                                  baseHeight * 1.5))
        model: ContentStore.exhibits
        onActivated: (index) => Navigator.open("exhibit", index)

        delegate: ExhibitCard {}
    }
}
