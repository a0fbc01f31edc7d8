import QtQuick
import Kiosk

// Straight back to Home.
KioskButton {
    objectName: "homeButton"
    text: Strings.home
    activeFocusOnTab: true
    onClicked: Navigator.home()
}
