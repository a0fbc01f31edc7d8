<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>DetailPager</name>
    <message>
        <source>上一项</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一项</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <source>原文第%1段</source>
        <extracomment>Provenance of an item: %1 is the paragraph&apos;s number in the article</extracomment>
        <translation>Report, paragraph %1</translation>
    </message>
    <message>
        <source>策展补充</source>
        <extracomment>Provenance of an item a curator added, when no source is given</extracomment>
        <translation>Added by the curators</translation>
    </message>
    <message>
        <source>策展补充：%1</source>
        <extracomment>Provenance of an item a curator added; %1 is the source (publication, date, page)</extracomment>
        <translation>Added by the curators: %1</translation>
    </message>
    <message>
        <source>原文第%1段；策展补充：%2</source>
        <extracomment>Provenance of an article item a curator enriched; %1 the paragraph&apos;s number, %2 the curator&apos;s source</extracomment>
        <translation>Report, paragraph %1; added by the curators: %2</translation>
    </message>
    <message>
        <source>原文图片说明</source>
        <extracomment>Provenance of an item known only from a photo caption of the article</extracomment>
        <translation>Report, photo caption</translation>
    </message>
    <message>
        <source>原文</source>
        <extracomment>Provenance of an item from the article, paragraph unknown</extracomment>
        <translation>The report</translation>
    </message>
    <message>
        <source>%1项成果</source>
        <extracomment>Home tile teaser: how many achievements the kiosk shows (%1)</extracomment>
        <translation>Achievements: %1</translation>
    </message>
    <message>
        <source>%1段引语 · %2位嘉宾</source>
        <extracomment>Home tile teaser: %1 quotations by %2 speakers</extracomment>
        <translation>Quotes: %1 · Speakers: %2</translation>
    </message>
    <message>
        <source>%1个数字</source>
        <extracomment>Home tile teaser: how many key figures the article gives (%1)</extracomment>
        <translation>Key figures: %1</translation>
    </message>
    <message>
        <source>%1%2</source>
        <extracomment>A key figure as a phrase: %1 the number as written (80多个), %2 what it counts</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>全部嘉宾</source>
        <extracomment>Filter chip that shows quotes of every speaker</extracomment>
        <translation>All speakers</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>Separator between names in a list (Chinese enumeration comma)</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>1月</source>
        <translation>January</translation>
    </message>
    <message>
        <source>2月</source>
        <translation>February</translation>
    </message>
    <message>
        <source>3月</source>
        <translation>March</translation>
    </message>
    <message>
        <source>4月</source>
        <translation>April</translation>
    </message>
    <message>
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <source>6月</source>
        <translation>June</translation>
    </message>
    <message>
        <source>7月</source>
        <translation>July</translation>
    </message>
    <message>
        <source>8月</source>
        <translation>August</translation>
    </message>
    <message>
        <source>9月</source>
        <translation>September</translation>
    </message>
    <message>
        <source>10月</source>
        <translation>October</translation>
    </message>
    <message>
        <source>11月</source>
        <translation>November</translation>
    </message>
    <message>
        <source>12月</source>
        <translation>December</translation>
    </message>
    <message>
        <source>%1年%2%3日</source>
        <extracomment>A date; %1 year, %2 month&apos;s name (5月), %3 day</extracomment>
        <translation>%3 %2 %1</translation>
    </message>
    <message>
        <source>%1年%2%3日—%4日</source>
        <extracomment>Days of one month; %1 year, %2 month&apos;s name, %3 first day, %4 last day</extracomment>
        <translation>%3–%4 %2 %1</translation>
    </message>
    <message>
        <source>%1年%2%3日—%4%5日</source>
        <extracomment>Days across two months of a year; %1 year, %2 first month&apos;s name, %3 first day, %4 last month&apos;s name, %5 last day</extracomment>
        <translation>%3 %2 – %5 %4 %1</translation>
    </message>
    <message>
        <source>%1—%2</source>
        <extracomment>Dates across two years: %1 the first date, %2 the last</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>重大成果</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <source>机器人展品</source>
        <translation>Robot exhibits</translation>
    </message>
    <message>
        <source>嘉宾之声</source>
        <translation>Voices</translation>
    </message>
    <message>
        <source>关键数字</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>话题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>阅读原文</source>
        <translation>The report</translation>
    </message>
</context>
<context>
    <name>Strings</name>
    <message>
        <source>‹ 返回</source>
        <extracomment>Back button label, with its arrow</extracomment>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>返回上一页</source>
        <extracomment>Accessible name of the back button</extracomment>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <source>首页</source>
        <extracomment>Home button label</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>切换到%1</source>
        <extracomment>Accessible name of the language button; %1 is the other language, named in itself</extracomment>
        <translation>Switch to %1</translation>
    </message>
    <message>
        <source>大字号</source>
        <extracomment>Accessible name of the text size button (the button itself reads &quot;Aa&quot;)</extracomment>
        <translation>Large text</translation>
    </message>
    <message>
        <source>已开启</source>
        <extracomment>State of a switch, read out by screen readers</extracomment>
        <translation>On</translation>
    </message>
    <message>
        <source>已关闭</source>
        <extracomment>State of a switch, read out by screen readers</extracomment>
        <translation>Off</translation>
    </message>
    <message>
        <source>正在准备展示内容…</source>
        <extracomment>Shown while the content is being prepared for the first time</extracomment>
        <translation>Preparing the exhibition content…</translation>
    </message>
    <message>
        <source>内容暂时无法更新：%1</source>
        <extracomment>Shown when content could not be loaded; %1 is the reason</extracomment>
        <translation>The content could not be updated: %1</translation>
    </message>
    <message>
        <source>报道宣布了%2项重大成果，其中%1项在此展示</source>
        <extracomment>Honest count of achievements shown; %1 shown, %2 announced by the article</extracomment>
        <translation>The report announces %2 major achievements; %1 of them are shown here</translation>
    </message>
    <message>
        <source>共%1项成果</source>
        <extracomment>Count of achievements when the article announces no number; %1 shown</extracomment>
        <translation>Achievements shown: %1</translation>
    </message>
    <message>
        <source>%1项</source>
        <extracomment>Number of items on a home tile; %1 is the count</extracomment>
        <translation>Items: %1</translation>
    </message>
    <message>
        <source>出处 · %1</source>
        <extracomment>An item&apos;s provenance; %1 is the article paragraph or the curator&apos;s source</extracomment>
        <translation>Source · %1</translation>
    </message>
    <message>
        <source>• %1</source>
        <extracomment>One fact in a bulleted list; %1 the fact</extracomment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>中文报道，英文为本展览翻译</source>
        <extracomment>Small print on an item shown in English: the translation is the exhibition&apos;s own</extracomment>
        <translation>Chinese report; English by this exhibition</translation>
    </message>
    <message>
        <source>暂无英文，显示中文原文</source>
        <extracomment>Accessible description of the 中文 marker: the item has no English yet</extracomment>
        <translation>No English yet: shown in Chinese</translation>
    </message>
    <message>
        <source>要点</source>
        <extracomment>Heading of the list of short facts about an item</extracomment>
        <translation>Key facts</translation>
    </message>
    <message>
        <source>相关引语</source>
        <extracomment>Heading of the quotations that belong to an item</extracomment>
        <translation>Related quotes</translation>
    </message>
    <message>
        <source>原文段落</source>
        <extracomment>Heading of the article paragraph an item came from</extracomment>
        <translation>From the report</translation>
    </message>
    <message>
        <source>现场演示</source>
        <extracomment>Heading of what visitors saw an exhibit do</extracomment>
        <translation>On show</translation>
    </message>
    <message>
        <source>研制单位 · %1</source>
        <extracomment>The company that made an exhibit; %1 is its name</extracomment>
        <translation>Made by · %1</translation>
    </message>
    <message>
        <source>报道未提及研制单位</source>
        <extracomment>Shown when the article does not name an exhibit&apos;s maker</extracomment>
        <translation>The report does not name its maker</translation>
    </message>
    <message>
        <source>%1  图片 · %2</source>
        <extracomment>A photo caption with its credit; %1 the caption, %2 the photographer or agency</extracomment>
        <translation>%1  Photo · %2</translation>
    </message>
    <message>
        <source>按嘉宾筛选</source>
        <extracomment>Accessible name of the row of speaker chips that filter the quotes</extracomment>
        <translation>Filter by speaker</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Page indicator text; %1 current page, %2 number of pages</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>输入关键词筛选话题</source>
        <extracomment>Placeholder of the topic filter field (hardware keyboard)</extracomment>
        <translation>Type to filter the topics</translation>
    </message>
    <message>
        <source>筛选：%1</source>
        <extracomment>The text typed to filter topics; %1 is what was typed</extracomment>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>没有匹配的话题</source>
        <extracomment>Shown when typing matches no topic</extracomment>
        <translation>No topic matches</translation>
    </message>
    <message>
        <source>选择一个话题，查看相关的成果、展品、引语和数字</source>
        <extracomment>Hint on the topics screen before a topic is chosen</extracomment>
        <translation>Choose a topic to see its achievements, exhibits, quotes and figures</translation>
    </message>
    <message>
        <source>「%1」相关内容 · %2项</source>
        <extracomment>Heading over a topic&apos;s results; %1 the topic, %2 how many items</extracomment>
        <translation>“%1” · items: %2</translation>
    </message>
    <message>
        <source>引语</source>
        <extracomment>Item kind label in topic results</extracomment>
        <translation>Quote</translation>
    </message>
    <message>
        <source>成果</source>
        <extracomment>Item kind label in topic results</extracomment>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>展品</source>
        <extracomment>Item kind label in topic results</extracomment>
        <translation>Exhibit</translation>
    </message>
    <message>
        <source>数字</source>
        <extracomment>Item kind label in topic results</extracomment>
        <translation>Figure</translation>
    </message>
    <message>
        <source>本届重大成果</source>
        <extracomment>Achievement kind: one of the announced major results</extracomment>
        <translation>Announced this year</translation>
    </message>
    <message>
        <source>科技设施</source>
        <extracomment>Achievement kind: a research facility</extracomment>
        <translation>Research facility</translation>
    </message>
    <message>
        <source>往届成果</source>
        <extracomment>Achievement kind: shown at an earlier forum</extracomment>
        <translation>From an earlier forum</translation>
    </message>
    <message>
        <source>策展补充</source>
        <extracomment>Badge on items a curator added</extracomment>
        <translation>Added by the curators</translation>
    </message>
    <message>
        <source>%1  ·  记者 %2</source>
        <extracomment>The article&apos;s dateline and reporters; %1 dateline, %2 reporters&apos; names</extracomment>
        <translation>%1  ·  Reporters: %2</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <extracomment>The forum&apos;s dates and place on Home; %1 dates, %2 city
----------
The attract loop&apos;s kicker; %1 the forum&apos;s name, %2 the part of the kiosk a slide is from</extracomment>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>—— %1</source>
        <extracomment>Who said a quote; %1 the speaker&apos;s name</extracomment>
        <translation>— %1</translation>
    </message>
    <message>
        <source>—— %1，%2</source>
        <extracomment>Who said a quote, and their title; %1 name, %2 title</extracomment>
        <translation>— %1, %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quotation in running text; %1 the quote</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>A figure and what it counts in a chart; %1 the number, %2 its label</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>还在浏览吗？</source>
        <extracomment>Title of the inactivity warning</extracomment>
        <translation>Still there?</translation>
    </message>
    <message>
        <source>%1秒后返回首页</source>
        <extracomment>Inactivity countdown; %1 is seconds left</extracomment>
        <translation>Back to Home in %1 s</translation>
    </message>
    <message>
        <source>继续浏览</source>
        <extracomment>Button that keeps the visitor&apos;s place</extracomment>
        <translation>Keep browsing</translation>
    </message>
    <message>
        <source>轻触屏幕，开始探索  ·  Touch to explore</source>
        <extracomment>Call to action on the attract loop, in Chinese and English</extracomment>
        <translation>Touch to explore  ·  轻触屏幕，开始探索</translation>
    </message>
    <message>
        <source>管理员密码</source>
        <extracomment>Title of the admin PIN pad</extracomment>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <source>密码错误，请重试</source>
        <extracomment>Shown after a wrong PIN</extracomment>
        <translation>Wrong PIN, try again</translation>
    </message>
    <message>
        <source>减少动画：开</source>
        <extracomment>Admin screen switch, state on: no animated transitions for any visitor</extracomment>
        <translation>Reduced motion: on</translation>
    </message>
    <message>
        <source>减少动画：关</source>
        <extracomment>Admin screen switch, state off: transitions animate</extracomment>
        <translation>Reduced motion: off</translation>
    </message>
    <message>
        <source>错误次数过多，请 %1 分钟后再试</source>
        <extracomment>Admin PIN pad after too many wrong PINs; %1 is the minutes the pad stays locked</extracomment>
        <translation>Too many wrong PINs: try again in %1 min</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>PIN pad key that removes a digit</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>确认</source>
        <extracomment>PIN pad key that confirms</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>Button that closes the admin pad</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>退出展示</source>
        <extracomment>Admin action: leave the kiosk</extracomment>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <source>重新载入内容</source>
        <extracomment>Admin action: reload the content</extracomment>
        <translation>Reload the content</translation>
    </message>
    <message>
        <source>使用统计</source>
        <extracomment>Admin action, and the title of the staff statistics view: how visitors used the kiosk</extracomment>
        <translation>Usage statistics</translation>
    </message>
    <message>
        <source>今天</source>
        <extracomment>Statistics period: today</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>近7天</source>
        <extracomment>Statistics period: today and the six days before it</extracomment>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>参观人次</source>
        <extracomment>Statistics: number of visits (a visit is one visitor waking the kiosk until it sleeps)</extracomment>
        <translation>Visits</translation>
    </message>
    <message>
        <source>参观时长中位数</source>
        <extracomment>Statistics: the median length of a visit (shown as m:ss)</extracomment>
        <translation>Median visit length</translation>
    </message>
    <message>
        <source>90%的参观不超过</source>
        <extracomment>Statistics: the length 90 percent of visits do not exceed (shown as m:ss)</extracomment>
        <translation>90% of visits took at most</translation>
    </message>
    <message>
        <source>最常打开的内容</source>
        <extracomment>Statistics: heading of the list of the most opened items</extracomment>
        <translation>Most opened</translation>
    </message>
    <message>
        <source>各时段参观人次</source>
        <extracomment>Statistics: heading of the bar chart of visits by hour of the day</extracomment>
        <translation>Visits by hour of the day</translation>
    </message>
    <message>
        <source>%1次</source>
        <extracomment>Statistics: how often an item was opened; %1 the number</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1时：%2人次</source>
        <extracomment>Statistics: accessible name of one bar of the chart; %1 the hour (00-23), %2 visits</extracomment>
        <translation>%1:00: %2 visits</translation>
    </message>
    <message>
        <source>这段时间还没有参观记录</source>
        <extracomment>Statistics: shown when no visit was recorded in the period</extracomment>
        <translation>No visits recorded in this period</translation>
    </message>
    <message>
        <source>本机未记录使用统计</source>
        <extracomment>Statistics: shown when this kiosk does not record usage (e.g. a test run)</extracomment>
        <translation>This kiosk is not recording usage statistics</translation>
    </message>
    <message>
        <source>第%1位</source>
        <extracomment>Label for the earlier of two ranks in the innovation index chart</extracomment>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>%1年</source>
        <extracomment>Year label in charts; %1 is the year</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1的引语</source>
        <extracomment>Accessible name of a quote page; %1 speaker</extracomment>
        <translation>Quote by %1</translation>
    </message>
</context>
</TS>
