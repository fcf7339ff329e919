"""The live pose illustration: moving, or still when asked."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.presenters.motion import PoseMoment
from app.qt.widgets.theme import dark_palette
from app.qt.window import pose_view
from app.qt.window.pose_view import PoseView

KNEE = ("knee-to-chest/start", "knee-to-chest/knee-in")


def test_it_draws_the_moment_between_two_keyframes(qtbot: QtBot) -> None:
    view = PoseView()
    qtbot.addWidget(view)
    view.showMoment(PoseMoment(*KNEE, 0.3, None), "Knee to chest")
    assert view.moment() == PoseMoment(*KNEE, 0.3, None)


def test_still_pictures_show_the_nearer_keyframe_instead_of_a_move(qtbot: QtBot) -> None:
    view = PoseView()
    qtbot.addWidget(view)
    view.set_still(True)
    view.showMoment(PoseMoment(*KNEE, 0.3, None), "Knee to chest")
    assert view.moment() == PoseMoment(KNEE[0], KNEE[0], 1.0, None)
    view.showMoment(PoseMoment(*KNEE, 0.7, None), "Knee to chest")
    assert view.moment() == PoseMoment(KNEE[1], KNEE[1], 1.0, None)


def test_a_still_picture_costs_no_work_at_each_tick(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Thirty ticks a second of a held pose: the figure's colours are worked out once per palette,
    and the picture is not drawn again."""
    made: list[object] = []
    real = pose_view.figure_palette
    monkeypatch.setattr(pose_view, "figure_palette", lambda palette: made.append(palette) or real(palette))
    view = PoseView()
    qtbot.addWidget(view)
    for _ in range(30):
        view.showMoment(PoseMoment(*KNEE, 1.0, None), "Knee to chest")
    assert len(made) == 1
    view.setPalette(dark_palette())  # new colours: worked out again, once
    for _ in range(30):
        view.showMoment(PoseMoment(*KNEE, 1.0, None), "Knee to chest")
    assert len(made) == 2
