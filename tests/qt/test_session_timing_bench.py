"""Benchmark: a whole routine on the real clock in a Qt event loop (run with -m bench -s).

Reports how far the routine's end lands from its planned length and the CPU the polling costs.
Nothing here asserts speed: the figures go in the issue notes.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from app.qt.adapters.session_controller import SessionController
from app.session import SessionResult, State, Timing, build_plan, monotonic_clock
from tests.helpers import builtin_catalogue

SPEED = 10


@pytest.mark.bench
def test_bench_routine_ends_on_time(qapp: object) -> None:
    catalogue = builtin_catalogue()
    plan = build_plan(catalogue.routine("lower-back-relief"), catalogue, Timing(warm_up=False, speed=SPEED))
    controller = SessionController(monotonic_clock)
    controller.load(plan)
    results: list[tuple[float, SessionResult]] = []
    loop = QEventLoop()
    controller.finished.connect(lambda result: (results.append((time.monotonic(), result)), loop.quit()))
    QTimer.singleShot(round(plan.total_seconds * 1000) + 5000, loop.quit)  # a bound, should it hang
    cpu_before, started = time.process_time(), time.monotonic()
    controller.start()
    loop.exec()
    cpu = time.process_time() - cpu_before
    assert results and results[0][1].state is State.COMPLETE
    took = results[0][0] - started
    print(
        f"\nlower-back-relief at --speed {SPEED}: planned {plan.total_seconds:.3f} s, took {took:.3f} s,"
        f" end off by {(took - plan.total_seconds) * 1000:+.1f} ms (target within 50 ms);"
        f" CPU {cpu:.3f} s = {100 * cpu / took:.2f}% of one core while polling at 30 Hz"
    )
