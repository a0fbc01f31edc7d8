import QtQuick
import Kiosk

// One page of a detail view: a vertically flickable reading column.
Flickable {
    id: root

    default property alias content: column.data
    readonly property real columnWidth: width - 2 * column.x

    width: ListView.view ? ListView.view.width : 0
    height: ListView.view ? ListView.view.height : 0
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.geometry_gap
    clip: true
    flickableDirection: Flickable.VerticalFlick
    boundsBehavior: Flickable.StopAtBounds

    Column {
        id: column

        x: Math.max(Theme.geometry_page_margin, (root.width - Theme.geometry_reading_width) / 2)
        y: Theme.geometry_gap
        width: root.width - 2 * x
        spacing: Theme.geometry_gap
    }
}
