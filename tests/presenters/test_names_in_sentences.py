"""A stretch's name inside a sentence is written as a word of it: 'Ease out of knee to chest
slowly', 'Next: cat-cow'. Checked for every stretch and every line the app builds around a name:
the panel's headline, the next line beside the timer, the tray and mini timer, the spoken lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest

from app.audio.announce import spoken_line
from app.catalogue import Catalogue
from app.presenters.presentation import coming_up, headline
from app.session import CueEvent, PhaseKind, PlannedPhase, State, Timing, build_plan
from app.session.view import session_view
from app.wording import in_sentence
from tests.helpers import builtin_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return builtin_catalogue()


def _phases(catalogue: Catalogue) -> Iterator[tuple[object, int, PlannedPhase]]:
    for routine in catalogue.routines:
        plan = build_plan(routine, catalogue, Timing())
        for index, phase in enumerate(plan.phases):
            yield plan, index, phase


def _lines(catalogue: Catalogue) -> Iterator[str]:
    for plan, index, phase in _phases(catalogue):
        yield coming_up(phase, catalogue)
        yield headline(session_view(plan, State.RUNNING, phase, 1.0, index), catalogue)  # type: ignore[arg-type]
        easing = replace(phase, kind=PhaseKind.RELEASE)
        yield headline(session_view(plan, State.EASING_OUT, easing, 1.0, index), catalogue)  # type: ignore[arg-type]
        for timed in phase.cues:
            for after in (None, PhaseKind.HOLD):
                yield spoken_line(CueEvent(timed.cue, phase, 0.0), catalogue, after)


def _capitals_inside(line: str, name: str) -> list[str]:
    """Each place `name` stands inside a sentence of `line` with its capital kept."""
    wrong = []
    for found in re.finditer(re.escape(name), line, flags=re.IGNORECASE):
        before = line[: found.start()].rstrip()
        opens_sentence = before == "" or before.endswith((".", "!", "?"))
        if not opens_sentence and found.group() != in_sentence(name):
            wrong.append(line)
    return wrong


def test_no_stretch_name_keeps_its_capital_inside_a_sentence(catalogue: Catalogue) -> None:
    lines = set(_lines(catalogue))
    names = [stretch.name for stretch in catalogue.stretches.values()]
    assert any("Ease out of" in line for line in lines) and any(line.startswith("Next") for line in lines)
    wrong = sorted({bad for line in lines for name in names for bad in _capitals_inside(line, name)})
    assert wrong == []


def test_a_name_that_opens_a_sentence_keeps_its_capital(catalogue: Catalogue) -> None:
    lines = set(_lines(catalogue))
    assert "Knee to chest, left leg. Get into position." in lines
