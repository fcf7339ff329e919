"""The Windows and macOS sources with faked system libraries (they are not run on those systems here)."""

from __future__ import annotations

from typing import Any

import pytest

from app.qt.companion.macos_idle import ANY_INPUT_EVENT, COMBINED_SESSION_STATE, MacIdleSource
from app.qt.companion.platform import macos_sources, windows_sources
from app.qt.companion.windows_busy import WindowsBusySource
from app.qt.companion.windows_idle import WindowsIdleSource


class Function:
    """A ctypes function stand-in: callable, with argtypes and restype to set."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.argtypes: list[Any] = []
        self.restype: Any = None

    def __call__(self, *arguments: Any) -> Any:
        return self.answer(*arguments)


class FakeUser32:
    def __init__(self, last_input: int | None) -> None:
        self.last_input = last_input
        self.GetLastInputInfo = Function(self._last_input_info)

    def _last_input_info(self, info: Any) -> int:
        assert info.contents.cbSize == 8
        if self.last_input is None:
            return 0
        info.contents.dwTime = self.last_input
        return 1


class FakeKernel32:
    def __init__(self, now: int) -> None:
        self.GetTickCount = Function(lambda: now)


class FakeShell32:
    def __init__(self, state: int, result: int = 0) -> None:
        def query(pointer: Any) -> int:
            pointer.contents.value = state
            return result

        self.SHQueryUserNotificationState = Function(query)


def test_windows_idle_is_the_ticks_since_the_last_input() -> None:
    assert WindowsIdleSource(FakeUser32(last_input=10_000), FakeKernel32(now=75_500)).idle_seconds() == 65.5


def test_windows_idle_survives_the_tick_count_wrapping() -> None:
    source = WindowsIdleSource(FakeUser32(last_input=2**32 - 1_000), FakeKernel32(now=2_000))
    assert source.idle_seconds() == 3.0


def test_windows_idle_without_an_answer() -> None:
    assert WindowsIdleSource(FakeUser32(last_input=None), FakeKernel32(now=5)).idle_seconds() is None


@pytest.mark.parametrize(("state", "reason"), [
    (1, "the screen is locked"), (2, "a window is full screen"), (3, "a window is full screen"),
    (4, "a presentation is on"), (5, None), (6, None), (7, "a window is full screen"),
])
def test_windows_busy_follows_the_shells_notification_state(state: int, reason: str | None) -> None:
    assert WindowsBusySource(FakeShell32(state)).busy_reason() == reason


def test_windows_busy_is_quiet_when_the_shell_does_not_answer() -> None:
    assert WindowsBusySource(FakeShell32(2, result=-2147467259)).busy_reason() is None


def test_windows_sources_declare_the_calls_and_say_what_they_cannot_see() -> None:
    user32, kernel32, shell32 = FakeUser32(0), FakeKernel32(1_000), FakeShell32(5)
    idle, busy, abilities = windows_sources(user32, kernel32, shell32)
    assert user32.GetLastInputInfo.argtypes and kernel32.GetTickCount.restype is not None
    assert shell32.SHQueryUserNotificationState.argtypes
    assert idle.idle_seconds() == 1.0 and busy.busy_reason() is None
    assert abilities.idle == "Windows last input"
    assert abilities.sees == ("full screen", "screen locked")
    assert abilities.blind_to == ("do not disturb", "an app keeping the screen awake")


class FakeCoreGraphics:
    def __init__(self, seconds: float) -> None:
        self.asked: list[tuple[int, int]] = []

        def since(state: int, kind: int) -> float:
            self.asked.append((state, kind))
            return seconds

        self.CGEventSourceSecondsSinceLastEventType = Function(since)


def test_macos_idle_asks_for_any_input_of_the_whole_session() -> None:
    core_graphics = FakeCoreGraphics(42.25)
    assert MacIdleSource(core_graphics).idle_seconds() == 42.25
    assert core_graphics.asked == [(COMBINED_SESSION_STATE, ANY_INPUT_EVENT)]


def test_macos_sources_see_idle_time_only() -> None:
    idle, busy, abilities = macos_sources(FakeCoreGraphics(3.0))
    assert idle.idle_seconds() == 3.0 and busy.busy_reason() is None
    assert abilities.idle == "macOS input events" and abilities.sees == ()
    assert len(abilities.blind_to) == 4


def test_macos_without_core_graphics_falls_back_to_plain_time() -> None:
    idle, _busy, abilities = macos_sources(None)
    assert idle.idle_seconds() is None and abilities.idle is None
