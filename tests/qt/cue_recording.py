"""Check a real recording of a routine against its plan: every cue heard, in order, none clipped.

    python -m tests.qt.cue_recording RECORDING.raw ROUTINE_ID SPEED [--offset-search 0..5]

The recording: raw s16le mono 22050 Hz (`parec --format=s16le --channels=1 --rate=22050`). The plan
is simulated without Qt, with a rough model of how long the voice is busy; run this with the app's
environment (XDG_CONFIG_HOME) so both read the same settings. Onsets place the session in the
recording; a chime then counts as heard only where its own waveform is found at the expected
loudness, since under a line being spoken a chime barely moves the level.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import math
import operator
import sys
import wave
from array import array
from pathlib import Path
from typing import NamedTuple

from app.audio.policy import CueOptions, Guide, gain
from app.audio.sounds import Sound, file_name, sounds_dir
from app.audio.synth import DESIGNS
from app.context import load_context, timing_from
from app.paths import default_paths
from app.session import CueEvent, Event, FakeClock, PhaseStarted, Session, build_plan

RATE = 22050
FULL_SCALE = 32768
FRAME = 0.01  # seconds per level frame
# Between cues the sink is digital silence, and a chime's tail fades through -45 dBFS in a few
# tens of ms, so -45 separates "something plays" from "nothing" with room on both sides.
THRESHOLD_DB = -45.0
# espeak leaves true zeros of up to ~100 ms between words; a new onset after silence needs a longer
# quiet stretch. Pauses between sentences (~300 ms) do pass: see "inside a cue's sound" below.
GAP_FRAMES = 12
# A chime struck over the tail of another chime lifts the level 6 to 14 dB within two frames (the
# sink's blocks can split the step), while a tail only falls. Syllables rise as fast at times.
JUMP_DB = 8.0
JUMP_FRAMES = 2
REFRACTORY = 0.25  # a cue's later strikes and its words, within this time, are the same onset
TOLERANCE = 0.35  # how far a heard cue may be from its planned time and still count as that cue
# 20 ms of a chime hold 8 to 25 periods of its partials: enough to tell it by shape. Alone it
# matches 0.95 or better, under a line being spoken 0.8 to 0.9. An older chime's ringing tail also
# matches well but is fainter, so the fitted amplitude must be near the slider's gain.
TEMPLATE_SECONDS = 0.02
MIN_MATCH = 0.8
GAIN_RANGE = (0.5, 1.6)  # times the expected gain; overlapping sound moves the fit both ways
GAIN_WEIGHT = 0.5  # a match whose amplitude is off by a factor of 2 loses 0.35 of correlation
EARLIER_BY = 0.08  # an earlier strike of the same chime scores within 0.05; another chime, 0.13 less
STRIKES = 0.4  # seconds: the longest run of strikes in one chime (app.audio.synth.DESIGNS)
# Quiet this long after the last cue's sound shows the recording caught its end. At least 300 ms,
# and longer than espeak's pauses between sentences (up to ~0.4 s), which are not an ending.
ENDING_SILENCE = 0.5
HANDOVER = 0.5  # app.qt.audio.speech_output.HANDOVER_SECONDS: a line counts as spoken at least this long
# speech-dispatcher reports a line finished about 0.3 s after its audio ends (espeak-ng through
# PulseAudio, measured); the app's `speaking` follows that report, not the audio.
ENGINE_TAIL = 0.3
SIM_STEP = 0.01


class Planned(NamedTuple):
    at: float  # seconds from the session's start
    sound: str | None
    text: str | None


def planned_cues(routine_id: str, speed: float, seconds_per_char: float = 0.065) -> list[Planned]:
    """Every cue the app plays for the routine at `speed`, in order, with its chime and words."""
    context = load_context(default_paths())
    settings, catalogue = context.settings.settings, context.catalogue.catalogue
    plan = build_plan(catalogue.routine(routine_id), catalogue, timing_from(settings, speed))
    clock = FakeClock(0.0)
    session = Session(plan, clock)
    guide = Guide(catalogue, CueOptions.from_settings(settings))
    rate_factor = 2.0**settings.voice_rate  # QTextToSpeech's -1..1 is roughly half to double speed
    busy_until = -1.0
    cues: list[Planned] = []

    def listen(event: Event) -> None:
        nonlocal busy_until
        if isinstance(event, PhaseStarted):
            guide.phase_started(event.phase.kind)
        elif isinstance(event, CueEvent):
            playback = guide.cue(event, clock() < busy_until)  # busy when the app handles the cue
            if playback is None:
                return
            if playback.text:  # a new line replaces whatever was being said
                spoken = len(playback.text) * seconds_per_char / rate_factor
                busy_until = clock() + max(HANDOVER, spoken + ENGINE_TAIL)
            cues.append(Planned(event.at, playback.sound.value if playback.sound else None, playback.text))

    session.subscribe(listen)
    session.start()
    while not session.state.finished:
        clock.advance(SIM_STEP)
        session.poll()
    return cues


def frame_levels(samples: array[int], rate: int) -> list[float]:
    """The RMS level of each 10 ms frame in dBFS; digital silence reads as -120."""
    size = max(1, round(rate * FRAME))
    levels = []
    for start in range(0, len(samples) - size + 1, size):
        power = sum(s * s for s in samples[start : start + size]) / size
        levels.append(10 * math.log10(power / FULL_SCALE**2) if power > 0 else -120.0)
    return levels


def onsets(samples: array[int], rate: int) -> list[float]:
    """Seconds at which a sound begins: after a real silence, or as a steep rise over a tail."""
    found: list[float] = []
    quiet = GAP_FRAMES  # the recording counts as starting after silence
    levels = frame_levels(samples, rate)
    for index, level in enumerate(levels):
        if level < THRESHOLD_DB:
            quiet += 1
            continue
        before = levels[max(0, index - JUMP_FRAMES) : index]
        rise = bool(before) and min(before) >= THRESHOLD_DB and level - min(before) > JUMP_DB
        at = index * FRAME
        if (quiet >= GAP_FRAMES or rise) and (not found or at - found[-1] > REFRACTORY):
            found.append(at)
        quiet = 0
    return found


def offsets(planned: list[float], heard: list[float], low: float, high: float) -> list[float]:
    """Where the session may start in the recording, best first: the 10 ms steps that put planned
    cues closest to onsets (each miss capped at the tolerance, so a missing cue cannot drag the
    rest). When cues come as regularly as onsets, a shift by one cue fits almost as well: every
    local best within one cue's worth of the best is kept, for the chimes to decide."""

    def cost(offset: float) -> float:
        total = 0.0
        for t in planned:
            i = bisect.bisect_left(heard, t + offset)
            total += min([TOLERANCE, *(abs(h - t - offset) for h in heard[max(0, i - 1) : i + 1])])
        return total

    steps = [step / 100 for step in range(round(low * 100), round(high * 100) + 1)]
    costs = [cost(offset) for offset in steps]
    dips = [i for i, c in enumerate(costs) if c <= min(costs[max(0, i - 1) : i + 2])]
    dips.sort(key=lambda i: costs[i])
    return [steps[i] for i in dips if costs[i] <= costs[dips[0]] + TOLERANCE][:3]


def find_chime(samples: array[int], sound: str, chime: array[int], expected_gain: float, around: float) -> float | None:
    """Where `chime` starts within the tolerance of `around`, judged by TEMPLATE_SECONDS of it: a
    bell's first strike, a breath tone's crest (its quiet swell drowns under the word said with it,
    and its slow glide places it only to about 0.1 s). The best normalised correlation peak above
    MIN_MATCH with a plausible amplitude."""
    glide = DESIGNS[Sound(sound)].glide
    lead = round(glide.crest * DESIGNS[Sound(sound)].seconds * RATE) if glide else 0
    template = chime[lead : lead + round(TEMPLATE_SECONDS * RATE)]
    energy = sum(map(operator.mul, template, template))
    low, high = (max(0, lead + round((around + side * TOLERANCE) * RATE)) for side in (-1, 1))
    scores: list[tuple[int, float, float]] = []  # (lag, correlation, fitted amplitude / expected)
    for lag in range(low, min(high, len(samples) - len(template)), 2):  # 2 samples: 1/8 of a period at most
        part = samples[lag : lag + len(template)]
        dot = sum(map(operator.mul, part, template))
        power = sum(map(operator.mul, part, part)) or 1
        scores.append((lag, dot / math.sqrt(energy * power) if dot > 0 else 0.0, dot / energy / expected_gain))
    # only peaks count (not the window's edge), weighed by how far their amplitude is from the
    # expected one: a later strike of the same note, ringing over the first, fits louder than it is
    found = [
        (lag, score - GAIN_WEIGHT * abs(math.log(ratio)))
        for (_, before, _), (lag, score, ratio), (_, after, _) in zip(scores, scores[1:], scores[2:], strict=False)
        if score >= max(MIN_MATCH, before, after) and GAIN_RANGE[0] <= ratio <= GAIN_RANGE[1]
    ]
    if not found:
        return None
    # and a repeated strike can still fit as well as the first: the earliest nearly-best peak within
    # one strike pattern before the best is the chime's start
    best_lag, best = max(found, key=lambda peak: peak[1])
    return (next(lag for lag, value in found if value >= best - EARLIER_BY and lag >= best_lag - STRIKES * RATE)
            - lead) / RATE


def read_chimes() -> dict[str, array[int]]:
    def read(sound: Sound) -> array[int]:
        with wave.open(str(sounds_dir(default_paths().assets) / file_name(sound)), "rb") as source:
            samples = array("h", source.readframes(source.getnframes()))
        if sys.byteorder == "big":  # WAV data is little-endian, like the recording
            samples.byteswap()
        return samples

    return {sound.value: read(sound) for sound in Sound}


def peak_db(samples: array[int], start: float, end: float) -> float:
    peak = max((abs(s) for s in samples[max(0, round(start * RATE)) : max(0, round(end * RATE))]), default=0)
    return 20 * math.log10(peak / FULL_SCALE) if peak else -120.0


def silence_after(levels: list[float], start: float) -> float | None:
    """Where the first ENDING_SILENCE of quiet after `start` begins; None if the sound runs on."""
    need, run = round(ENDING_SILENCE / FRAME), 0
    for index in range(max(0, round(start / FRAME)), len(levels)):
        run = run + 1 if levels[index] < THRESHOLD_DB else 0
        if run >= need:
            return (index - need + 1) * FRAME
    return None


def locate(samples: array[int], cues: list[Planned], heard: list[float], *, offset: float,
           chimes: dict[str, array[int]], expected_gain: float) -> tuple[list[float | None], set[float]]:
    """Each cue's start in the recording or None, and the onsets the cues account for. A chime must
    be found by its waveform; words alone, by the onset nearest to where they are due."""
    hits: list[float | None] = []
    used: set[float] = set()
    for cue in cues:
        hit = find_chime(samples, cue.sound, chimes[cue.sound], expected_gain, cue.at + offset) if cue.sound else None
        around = hit if hit is not None else cue.at + offset
        near = sorted((abs(h - around), h) for h in heard if h not in used and abs(h - around) <= TOLERANCE)
        if near and (cue.sound is None or (hit is not None and near[0][0] < REFRACTORY)):
            used.add(near[0][1])
        hits.append(hit if cue.sound else near[0][1] if near else None)
    return hits, used


def spans(cues: list[Planned], chimes: dict[str, array[int]], seconds_per_char: float) -> list[float]:
    """How long each cue's own sound should last: its chime, or its words until the next line cuts them."""
    result = []
    for i, cue in enumerate(cues):
        words = len(cue.text) * seconds_per_char if cue.text else 0.0
        cut = next((c.at for c in cues[i + 1 :] if c.text), math.inf) - cue.at
        result.append(max(len(chimes[cue.sound]) / RATE if cue.sound else 0.0, min(words, cut)))
    return result


def report(samples: array[int], cues: list[Planned], heard: list[float], *, candidates: list[float],
           seconds_per_char: float, expected_gain: float) -> int:
    """Print the table and the checks; 0 when every cue was heard in order, unclipped, the last one whole."""
    chimes = read_chimes()
    # onsets place the session roughly (the voice starts some of them): of their best guesses, the
    # one where most cues are found wins; then the cues found place it by their median lateness,
    # so each delta below is early or late against the typical cue
    def find(offset: float, some: list[Planned]) -> tuple[list[float | None], set[float]]:
        return locate(samples, some, heard, offset=offset, chimes=chimes, expected_gain=expected_gain)

    if len(candidates) > 1:  # fewest chimes missing among the first ten cues; else the onsets' choice
        first = cues[:10]
        chimed = [c.sound is not None for c in first]
        candidates.sort(key=lambda o: sum(s and h is None for s, h in zip(chimed, find(o, first)[0], strict=True)))
    offset = candidates[0]
    hits, used = find(offset, cues)
    lateness = sorted(h - c.at - offset for h, c in zip(hits, cues, strict=True) if h is not None)
    if lateness and abs(lateness[len(lateness) // 2]) > 0.05:  # re-centre only when it is worth a second look
        offset += lateness[len(lateness) // 2]
        hits, used = find(offset, cues)
    span = spans(cues, chimes, seconds_per_char)
    length = len(samples) / RATE
    print(f"{length:.2f} s recorded, {len(cues)} cues planned, {len(heard)} onsets; session starts {offset:.2f} s in")
    print(f"{'planned':>8} {'heard':>7} {'delta':>7} {'peak':>6}  {'chime':<12} words")
    peaks: dict[str, list[float]] = {"chime+voice": [], "chime only": [], "voice only": []}
    for i, (cue, hit) in enumerate(zip(cues, hits, strict=True)):
        what = f"{cue.sound or '-':<12} {cue.text or ''}"
        if hit is None:
            # a chime that did play, but later than the tolerance: say so (it still counts as missing)
            after = cue.at + offset + 2 * TOLERANCE
            late = find_chime(samples, cue.sound, chimes[cue.sound], expected_gain, after) if cue.sound else None
            note = f"  (its chime came {late - cue.at - offset:.2f} s late, at {late:.2f})" if late is not None else ""
            print(f"{cue.at:8.2f} {'MISSING':>7} {'':>7} {'':>6}  {what}{note}")
            continue
        later = [h for h in hits[i + 1 :] if h is not None]  # its audio: until the next cue or its span ends
        peak = peak_db(samples, hit, min(hit + span[i], later[0] if later else length))
        print(f"{cue.at:8.2f} {hit:7.2f} {(hit - cue.at - offset) * 1000:+5.0f}ms {peak:6.1f}  {what}")
        peaks["chime+voice" if cue.sound and cue.text else "chime only" if cue.sound else "voice only"].append(peak)

    # an onset no cue took is explained when it falls inside a heard cue's expected sound: a later
    # strike, the voice starting after the chime, a pause between sentences
    found = [(h, s) for h, s in zip(hits, span, strict=True) if h is not None]
    extra = [h for h in heard if h not in used and not any(at - REFRACTORY < h < at + s for at, s in found)]
    swapped = sum(1 for a, b in itertools.pairwise(at for at, _ in found) if b < a)
    clipped = sum(1 for s in samples if abs(s) >= FULL_SCALE - 1)
    print(f"extra onsets: {', '.join(f'{h:.2f}' for h in extra) or 'none'}; out of order: {swapped}")
    print(f"clipped samples: {clipped}; peak {peak_db(samples, 0, length):.1f} dBFS; loudest per cue: "
          + ", ".join(f"{kind} {max(p):.1f}" for kind, p in peaks.items() if p))

    start = hits[-1] if hits[-1] is not None else cues[-1].at + offset
    quiet = silence_after(frame_levels(samples, RATE), start)
    sounded = (quiet if quiet is not None else length) - start
    complete = hits[-1] is not None and quiet is not None and sounded >= 0.8 * span[-1]
    print(f"ending: the last cue sounds {sounded:.2f} s (about {span[-1]:.2f} s expected), "
          + (f"then {ENDING_SILENCE * 1000:.0f} ms of silence" if quiet is not None else "up to the recording's end")
          + (": complete" if complete else ": CUT OFF or not heard"))
    missing = hits.count(None)
    print(f"result: {missing} missing, {len(extra)} extra, {swapped} out of order, {clipped} clipped, "
          f"ending {'complete' if complete else 'INCOMPLETE'}")
    return 0 if missing == 0 and clipped == 0 and complete and not swapped else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.qt.cue_recording", description=__doc__.splitlines()[0])
    parser.add_argument("recording", type=Path, help="raw s16le mono 22050 Hz")
    parser.add_argument("routine_id")
    parser.add_argument("speed", type=float)
    parser.add_argument("--offset-search", default="0..5", metavar="LOW..HIGH",
                        help="seconds into the recording where the session may start (default 0..5)")
    parser.add_argument("--seconds-per-char", type=float, default=0.065, help="the voice's pace (default 0.065)")
    args = parser.parse_args(argv)
    low, _, high = args.offset_search.partition("..")
    data = args.recording.read_bytes()
    samples = array("h", data[: len(data) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    cues = planned_cues(args.routine_id, args.speed, args.seconds_per_char)
    heard = onsets(samples, RATE)
    candidates = offsets([c.at for c in cues], heard, float(low), float(high or low))
    expected_gain = gain(load_context(default_paths()).settings.settings.sound_volume)
    return report(samples, cues, heard, candidates=candidates, seconds_per_char=args.seconds_per_char,
                  expected_gain=expected_gain)


if __name__ == "__main__":
    sys.exit(main())
