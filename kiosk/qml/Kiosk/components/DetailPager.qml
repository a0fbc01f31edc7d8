import QtQuick
import QtQuick.Layouts
import Kiosk

// Pages of a detail view side by side: swipe, or Left/Right, to the next item.
Screen {
    id: root

    property alias model: pages.model
    property alias delegate: pages.delegate
    property alias currentIndex: pages.currentIndex
    property alias count: pages.count

    ListView {
        id: pages

        objectName: "detailPages"
        anchors.top: parent.top
        anchors.bottom: pagerFooter.top
        anchors.left: parent.left
        anchors.right: parent.right
        focus: true
        activeFocusOnTab: true
        clip: true
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.duration_page
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: true
        currentIndex: Math.max(0, root.startIndex)
        Component.onCompleted: positionViewAtIndex(currentIndex, ListView.Beginning)
        // Usage statistics count the items swiped to, not only the one opened.
        onCurrentIndexChanged: Navigator.showItem(root.screenName, currentIndex)
        Accessible.role: Accessible.PageTabList
        Accessible.name: Strings.spoken(root.title)
    }

    // Fades the reading column into the footer while there is more to scroll to.
    Rectangle {
        readonly property Flickable page: pages.currentItem as Flickable

        objectName: "moreBelow"
        anchors.left: pages.left
        anchors.right: pages.right
        anchors.bottom: pages.bottom
        height: Theme.geometry_gap * 3
        visible: page !== null && page.contentHeight > page.height && !page.atYEnd
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 1.0; color: Theme.color_background }
        }
    }

    RowLayout {
        id: pagerFooter

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.geometry_page_margin / 2
        height: Theme.geometry_touch_size
        spacing: Theme.geometry_gap

        KioskButton {
            objectName: "previousButton"
            text: "‹"
            enabled: pages.currentIndex > 0
            opacity: enabled ? 1 : 0.35
            Accessible.name: qsTr("上一项")
            onClicked: pages.decrementCurrentIndex()
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            PageDots {
                anchors.centerIn: parent
                count: pages.count
                currentIndex: pages.currentIndex
            }
        }

        KioskButton {
            objectName: "nextButton"
            text: "›"
            enabled: pages.currentIndex < pages.count - 1
            opacity: enabled ? 1 : 0.35
            Accessible.name: qsTr("下一项")
            onClicked: pages.incrementCurrentIndex()
        }
    }
}
