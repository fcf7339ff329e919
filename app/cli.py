"""The `supple` command: the app window by default, and a few commands for the terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__, collector, i18n, qt_platform
from app.catalogue import CatalogueError, Stretch
from app.context import Context, chosen_language, load_context, timing_from
from app.i18n import Words
from app.language import SOURCE, UnknownLanguageError
from app.language import from_environment as languages_from_environment
from app.paths import Paths, default_paths
from app.session import build_plan
from app.settings import load_settings
from app.wording import (
    area_label,
    clock_text,
    in_sentence,
    minutes_text,
    name_and_side,
    phase_label,
    place_in_sentence,
    place_label,
)

if TYPE_CHECKING:
    from app.catalogue.user_folder import UserFolder

Cli = Words("Cli")


def _speed(text: str) -> float:
    value = float(text)
    if not 0 < value <= 1000:
        raise argparse.ArgumentTypeError(Cli.tr("the speed must be above 0 and at most 1000"))
    return value


def _language_option(parser: argparse.ArgumentParser, default: str | None) -> None:
    parser.add_argument("--language", metavar="CODE", default=default,
                        help=Cli.tr("the language of the words and the catalogue: en, de, fr, es (or en-XA)"))


def build_parser() -> argparse.ArgumentParser:
    description = Cli.tr("Guided stretch breaks for your lower back and glutes.")
    parser = argparse.ArgumentParser(prog="supple", description=description)
    parser.add_argument("--version", action="version", version=f"Supple {__version__}")
    parser.add_argument("--routine", metavar="ID", help=Cli.tr("start this routine at once"))
    parser.add_argument("--speed", type=_speed, default=1.0, metavar="FACTOR",
                        help=Cli.tr("run time faster (demos, tests)"))
    parser.add_argument("--exit-when-done", action="store_true", help=Cli.tr("quit when the routine completes"))
    parser.add_argument("--mini", action="store_true", help=Cli.tr("show the small always-on-top timer"))
    parser.add_argument("--background", action="store_true",
                        help=Cli.tr("start with no window: only the tray icon and the stretch reminders "
                                    "(login uses this)"))
    _language_option(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    listing = commands.add_parser("routines", help=Cli.tr("list the routines"))
    plan = commands.add_parser("plan", help=Cli.tr("print a routine's phases with their timing"))
    plan.add_argument("routine_id", metavar="ROUTINE_ID")
    check = commands.add_parser(
        "check", help=Cli.tr("validate a catalogue file, or the catalogue's translations and what they miss"))
    check.add_argument("path", type=Path, metavar="PATH", nargs="?")
    export = commands.add_parser("export", help=Cli.tr("write one of your routines to a file you can share"))
    export.add_argument("routine_id", metavar="ROUTINE_ID")
    export.add_argument("path", type=Path, metavar="FILE")
    shared = commands.add_parser("import", help=Cli.tr("add the routines of a shared file to your own"))
    shared.add_argument("path", type=Path, metavar="FILE")
    desktop = commands.add_parser("install-desktop", help=Cli.tr("add Supple to your application menu (Linux)"))
    desktop.add_argument("--uninstall", action="store_true", help=Cli.tr("remove what install-desktop added"))
    for command in (listing, plan, check, export, shared, desktop):
        # after the command too (`supple check --language de`); SUPPRESS keeps one given before it
        _language_option(command, argparse.SUPPRESS)
    return parser


def _report_problems(context: Context) -> None:
    for problem in context.problems:
        print(f"warning: {problem}", file=sys.stderr)


def list_routines(context: Context) -> int:
    catalogue = context.catalogue.catalogue
    timing = timing_from(context.settings.settings)
    rows = [(Cli.tr("ID"), Cli.tr("NAME"), Cli.tr("TIME"), Cli.tr("AREA"), Cli.tr("WHERE"), Cli.tr("STRETCHES"))]
    for routine in catalogue.routines:
        plan = build_plan(routine, catalogue, timing)
        rows.append((
            routine.id, routine.name, minutes_text(plan.total_seconds), area_label(routine.area),
            Cli.tr("floor") if routine.place == "floor" else Cli.tr("desk"), str(len(plan.stretch_steps)),
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
        print(i18n.fill(Cli.tr("supple: no routine '%1'. Known routines: %2"), routine_id, known), file=sys.stderr)
        return 2
    plan = build_plan(routine, catalogue, timing_from(context.settings.settings))
    heading = Cli.tr("%1 (%2, %3)", "a routine's name, its area and its place")
    area, place = in_sentence(area_label(routine.area)), place_in_sentence(place_label(routine.place))
    print(i18n.fill(heading, routine.name, area, place))
    start = 0.0
    for phase in plan.phases:
        stretch = catalogue.stretch(phase.stretch_id)
        what = name_and_side(stretch.name, stretch.side_label(phase.side))
        print(f"  {clock_text(start):>6}  {phase_label(phase.kind):<22} {what:<40} {phase.seconds:5.0f} s")
        start += phase.seconds
    print(i18n.fill(Cli.tr("Total: %1 (%2 s)"), clock_text(plan.total_seconds), f"{plan.total_seconds:.0f}"))
    return 0


def _say_problems(error: CatalogueError) -> int:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    return 1


def _user_folder(paths: Paths) -> UserFolder:
    # the writer of the person's folder, and the sharing below: only export and import need them
    from app.catalogue.user_folder import UserFolder  # noqa: PLC0415

    return UserFolder(paths.builtin_catalogue, paths.catalogue_schema, paths.user_catalogue_dir)


def export_routine(context: Context, routine_id: str, path: Path) -> int:
    from app.catalogue import sharing  # noqa: PLC0415 - only this command and import share

    try:
        sharing.export_routine(_user_folder(context.paths), context.catalogue.catalogue, routine_id, path)
    except KeyError:
        print(Cli.tr("supple: no routine '%1'").replace("%1", routine_id), file=sys.stderr)
        return 2
    except CatalogueError as error:
        return _say_problems(error)
    except OSError as error:
        reason = str(error.strerror or error)
        print(i18n.fill(Cli.tr("supple: %1: cannot be written: %2"), str(path), reason), file=sys.stderr)
        return 1
    print(i18n.fill(Cli.tr("%1: written (%2); `supple import %1` adds it elsewhere"), str(path), routine_id))
    return 0


def import_routines(path: Path) -> int:
    from app.catalogue import sharing  # noqa: PLC0415 - only this command and export share

    paths = default_paths()
    try:
        added = sharing.import_file(_user_folder(paths), path)
    except CatalogueError as error:
        if any("is already used" in problem.message for problem in error.problems):
            print(f"supple: nothing imported: {path} uses an id your catalogue already has; change it in the "
                  "file, or import it in the app, which offers a new one", file=sys.stderr)
        return _say_problems(error)
    except OSError as error:
        print(i18n.fill(Cli.tr("supple: %1: cannot be written: %2"), str(paths.user_catalogue_dir),
                      str(error.strerror or error)), file=sys.stderr)
        return 1
    if added:
        print(i18n.fill(Cli.tr("%1: added %2"), str(path), ", ".join(added)))
    else:
        print(Cli.tr("%1: added no routines").replace("%1", str(path)))
    return 0


def check_command(path: Path | None, language: str | None) -> int:
    """`supple check [PATH] [--language CODE]`: a catalogue file (and the translations it carries),
    or with no file the built-in catalogue's translation files (`language`'s, or all)."""
    from app.cli_check import check_translations, check_translations_of  # noqa: PLC0415 - only check needs them

    if path is None:
        return check_translations(default_paths(), language)
    code = check_file(path)
    return check_translations_of(default_paths(), path, language) if code == 0 else code


def check_file(path: Path) -> int:
    """Validate a catalogue file as Supple would load it: alone if it is the built-in
    catalogue, otherwise as a person's file that may use the built-in stretches."""
    from app.catalogue.loader import load_validator, parse_catalogue_file  # noqa: PLC0415 - only check reads a file

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
        if error.more:
            summary = Cli.tr("%1: more than %n problems; the first %n are listed", "", count)
        else:
            summary = Cli.tr("%1: %n problem(s)", "", count)
        print(summary.replace("%1", str(path)), file=sys.stderr)
        return 1
    stretches, routines = len(parsed.stretches), len(parsed.routines)
    print(i18n.fill(Cli.tr("%1: valid (%2 stretches, %3 routines)"), str(path), str(stretches), str(routines)))
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
    "check": lambda args: check_command(args.path, args.language),
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


def _early_language(argv: list[str] | None) -> str | None:
    """The `--language` asked for, read before the parser is built so its help is translated."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--language")
    known, _ = early.parse_known_args(sys.argv[1:] if argv is None else argv)
    return known.language  # type: ignore[no-any-return]


def _system_languages() -> list[str]:
    """The system's languages: the environment's on POSIX; on Windows and macOS, where the
    environment seldom says, as Qt reads the system's settings."""
    names = languages_from_environment(os.environ)
    if names or not sys.platform.startswith(("win32", "darwin")):
        return names
    from app.qt.translation import system_languages  # noqa: PLC0415 - Qt only where it must be asked

    return system_languages()


def install_translation(language: str) -> None:
    """The terminal's words in `language` (the catalogue's texts come with the context). English
    needs no translator: the core's English plurals are in its source."""
    if language == SOURCE:
        i18n.install(None)  # an earlier call in this process (tests) may have installed another
        return
    from app.qt.translation import install_for_terminal  # noqa: PLC0415 - only another language needs Qt

    install_for_terminal(language)


def main(argv: list[str] | None = None) -> int:
    paths = default_paths()
    settings = load_settings(paths.settings_file)
    try:
        language = chosen_language(_early_language(argv), settings.settings, _system_languages())
    except UnknownLanguageError as error:
        print(f"supple: {error}", file=sys.stderr)
        return 2
    install_translation(language)
    args = build_parser().parse_args(argv)
    if args.command in _WITHOUT_CONTEXT:
        return _WITHOUT_CONTEXT[args.command](args)
    try:
        context = load_context(paths, language, settings)
    except CatalogueError as error:
        print(Cli.tr("supple: the built-in catalogue cannot be used:\n%1").replace("%1", str(error)), file=sys.stderr)
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
    collector.hold()  # until the window is up (app.collector)
    from app.qt.application import run  # noqa: PLC0415 - keeps the terminal commands free of Qt

    return run(context, args)
