"""Turning a routine id into a timed plan with the person's settings: the one place plans are made.

Qt-free. The command line, the main window, the routine list and the mini timer's demo all ask
here, so "which routines exist" and "how long is this one" have one answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.catalogue import Catalogue
from app.context import timing_from
from app.session import Plan, Timing, build_plan
from app.settings import Settings


@dataclass
class Planner:
    catalogue: Catalogue
    settings: Settings
    speed: float = 1.0  # a demo's (--speed): every phase shortened by this factor

    @property
    def timing(self) -> Timing:
        return timing_from(self.settings, self.speed)

    def known(self, routine_id: str) -> bool:
        return any(routine.id == routine_id for routine in self.catalogue.routines)

    def routine_ids(self) -> list[str]:
        return [routine.id for routine in self.catalogue.routines]

    def plan(self, routine_id: str) -> Plan:
        """The routine's plan; a KeyError names an unknown routine (ask `known` first)."""
        return build_plan(self.catalogue.routine(routine_id), self.catalogue, self.timing)
