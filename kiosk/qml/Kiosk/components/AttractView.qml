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
        text: AttractLoop.slide.screen
              ? Strings.eventAndPart.arg(ContentStore.eventName)
                                    .arg(Navigator.titles[AttractLoop.slide.screen] ?? "")
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

        ParallelAnimation {
            id: enter

            NumberAnimation { target: slideColumn; property: "opacity"; from: 0; to: 1; duration: Theme.duration_attract }
            NumberAnimation { target: slideColumn; property: "anchors.verticalCenterOffset"; from: Theme.geometry_attract_rise; to: 0; duration: Theme.duration_attract; easing.type: Easing.OutCubic }
        }

        Column {
            id: slideColumn

            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            spacing: Theme.geometry_gap

            Label {
                objectName: "attractTitle"
                width: parent.width
                text: AttractLoop.slide.title ?? ""
                size: AttractLoop.slide.kind === "figure" ? Theme.font_size_figure * 1.4
                                                         : Theme.font_size_display
                color: AttractLoop.slide.kind === "figure" ? Theme.color_highlight
                                                           : Theme.color_font_primary
                font.bold: true
                lineHeight: 1.25
                maximumLineCount: 4
                elide: Text.ElideRight
            }

            Label {
                width: parent.width
                text: AttractLoop.slide.body ?? ""
                size: Theme.font_size_h2
                color: Theme.color_font_secondary
                maximumLineCount: 3
                elide: Text.ElideRight
            }

            Label {
                width: parent.width
                text: AttractLoop.slide.caption ?? ""
                size: Theme.font_size_caption
                color: Theme.color_accent_soft
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }

    Rectangle {
        objectName: "touchToExplore"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.geometry_page_margin
        width: call.implicitWidth + Theme.geometry_gap * 3
        height: Theme.geometry_touch_size
        radius: height / 2
        color: Theme.color_accent

        SequentialAnimation on scale {
            running: root.visible && !Theme.reducedMotion
            loops: Animation.Infinite
            NumberAnimation { from: 1; to: 1.06; duration: Theme.duration_pulse; easing.type: Easing.InOutSine }
            NumberAnimation { from: 1.06; to: 1; duration: Theme.duration_pulse; easing.type: Easing.InOutSine }
        }

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
