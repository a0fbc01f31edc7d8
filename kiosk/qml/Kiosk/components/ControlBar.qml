import QtQuick
import QtQuick.Layouts
import Kiosk

// The foot of a portrait screen: back and home on the left, language and text size on the
// right, all within reach of a child or a wheelchair user.
Rectangle {
    id: root

    property bool navigation: true  // back and home (Home itself has neither)

    objectName: "controlBar"
    implicitHeight: Theme.geometry_touch_size + Theme.geometry_page_margin
    color: Theme.color_background_raised

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.geometry_page_margin
        anchors.rightMargin: Theme.geometry_page_margin
        spacing: Theme.geometry_gap

        BackButton {
            visible: root.navigation
        }

        HomeButton {
            visible: root.navigation
        }

        Item {
            Layout.fillWidth: true
        }

        LanguageButton {}

        TextSizeButton {}
    }
}
