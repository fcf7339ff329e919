"""Still pictures when the person or the system asks for them."""

from __future__ import annotations

import pytest

from app.qt.widgets import motion_preference
from app.qt.widgets.motion_preference import SystemMotion, wants_still


@pytest.mark.parametrize(("setting", "system", "still"), [
    ("still", False, True), ("still", True, True), ("animate", True, False), ("animate", False, False),
    ("system", True, True), ("system", False, False),
])
def test_the_persons_choice_wins_and_system_follows_the_desktop(setting: str, system: bool, still: bool) -> None:
    assert wants_still(setting, system) is still


def test_off_windows_there_is_no_windows_answer() -> None:
    if hasattr(motion_preference.ctypes, "windll"):
        pytest.skip("this is Windows")
    assert motion_preference.windows_reduces_motion() is None


def test_without_a_portal_nothing_is_reduced_and_nothing_blocks(qapp: object) -> None:
    # the test session has no desktop portal: the question goes out, the answer is an error, and
    # the preference stays "no preference"
    motion = SystemMotion()
    assert motion.reduces is False
