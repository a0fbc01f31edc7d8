import QtQuick
import QtQuick.Layouts
import Kiosk

// Top bar of every screen but Home: title with its name in the other language and, when
// `controls` (landscape), back, language, text size and home. In portrait those sit in the
// ControlBar at the foot of the screen, within reach.
Item {
    id: root

    property string title
    property string subtitle
    property bool controls: true

    // at least the design height; more when large text makes the title and its second
    // line taller
    implicitHeight: Math.max(Theme.geometry_header_height,
                             titles.implicitHeight + Theme.geometry_header_inset * 2)

    RowLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.geometry_header_inset
        anchors.leftMargin: Theme.geometry_page_margin
        anchors.rightMargin: Theme.geometry_page_margin
        spacing: Theme.geometry_gap

        BackButton {
            visible: root.controls
        }

        Column {
            id: titles

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
                Accessible.role: Accessible.Heading
                Accessible.name: root.title
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

        LanguageButton {
            visible: root.controls
        }

        TextSizeButton {
            visible: root.controls
        }

        HomeButton {
            visible: root.controls
        }
    }
}
