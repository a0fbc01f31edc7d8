import QtQuick
import QtQuick.Layouts
import Kiosk

// Top bar of every screen but Home: back, title (Chinese and English), home.
Item {
    id: root

    property string title
    property string subtitle
    property alias backButton: back

    implicitHeight: Theme.geometry_header_height

    RowLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.geometry_header_inset
        anchors.leftMargin: Theme.geometry_page_margin
        anchors.rightMargin: Theme.geometry_page_margin
        spacing: Theme.geometry_gap

        KioskButton {
            id: back
            objectName: "backButton"
            text: Strings.back
            activeFocusOnTab: true
            onClicked: Navigator.back()
        }

        Column {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter

            Label {
                objectName: "screenTitle"
                width: parent.width
                text: root.title
                size: Theme.font_size_h1
                font.bold: true
                elide: Text.ElideRight
                maximumLineCount: 1
            }

            Label {
                width: parent.width
                text: root.subtitle
                visible: text.length > 0
                size: Theme.font_size_caption
                color: Theme.color_accent_soft
                elide: Text.ElideRight
                maximumLineCount: 1
            }
        }

        KioskButton {
            objectName: "homeButton"
            text: Strings.home
            activeFocusOnTab: true
            onClicked: Navigator.home()
        }
    }
}
