pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The staff statistics view, opened from the unlocked admin pad: visits, how long they
// lasted, the most opened items and visits per hour, today or over the last seven days.
Rectangle {
    id: root

    component Stat: ColumnLayout {
        id: stat

        property string value
        property string caption
        property string name

        Layout.fillWidth: true
        Layout.preferredWidth: 1  // the three share the row equally
        spacing: Theme.geometry_gap_tiny
        Accessible.role: Accessible.StaticText
        Accessible.name: stat.caption + " " + stat.value

        Label {
            objectName: stat.name
            text: stat.value
            size: Theme.font_size_display
            font.bold: true
            color: Theme.color_highlight
            wrapMode: Text.NoWrap
            lineHeight: 1
        }
        Label {
            Layout.fillWidth: true
            text: stat.caption
            size: Theme.font_size_caption
            color: Theme.color_font_secondary
        }
    }

    objectName: "usagePanel"
    visible: UsageView.isOpen && AdminGate.unlocked
    color: Theme.color_background

    onVisibleChanged: if (visible) todayButton.forceActiveFocus()

    // Swallow touches so nothing beneath is pressed while the statistics are open.
    MouseArea {
        anchors.fill: parent
    }

    FocusScope {
        anchors.fill: parent

        Keys.onEscapePressed: (event) => {
            UsageView.close()
            event.accepted = true
        }

        Flickable {
            id: page

            anchors.fill: parent
            anchors.margins: Theme.geometry_page_margin
            contentWidth: width
            contentHeight: layout.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            flickDeceleration: Theme.motion_flick_deceleration
            clip: true

            ColumnLayout {
                id: layout

                width: page.width
                spacing: Theme.geometry_gap

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.geometry_gap_small

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0

                        Label {
                            objectName: "usageTitle"
                            Layout.fillWidth: true
                            text: Strings.usageStats
                            size: Theme.font_size_h1
                            font.bold: true
                            lineHeight: 1
                        }
                        Label {
                            objectName: "statsDays"
                            text: UsageView.days
                            size: Theme.font_size_caption
                            color: Theme.color_font_muted
                            wrapMode: Text.NoWrap
                        }
                    }
                    KioskButton {
                        id: todayButton

                        objectName: "statsToday"
                        text: Strings.periodToday
                        primary: UsageView.period === "today"
                        onClicked: UsageView.showPeriod("today")
                        KeyNavigation.tab: weekButton
                        KeyNavigation.backtab: closeButton
                    }
                    KioskButton {
                        id: weekButton

                        objectName: "statsWeek"
                        text: Strings.periodWeek
                        primary: UsageView.period === "7days"
                        onClicked: UsageView.showPeriod("7days")
                        KeyNavigation.tab: closeButton
                        KeyNavigation.backtab: todayButton
                    }
                    KioskButton {
                        id: closeButton

                        objectName: "statsClose"
                        text: Strings.back
                        Accessible.name: Strings.backName
                        onClicked: UsageView.close()
                        KeyNavigation.tab: todayButton
                        KeyNavigation.backtab: weekButton
                    }
                }

                Label {
                    objectName: "statsEmpty"
                    Layout.fillWidth: true
                    visible: UsageView.visits === 0
                    text: UsageView.available ? Strings.noVisits : Strings.statsOff
                    color: Theme.color_highlight
                }

                // Landscape: the top items on the left, the numbers and the chart on the
                // right; portrait: numbers, items, chart, one under the other.
                GridLayout {
                    id: blocks

                    // From the page, not the grid: the grid's width follows its columns.
                    readonly property real columnWidth: Theme.portrait ? page.width
                        : (page.width - columnSpacing) / 2

                    Layout.fillWidth: true
                    columns: Theme.portrait ? 1 : 2
                    columnSpacing: Theme.geometry_gap * 2
                    rowSpacing: Theme.geometry_gap * 1.5

                    RowLayout {
                        Layout.row: 0
                        Layout.column: Theme.portrait ? 0 : 1
                        Layout.preferredWidth: blocks.columnWidth
                        Layout.minimumWidth: blocks.columnWidth
                        Layout.maximumWidth: blocks.columnWidth
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.geometry_gap

                        Stat {
                            name: "statsVisits"
                            value: String(UsageView.visits)
                            caption: Strings.visitCount
                        }
                        Stat {
                            name: "statsMedian"
                            value: UsageView.medianLength
                            caption: Strings.medianVisit
                        }
                        Stat {
                            name: "statsP90"
                            value: UsageView.p90Length
                            caption: Strings.p90Visit
                        }
                    }

                    ColumnLayout {
                        Layout.row: Theme.portrait ? 1 : 0
                        Layout.column: 0
                        Layout.rowSpan: Theme.portrait ? 1 : 2
                        Layout.preferredWidth: blocks.columnWidth
                        Layout.minimumWidth: blocks.columnWidth
                        Layout.maximumWidth: blocks.columnWidth
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.geometry_gap_small

                        SectionLabel {
                            text: Strings.topItems
                        }
                        TopItems {
                            objectName: "topItems"
                            Layout.fillWidth: true
                            model: UsageView.items
                        }
                    }

                    ColumnLayout {
                        Layout.row: Theme.portrait ? 2 : 1
                        Layout.column: Theme.portrait ? 0 : 1
                        Layout.preferredWidth: blocks.columnWidth
                        Layout.minimumWidth: blocks.columnWidth
                        Layout.maximumWidth: blocks.columnWidth
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.geometry_gap_small

                        SectionLabel {
                            text: Strings.visitsPerHour
                        }
                        HourChart {
                            objectName: "hourChart"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.geometry_hour_chart_height
                            model: UsageView.hours
                        }
                    }
                }
            }
        }

        // Fades the last rows while there is more to scroll to (large text in landscape).
        Rectangle {
            objectName: "statsMoreBelow"
            anchors.left: page.left
            anchors.right: page.right
            anchors.bottom: page.bottom
            height: Theme.geometry_gap * 3
            visible: page.contentHeight > page.height && !page.atYEnd
            gradient: Gradient {
                GradientStop { position: 0.0; color: "transparent" }
                GradientStop { position: 1.0; color: Theme.color_background }
            }
        }
    }
}
