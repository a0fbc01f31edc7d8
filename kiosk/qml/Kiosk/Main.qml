pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// The kiosk window: a stack of screens driven by Navigator, with the idle, attract and admin
// layers above it.
Window {
    id: root

    objectName: "mainWindow"
    width: 1280
    height: 720
    visible: true
    color: Theme.color_background
    title: ContentStore.eventName

    Binding {
        target: Theme
        property: "viewWidth"
        value: root.width
    }
    Binding {
        target: Theme
        property: "viewHeight"
        value: root.height
    }

    function refocus(): void {
        if (stack.currentItem)
            stack.currentItem.forceActiveFocus()
    }

    Connections {
        target: Navigator

        function onPushed(screen: string, qml: string, index: int): void {
            // Screens load when first opened; the screen table names each one's file.
            stack.push("screens/" + qml + ".qml",
                       { screenName: screen, startIndex: index })
            root.refocus()
        }
        function onPopped(): void {
            stack.pop()
            root.refocus()
        }
        function onWentHome(): void {
            stack.pop(null)
            root.refocus()
        }
    }

    FocusScope {
        id: screens

        anchors.fill: parent
        focus: true

        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_Escape || event.key === Qt.Key_Back
                    || event.key === Qt.Key_Backspace) {
                Navigator.back()
                event.accepted = true
            } else if (event.key === Qt.Key_Home) {
                Navigator.home()
                event.accepted = true
            }
        }

        StackView {
            id: stack

            objectName: "screenStack"
            anchors.fill: parent
            focus: true
            initialItem: "screens/HomeScreen.qml"

            pushEnter: Transition {
                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.duration_page }
                NumberAnimation { property: "x"; from: Theme.geometry_page_slide; to: 0; duration: Theme.duration_page; easing.type: Easing.OutCubic }
            }
            pushExit: Transition {
                NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.duration_page }
            }
            popEnter: Transition {
                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.duration_page }
            }
            popExit: Transition {
                NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.duration_page }
                NumberAnimation { property: "x"; from: 0; to: Theme.geometry_page_slide; duration: Theme.duration_page }
            }
        }
    }

    LoadingNotice {
        anchors.fill: parent
    }

    Shortcut {
        sequence: "Ctrl+Alt+Shift+A"
        context: Qt.ApplicationShortcut
        onActivated: AdminGate.request()
    }

    AdminCorner {
        anchors.left: parent.left
        anchors.top: parent.top
    }

    IdleWarning {
        anchors.fill: parent
    }

    AttractView {
        anchors.fill: parent
    }

    PinPad {
        anchors.fill: parent
        onClosed: root.refocus()
    }

    UsagePanel {
        anchors.fill: parent
    }
}
