pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The admin PIN pad; once the PIN is right, it offers to exit the kiosk or reload content.
Rectangle {
    id: root

    signal closed()

    objectName: "pinPad"
    visible: AdminGate.isOpen
    color: Theme.color_scrim

    onVisibleChanged: if (visible) keys.forceActiveFocus()
                      else root.closed()

    // Swallow touches so nothing beneath is pressed while the pad is open.
    MouseArea {
        anchors.fill: parent
    }

    FocusScope {
        id: keys

        anchors.fill: parent

        Keys.onPressed: (event) => {
            if (event.text >= "0" && event.text <= "9" && event.text.length === 1) {
                AdminGate.digit(event.text)
            } else if (event.key === Qt.Key_Backspace) {
                AdminGate.erase()
            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                AdminGate.submit()
            } else if (event.key === Qt.Key_Escape) {
                AdminGate.cancel()
            }
            event.accepted = true
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: pad.implicitWidth + 2 * Theme.geometry_page_margin
        height: pad.implicitHeight + 2 * Theme.geometry_page_margin
        radius: Theme.geometry_radius
        color: Theme.color_background_raised
        border.color: Theme.color_card_border
        border.width: Theme.geometry_border

        ColumnLayout {
            id: pad

            anchors.centerIn: parent
            spacing: Theme.geometry_gap

            Label {
                Layout.alignment: Qt.AlignHCenter
                objectName: "pinPrompt"
                text: AdminGate.locked ? Strings.pinLocked.arg(AdminGate.lockMinutes)
                    : (AdminGate.failed ? Strings.wrongPin : Strings.adminPin)
                color: AdminGate.failed || AdminGate.locked ? Theme.color_warning
                                                            : Theme.color_font_primary
                size: Theme.font_size_h2
                font.bold: true
                wrapMode: Text.NoWrap
            }

            Label {
                objectName: "pinDots"
                Layout.alignment: Qt.AlignHCenter
                text: "●".repeat(AdminGate.entered) + "○".repeat(Math.max(0, AdminGate.length - AdminGate.entered))
                size: Theme.font_size_h2
                color: Theme.color_accent
                wrapMode: Text.NoWrap
                visible: !AdminGate.unlocked
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 3
                rowSpacing: Theme.geometry_gap_small
                columnSpacing: Theme.geometry_gap_small
                visible: !AdminGate.unlocked

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"]

                    KioskButton {
                        required property string modelData

                        objectName: "pinKey_" + modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: Math.max(Theme.geometry_touch_size * 1.4,
                                                        implicitWidth)
                        text: modelData === "erase" ? Strings.erase
                            : (modelData === "ok" ? Strings.confirm : modelData)
                        primary: modelData === "ok"
                        onClicked: {
                            if (modelData === "erase")
                                AdminGate.erase()
                            else if (modelData === "ok")
                                AdminGate.submit()
                            else
                                AdminGate.digit(modelData)
                        }
                    }
                }
            }

            // What staff should know: settings that were ignored, content that failed.
            Repeater {
                model: AdminGate.notices

                Label {
                    required property string modelData

                    objectName: "adminNotice"
                    Layout.preferredWidth: Theme.geometry_notice_width
                    text: "• " + modelData
                    size: Theme.font_size_caption
                    color: Theme.color_highlight
                }
            }

            KioskButton {
                objectName: "adminExit"
                Layout.fillWidth: true
                visible: AdminGate.unlocked
                primary: true
                text: Strings.exitKiosk
                onClicked: AdminGate.exitKiosk()
            }

            KioskButton {
                objectName: "adminReload"
                Layout.fillWidth: true
                visible: AdminGate.unlocked
                text: Strings.reload
                onClicked: AdminGate.reload()
            }

            KioskButton {
                // Back from the statistics, the keyboard carries on here.
                readonly property bool statsOpen: UsageView.isOpen

                objectName: "adminStats"
                Layout.fillWidth: true
                visible: AdminGate.unlocked
                text: Strings.usageStats
                onClicked: UsageView.open()
                onStatsOpenChanged: if (!statsOpen && visible) forceActiveFocus()
            }

            KioskButton {
                objectName: "adminReducedMotion"
                Layout.fillWidth: true
                visible: AdminGate.unlocked
                text: Display.reducedMotion ? Strings.reducedMotionOn : Strings.reducedMotionOff
                onClicked: Display.toggleReducedMotion()
            }

            KioskButton {
                objectName: "adminCancel"
                Layout.fillWidth: true
                text: Strings.cancel
                onClicked: AdminGate.cancel()
            }
        }
    }
}
