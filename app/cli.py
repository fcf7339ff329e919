"""The `supple` command: the app window by default, and a few commands for the terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app import __version__, qt_platform
from app.catalogue import CatalogueError, Stretch, sharing
from app.catalogue.loader import load_validator, parse_catalogue_file
from app.catalogue.user_folder import UserFolder
from app.context import Context, load_context, timing_from
from app.paths import Paths, default_paths
from app.session import build_plan
from app.wording import AREA_LABELS, PHASE_LABELS, PLACE_LABELS, clock_text, minutes_text, name_and_side


def _speed(text: str) -> float:
    value = float(text)
    if not 0 < value <= 1000:
        raise argparse.ArgumentTypeError("the speed must be above 0 and at most 1000")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="supple", description="Guided stretch breaks for your lower back and glutes.")
    parser.add_argument("--version", action="version", version=f"Supple {__version__}")
    parser.add_argument("--routine", metavar="ID", help="start this routine at once")
    parser.add_argument("--speed", type=_speed, default=1.0, metavar="FACTOR", help="run time faster (demos, tests)")
    parser.add_argument("--exit-when-done", action="store_true", help="quit when the routine completes")
    parser.add_argument("--mini", action="store_true", help="show the small always-on-top timer")
    parser.add_argument("--background", action="store_true",
                        help="start with no window: only the tray icon and the stretch reminders (login uses this)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("routines", help="list the routines")
    plan = commands.add_parser("plan", help="print a routine's phases with their timing")
    plan.add_argument("routine_id", metavar="ROUTINE_ID")
    check = commands.add_parser("check", help="validate a catalogue file")
    check.add_argument("path", type=Path, metavar="PATH")
    export = commands.add_parser("export", help="write one of your routines to a file you can share")
    export.add_argument("routine_id", metavar="ROUTINE_ID")
    export.add_argument("path", type=Path, metavar="FILE")
    shared = commands.add_parser("import", help="add the routines of a shared file to your own")
    shared.add_argument("path", type=Path, metavar="FILE")
    desktop = commands.add_parser("install-desktop", help="add Supple to your application menu (Linux)")
    desktop.add_argument("--uninstall", action="store_true", help="remove what install-desktop added")
    return parser


def _report_problems(context: Context) -> None:
    for problem in context.problems:
        print(f"warning: {problem}", file=sys.stderr)


def list_routines(context: Context) -> int:
    catalogue = context.catalogue.catalogue
    timing = timing_from(context.settings.settings)
    rows = [("ID", "NAME", "TIME", "AREA", "WHERE", "STRETCHES")]
    for routine in catalogue.routines:
        plan = build_plan(routine, catalogue, timing)
        rows.append((
            routine.id, routine.name, minutes_text(plan.total_seconds), AREA_LABELS[routine.area],
            "floor" if routine.place == "floor" else "desk", str(len(plan.stretch_steps)),
        ))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


def print_plan(context: Context, routine_id: str) -> int:
    catalogue = context.catalogue.catalogue
    try:
        routine = catalogue.routine(routine_id)
    except KeyError:
        known = ", ".join(r.id for r in catalogue.routines)
        print(f"supple: no routine '{routine_id}'. Known routines: {known}", file=sys.stderr)
        return 2
    plan = build_plan(routine, catalogue, timing_from(context.settings.settings))
    print(f"{routine.name} ({AREA_LABELS[routine.area].lower()}, {PLACE_LABELS[routine.place].lower()})")
    start = 0.0
    for phase in plan.phases:
        stretch = catalogue.stretch(phase.stretch_id)
        what = name_and_side(stretch.name, stretch.side_label(phase.side))
        print(f"  {clock_text(start):>6}  {PHASE_LABELS[phase.kind]:<22} {what:<40} {phase.seconds:5.0f} s")
        start += phase.seconds
    print(f"Total: {clock_text(plan.total_seconds)} ({plan.total_seconds:.0f} s)")
    return 0


def _say_problems(error: CatalogueError) -> int:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    return 1


def _user_folder(paths: Paths) -> UserFolder:
    return UserFolder(paths.builtin_catalogue, paths.catalogue_schema, paths.user_catalogue_dir)


def export_routine(context: Context, routine_id: str, path: Path) -> int:
    try:
        sharing.export_routine(_user_folder(context.paths), context.catalogue.catalogue, routine_id, path)
    except KeyError:
        print(f"supple: no routine '{routine_id}'", file=sys.stderr)
        return 2
    except CatalogueError as error:
        return _say_problems(error)
    except OSError as error:
        print(f"supple: {path}: cannot be written: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"{path}: written ({routine_id}); `supple import {path}` adds it elsewhere")
    return 0


def import_routines(path: Path) -> int:
    paths = default_paths()
    try:
        added = sharing.import_file(_user_folder(paths), path)
    except CatalogueError as error:
        if any("is already used" in problem.message for problem in error.problems):
            print(f"supple: nothing imported: {path} uses an id your catalogue already has; change it in the "
                  "file, or import it in the app, which offers a new one", file=sys.stderr)
        return _say_problems(error)
    except OSError as error:
        print(f"supple: {paths.user_catalogue_dir}: cannot be written: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"{path}: added {', '.join(added) or 'no routines'}")
    return 0


def check_file(path: Path) -> int:
    """Validate a catalogue file as Supple would load it: alone if it is the built-in
    catalogue, otherwise as a person's file that may use the built-in stretches."""
    paths = default_paths()
    try:
        validator = load_validator(paths.catalogue_schema)
        builtin = paths.builtin_catalogue
        known: dict[str, Stretch] = {}
        routine_ids: list[str] = []
        persons = not _same_file(path, builtin)  # the built-in catalogue is checked strictly
        if persons:
            base = parse_catalogue_file(builtin, validator)
            known = {stretch.id: stretch for stretch in base.stretches}
            routine_ids = [routine.id for routine in base.routines]
        parsed = parse_catalogue_file(path, validator, known, routine_ids, persons=persons)
    except CatalogueError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = len(error.problems)
        summary = f"more than {count} problems; the first {count} are listed" if error.more else f"{count} problem(s)"
        print(f"{path}: {summary}", file=sys.stderr)
        return 1
    print(f"{path}: valid ({len(parsed.stretches)} stretches, {len(parsed.routines)} routines)")
    for note in parsed.notes:  # a person's fields Supple does not know: theirs, so kept
        print(note)
    return 0


def _same_file(path: Path, other: Path) -> bool:
    """Whether `path` is `other`, asked without reading it: a symbolic link loop or a missing file
    is simply not the built-in catalogue, and reading it is left to the loader, which says why."""
    try:
        return path.samefile(other)
    except OSError:
        return False


# the commands that need no catalogue loaded (each reads only what it must)
_WITHOUT_CONTEXT: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": lambda args: check_file(args.path),
    "import": lambda args: import_routines(args.path),
    "install-desktop": lambda args: _install_desktop(args.uninstall),
}


def _install_desktop(uninstall: bool) -> int:
    from app import desktop_install  # noqa: PLC0415 - only this command writes launchers

    return desktop_install.run(remove=uninstall)


def _in_terminal(context: Context, args: argparse.Namespace) -> int | None:
    """Run a terminal command that reads the catalogue; None when the window was asked for."""
    if args.command == "routines":
        _report_problems(context)
        return list_routines(context)
    if args.command == "plan":
        _report_problems(context)
        return print_plan(context, args.routine_id)
    if args.command == "export":
        return export_routine(context, args.routine_id, args.path)
    return None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in _WITHOUT_CONTEXT:
        return _WITHOUT_CONTEXT[args.command](args)
    try:
        context = load_context()
    except CatalogueError as error:
        print(f"supple: the built-in catalogue cannot be used:\n{error}", file=sys.stderr)
        return 1
    try:
        code = _in_terminal(context, args)
    except BrokenPipeError:  # `supple routines | head`: the reader has all it wanted
        _quiet_stdout()
        return 0
    return _run_gui(context, args) if code is None else code


def _quiet_stdout() -> None:
    """Python flushes stdout at exit, which would fail again into the closed pipe: point the
    descriptor at the null device instead."""
    try:
        descriptor = sys.stdout.fileno()
    except (OSError, ValueError):  # not a real file (a test's StringIO): nothing to flush there
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, descriptor)
    os.close(null)


def _run_gui(context: Context, args: argparse.Namespace) -> int:
    from app import syslibs  # noqa: PLC0415 - only the window needs these checks

    missing = syslibs.missing_packages()
    if missing:
        print(syslibs.advice(missing), file=sys.stderr)
        return 3
    # Qt reads its platform once, when the QApplication is made: choose it first
    qt_platform.choose_platform(os.environ, native_wayland=context.settings.settings.native_wayland)
    from app.qt.application import run  # noqa: PLC0415 - keeps the terminal commands free of Qt

    return run(context, args)
