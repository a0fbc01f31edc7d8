"""Shapes that round 17b's hold-outs (national agencies' and papers' reports of forums,
conferences, expos and a science result) missed at first contact, and the forms around them
probed with invented sentences (names and bodies made up): each failed before its rule."""

import pytest

from tests.content.helpers import direct


@pytest.mark.parametrize(("texts", "want"), [
    # An adverb of time between a transcribed name and its verb is no syllable of the name
    # (`朱塞佩·费拉里刚签下……。……他笑言：` had the speaker 朱塞佩·费拉里刚).
    (["意大利某精工公司中国区首席代表朱塞佩·费拉里刚签下一笔供货合同。谈到为何连续三年参展，"
      "他笑言：“在这里，一天谈成的生意比在欧洲跑一个月还多。”"],
     [("在这里，一天谈成的生意比在欧洲跑一个月还多。", "朱塞佩·费拉里", "意大利某精工公司中国区首席代表", "")]),
    (["德国某公司总裁卡尔·施密特刚走进展馆，就被几位客商围住了。他说：“订单比去年多。”"],
     [("订单比去年多。", "卡尔·施密特", "德国某公司总裁", "")]),
    (["参展商阿卜杜拉·卡里姆先在展台前摆好样品。“欢迎品尝。”卡里姆说。"],
     [("欢迎品尝。", "阿卜杜拉·卡里姆", "参展商", "")]),
    # ... as in the phrase after the words (`“……”某公司总裁卡尔·施密特刚走下讲台就对记者说。`
    # had no speaker; `……施密特先说。`, jieba: 施密特|先说, the speaker 卡尔·施密特先).
    (["“订单比去年多。”德国某公司总裁卡尔·施密特刚走下讲台就对记者说。"],
     [("订单比去年多。", "卡尔·施密特", "德国某公司总裁", "")]),
    (["“订单比去年多。”德国某公司总裁卡尔·施密特先说。"],
     [("订单比去年多。", "卡尔·施密特", "德国某公司总裁", "")]),
    (["“订单比去年多。”卡尔·施密特刚说完，台下就响起了掌声。"],
     [("订单比去年多。", "卡尔·施密特", "", "")]),
    (["德国某公司总裁卡尔·施密特刚刚在开幕式上表示：“订单比去年多。”"],
     [("订单比去年多。", "卡尔·施密特", "德国某公司总裁", "")]),
    # (A Han given name may hold the same characters.)
    (["“很好。”参展商王刚说。"], [("很好。", "王刚", "参展商", "")]),
    (["“很好。”参展商李志刚说。"], [("很好。", "李志刚", "参展商", "")]),
    (["“很好。”德国某公司总裁卡尔·施密特笑着说。"], [("很好。", "卡尔·施密特", "德国某公司总裁", "")]),
])
def test_an_adverb_after_a_transcribed_name(texts: list[str],
                                            want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A brand jieba reads as one word, then the first post of a chain (`创始人兼……`,
    # `创始人、……`), is the title of the one named after the chain, no name before its post
    # (`问渠智算创始人兼首席执行官宦晓岚……。“……”她说。` gave the speaker 问渠智算, title 创始人).
    (["展台前，问渠智算创始人兼首席执行官宦晓岚正向围观的观众讲解芯片的设计思路。"
      "“我们用了4年时间。”她说。"],
     [("我们用了4年时间。", "宦晓岚", "问渠智算创始人兼首席执行官", "")]),
    (["展台前，问渠智算创始人、首席执行官宦晓岚正向观众讲解。“我们用了4年时间。”她说。"],
     [("我们用了4年时间。", "宦晓岚", "问渠智算创始人、首席执行官", "")]),
    (["发布会上，问渠智算联合创始人兼首席技术官邰明远登台演示。“这颗芯片很省电。”他说。"],
     [("这颗芯片很省电。", "邰明远", "问渠智算联合创始人兼首席技术官", "")]),
    # (Unchanged: a single post after the brand; a name a post follows.)
    (["展台前，问渠智算首席执行官宦晓岚正向观众讲解。“我们用了4年时间。”她说。"],
     [("我们用了4年时间。", "宦晓岚", "问渠智算首席执行官", "")]),
    (["展台前，郗振东教授正向观众讲解。“我们用了4年时间。”他说。"],
     [("我们用了4年时间。", "郗振东", "教授", "")]),
])
def test_a_brand_before_a_chain_of_posts(texts: list[str],
                                         want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # 兼 after a post joins the next post to it: no name opens there, whatever jieba glues it
    # to (`……厅长兼省外国专家局局长某某……。他介绍，` gave 他 to a person 兼省).
    (["江苏省科学技术厅党组书记、厅长兼省外国专家局局长逄立群出席并致辞。他说：“成果来自企业。”"],
     [("成果来自企业。", "逄立群", "江苏省科学技术厅党组书记、厅长兼省外国专家局局长", "")]),
    (["“成果来自企业。”省科学技术厅厅长兼省外国专家局局长逄立群说。他介绍，申报有310项。"
      "“评审很严。”他说。"],
     [("成果来自企业。", "逄立群", "省科学技术厅厅长兼省外国专家局局长", ""),
      ("评审很严。", "逄立群", "省科学技术厅厅长兼省外国专家局局长", "")]),
    # (Unchanged: chains jieba does not glue.)
    (["市委常委、副市长兼市科技局局长罗振华出席并致辞。他说：“很好。”"],
     [("很好。", "罗振华", "市委常委、副市长兼市科技局局长", "")]),
])
def test_no_name_opens_at_jian(texts: list[str], want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


_CHILD = "在互动体验区，10岁的小学生毋小航和一台陪伴机器人下了一盘五子棋。"


@pytest.mark.parametrize(("texts", "want"), [
    # A pronoun a clause with 的 qualifies (`输了棋的他`, `刚走出实验室的她`) is the pronoun:
    # before a colon with no speech verb, before a speech verb, and opening a short sentence
    # after the words (`输了棋的他一点也不沮丧：“……！”` had no speaker).
    ([_CHILD + "输了棋的他一点也不沮丧：“它下得比我爸爸还好！”"],
     [("它下得比我爸爸还好！", "毋小航", "小学生", "")]),
    ([_CHILD, "输了棋的他一点也不沮丧：“它下得比我爸爸还好！”"],
     [("它下得比我爸爸还好！", "毋小航", "小学生", "")]),
    ([_CHILD + "输了棋的他笑着说：“它下得比我爸爸还好！”"],
     [("它下得比我爸爸还好！", "毋小航", "小学生", "")]),
    ([_CHILD + "“它下得比我爸爸还好！”输了棋的他笑着说。"],
     [("它下得比我爸爸还好！", "毋小航", "小学生", "")]),
    ([_CHILD + "“它下得比我爸爸还好！”输了棋的他一点也不沮丧。"],
     [("它下得比我爸爸还好！", "毋小航", "小学生", "")]),
    (["研究员宁致远在实验室待了一整天。走出实验室的她难掩兴奋：“数据终于出来了。”"],
     [("数据终于出来了。", "宁致远", "研究员", "")]),
    # (Unchanged: a bare pronoun; a plural one is no one person.)
    ([_CHILD + "他一点也不沮丧：“它下得比我爸爸还好！”"],
     [("它下得比我爸爸还好！", "毋小航", "小学生", "")]),
    (["会场的他们都说：“展品太多了。”"], [("展品太多了。", "", "", "")]),
])
def test_a_pronoun_a_clause_qualifies(texts: list[str],
                                      want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


_LEAD = "记者26日从江淮科技大学获悉，该校化学学院教授詹雨桐团队研制出一种可自愈合的电子皮肤。"


@pytest.mark.parametrize(("texts", "want"), [
    # Named with a title (in the lead, `该校……教授某某团队`), then with a chain of posts that
    # ends in it: the chain is the title from then on, for 他/她 and the bare name as for the
    # words it introduces (`她解释说` had the lead's title after two quotes with the chain).
    ([_LEAD, "论文通讯作者、江淮科技大学化学学院教授詹雨桐向记者讲述了研究的起点：“传感器裂了。”",
      "“材料里藏着一种化学键，”她解释说，“它断开以后还能连起来。”"],
     [("传感器裂了。", "詹雨桐", "论文通讯作者、江淮科技大学化学学院教授", ""),
      ("材料里藏着一种化学键，", "詹雨桐", "论文通讯作者、江淮科技大学化学学院教授", ""),
      ("它断开以后还能连起来。", "詹雨桐", "论文通讯作者、江淮科技大学化学学院教授", "")]),
    ([_LEAD, "“传感器裂了。”论文通讯作者、江淮科技大学化学学院教授詹雨桐说。", "“它能自己长好。”詹雨桐说。"],
     [("传感器裂了。", "詹雨桐", "论文通讯作者、江淮科技大学化学学院教授", ""),
      ("它能自己长好。", "詹雨桐", "论文通讯作者、江淮科技大学化学学院教授", "")]),
    # (Unchanged: a later title that is the first one's tail is the first one.)
    ([_LEAD, "“传感器裂了。”詹雨桐教授说。", "“它能自己长好。”她说。"],
     [("传感器裂了。", "詹雨桐", "江淮科技大学化学学院教授", ""),
      ("它能自己长好。", "詹雨桐", "江淮科技大学化学学院教授", "")]),
])
def test_a_chain_that_ends_in_the_first_title(texts: list[str],
                                              want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # 该 and a body's head before a post (`该企业研发负责人`) points back to the body: when no
    # one just named holds the post, the one who speaks is someone described, not the person
    # last named (it gave the words to the professor quoted before).
    (["未参与该研究的某大学教授陈国栋评价说：“这项工作很扎实。”",
      "目前，团队已与合肥一家医疗器械企业合作研制样机。该企业研发负责人告诉记者：“样机年底前完成测试。”"],
     [("这项工作很扎实。", "陈国栋", "某大学教授", ""),
      ("样机年底前完成测试。", "", "", "该企业研发负责人")]),
    # (Unchanged: the post of someone just named; 该负责人 after someone described.)
    (["某公司副总裁王立新介绍，产品已经量产。", "“明年还要扩产。”该公司副总裁说。"],
     [("明年还要扩产。", "王立新", "某公司副总裁", "")]),
    (["一家企业负责人表示，订单很多。“明年还要扩产。”该负责人说。"],
     [("明年还要扩产。", "", "", "一家企业负责人")]),
])
def test_a_post_of_the_body_pointed_back_to(texts: list[str],
                                            want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


_FOUNDER = "某公司创始人卜一凡今年29岁，公司成立才三年。"


@pytest.mark.parametrize(("texts", "want"), [
    # A description pointing back (`这位“90后”创业者`) before a colon with no speech verb, or
    # opening a short sentence after the words, is the one it points back to, as before a
    # speech verb (the colon gave an unnamed speaker with the text's private marks in it,
    # `这位\ue00090后\ue001创业者`; the sentence after the words gave no speaker).
    ([_FOUNDER + "谈及未来，这位“90后”创业者信心满满：“我们要做世界一流的产品。”"],
     [("我们要做世界一流的产品。", "卜一凡", "某公司创始人", "")]),
    ([_FOUNDER + "谈及未来，这位年轻的创业者信心满满：“我们要做世界一流的产品。”"],
     [("我们要做世界一流的产品。", "卜一凡", "某公司创始人", "")]),
    ([_FOUNDER + "“我们要做世界一流的产品。”这位“90后”创业者信心满满。"],
     [("我们要做世界一流的产品。", "卜一凡", "某公司创始人", "")]),
    ([_FOUNDER, "“我们要做世界一流的产品。”这位创业者信心满满。"],
     [("我们要做世界一流的产品。", "卜一凡", "某公司创始人", "")]),
    # (... and a term in marks in an unnamed description keeps its marks.)
    (["谈及未来，一位“00后”观众信心满满：“我要学编程。”"],
     [("我要学编程。", "", "", "一位“00后”观众")]),
    # (Unchanged: someone counted is someone else; a speech verb after the description.)
    (["谈及未来，一位年轻观众信心满满：“我要学编程。”"], [("我要学编程。", "", "", "一位年轻观众")]),
    ([_FOUNDER + "这位创业者说：“我们要做世界一流的产品。”"],
     [("我们要做世界一流的产品。", "卜一凡", "某公司创始人", "")]),
])
def test_a_description_pointing_back(texts: list[str],
                                     want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # The second part of a split quote may run on into the next paragraph (`“……。”某某说，
    # “……。` with no closing mark, the next paragraph opening another): both are the words of
    # whoever spoke the first part (the second part was lost, the next paragraph had no
    # speaker).
    (["“成果转化难在中试。”某研究院院长卜一凡说，“要建共享平台。", "“平台建好了，企业就敢试了。”"],
     [("成果转化难在中试。", "卜一凡", "某研究院院长", ""),
      ("要建共享平台。", "卜一凡", "某研究院院长", ""),
      ("平台建好了，企业就敢试了。", "卜一凡", "某研究院院长", "")]),
    (["研究员卜一凡在分论坛上作了报告。", "“成果转化难在中试，”她说，“要建共享平台。",
      "“平台建好了，企业就敢试了。", "“这是我们的经验。”"],
     [("成果转化难在中试，", "卜一凡", "研究员", ""), ("要建共享平台。", "卜一凡", "研究员", ""),
      ("平台建好了，企业就敢试了。", "卜一凡", "研究员", ""),
      ("这是我们的经验。", "卜一凡", "研究员", "")]),
    # (Unchanged: a split quote that closes.)
    (["“成果转化难在中试。”某研究院院长卜一凡说，“要建共享平台。”"],
     [("成果转化难在中试。", "卜一凡", "某研究院院长", ""),
      ("要建共享平台。", "卜一凡", "某研究院院长", "")]),
])
def test_a_split_quote_running_on(texts: list[str], want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A Han name's last character that jieba glued to a preposition and the word after it
    # (`隗子|航在分|论坛`) ends the name there (it read 隗子).
    (["研究员隗子航在分论坛上作了报告。“成果转化难在中试。”她说。"],
     [("成果转化难在中试。", "隗子航", "研究员", "")]),
    (["“成果转化难在中试。”研究员宁子航在分论坛上说。"],
     [("成果转化难在中试。", "宁子航", "研究员", "")]),
    # (Unchanged: names jieba does not glue so.)
    (["研究员卜一凡在分论坛上作了报告。“成果转化难在中试。”他说。"],
     [("成果转化难在中试。", "卜一凡", "研究员", "")]),
    (["“成果转化难在中试。”工程师宁子航对记者说。"], [("成果转化难在中试。", "宁子航", "工程师", "")]),
])
def test_a_name_glued_to_a_preposition(texts: list[str],
                                       want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A pause between the parts of a split quote (`他顿了顿`, `她指了指展板`): after a colon's
    # introduction both parts are the one introduced (the second had no speaker); and a
    # name jieba glued to a verb doubled around 了 (`卜|一凡顿|了|顿`) ends before it (the
    # first part was lost, the second had no speaker).
    (["研究员卜一凡说：“这项技术已经申请了30多项专利，”他顿了顿，“其中有12项是国际专利。”"],
     [("这项技术已经申请了30多项专利，", "卜一凡", "研究员", ""),
      ("其中有12项是国际专利。", "卜一凡", "研究员", "")]),
    (["研究员卜一凡说：“这项技术已经申请了30多项专利，”她指了指展板，“其中有12项是国际专利。”"],
     [("这项技术已经申请了30多项专利，", "卜一凡", "研究员", ""),
      ("其中有12项是国际专利。", "卜一凡", "研究员", "")]),
    (["“这项技术已经申请了30多项专利，”研究员卜一凡顿了顿，“其中有12项是国际专利。”"],
     [("这项技术已经申请了30多项专利，", "卜一凡", "研究员", ""),
      ("其中有12项是国际专利。", "卜一凡", "研究员", "")]),
    # (Unchanged: a pause after words that end their sentence; a name jieba does not glue.)
    (["研究员卜一凡说：“这项技术已经申请了30多项专利。”记者问起国际专利的情况。"],
     [("这项技术已经申请了30多项专利。", "卜一凡", "研究员", "")]),
    (["“这项技术已经申请了30多项专利，”研究员卜一凡笑了笑，“其中有12项是国际专利。”"],
     [("这项技术已经申请了30多项专利，", "卜一凡", "研究员", ""),
      ("其中有12项是国际专利。", "卜一凡", "研究员", "")]),
])
def test_a_pause_inside_a_split_quote(texts: list[str],
                                      want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Peers quoted unnamed in a science report (`国际同行评价：` had no speaker).
    (["国际同行评价：“这是该领域的重要突破。”"], [("这是该领域的重要突破。", "", "", "国际同行")]),
    (["“这是该领域的重要突破。”国际同行评价说。"], [("这是该领域的重要突破。", "", "", "国际同行")]),
    (["多位国际同行认为：“这是该领域的重要突破。”"],
     [("这是该领域的重要突破。", "", "", "多位国际同行")]),
    # (Not 同行 as a verb, nor peers in the words.)
    (["与卜一凡同行的还有工程师隗子航。“路很难走。”隗子航说。"], [("路很难走。", "隗子航", "工程师", "")]),
    (["“我们希望和中国同行一起合作。”某公司总裁卜一凡说。"],
     [("我们希望和中国同行一起合作。", "卜一凡", "某公司总裁", "")]),
])
def test_peers(texts: list[str], want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # 为 right after a person noun is a copula, as 是 is: the title is what follows it
    # (`论文第一作者为某大学博士生某某` had that whole phrase as title).
    (["论文第一作者为某大学博士生卜一凡。“实验失败了上百次。”他说。"],
     [("实验失败了上百次。", "卜一凡", "某大学博士生", "")]),
    (["“这只是第一步。”论文通讯作者为某大学教授卜一凡。"], [("这只是第一步。", "卜一凡", "某大学教授", "")]),
    # (Not 为 as a preposition or inside a word.)
    (["长期为企业服务的工程师卜一凡说：“这只是第一步。”"], [("这只是第一步。", "卜一凡", "工程师", "")]),
    (["被评为全国劳模的工程师卜一凡说：“这只是第一步。”"], [("这只是第一步。", "卜一凡", "工程师", "")]),
])
def test_wei_as_a_copula(texts: list[str], want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A Han name's last character that jieba glued to 向, 对, 跟 or 给 as a word it knows,
    # before whom the words are for (`隗子|航向|记者`), ends the name there (it read 隗子).
    (["教授隗子航向记者介绍了实验过程。“最难的是第一年。”她说。"],
     [("最难的是第一年。", "隗子航", "教授", "")]),
    # (Unchanged: a name jieba keeps whole.)
    (["研究员卜一凡向记者介绍了实验过程。“最难的是第一年。”他说。"],
     [("最难的是第一年。", "卜一凡", "研究员", "")]),
])
def test_a_name_glued_to_whom_it_speaks_to(texts: list[str],
                                           want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want
