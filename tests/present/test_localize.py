"""Content in English where the curators gave it, Chinese with a marker where they did not."""

from __future__ import annotations

import dataclasses

from kiosk.content.model import ContentModel
from kiosk.present import rows
from kiosk.present.linebreak import plain
from kiosk.present.localize import Localizer, Note, needs_translation
from kiosk.present.missing import untranslated


def test_only_text_with_chinese_needs_english() -> None:
    assert needs_translation("量子计算云平台 Quafu")
    assert not needs_translation("28.4%") and not needs_translation("Quafu")


def test_a_localizer_translates_what_it_knows_and_notes_the_rest() -> None:
    loc = Localizer({"北京": "Beijing"}, "en")
    item = loc.item()
    assert item.text("北京") == "Beijing" and item.note == Note.TRANSLATED
    other = loc.item()
    assert other.text("北京") == "Beijing" and other.text("上海") == "上海"
    assert other.note == Note.ORIGINAL
    assert loc.everything == ["上海"]
    chinese = Localizer({"北京": "Beijing"}, "zh")
    assert chinese.text("北京") == "北京" and chinese.note == Note.NONE


def test_english_rows_use_the_curators_english(seed_model: ContentModel) -> None:
    quafu = seed_model.achievements[0]
    model = dataclasses.replace(seed_model, english={
        quafu.name: "Quafu quantum computing cloud platform",
        quafu.summary: "A cloud platform for quantum computing.",
        "范桁": "Fan Heng"})
    english = rows.achievement_rows(model, Localizer(model.english, "en"))[0]
    assert english.name == "Quafu quantum computing cloud platform"
    assert english.summary == "A cloud platform for quantum computing."
    assert english.note == Note.ORIGINAL  # its facts and figures have no English yet
    assert plain(english.facts[0].text) == quafu.facts[0].text
    assert english.source_text  # the source paragraph is the original, in any language
    chinese = rows.achievement_rows(model)[0]
    assert plain(chinese.name) == quafu.name and chinese.note == Note.NONE
    speakers = rows.speaker_rows(model, Localizer(model.english, "en"))
    assert ("范桁", "Fan Heng") in [(s.key, s.name) for s in speakers]


def test_untranslated_lists_each_chinese_text_once(seed_model: ContentModel) -> None:
    seed_model = dataclasses.replace(seed_model, english={})  # as if nothing were translated
    missing = untranslated(seed_model)
    assert len(missing) == len(set(missing)) > 50
    assert seed_model.achievements[0].name in missing
    assert all(needs_translation(text) for text in missing)
    everything = {text: "English" for text in missing}
    assert untranslated(dataclasses.replace(seed_model, english=everything)) == []
