import QtQuick
import Kiosk

// "Still there?": a countdown with a button to stay, before the kiosk returns Home.
Rectangle {
    id: root

    objectName: "idleWarning"
    visible: IdleMonitor.state === "warning"
    color: Theme.color_scrim

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.geometry_page_margin, Theme.px(900))
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

        KioskButton {
            objectName: "stayButton"
            anchors.horizontalCenter: parent.horizontalCenter
            primary: true
            text: Strings.stay
            onClicked: IdleMonitor.wake()
        }
    }
}
