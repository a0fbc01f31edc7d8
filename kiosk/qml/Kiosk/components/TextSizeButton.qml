import QtQuick
import Kiosk

// Large text for this visitor: every text grows by a third; lit while it is on.
KioskButton {
    objectName: "textSizeButton"
    text: "Aa"
    primary: Display.largeText
    activeFocusOnTab: true
    Accessible.name: Strings.largeText
    Accessible.description: Display.largeText ? Strings.on : Strings.off
    Accessible.checkable: true
    Accessible.checked: Display.largeText
    onClicked: Display.toggleLargeText()
}
