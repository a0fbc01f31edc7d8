import QtQuick
import Kiosk

// What every screen but Home has: its name in the screen table, the item it was opened at,
// and the header (back, title, home). A screen's own items go below the header.
FocusScope {
    id: root

    property string screenName
    property int startIndex: -1
    default property alias content: body.data

    ScreenHeader {
        id: screenHeader

        anchors.left: parent.left
        anchors.right: parent.right
        title: Navigator.titles[root.screenName] ?? ""
        subtitle: Navigator.subtitles[root.screenName] ?? ""
    }

    Item {
        id: body

        anchors.top: screenHeader.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }
}
