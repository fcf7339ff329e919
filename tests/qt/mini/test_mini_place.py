"""The mini timer's placement arithmetic, without any screen."""

from __future__ import annotations

from app.qt.mini.mini_place import Rect, area_under, layout_key, snapped, top_right, visible_place

LEFT = Rect(-1280, 0, 1280, 1024)
MAIN = Rect(0, 0, 1920, 1050)  # a panel takes the bottom 30 px


def test_a_window_dropped_near_an_edge_sits_flush_against_it() -> None:
    assert snapped(Rect(12, 500, 220, 300), MAIN) == (0, 500)
    assert snapped(Rect(1690, -9, 220, 300), MAIN) == (1700, 0)  # 1690 + 220 is 10 px from the right
    assert snapped(Rect(800, 740, 220, 300), MAIN) == (800, 750)  # 6 px above the panel
    assert snapped(Rect(40, 40, 220, 300), MAIN) == (40, 40)  # too far from every edge: left alone
    assert snapped(Rect(-1270, 16, 220, 300), LEFT) == (-1280, 0)  # corners, on a screen left of the primary


def test_the_snap_distance_is_inclusive_and_adjustable() -> None:
    assert snapped(Rect(16, 100, 10, 10), MAIN) == (0, 100)
    assert snapped(Rect(17, 100, 10, 10), MAIN) == (17, 100)
    assert snapped(Rect(30, 100, 10, 10), MAIN, distance=30) == (0, 100)


def test_the_layout_key_names_the_arrangement_not_the_order() -> None:
    assert layout_key([MAIN, LEFT]) == layout_key([LEFT, MAIN]) == "-1280,0,1280x1024;0,0,1920x1050"
    assert layout_key([MAIN]) != layout_key([MAIN, LEFT])


def test_the_area_under_a_window_is_the_one_showing_most_of_it() -> None:
    assert area_under(Rect(-150, 10, 220, 300), [MAIN, LEFT]) == LEFT
    assert area_under(Rect(-50, 10, 220, 300), [MAIN, LEFT]) == MAIN
    assert area_under(Rect(5000, 10, 220, 300), [MAIN, LEFT]) is None


def test_a_saved_place_on_a_screen_is_kept() -> None:
    assert visible_place((-600, 200), 220, 300, [MAIN, LEFT], MAIN) == (-600, 200)


def test_a_place_off_every_screen_falls_back_to_the_primary_top_right() -> None:
    corner = top_right(220, 300, MAIN)
    assert corner == (1920 - 220 - 16, 16)
    assert visible_place((-600, 200), 220, 300, [MAIN], MAIN) == corner  # the left monitor was unplugged
    assert visible_place((1800, 200), 220, 300, [MAIN], MAIN) == corner  # half off the right edge
    assert visible_place(None, 220, 300, [MAIN], MAIN) == corner
