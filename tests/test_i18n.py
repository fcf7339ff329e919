"""The core's translation seam: English by default, a backend when installed, English plurals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import i18n
from app.i18n import Words


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.install(None)


Sample = Words("Sample")


def test_without_a_backend_the_english_source_is_the_answer() -> None:
    assert Sample.tr("Hold") == "Hold"
    assert Sample.tr("%n second(s) left", "", 1) == "1 second left"
    assert Sample.tr("%n second(s) left", "", 2) == "2 seconds left"
    assert Sample.tr("%n stretch(es)", "", 0) == "0 stretches"


def test_brackets_that_are_not_a_plural_form_stay() -> None:
    assert Sample.tr("Hold (left leg) for %n second(s)", "", 1) == "Hold (left leg) for 1 second"
    assert i18n.english_plural("Note (s)", 2) == "Note (s)"


def test_an_installed_backend_answers_with_its_context_and_count() -> None:
    asked: list[tuple[str, str, str | None, int]] = []

    def german(context: str, source: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, source, disambiguation, n))
        return {"Hold": "Halten", "%n second(s) left": "noch %n Sekunden"}[source].replace("%n", str(n))

    i18n.install(german)
    assert Sample.tr("Hold") == "Halten"
    assert Sample.tr("%n second(s) left", "", 5) == "noch 5 Sekunden"
    assert asked == [("Sample", "Hold", None, -1), ("Sample", "%n second(s) left", "", 5)]


def test_uninstalling_returns_to_english() -> None:
    i18n.install(lambda context, source, disambiguation, n: "x")
    i18n.install(None)
    assert Sample.tr("Hold") == "Hold"


def test_noop_marks_without_translating() -> None:
    i18n.install(lambda context, source, disambiguation, n: "x")
    assert i18n.QT_TRANSLATE_NOOP("Sample", "Hold") == "Hold"
