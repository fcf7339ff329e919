"""Check a real recording of a routine against its plan: every cue heard, in order, none clipped.

    python -m tests.qt.cue_recording RECORDING.raw ROUTINE_ID SPEED [--offset-search 0..5]

The recording is raw s16le mono at 22050 Hz, as `parec --format=s16le --channels=1 --rate=22050`
writes it. The plan side is simulated without Qt: the same session engine, clock steps and cue
policy the app uses, with a rough model of how long the voice speaks each line.
"""

from __future__ import annotations

import argparse
import bisect
import math
import sys
import wave
from array import array
from pathlib import Path
from typing import NamedTuple

from app.audio.policy import CueOptions, Guide
from app.audio.sounds import Sound, file_name, sounds_dir
from app.context import load_context, timing_from
from app.paths import default_paths
from app.session import CueEvent, Event, FakeClock, PhaseStarted, Session, build_plan

RATE = 22050
FULL_SCALE = 32768
FRAME_SECONDS = 0.01
# The null sink gives digital silence between cues and chime tails fade through -45 dBFS within a
# few tens of ms, so -45 separates "something is playing" from "nothing" with room on both sides.
THRESHOLD_DB = -45.0
# espeak leaves pure zeros of up to ~100 ms between words and phrases: a new onset after silence
# needs a longer quiet stretch than that, or every pause in a sentence would count as a cue.
GAP_SECONDS = 0.12
# A cue can start over the tail of the one before (a chime under a line still being spoken); a
# rise of more than 12 dB in one frame is much steeper than speech moves from syllable to syllable.
JUMP_DB = 12.0
JUMP_REFRACTORY = 0.15  # a chime's attack can spread over two frames: one onset, not two
TOLERANCE = 0.35  # how far a heard cue may be from its planned time and still count as it
ENDING_SILENCE = 0.30  # quiet this long after the last cue means the recording caught its end
SPEAKING_FLOOR = 0.5  # app.qt.speech_output.HANDOVER_SECONDS: a line counts as spoken at least this long
SIM_STEP = 0.01


class Planned(NamedTuple):
    at: float  # seconds from the session's start
    sound: str | None
    text: str | None


def voice_seconds(text: str | None, seconds_per_char: float, rate_factor: float) -> float:
    return 0.0 if not text else len(text) * seconds_per_char / rate_factor


def planned_cues(routine_id: str, speed: float, seconds_per_char: float = 0.065) -> list[Planned]:
    """Every cue the app plays for the routine at `speed`, in order, with its chime and words."""
    context = load_context(default_paths())
    settings, catalogue = context.settings.settings, context.catalogue.catalogue
    plan = build_plan(catalogue.routine(routine_id), catalogue, timing_from(settings, speed))
    clock = FakeClock(0.0)
    session = Session(plan, clock)
    guide = Guide(catalogue, CueOptions.from_settings(settings))
    rate_factor = 2.0 ** settings.voice_rate  # QTextToSpeech's -1..1 is about half to double speed
    speaking_until = -1.0
    cues: list[Planned] = []

    def listen(event: Event) -> None:
        nonlocal speaking_until
        if isinstance(event, PhaseStarted):
            guide.phase_started(event.phase.kind)
        elif isinstance(event, CueEvent):
            # the app asks whether the voice is busy at the moment it handles the cue: the clock
            playback = guide.cue(event, clock() < speaking_until)
            if playback is None:
                return
            if playback.text:  # a new line replaces whatever was being said
                said = voice_seconds(playback.text, seconds_per_char, rate_factor)
                speaking_until = clock() + max(SPEAKING_FLOOR, said)
            sound = playback.sound.value if playback.sound else None
            cues.append(Planned(event.at, sound, playback.text))

    session.subscribe(listen)
    session.start()
    while not session.state.finished:
        clock.advance(SIM_STEP)
        session.poll()
    return cues


def frame_levels(samples: array[int], rate: int) -> list[float]:
    """RMS level of each 10 ms frame in dBFS; digital silence reads as -120."""
    size = max(1, round(rate * FRAME_SECONDS))
    levels = []
    for start in range(0, len(samples) - size + 1, size):
        power = sum(s * s for s in samples[start : start + size]) / size
        levels.append(10 * math.log10(power / FULL_SCALE**2) if power > 0 else -120.0)
    return levels


def onsets(samples: array[int], rate: int) -> list[float]:
    """Seconds at which a sound begins: after a real silence, or as a steep jump over a tail."""
    found: list[float] = []
    quiet = math.inf  # frames below the threshold so far; the recording starts "after silence"
    gap = round(GAP_SECONDS / FRAME_SECONDS)
    previous = -120.0
    for index, level in enumerate(frame_levels(samples, rate)):
        at = index * FRAME_SECONDS
        if level < THRESHOLD_DB:
            quiet += 1
        else:
            after_silence = quiet >= gap
            jump = previous >= THRESHOLD_DB and level - previous > JUMP_DB
            if (after_silence or jump) and (not found or at - found[-1] > JUMP_REFRACTORY):
                found.append(at)
            quiet = 0
        previous = level
    return found


def nearest(times: list[float], target: float) -> float | None:
    i = bisect.bisect_left(times, target)
    candidates = times[max(0, i - 1) : i + 1]
    return min(candidates, key=lambda t: abs(t - target)) if candidates else None


def best_offset(planned: list[float], heard: list[float], low: float, high: float) -> float:
    """The recording time of the session's start: the shift that puts planned cues closest to
    onsets, each cue's miss capped at the tolerance so a missing one does not drag the rest."""

    def cost(offset: float) -> float:
        total = 0.0
        for t in planned:
            hit = nearest(heard, t + offset)
            total += TOLERANCE if hit is None else min(TOLERANCE, abs(hit - t - offset))
        return total

    steps = range(round(low * 100), round(high * 100) + 1)
    return min((s / 100 for s in steps), key=cost)


def match(planned: list[float], heard: list[float], offset: float) -> list[float | None]:
    """Each planned cue's onset (each onset used once), in planned order, or None."""
    used: set[float] = set()
    result: list[float | None] = []
    for t in planned:
        free = [h for h in heard if h not in used and abs(h - t - offset) <= TOLERANCE]
        hit = min(free, key=lambda h: abs(h - t - offset)) if free else None
        if hit is not None:
            used.add(hit)
        result.append(hit)
    return result


def peak_db(samples: array[int], start: float, end: float) -> float:
    part = samples[max(0, round(start * RATE)) : max(0, round(end * RATE))]
    peak = max((abs(s) for s in part), default=0)
    return 20 * math.log10(peak / FULL_SCALE) if peak else -120.0


def chime_seconds() -> dict[str, float]:
    folder = sounds_dir(default_paths().assets)
    lengths = {}
    for sound in Sound:
        with wave.open(str(folder / file_name(sound)), "rb") as chime:
            lengths[sound.value] = chime.getnframes() / chime.getframerate()
    return lengths


def silence_after(levels: list[float], start: float) -> float | None:
    """Where the first quiet stretch of ENDING_SILENCE after `start` begins; None if sound runs on."""
    need = round(ENDING_SILENCE / FRAME_SECONDS)
    run = 0
    for index in range(max(0, round(start / FRAME_SECONDS)), len(levels)):
        run = run + 1 if levels[index] < THRESHOLD_DB else 0
        if run >= need:
            return (index - need + 1) * FRAME_SECONDS
    return None


def parse_window(text: str) -> tuple[float, float]:
    low, _, high = text.partition("..")
    return float(low), float(high or low)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cue_recording", description=__doc__.splitlines()[0])
    parser.add_argument("recording", type=Path)
    parser.add_argument("routine_id")
    parser.add_argument("speed", type=float)
    parser.add_argument("--offset-search", default="0..5", metavar="LOW..HIGH", help="seconds (default 0..5)")
    parser.add_argument("--seconds-per-char", type=float, default=0.065, help="the voice's pace, for the plan")
    args = parser.parse_args(argv)

    samples = array("h", args.recording.read_bytes()[: args.recording.stat().st_size // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    cues = planned_cues(args.routine_id, args.speed, args.seconds_per_char)
    heard = onsets(samples, RATE)
    offset = best_offset([c.at for c in cues], heard, *parse_window(args.offset_search))
    hits = match([c.at for c in cues], heard, offset)
    levels = frame_levels(samples, RATE)
    chimes = chime_seconds()

    print(f"{len(samples) / RATE:.2f} s recorded, {len(cues)} cues planned, {len(heard)} onsets, "
          f"session starts {offset:.2f} s in")
    print(f"{'planned':>8} {'heard':>8} {'delta':>7}  what")
    groups: dict[str, list[float]] = {"chime+voice": [], "chime only": [], "voice only": []}
    for cue, hit in zip(cues, hits, strict=True):
        what = f"{cue.sound or '-':<13} {cue.text or ''}"
        if hit is None:
            print(f"{cue.at:8.2f} {'MISSING':>8} {'':>7}  {what}")
            continue
        print(f"{cue.at:8.2f} {hit:8.2f} {(hit - cue.at - offset) * 1000:+6.0f}ms  {what}")
        # this cue's own stretch of audio runs until the next onset; the chime is its opening part
        end = next((h for h in heard if h > hit), len(samples) / RATE)
        chime_end = min(end, hit + chimes[cue.sound]) if cue.sound else hit
        if cue.sound:
            groups["chime+voice" if cue.text else "chime only"].append(peak_db(samples, hit, chime_end))
        if cue.text and chime_end < end:
            groups["voice only"].append(peak_db(samples, chime_end, end))

    extra = sorted(set(heard) - {h for h in hits if h is not None})
    clipped = sum(1 for s in samples if s >= FULL_SCALE - 1 or s <= -FULL_SCALE + 1)
    print(f"extra onsets: {', '.join(f'{t:.2f}' for t in extra) or 'none'}")
    print(f"clipped samples: {clipped}; peak {peak_db(samples, 0, len(samples) / RATE):.1f} dBFS")
    print("peaks: " + "; ".join(f"{name} {max(p):.1f} dBFS ({len(p)})" if p else f"{name} n/a"
                                for name, p in groups.items()))

    last, last_hit = cues[-1], hits[-1]
    start = last_hit if last_hit is not None else last.at + offset
    expected = max(chimes.get(last.sound or "", 0.0), voice_seconds(last.text, args.seconds_per_char, 1.0))
    quiet = silence_after(levels, start)
    complete = quiet is not None and last_hit is not None
    if quiet is None:
        print(f"ending: still sounding when the recording stops ({len(levels) * FRAME_SECONDS - start:.2f} s "
              f"after the last cue): CUT OFF or recorded too short")
    else:
        print(f"ending: last cue sounds {quiet - start:.2f} s (about {expected:.2f} s expected), then "
              f"{ENDING_SILENCE * 1000:.0f} ms of silence: {'complete' if complete else 'INCOMPLETE'}")
    missing = hits.count(None)
    print(f"result: {missing} missing, {len(extra)} extra, {clipped} clipped, ending "
          f"{'complete' if complete else 'incomplete'}")
    return 0 if missing == 0 and clipped == 0 and complete else 1


if __name__ == "__main__":
    sys.exit(main())
