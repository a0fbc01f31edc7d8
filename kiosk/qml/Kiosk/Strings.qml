pragma Singleton
import QtQuick

// Every UI string of the kiosk, translatable. Content text never comes from here.
QtObject {
    id: root

    //: Back button label, with its arrow
    readonly property string back: qsTr("‹ 返回")
    //: Accessible name of the back button
    readonly property string backName: qsTr("返回上一页")
    //: Home button label
    readonly property string home: qsTr("首页")
    //: Accessible name of the language button; %1 is the other language, named in itself
    readonly property string switchLanguage: qsTr("切换到%1")
    //: Accessible name of the text size button (the button itself reads "Aa")
    readonly property string largeText: qsTr("大字号")
    //: State of a switch, read out by screen readers
    readonly property string on: qsTr("已开启")
    //: State of a switch, read out by screen readers
    readonly property string off: qsTr("已关闭")
    //: Shown while the content is being prepared for the first time
    readonly property string preparing: qsTr("正在准备展示内容…")
    //: Shown when content could not be loaded; %1 is the reason
    readonly property string loadFailed: qsTr("内容暂时无法更新：%1")
    //: Honest count of achievements shown; %1 shown, %2 announced by the article
    readonly property string achievementsOfAnnounced: qsTr("报道宣布了%2项重大成果，其中%1项在此展示")
    //: Count of achievements when the article announces no number; %1 shown
    readonly property string achievementsShown: qsTr("共%1项成果")
    //: Number of items on a home tile; %1 is the count
    readonly property string itemCount: qsTr("%1项")
    //: An item's provenance; %1 is the article paragraph or the curator's source
    readonly property string sourceLine: qsTr("出处 · %1")
    //: One fact in a bulleted list; %1 the fact
    readonly property string bullet: qsTr("• %1")
    //: Small print on an item shown in English: the translation is the exhibition's own
    readonly property string translatedNote: qsTr("中文报道，英文为本展览翻译")
    //: Accessible description of the 中文 marker: the item has no English yet
    readonly property string inChineseOnly: qsTr("暂无英文，显示中文原文")
    //: Heading of the list of short facts about an item
    readonly property string keyFacts: qsTr("要点")
    //: Heading of the quotations that belong to an item
    readonly property string relatedQuotes: qsTr("相关引语")
    //: Heading of the article paragraph an item came from
    readonly property string sourceParagraph: qsTr("原文段落")
    //: Heading of what visitors saw an exhibit do
    readonly property string demonstration: qsTr("现场演示")
    //: The company that made an exhibit; %1 is its name
    readonly property string makerLine: qsTr("研制单位 · %1")
    //: Shown when the article does not name an exhibit's maker
    readonly property string makerUnknown: qsTr("报道未提及研制单位")
    //: A photo caption with its credit; %1 the caption, %2 the photographer or agency
    readonly property string captionCredit: qsTr("%1  图片 · %2")
    //: Accessible name of the row of speaker chips that filter the quotes
    readonly property string bySpeaker: qsTr("按嘉宾筛选")
    //: Page indicator text; %1 current page, %2 number of pages
    readonly property string pageOf: qsTr("%1 / %2")
    //: Placeholder of the topic filter field (hardware keyboard)
    readonly property string filterTopics: qsTr("输入关键词筛选话题")
    //: The text typed to filter topics; %1 is what was typed
    readonly property string filtering: qsTr("筛选：%1")
    //: Shown when typing matches no topic
    readonly property string noTopics: qsTr("没有匹配的话题")
    //: Hint on the topics screen before a topic is chosen
    readonly property string chooseTopic: qsTr("选择一个话题，查看相关的成果、展品、引语和数字")
    //: Heading over a topic's results; %1 the topic, %2 how many items
    readonly property string topicCount: qsTr("「%1」相关内容 · %2项")
    //: Item kind label in topic results
    readonly property string kindQuote: qsTr("引语")
    //: Item kind label in topic results
    readonly property string kindAchievement: qsTr("成果")
    //: Item kind label in topic results
    readonly property string kindExhibit: qsTr("展品")
    //: Item kind label in topic results
    readonly property string kindFigure: qsTr("数字")
    //: Achievement kind: one of the announced major results
    readonly property string kindMajor: qsTr("本届重大成果")
    //: Achievement kind: a research facility
    readonly property string kindFacility: qsTr("科技设施")
    //: Achievement kind: shown at an earlier forum
    readonly property string kindEarlier: qsTr("往届成果")
    //: Badge on items a curator added
    readonly property string curated: qsTr("策展补充")
    //: The article's dateline and reporters; %1 dateline, %2 reporters' names
    readonly property string datelineReporters: qsTr("%1  ·  记者 %2")
    //: The forum's dates and place on Home; %1 dates, %2 city
    readonly property string datesAndPlace: qsTr("%1  ·  %2")
    //: The attract loop's kicker; %1 the forum's name, %2 the part of the kiosk a slide is from
    readonly property string eventAndPart: qsTr("%1  ·  %2")
    //: Who said a quote; %1 the speaker's name
    readonly property string attribution: qsTr("—— %1")
    //: Who said a quote, and their title; %1 name, %2 title
    readonly property string attributionTitled: qsTr("—— %1，%2")
    //: A quotation in running text; %1 the quote
    readonly property string quoted: qsTr("“%1”")
    //: A figure and what it counts in a chart; %1 the number, %2 its label
    readonly property string figureLabel: qsTr("%1  %2")
    //: Title of the inactivity warning
    readonly property string stillThere: qsTr("还在浏览吗？")
    //: Inactivity countdown; %1 is seconds left
    readonly property string returningIn: qsTr("%1秒后返回首页")
    //: Button that keeps the visitor's place
    readonly property string stay: qsTr("继续浏览")
    //: Call to action on the attract loop, in Chinese and English
    readonly property string touchToExplore: qsTr("轻触屏幕，开始探索  ·  Touch to explore")
    //: Title of the admin PIN pad
    readonly property string adminPin: qsTr("管理员密码")
    //: Shown after a wrong PIN
    readonly property string wrongPin: qsTr("密码错误，请重试")
    //: Admin screen switch, state on: no animated transitions for any visitor
    readonly property string reducedMotionOn: qsTr("减少动画：开")
    //: Admin screen switch, state off: transitions animate
    readonly property string reducedMotionOff: qsTr("减少动画：关")
    //: Admin PIN pad after too many wrong PINs; %1 is the minutes the pad stays locked
    readonly property string pinLocked: qsTr("错误次数过多，请 %1 分钟后再试")
    //: PIN pad key that removes a digit
    readonly property string erase: qsTr("删除")
    //: PIN pad key that confirms
    readonly property string confirm: qsTr("确认")
    //: Button that closes the admin pad
    readonly property string cancel: qsTr("取消")
    //: Admin action: leave the kiosk
    readonly property string exitKiosk: qsTr("退出展示")
    //: Admin action: reload the content
    readonly property string reload: qsTr("重新载入内容")
    //: Admin action, and the title of the staff statistics view: how visitors used the kiosk
    readonly property string usageStats: qsTr("使用统计")
    //: Statistics period: today
    readonly property string periodToday: qsTr("今天")
    //: Statistics period: today and the six days before it
    readonly property string periodWeek: qsTr("近7天")
    //: Statistics: number of visits (a visit is one visitor waking the kiosk until it sleeps)
    readonly property string visitCount: qsTr("参观人次")
    //: Statistics: the median length of a visit (shown as m:ss)
    readonly property string medianVisit: qsTr("参观时长中位数")
    //: Statistics: the length 90 percent of visits do not exceed (shown as m:ss)
    readonly property string p90Visit: qsTr("90%的参观不超过")
    //: Statistics: heading of the list of the most opened items
    readonly property string topItems: qsTr("最常打开的内容")
    //: Statistics: heading of the bar chart of visits by hour of the day
    readonly property string visitsPerHour: qsTr("各时段参观人次")
    //: Statistics: how often an item was opened; %1 the number
    readonly property string openedTimes: qsTr("%1次")
    //: Statistics: accessible name of one bar of the chart; %1 the hour (00-23), %2 visits
    readonly property string hourBar: qsTr("%1时：%2人次")
    //: Statistics: shown when no visit was recorded in the period
    readonly property string noVisits: qsTr("这段时间还没有参观记录")
    //: Statistics: shown when this kiosk does not record usage (e.g. a test run)
    readonly property string statsOff: qsTr("本机未记录使用统计")
    //: Label for the earlier of two ranks in the innovation index chart
    readonly property string rankLabel: qsTr("第%1位")
    //: Year label in charts; %1 is the year
    readonly property string year: qsTr("%1年")
    //: Accessible name of a quote page; %1 speaker
    readonly property string quoteBy: qsTr("%1的引语")

    // A title as a screen reader should say it: without the invisible marks that tell Qt
    // where a Chinese title may break (see kiosk/present/linebreak.py).
    function spoken(text: string): string {
        return text.replace(/[\u200b\u2060]/g, "")
    }

    function kindLabel(kind: string): string {
        switch (kind) {
        case "major": return root.kindMajor
        case "facility": return root.kindFacility
        case "earlier": return root.kindEarlier
        }
        return ""
    }
}
