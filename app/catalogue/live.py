"""What a catalogue reloaded while Supple runs may change: the rules, without Qt.

A hand edit that breaks a file of the person's keeps the catalogue as it last loaded (a half-saved
file must not take routines away), and a routine in progress keeps its plan: any of its stretches
the new catalogue no longer holds are kept, so what shows that session can still name them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from app.catalogue.loader import LoadedCatalogue
from app.catalogue.model import Catalogue, Stretch
from app.catalogue.problems import Problem


def new_problems(fresh: LoadedCatalogue, current: LoadedCatalogue) -> tuple[Problem, ...]:
    """The problems `fresh` has that `current` did not: a file the edit broke."""
    known = set(current.problems)
    return tuple(problem for problem in fresh.problems if problem not in known)


def keeping(catalogue: Catalogue, stretches: Iterable[Stretch]) -> Catalogue:
    """`catalogue` with each of `stretches` it no longer holds put back."""
    missing = {stretch.id: stretch for stretch in stretches if stretch.id not in catalogue.stretches}
    if not missing:
        return catalogue
    return replace(catalogue, stretches={**missing, **catalogue.stretches})


def broken_words(problems: Iterable[Problem]) -> str:
    listed = "\n".join(str(problem) for problem in problems)
    return f"Your change could not be used, so your routines stay as they were until it is fixed:\n\n{listed}"
