"""Launch requests: what a later launch hands over, read back exactly, and the one routing policy."""

from __future__ import annotations

import pytest

from app.cli import build_parser
from app.launch import Decision, LaunchRequest, forwarded_arguments, read_forwarded, route


@pytest.mark.parametrize(("argv", "forwarded", "read"), [
    ([], [], LaunchRequest()),
    (["--routine", "desk-break"], ["--routine", "desk-break"], LaunchRequest("desk-break")),
    (["--routine", "desk-break", "--mini", "--speed", "10", "--exit-when-done"],
     ["--routine", "desk-break", "--mini"], LaunchRequest("desk-break", mini=True)),
    (["--mini"], ["--mini"], LaunchRequest(mini=True)),
])
def test_a_launch_round_trips(argv: list[str], forwarded: list[str], read: LaunchRequest) -> None:
    args = build_parser().parse_args(argv)
    assert forwarded_arguments(args.routine, args.mini) == forwarded
    assert read_forwarded(forwarded) == read


@pytest.mark.parametrize("arguments", [["--routine"], ["--speed", "10"], ["routines"], ["--routine", ""]])
def test_anything_else_is_not_understood(arguments: list[str]) -> None:
    assert read_forwarded(arguments) is None


@pytest.mark.parametrize(("request_", "active", "decision"), [
    (LaunchRequest(), False, Decision.SHOW),
    (LaunchRequest(), True, Decision.SHOW),
    (LaunchRequest("desk-break"), False, Decision.START),
    (LaunchRequest("desk-break", mini=True), True, Decision.ASK),
    (LaunchRequest("no-such"), False, Decision.UNKNOWN),
    (LaunchRequest("no-such"), True, Decision.UNKNOWN),
])
def test_route(request_: LaunchRequest, active: bool, decision: Decision) -> None:
    assert route(request_, lambda routine_id: routine_id == "desk-break", active) is decision


def test_a_background_start_while_supple_runs_shows_nothing() -> None:
    forwarded = forwarded_arguments(None, False, background=True)
    assert forwarded == ["--background"]
    request = read_forwarded(forwarded)
    assert request == LaunchRequest(background=True)
    assert route(request, lambda _routine: True, session_active=False) is Decision.NOTHING
    assert route(LaunchRequest(), lambda _routine: True, session_active=False) is Decision.SHOW
