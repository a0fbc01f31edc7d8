import QtQuick
import Kiosk

// An exhibit picture; while it loads (or if it fails) a calm panel stands in, never a broken
// image.
Rectangle {
    id: root

    property alias source: picture.source
    property bool topRadius: false

    color: Theme.color_background_raised
    radius: root.topRadius ? 0 : Theme.geometry_radius
    clip: true

    Image {
        id: picture

        objectName: "artwork"
        anchors.fill: parent
        asynchronous: true
        fillMode: Image.PreserveAspectCrop
        sourceSize.width: 800
        sourceSize.height: 600
    }
}
