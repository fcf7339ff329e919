"""The live pose illustration: moving, or still when asked."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.presenters.motion import PoseMoment
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
