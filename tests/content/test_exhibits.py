"""Exhibits: names from classifiers and captions, one exhibit per machine."""

import pytest

from kiosk.content.exhibits import caption_name, extract_exhibits, same_machine
from kiosk.content.model import Caption, Paragraph


def _paras(*texts: str) -> list[Paragraph]:
    return [Paragraph(n, text, n + 1, n + 1, None) for n, text in enumerate(texts)]


@pytest.mark.parametrize(("caption", "name"), [
    ("观众在博览会上观看四臂腔镜手术机器人演示。", "四臂腔镜手术机器人"),
    ("工作人员在第3窟调试壁画检测机器人。", "壁画检测机器人"),
    ("观众在服务机器人展区观看机器人咖啡师制作拿铁。", "机器人咖啡师"),
    ("一台巡检机器狗在展台上进行越障演示。", "巡检机器狗"),
    ("一块被切开展示的刀片式电池包。", "刀片式电池包"),
    ("全尺寸人形仿生机器人。", "全尺寸人形仿生机器人"),
    ("观众在车展上参观一款新车。", ""),
])
def test_caption_names_the_machine_people_look_at(caption: str, name: str) -> None:
    assert caption_name(caption) == name


@pytest.mark.parametrize(("a", "b", "same"), [
    ("双臂机器人", "双臂协作分拣机器人", True),
    ("协作机械臂", "六轴协作机械臂", True),
    ("双臂机器人", "全尺寸人形机器人", False),
    ("巡检机器狗", "巡检机器人", False),
    ("机器人", "分拣机器人", False),
])
def test_one_machine_under_two_names(a: str, b: str, same: bool) -> None:
    assert same_machine(a, b) is same


def test_a_machine_in_body_and_caption_is_one_exhibit_and_each_machine_its_own() -> None:
    paras = _paras(
        "走进展区，一台六轴协作机械臂正在为观众冲泡咖啡。",
        "不远处，一只四足机器狗正在模拟巡检。展台工作人员介绍，这款机器狗能爬坡。",
        "“现在一台巡检机器人的价格降了一半。”一位参展商说。",
        "在展台前，一位老人试穿了一套下肢外骨骼。")
    caption = Caption("观众观看协作机械臂冲泡咖啡。", "记者某某", 9, "▲")
    got = [(e.name, e.paragraphs, len(e.captions))
           for e in extract_exhibits(paras, [caption], [])]
    assert got == [("六轴协作机械臂", [0], 1), ("四足机器狗", [1], 0), ("下肢外骨骼", [3], 0)]


def test_a_field_report_without_a_show_has_no_exhibits() -> None:
    paras = _paras("一架大型气象无人机当天在高原完成首次探测飞行。", "这架无人机翼展20米。")
    assert extract_exhibits(paras, [], []) == []


@pytest.mark.parametrize(("texts", "names"), [
    # A machine a launch brings out, with no classifier.
    (["某企业当天举行新品发布会，推出新一代四足巡检机器人“山猫”。"], ["新一代四足巡检机器人"]),
    # Machine tools are machines.
    (["在一家企业的展台前，一台七轴数控机床正在加工叶轮。"], ["七轴数控机床"]),
    # A count inside a name is a clause about several machines, not a machine's name.
    (["展区里，一台喷涂机器人正在作业。“这套平台能同时管理30台机器人。”销售经理说。"],
     ["喷涂机器人"]),
])
def test_exhibits_the_third_round_taught(texts: list[str], names: list[str]) -> None:
    assert [e.name for e in extract_exhibits(_paras(*texts), [], [])] == names


def test_a_launched_machine_is_named_to_its_last_kind_word() -> None:
    paras = _paras("某厂商当天发布了新一代卫星通信手机。这款手机能收发图片。")
    assert [e.name for e in extract_exhibits(paras, [], [])] == ["新一代卫星通信手机"]


def test_simulators_and_snow_makers_are_machines() -> None:
    paras = _paras("展区里，一台滑雪模拟器前排起了长队。", "不远处，一台新型造雪机正在演示。")
    assert [e.name for e in extract_exhibits(paras, [], [])] == ["滑雪模拟器", "新型造雪机"]


def test_heavy_trucks_are_machines() -> None:
    paras = _paras("3日，一款国产氢燃料电池重卡在发布会上亮相。")
    assert [e.name for e in extract_exhibits(paras, [], [])] == ["国产氢燃料电池重卡"]


@pytest.mark.parametrize(("text", "names"), [
    ("在一款新能源越野车的展台前，一位车主正在询问价格。", ["新能源越野车"]),
    ("一辆能折叠方向盘的L4级自动驾驶概念车吸引了不少观众。", ["L4级自动驾驶概念车"]),
    ("记者在展馆外看到，一辆没有方向盘的自动驾驶小巴正在试乘区载客。", ["自动驾驶小巴"]),
    ("展区一角，一辆氢能巴士吸引了观众排队试乘。", ["氢能巴士"]),
    # A car as a measure of size is no exhibit.
    ("展台上，一台只有小轿车大小的收割机前围满了观众。", []),
])
def test_cars_on_show_are_exhibits(text: str, names: list[str]) -> None:
    assert [e.name for e in extract_exhibits(_paras(text), [], [])] == names
