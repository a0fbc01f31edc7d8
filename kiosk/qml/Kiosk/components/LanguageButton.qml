import QtQuick
import Kiosk

// Offers the other language, named in itself ("English" while Chinese shows, "中文" after).
KioskButton {
    objectName: "languageButton"
    text: Language.otherName
    activeFocusOnTab: true
    Accessible.name: Strings.switchLanguage.arg(Language.otherName)
    onClicked: Language.toggle()
}
