import QtQuick
import Kiosk

// Says plainly when the content is still being prepared or could not be updated.
Rectangle {
    id: root

    objectName: "loadingNotice"
    visible: !ContentStore.ready || ContentStore.message.length > 0
    color: ContentStore.ready ? "transparent" : Theme.color_background

    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.geometry_page_margin
        width: Math.min(parent.width - 2 * Theme.geometry_page_margin,
                        notice.implicitWidth + 2 * Theme.geometry_gap)
        height: notice.implicitHeight + 2 * Theme.geometry_gap
        radius: Theme.geometry_radius
        color: Theme.color_background_raised
        border.color: ContentStore.message ? Theme.color_warning : Theme.color_card_border
        border.width: Theme.geometry_border

        Label {
            id: notice

            objectName: "loadingText"
            anchors.fill: parent
            anchors.margins: Theme.geometry_gap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: ContentStore.message ? Strings.loadFailed.arg(ContentStore.message)
                                       : Strings.preparing
        }
    }
}
