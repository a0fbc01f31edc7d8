import QtQuick
import Kiosk

// The attract loop: featured quotes, achievements and figures drift by; any touch wakes.
Rectangle {
    id: root

    objectName: "attractView"
    visible: IdleMonitor.state === "attract"
    gradient: Gradient {
        GradientStop { position: 0; color: Theme.navy800 }
        GradientStop { position: 1; color: Theme.navy950 }
    }

    // Who is speaking to passers-by: the forum, and which part of it this slide is from.
    Label {
        objectName: "attractKicker"
        x: Theme.geometry_page_margin * 1.5
        y: Theme.geometry_page_margin * 1.5
        width: parent.width - 2 * x
        text: AttractLoop.part ? Strings.eventAndPart.arg(ContentStore.eventName).arg(AttractLoop.part)
                               : ContentStore.eventName
        size: Theme.font_size_h3
        font.bold: true
        color: Theme.color_accent
        maximumLineCount: 1
        elide: Text.ElideRight
    }

    Item {
        id: slide

        anchors.fill: parent
        anchors.margins: Theme.geometry_page_margin * 1.5

        Connections {
            target: AttractLoop

            function onSlideChanged(): void {
                enter.restart()
            }
        }

        // Each slide rises into view and the call to action nods once; between slides
        // nothing moves, so no frame is drawn (the software renderer draws every animated
        // frame in full: a looping pulse cost a fifth of a core).
        ParallelAnimation {
            id: enter

            // at most a third of the time a slide shows (a slide a second: 0.3 s)
            readonly property int duration: Math.min(Theme.duration_attract,
                                                     AttractLoop.interval * 0.3)

            NumberAnimation { target: slideColumn; property: "opacity"; from: 0; to: 1; duration: enter.duration }
            NumberAnimation { target: rise; property: "y"; from: Theme.geometry_attract_rise; to: 0; duration: enter.duration; easing.type: Easing.OutCubic }
            SequentialAnimation {
                NumberAnimation { target: callButton; property: "scale"; from: 1; to: 1.06; duration: enter.duration / 2; easing.type: Easing.InOutSine }
                NumberAnimation { target: callButton; property: "scale"; from: 1.06; to: 1; duration: enter.duration / 2; easing.type: Easing.InOutSine }
            }
        }

        Column {
            id: slideColumn

            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            spacing: Theme.geometry_gap
            transform: Translate { id: rise }

            Label {
                objectName: "attractTitle"
                width: parent.width
                text: AttractLoop.title
                size: AttractLoop.kind === "figure" ? Theme.font_size_figure * 1.4
                                                         : Theme.font_size_display
                color: AttractLoop.kind === "figure" ? Theme.color_highlight
                                                           : Theme.color_font_primary
                font.bold: true
                lineHeight: 1.25
                maximumLineCount: 4
                elide: Text.ElideRight
            }

            Label {
                width: parent.width
                text: AttractLoop.body
                size: Theme.font_size_h2
                color: Theme.color_font_secondary
                maximumLineCount: 3
                elide: Text.ElideRight
            }

            Label {
                width: parent.width
                text: AttractLoop.caption
                size: Theme.font_size_caption
                color: Theme.color_accent_soft
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }

    Rectangle {
        id: callButton

        objectName: "touchToExplore"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.geometry_page_margin
        width: call.implicitWidth + Theme.geometry_gap * 3
        height: Theme.geometry_touch_size
        radius: height / 2
        color: Theme.color_accent

        Label {
            id: call

            anchors.centerIn: parent
            text: Strings.touchToExplore
            size: Theme.font_size_h3
            font.bold: true
            color: Theme.color_background
            wrapMode: Text.NoWrap
        }
    }
}
