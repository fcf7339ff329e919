"""The Qt adapter: engine events become signals; the timer runs only while a session runs."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from app.qt.adapters.session_controller import SessionController
from app.session import CueEvent, FakeClock, PhaseKind, PhaseStarted, State, Timing, build_plan
from tests.helpers import builtin_catalogue


def make(qtbot: QtBot) -> tuple[SessionController, FakeClock]:
    catalogue = builtin_catalogue()
    clock = FakeClock()
    controller = SessionController(clock)
    controller.load(build_plan(catalogue.routine("desk-break"), catalogue, Timing(warm_up=False)))
    return controller, clock


def test_its_own_timer_polls_about_thirty_times_a_second(qtbot: QtBot) -> None:
    """Often enough for a smooth ring and cues on time, never so often that it busy-loops; read off
    the real event loop by when the polls arrive (a busy machine only makes them later)."""
    controller, _ = make(qtbot)
    polls: list[float] = []
    controller.start()  # its own tick comes before this connection
    controller.ticked.connect(lambda: polls.append(time.monotonic()))
    qtbot.waitUntil(lambda: len(polls) >= 10, timeout=5000)  # a slow timer fails here
    controller.stop()
    # Qt schedules each poll an interval after the last one was due, never sooner, so nine gaps
    # last at least eight intervals: 264 ms at 30 a second, and less than this at 40.
    assert polls[9] - polls[0] >= 0.225


def test_polls_only_while_running(qtbot: QtBot) -> None:
    controller, _ = make(qtbot)
    assert not controller.polling  # loaded, not started
    controller.start()
    assert controller.polling
    controller.pause()
    assert not controller.polling
    controller.resume()
    assert controller.polling
    controller.stop()
    assert not controller.polling


def test_engine_events_arrive_as_signals(qtbot: QtBot) -> None:
    controller, clock = make(qtbot)
    phases: list[PhaseStarted] = []
    cues: list[CueEvent] = []
    states: list[State] = []
    controller.phaseStarted.connect(phases.append)
    controller.cue.connect(cues.append)
    controller.stateChanged.connect(states.append)
    with qtbot.waitSignal(controller.finished) as finished:
        controller.start()
        for _ in range(400):
            clock.advance(0.5)
            controller.poll()
    assert finished.args is not None and finished.args[0].state is State.COMPLETE
    assert phases[0].phase.kind is PhaseKind.PREPARE
    assert {event.phase.kind for event in phases} >= {PhaseKind.PREPARE, PhaseKind.HOLD, PhaseKind.SWITCH_SIDES}
    assert cues[-1].cue.value == "routine-complete"
    assert states[0] is State.RUNNING and states[-1] is State.COMPLETE
    assert not controller.polling


def test_the_controller_keeps_polling_while_easing_out_after_pain(qtbot: QtBot) -> None:
    controller = SessionController(FakeClock())
    controller.load(build_plan(builtin_catalogue().routine("desk-break"), builtin_catalogue(), Timing()))
    controller.start()
    controller.pain()
    assert controller.state is State.EASING_OUT
    assert controller.polling  # the release counts down by itself, then offers the choice
    controller.stop()


def test_with_displays_it_polls_when_the_first_of_them_next_changes(qtbot: QtBot) -> None:
    """A display says how soon it next shows something new (the ring's next pixel, the next
    second); the controller sleeps that long, never less than a thirtieth of a second."""
    controller, _ = make(qtbot)
    soonest: dict[str, float | None] = {"ring": 0.2, "figure": None}
    controller.pace_by(lambda: soonest["ring"])
    controller.pace_by(lambda: soonest["figure"])
    controller.start()
    assert controller.poll_interval_ms == 200
    soonest["figure"] = 0.05
    controller.poll()
    assert controller.poll_interval_ms == 50
    soonest["ring"], soonest["figure"] = 0.001, None
    controller.poll()
    assert controller.poll_interval_ms == 33
    controller.stop()


def test_with_nothing_shown_it_polls_twice_a_second_and_on_time_for_each_cue(qtbot: QtBot) -> None:
    controller, clock = make(qtbot)
    controller.pace_by(lambda: None)  # the window is hidden: only the tray's words follow
    controller.start()
    assert controller.poll_interval_ms == 500
    assert controller.session is not None
    session = controller.session
    while (due := session.next_due()) is not None and due - clock() > 0.5:  # polled as it asks
        clock.advance(0.5)
        controller.poll()
    assert due is not None
    clock.advance(due - clock() - 0.012)  # a cue or the phase's end is 12 ms away
    controller.poll()
    assert controller.poll_interval_ms == 12  # sooner than a display's fastest: the chime is on time
    controller.stop()


def test_its_timer_is_set_again_only_when_the_pace_changes(qtbot: QtBot) -> None:
    """A poll that keeps the pace leaves the repeating timer running (setting a timer anew at each
    of 30 polls a second cost more than the poll); a new pace, a pause, a resume set it."""
    controller, clock = make(qtbot)
    soonest = {"ring": 0.05}
    controller.pace_by(lambda: soonest["ring"])
    started: list[int] = []
    start = controller._timer.start  # counted, and let through
    controller._timer.start = lambda *interval: (started.append(*interval), start(*interval))  # type: ignore[method-assign]
    controller.start()
    for _ in range(20):
        clock.advance(0.05)
        controller.poll()
    assert started == [50]
    soonest["ring"] = 0.1
    controller.poll()
    controller.poll()
    assert started == [50, 100]
    controller.pause()
    assert not controller.polling
    controller.resume()
    assert started == [50, 100, 100] and controller.polling
    controller.stop()


def test_the_displays_refresh_before_they_are_asked_how_soon_they_next_change(qtbot: QtBot) -> None:
    """So a display answers from what its refresh just worked out, for the same view."""
    controller, clock = make(qtbot)
    order: list[tuple[str, object]] = []
    controller.ticked.connect(lambda: order.append(("ticked", controller.view())))
    controller.pace_by(lambda: order.append(("asked", controller.view())) or 0.05)  # type: ignore[func-returns-value]
    controller.start()
    order.clear()
    clock.advance(0.05)
    controller.poll()
    assert [what for what, _ in order] == ["ticked", "asked"]
    assert order[0][1] is order[1][1]  # the one view of the tick
    controller.stop()
