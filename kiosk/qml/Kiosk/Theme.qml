pragma Singleton
import QtQuick

// Every colour, size, font and duration: a raw palette, then the semantic tokens QML reads.
// Sizes are in design pixels for the short side of a 1080p screen and scale with the window.
QtObject {
    id: root

    // Set by Main from the window, so every size follows the screen.
    property real viewWidth: 1920
    property real viewHeight: 1080
    // The visitor's large text and the operator's reduced motion (Display, in Python).
    readonly property bool reducedMotion: Display.reducedMotion
    readonly property real textScale: Display.textScale

    readonly property bool portrait: viewHeight > viewWidth
    readonly property real scale: Math.max(0.5, Math.min(viewWidth, viewHeight) / 1080)

    function px(value: real): real {
        return Math.round(value * root.scale)
    }

    // A text size: design pixels scaled with the screen and the visitor's text size.
    function pt(value: real): real {
        return Math.round(value * root.scale * root.textScale)
    }

    // Palette
    readonly property color navy950: "#050d1f"
    readonly property color navy900: "#0a1a36"
    readonly property color navy800: "#10264a"
    readonly property color navy700: "#173563"
    readonly property color navy600: "#23497f"
    readonly property color teal400: "#2ed3c6"
    readonly property color teal300: "#6fe6dc"
    readonly property color amber400: "#ffc24b"
    readonly property color coral400: "#ff7a6b"
    readonly property color white: "#ffffff"
    readonly property color mist200: "#d7e2f2"
    readonly property color mist400: "#9fb3cf"

    // Semantic colours
    readonly property color color_background: navy950
    readonly property color color_background_raised: navy900
    readonly property color color_card: navy800
    readonly property color color_card_pressed: navy600
    readonly property color color_card_border: navy700
    readonly property color color_font_primary: white
    readonly property color color_font_secondary: mist200
    readonly property color color_font_muted: mist400
    readonly property color color_accent: teal400
    readonly property color color_accent_soft: teal300
    readonly property color color_highlight: amber400
    readonly property color color_warning: coral400
    readonly property color color_focus_ring: amber400
    readonly property color color_scrim: "#d9050d1f"

    // Typography
    readonly property string font_family: "Noto Sans CJK SC"
    readonly property real font_size_hero: pt(portrait ? 76 : 84)
    readonly property real font_size_display: pt(64)
    readonly property real font_size_h1: pt(48)
    readonly property real font_size_h2: pt(36)
    readonly property real font_size_h3: pt(30)
    readonly property real font_size_body: pt(28)
    readonly property real font_size_caption: pt(22)
    readonly property real font_size_figure: pt(96)
    readonly property real font_letter_spacing_label: px(2)
    readonly property real line_height_body: 1.45

    // Geometry
    readonly property real geometry_touch_size: px(88)
    readonly property real geometry_touch_min: px(72)
    readonly property real geometry_page_margin: px(portrait ? 48 : 64)
    readonly property real geometry_gap: px(24)
    readonly property real geometry_gap_small: px(12)
    readonly property real geometry_gap_tiny: px(4)
    readonly property real geometry_border: Math.max(1, px(2))
    readonly property real geometry_radius: px(20)
    readonly property real geometry_focus_width: px(5)
    readonly property real geometry_header_height: px(164)
    readonly property real geometry_header_inset: px(24)
    readonly property real geometry_card_height: px(portrait ? 300 : 280)
    readonly property real geometry_reading_width: px(1200)
    readonly property real geometry_admin_corner: px(120)
    readonly property real geometry_bar_thickness: px(8)
    readonly property real geometry_dialog_width: px(900)
    readonly property real geometry_notice_width: px(640)
    readonly property real geometry_accent_bar: px(64)
    readonly property real geometry_dot: px(12)
    readonly property real geometry_dot_current: px(36)
    readonly property real geometry_figure_card_height: px(400)
    readonly property real geometry_chart_bar: px(20)
    readonly property real geometry_chart_gap: px(6)
    readonly property real geometry_rank_bar_width: px(96)
    readonly property real geometry_hour_chart_height: px(portrait ? 360 : 380)
    readonly property real geometry_stats_rank_width: px(56)
    readonly property real geometry_radius_small: px(8)
    readonly property real geometry_page_slide: px(80)
    readonly property real geometry_attract_rise: px(60)
    readonly property int grid_columns: portrait ? 2 : (viewWidth / scale > 1700 ? 3 : 2)

    // Motion
    readonly property int duration_press: reducedMotion ? 0 : 60
    readonly property int duration_fast: reducedMotion ? 0 : 150
    readonly property int duration_page: reducedMotion ? 0 : 280
    readonly property int duration_count: reducedMotion ? 0 : 1200
    readonly property int duration_attract: reducedMotion ? 0 : 900
    readonly property int duration_admin_hold: 5000
    readonly property int duration_countdown_step: reducedMotion ? 0 : 1000
    readonly property real motion_flick_deceleration: px(2500)
}
