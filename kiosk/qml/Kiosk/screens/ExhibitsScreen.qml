pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Robot exhibits: a picture card for each.
FocusScope {
    id: root

    property int startIndex: -1

    objectName: "exhibitsScreen"

    ScreenHeader {
        id: screenHeader

        anchors.left: parent.left
        anchors.right: parent.right
        title: Strings.exhibits
        subtitle: Strings.exhibitsEn
    }

    CardGrid {
        objectName: "exhibitGrid"
        anchors.top: screenHeader.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        focus: true
        cellHeight: Theme.geometry_card_height * 1.6 + Theme.geometry_gap
        model: ContentStore.exhibits
        onActivated: (index) => Navigator.open("exhibit", index)

        delegate: ExhibitCard {}
    }
}
