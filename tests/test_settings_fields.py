"""Every setting is declared once, with a default inside its range; checks, groups and what the
session's Timing and the guide's CueOptions take all follow from the declarations."""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

import pytest

from app.audio.policy import CueOptions
from app.context import timing_from
from app.session import Timing
from app.settings import RULES, Settings, fed_into, fields_in, settings_from_mapping
from app.settings_fields import Consumer, Group, Rule

SETTING_NAMES = [item.name for item in dataclasses.fields(Settings) if item.name != "extra"]
NUMBERS = [name for name, rule in RULES.items() if rule.low is not None]


def test_every_field_of_the_settings_is_declared_exactly_once() -> None:
    assert list(RULES) == SETTING_NAMES
    assert "extra" not in RULES  # the keys of newer versions are carried, never checked


def test_every_setting_is_in_exactly_one_group() -> None:
    grouped = [name for group in Group for name in fields_in(group)]
    assert sorted(grouped) == sorted(SETTING_NAMES)
    assert fields_in(Group.CUES) == ("cue_halfway", "cue_last_seconds", "cue_breath")


@pytest.mark.parametrize("name", SETTING_NAMES)
def test_each_default_is_a_value_its_own_check_accepts(name: str) -> None:
    rule, default = RULES[name], getattr(Settings(), name)
    assert rule.accepts(default)
    if rule.low is not None and rule.high is not None:
        assert rule.low <= default <= rule.high
    if rule.choices:
        assert default in rule.choices


@pytest.mark.parametrize("name", SETTING_NAMES)
def test_the_declared_kind_is_the_attributes_type(name: str) -> None:
    hint = typing.get_type_hints(Settings)[name]
    assert (typing.get_origin(hint) or hint) is RULES[name].kind


def _problems(key: str, value: Any) -> tuple[str, ...]:
    return settings_from_mapping({key: value}, "settings.json").problems


@pytest.mark.parametrize("name", NUMBERS)
def test_a_number_is_usable_at_its_bounds_and_not_beyond(name: str) -> None:
    low, high = RULES[name].span()
    outside = 1 if RULES[name].kind is int else 0.01
    assert _problems(name, low) == _problems(name, high) == ()
    assert _problems(name, low - outside) == (
        f"settings.json: '{name}' has an unusable value {low - outside!r}; using the default",
    )
    assert len(_problems(name, high + outside)) == 1


@pytest.mark.parametrize("name", SETTING_NAMES)
def test_a_value_of_another_kind_is_unusable(name: str) -> None:
    wrong: object = "30" if RULES[name].kind is not str else 30
    assert len(_problems(name, wrong)) == 1
    if RULES[name].kind is not bool:
        assert len(_problems(name, True)) == 1  # JSON true is neither a number nor a text


def test_a_whole_number_setting_refuses_a_fraction_and_a_real_one_takes_an_integer() -> None:
    assert len(_problems("hold_seconds", 25.5)) == 1
    assert _problems("breath_scale", 1) == ()


def test_a_choice_outside_the_declared_ones_is_unusable() -> None:
    assert RULES["theme"].choices == ("system", "light", "dark")
    assert len(_problems("theme", "sepia")) == 1


def test_mini_timer_places_are_checked_inside() -> None:
    assert _problems("mini_positions", {"0,0,1920x1080": [-300, 900]}) == ()
    for unusable in ({"a": [1]}, {"a": [1, True]}, {"a": (1, 2)}, [[1, 2]]):
        assert len(_problems("mini_positions", unusable)) == 1, unusable


def test_no_two_settings_share_a_mutable_default() -> None:
    first = Settings()
    first.mini_positions["screen"] = [1, 2]
    assert Settings().mini_positions == {}


def test_a_range_in_a_widgets_steps_is_rounded_inwards() -> None:
    assert RULES["warm_up_seconds"].steps(60) == (1, 10)
    assert RULES["voice_rate"].steps(0.1) == (-10, 10)
    assert Rule(int, Group.TIMING, 90, 630).steps(60) == (2, 10)  # 1 min and 11 min would be unusable


def test_a_setting_without_a_range_has_no_span() -> None:
    with pytest.raises(ValueError, match="without a range"):
        RULES["theme"].span()


def test_timing_takes_every_timing_setting_and_nothing_else() -> None:
    taken = set(fed_into(Consumer.TIMING, Settings()))
    assert taken == {item.name for item in dataclasses.fields(Timing)} - {"speed"}
    feeding = {name for name, rule in RULES.items() if rule.feeds and rule.feeds.into is Consumer.TIMING}
    assert feeding == set(fields_in(Group.TIMING))


def test_timing_follows_the_settings() -> None:
    settings = Settings(hold_seconds=22, prepare_seconds=12, switch_seconds=3, transition_seconds=9,
                        release_seconds=7, warm_up_enabled=False, warm_up_seconds=120, breath_scale=1.5)
    assert timing_from(settings, speed=4) == Timing(
        prepare_seconds=12, switch_seconds=3, transition_seconds=9, release_seconds=7, hold_seconds=22,
        warm_up=False, warm_up_seconds=120, breath_scale=1.5, speed=4,
    )


def test_cue_options_take_every_on_off_choice_of_sound_voice_and_cues() -> None:
    assert set(fed_into(Consumer.CUE_OPTIONS, Settings())) == {item.name for item in dataclasses.fields(CueOptions)}
    off = CueOptions.from_settings(Settings(voice_enabled=False, cue_last_seconds=False))
    assert off == CueOptions(voice=False, last_seconds=False)
