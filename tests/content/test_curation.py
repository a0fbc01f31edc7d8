"""Curation: additions with sources, overrides, hides, and broken files reported not fatal."""

import shutil
from pathlib import Path

import pytest

from kiosk.content import parse
from tests.conftest import SEED


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / SEED.name
    shutil.copy(SEED, path)
    return path


def _curate(article: Path, text: str) -> None:
    (article.parent / "curation.toml").write_text(text, encoding="utf-8")


def test_without_curation_only_the_article_speaks(article: Path) -> None:
    model = parse(article)
    assert all(a.provenance.origin == "article" for a in model.achievements)
    assert model.event.theme == ""


def test_add_override_and_hide(article: Path, seed_model) -> None:  # type: ignore[no-untyped-def]
    quote = seed_model.quotes[3].id
    quafu = seed_model.achievements[0].id
    _curate(article, f'''
[[achievement]]
name = "测试成果"
summary = "一项测试成果。"
source = "某报，2023年5月27日"

[[override]]
id = "{quafu}"
summary = "新的介绍。"
source = "策展人"

[[hide]]
id = "{quote}"
''')
    model = parse(article)
    added = model.achievements[-1]
    assert (added.name, added.provenance.origin, added.provenance.source) == (
        "测试成果", "curation", "某报，2023年5月27日")
    assert model.achievements[0].summary == "新的介绍。"
    assert model.achievements[0].provenance.source == "curated: 策展人"
    assert quote not in {q.id for q in model.quotes}
    assert all(quote not in p.quotes for p in model.people)
    assert model.curation == []


@pytest.mark.parametrize(("text", "line", "reason"), [
    ('[[achievement]]\nname = "甲"\nsummary = "乙"\n', 1, "missing source"),
    ('[event]\ntheme = "x"\nsource = "y"\n\n[[achievement]]\nname = "甲"\nsummary = ""\n'
     'source = "s"\n', 5, "summary must be non-empty"),
    ('[[hide]]\nid = "q-1"\ncolour = "red"\n', 1, "unknown field colour"),
    ('[[override]]\nid = "z-1"\nsource = "s"\n', 1, "unknown id"),
    ('[[achievement]]\nname = "甲"\nsummary = "乙"\nsource = "s"\nkind = "odd"\n', 1,
     "kind must be one of"),
    ('[[frobnicate]]\nx = 1\n', 1, "unknown section"),
    ('[[achievement]\nname = "甲"\n', 1, "not valid TOML"),
    # The n-th header of a key, written with spaces and a comment.
    ('[[english]]\nzh = "甲"\nen = "A"\n\n[[ english ]]  # second\nzh = "乙"\nen = "B"\n'
     'x = 1\n', 5, "unknown field x"),
])
def test_broken_curation_is_reported_with_line_and_ignored(
        article: Path, seed_model, text: str, line: int, reason: str) -> None:  # type: ignore[no-untyped-def]
    _curate(article, text)
    model = parse(article)
    assert len(model.curation) == 1
    note = model.curation[0]
    assert note.file.endswith("curation.toml")
    assert note.line == line
    assert reason in note.reason
    assert [q.text for q in model.quotes] == [q.text for q in seed_model.quotes]


def test_unknown_ids_are_reported(article: Path) -> None:
    _curate(article, '[[hide]]\nid = "q-00000000"\n')
    model = parse(article)
    assert [n.reason for n in model.curation] == ["hide q-00000000: no such item"]


def test_english_entries_and_facts_with_their_own_sources(article: Path,
                                                          seed_model) -> None:  # type: ignore[no-untyped-def]
    quafu = seed_model.achievements[0].id
    _curate(article, f'''
[[override]]
id = "{quafu}"
facts = ["可同时操控136个量子比特。", {{ text = "名字取自神话人物夸父。", source = "AGC News，2023年6月" }}]
source = "人民日报，2023年5月27日，第3版"

[[english]]
zh = "北京"
en = "Beijing"

[[english]]
zh = "量子比特"
en = "qubits"
''')
    model = parse(article)
    assert model.english == {"北京": "Beijing", "量子比特": "qubits"}
    facts = next(a for a in model.achievements if a.id == quafu).facts
    assert [(f.text, f.source) for f in facts] == [
        ("可同时操控136个量子比特。", "人民日报，2023年5月27日，第3版"),
        ("名字取自神话人物夸父。", "AGC News，2023年6月")]
    provenance = next(a for a in model.achievements if a.id == quafu).provenance
    assert provenance.origin == "article" and provenance.curator_source == (
        "人民日报，2023年5月27日，第3版")


@pytest.mark.parametrize(("entry", "reason"), [
    ('[[english]]\nzh = "北京"\n', "[english] skipped: missing en"),
    ('[[english]]\nzh = "北京"\nen = "Beijing"\nnote = "x"\n', "unknown field note"),
    ('[[english]]\nzh = "北京"\nen = "Beijing"\n[[english]]\nzh = "北京"\nen = "Peking"\n',
     "a second, different English for '北京'"),
    ('[[override]]\nid = "a-1"\nfacts = [{ text = "x", page = 3 }]\nsource = "y"\n',
     "facts must be a list of texts or of { text, source } tables"),
])
def test_a_bad_english_or_fact_entry_is_reported_and_skipped(article: Path, entry: str,
                                                             reason: str) -> None:
    _curate(article, entry)
    model = parse(article)
    assert any(reason in note.reason for note in model.curation), model.curation


def test_an_edit_to_the_curation_file_is_read_even_right_after_a_parse(article: Path) -> None:
    """The file read last is kept (reading TOML costs as much as the rest of a parse): an
    edit, a file put back as it was and a removed file are all seen at the next parse."""
    _curate(article, '[event]\ntheme = "甲"\nsource = "策展人"\n')
    assert parse(article).event.theme == "甲"
    _curate(article, '[event]\ntheme = "乙"\nsource = "策展人"\n')
    assert parse(article).event.theme == "乙"
    _curate(article, '[event]\ntheme = "甲"\nsource = "策展人"\n')
    assert parse(article).event.theme == "甲"
    (article.parent / "curation.toml").unlink()
    assert parse(article).event.theme == ""


def test_a_curation_read_again_is_not_changed_by_what_was_done_with_the_last(
        article: Path) -> None:
    from kiosk.content.curation import curation_path, read_curation

    _curate(article, '[[hide]]\nid = "q-00000000"\n\n[[english]]\nzh = "论坛"\nen = "Forum"\n')
    first = read_curation(curation_path(article))
    first.hidden.add("q-11111111")
    first.english["论坛"] = "changed"
    first.notes.append(first.notes[0] if first.notes else None)  # type: ignore[arg-type]
    again = read_curation(curation_path(article))
    assert again.hidden == {"q-00000000"}
    assert again.english == {"论坛": "Forum"}
    assert again.notes == []
