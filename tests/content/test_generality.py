"""The parser is rules, not a transcription: no name, title or phrase of the seed in kiosk/."""

import re

from tests.conftest import ROOT

# Words of the seed that are general vocabulary, not the seed's own names or phrases.
GENERAL = {"主席", "院长", "所长", "研究员", "总经理", "副总经理", "董事长", "主任", "总干事",
           "说", "表示", "指出", "介绍", "机器人", "论坛", "北京"}


def _seed_strings(model) -> set[str]:  # type: ignore[no-untyped-def]
    art = model.article
    found = {art.title, art.kicker, art.dateline, *art.reporters, model.event.name}
    found |= {s.heading for s in art.sections} | {c.text for c in art.captions}
    found |= {c.credit for c in art.captions}
    found |= {p.name for p in model.people} | {o.name for o in model.organisations}
    found |= {t for p in model.people for t in p.titles}
    found |= {a.name for a in model.achievements} | {e.name for e in model.exhibits}
    found |= {q.text[:12] for q in model.quotes} | set(model.sub_forums)
    return {s for s in found if len(s) >= 2 and s not in GENERAL}


def test_no_seed_strings_in_the_package(seed_model) -> None:  # type: ignore[no-untyped-def]
    needles = _seed_strings(seed_model)
    assert len(needles) > 60
    offenders = []
    for path in (ROOT / "kiosk").rglob("*"):
        if path.suffix not in {".py", ".qml", ".txt", ".toml", ".js"} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.relative_to(ROOT)}: {n}" for n in needles if n in text]
    assert offenders == []


def test_fixtures_use_other_people_than_the_seed(seed_model) -> None:  # type: ignore[no-untyped-def]
    people = {p.name for p in seed_model.people}
    for path in (ROOT / "tests" / "fixtures").glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert not [name for name in people if re.search(re.escape(name), text)], path
