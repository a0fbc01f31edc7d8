import QtQuick
import Kiosk

// Back to the previous screen.
KioskButton {
    objectName: "backButton"
    text: Strings.back
    activeFocusOnTab: true
    Accessible.name: Strings.backName
    onClicked: Navigator.back()
}
