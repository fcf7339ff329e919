"""Which routine a reminder offers."""

from __future__ import annotations

from app.schedule.suggest import Offer, suggest

OFFERS = (
    Offer("floor-long", "Floor, long", 900.0, "floor"),
    Offer("desk-short", "Desk, short", 180.0, "desk"),
    Offer("desk-long", "Desk, long", 420.0, "desk"),
)


def test_it_rotates_through_the_routines_in_order() -> None:
    seen = []
    last = None
    for _ in range(4):
        offer = suggest(OFFERS, last, short=False)
        assert offer is not None
        seen.append(offer.routine_id)
        last = offer.routine_id
    assert seen == ["floor-long", "desk-short", "desk-long", "floor-long"]


def test_a_routine_no_longer_there_starts_the_turn_again() -> None:
    offer = suggest(OFFERS, "gone", short=False)
    assert offer is not None and offer.routine_id == "floor-long"


def test_when_time_is_short_the_shortest_desk_routine() -> None:
    offer = suggest(OFFERS, "floor-long", short=True)
    assert offer is not None and offer.routine_id == "desk-short"
    only_floor = suggest(OFFERS[:1], None, short=True)
    assert only_floor is not None and only_floor.routine_id == "floor-long"


def test_its_label_says_the_honest_minutes() -> None:
    assert OFFERS[1].label == "Desk, short (3 min)"
    assert suggest((), None, short=False) is None
