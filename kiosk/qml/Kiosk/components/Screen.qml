import QtQuick
import Kiosk

// What every screen but Home has: its name in the screen table, the item it was opened at,
// the header (title, and in landscape the controls) and, in portrait, the control bar at its
// foot. A screen's own items go between them.
FocusScope {
    id: root

    property string screenName
    property int startIndex: -1
    readonly property string title: Navigator.title(root.screenName, Language.language)
    default property alias content: body.data

    ScreenHeader {
        id: screenHeader

        anchors.left: parent.left
        anchors.right: parent.right
        title: root.title
        subtitle: Navigator.subtitle(root.screenName, Language.language)
        controls: !Theme.portrait
    }

    Item {
        id: body

        anchors.top: screenHeader.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: controlBar.visible ? controlBar.top : parent.bottom
    }

    ControlBar {
        id: controlBar

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: Theme.portrait
    }
}
