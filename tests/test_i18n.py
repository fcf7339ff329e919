"""The core's translation seam: English by default, a backend when installed, English plurals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.i18n import Words


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.install(None)


Sample = Words("Sample")
APP = Path(__file__).resolve().parent.parent / "app"


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


def test_placeholders_are_filled_in_one_pass_in_any_order() -> None:
    assert i18n.fill("%1 of %2", "2", "3") == "2 of 3"
    assert i18n.fill("%2, %1", "Bein", "Knie") == "Knie, Bein"  # a translation may reorder them
    assert i18n.fill("Next: %1", "my %2 routine") == "Next: my %2 routine"  # a value is never filled again
    assert i18n.fill("%1 and %3", "a") == "a and %3"  # a placeholder with no value stays, never raises


def test_numbers_are_written_by_the_installed_formatter_and_the_language_is_known() -> None:
    assert (i18n.number(2.5, 1), i18n.number(3), i18n.language()) == ("2.5", "3", "en")
    i18n.install(lambda context, source, disambiguation, n: source, language="de",
                 number=lambda value, decimals: f"{value:.{decimals}f}".replace(".", ","))
    assert (i18n.number(2.5, 1), i18n.language()) == ("2,5", "de")
    i18n.install(None)
    assert (i18n.number(2.5, 1), i18n.language()) == ("2.5", "en")


def test_every_context_is_kept_in_a_variable_of_its_own_name() -> None:
    # lupdate takes the context from the name the call is made on: `Plan.tr(...)` is context "Plan"
    made = re.compile(r"^(\w+) = Words\(\"([^\"]*)\"\)", re.MULTILINE)
    found = {path: made.findall(path.read_text(encoding="utf-8")) for path in APP.rglob("*.py")}
    pairs = [(path.name, name, context) for path, each in found.items() for name, context in each]
    assert len(pairs) >= 10
    assert [pair for pair in pairs if pair[1] != pair[2]] == []
    contexts = [context for _, _, context in pairs]
    assert len(contexts) == len(set(contexts))  # one module, one context
