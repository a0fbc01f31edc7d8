import QtQuick
import Kiosk

// "Still there?": a countdown with a button to stay, before the kiosk returns Home.
Rectangle {
    id: root

    objectName: "idleWarning"
    visible: IdleMonitor.state === "warning"
    color: Theme.color_scrim

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.geometry_page_margin, Theme.geometry_dialog_width)
        height: panel.implicitHeight + 2 * Theme.geometry_gap * 2
        radius: Theme.geometry_radius
        color: Theme.color_background_raised
        border.color: Theme.color_card_border
        border.width: Theme.geometry_border

        Column {
            id: panel

            anchors.centerIn: parent
            width: parent.width - 2 * Theme.geometry_gap * 2
            spacing: Theme.geometry_gap * 1.5

            Label {
                width: parent.width
                text: Strings.stillThere
                size: Theme.font_size_display
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
            }

            Label {
                objectName: "idleCountdown"
                width: parent.width
                text: Strings.returningIn.arg(IdleMonitor.countdown)
                size: Theme.font_size_h2
                color: Theme.color_font_secondary
                horizontalAlignment: Text.AlignHCenter
            }

            // The time left, as a bar that empties second by second.
            Rectangle {
                objectName: "idleBar"
                width: parent.width
                height: Theme.geometry_bar_thickness
                radius: height / 2
                color: Theme.color_card_border

                Rectangle {
                    width: parent.width * IdleMonitor.countdown
                           / Math.max(1, IdleMonitor.countdownTotal)
                    height: parent.height
                    radius: parent.radius
                    color: Theme.color_accent

                    Behavior on width {
                        NumberAnimation { duration: Theme.duration_countdown_step }
                    }
                }
            }

            KioskButton {
                objectName: "stayButton"
                anchors.horizontalCenter: parent.horizontalCenter
                primary: true
                text: Strings.stay
                onClicked: IdleMonitor.wake()
            }
        }
    }
}
