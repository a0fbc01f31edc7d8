import QtQuick
import Kiosk

// An exhibit picture, drawn for this shape and size (Artworks); while it is drawn or loads, or
// if it fails, a calm panel stands in, never a broken image. The corners are rounded with a ring in the page colour rather than a shader, so they
// are round on the software renderer too.
Rectangle {
    id: root

    property string artwork  // `category/key`, an exhibit row's `image`
    // Only the top corners are round (the picture heads a card).
    property bool topRadius: false
    readonly property real cornerMask: Theme.geometry_radius
    // For screenshots: true until the picture is drawn and loaded.
    readonly property bool artworkLoading: picture.status === Image.Loading
        || Artworks.drawing(root.artwork, root.width, root.height, Artworks.revision)

    color: Theme.color_background_raised
    radius: Theme.geometry_radius
    clip: true

    Image {
        id: picture

        objectName: "artwork"
        anchors.fill: parent
        asynchronous: true
        fillMode: Image.PreserveAspectCrop
        source: root.width > 0 && root.height > 0
                ? Artworks.url(root.artwork, root.width, root.height, Artworks.revision) : ""
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
