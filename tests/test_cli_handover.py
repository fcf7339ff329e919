"""What a second launch hands to the running Supple, and how the running one reads it back."""

from __future__ import annotations

import pytest

from app.cli import HandedOver, build_parser, forwarded_arguments, read_handed_over


@pytest.mark.parametrize(("argv", "forwarded", "read"), [
    ([], [], HandedOver()),
    (["--routine", "desk-break"], ["--routine", "desk-break"], HandedOver("desk-break")),
    (["--routine", "desk-break", "--mini", "--speed", "10", "--exit-when-done"],
     ["--routine", "desk-break", "--mini"], HandedOver("desk-break", mini=True)),
    (["--mini"], ["--mini"], HandedOver(mini=True)),
])
def test_a_launch_round_trips(argv: list[str], forwarded: list[str], read: HandedOver) -> None:
    assert forwarded_arguments(build_parser().parse_args(argv)) == forwarded
    assert read_handed_over(forwarded) == read


@pytest.mark.parametrize("arguments", [["--routine"], ["--routine", ""], ["--bogus"], ["routines"]])
def test_anything_else_is_refused_without_exiting(arguments: list[str]) -> None:
    assert read_handed_over(arguments) is None
