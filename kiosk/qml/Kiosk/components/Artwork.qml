import QtQuick
import Kiosk

// An exhibit picture; while it loads (or if it fails) a calm panel stands in, never a broken
// image. The corners are rounded with a ring in the page colour rather than a shader, so they
// are round on the software renderer too.
Rectangle {
    id: root

    property alias source: picture.source
    // Only the top corners are round (the picture heads a card).
    property bool topRadius: false
    readonly property real cornerMask: Theme.geometry_radius
    // For screenshots: true until the picture has arrived from the image provider.
    readonly property bool artworkLoading: picture.status === Image.Loading

    color: Theme.color_background_raised
    radius: Theme.geometry_radius
    clip: true

    Image {
        id: picture

        objectName: "artwork"
        anchors.fill: parent
        asynchronous: true
        fillMode: Image.PreserveAspectCrop
        // drawn for this shape and size; the image provider rounds sizes for its cache
        sourceSize.width: Math.max(80, Math.round(root.width))
        sourceSize.height: Math.max(80, Math.round(root.height))
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: -root.cornerMask
        anchors.bottomMargin: root.topRadius ? -(root.cornerMask + root.radius)
                                             : -root.cornerMask
        radius: root.radius + root.cornerMask
        color: "transparent"
        border.width: root.cornerMask
        border.color: Theme.color_background
    }
}
