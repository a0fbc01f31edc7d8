"""Shared test set-up: offscreen Qt, the seed article and its parsed model."""

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's real cache, nor its admin PIN (each test has its
    own state folder)."""
    monkeypatch.setenv("ZGC_KIOSK_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.setenv("ZGC_KIOSK_STATE", str(tmp_path_factory.mktemp("state")))


@pytest.fixture(scope="session")
def seed_model():  # type: ignore[no-untyped-def]
    from kiosk.content import parse

    return parse(SEED)


@pytest.fixture(scope="session")
def article_model(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The seed as the parser alone reads it: the article without the curation beside it."""
    from kiosk.content import parse

    path = tmp_path_factory.mktemp("article") / SEED.name
    shutil.copy(SEED, path)
    return parse(path)
