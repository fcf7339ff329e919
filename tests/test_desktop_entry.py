"""The launcher and the AppStream metainfo: one application id, valid for the freedesktop tools,
and the copies in packaging/ in step with the code."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import __version__
from app.desktop_entry import DESKTOP_FILE, RoutineAction, builtin_actions, desktop_entry, exec_line, icon_theme_files
from app.desktop_packaging import packaging_files
from app.metainfo import METAINFO_FILE, RELEASES, metainfo_xml
from app.paths import APP_ID
from tests.helpers import builtin_catalogue


def _entry_groups(text: str) -> dict[str, dict[str, str]]:
    groups: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("["):
            current = groups.setdefault(line.strip("[]"), {})
        elif "=" in line:
            key, value = line.split("=", 1)
            current[key] = value
    return groups


def test_the_launcher_metainfo_and_icons_find_one_another_by_the_application_id() -> None:
    """The desktop tools match these files by name alone: the metainfo must be named after its id
    and launch the desktop file shipped beside it, and the launcher's icon must be the one the
    icon theme holds. The id is the one the running app gives Qt and its socket."""
    component = ET.fromstring(metainfo_xml(builtin_actions()))
    app_id = component.findtext("id")
    assert app_id == APP_ID
    shipped = {path.name for path in packaging_files()}
    assert shipped == {f"{app_id}.desktop", f"{app_id}.metainfo.xml"}
    assert component.findtext("launchable") == f"{app_id}.desktop"
    icon = _entry_groups(desktop_entry(["supple"], []))["Desktop Entry"]["Icon"]
    assert {path.name for path in icon_theme_files()} == {f"{icon}.svg", f"{icon}.png"}
    assert icon == app_id


def test_each_builtin_routine_is_a_launcher_action() -> None:
    groups = _entry_groups(desktop_entry(["/opt/supple"], builtin_actions()))
    routines = builtin_catalogue().routines
    assert groups["Desktop Entry"]["Actions"] == "".join(f"{routine.id};" for routine in routines)
    relief = groups["Desktop Action lower-back-relief"]
    assert relief == {"Name": "Lower back relief", "Exec": "/opt/supple --routine lower-back-relief"}


@pytest.mark.parametrize(("command", "expected"), [
    (["/usr/bin/supple"], "/usr/bin/supple"),
    (["/home/a b/.venv/bin/python", "-m", "app"], '"/home/a b/.venv/bin/python" -m app'),
    (["/tmp/$x`y`/python"], r'"/tmp/\\$x\\`y\\`/python"'),
    (["/tmp/100%/supple"], "/tmp/100%%/supple"),
    (['/tmp/say "hi"\\/supple'], r'"/tmp/say \\"hi\\"\\\\/supple"'),
])
def test_exec_arguments_are_quoted_as_the_spec_asks(command: list[str], expected: str) -> None:
    assert exec_line(command) == expected


def test_a_checkout_launch_starts_in_the_checkout(tmp_path: Path) -> None:
    entry = desktop_entry(["/x/python", "-m", "app"], [], working_dir=tmp_path)
    assert _entry_groups(entry)["Desktop Entry"]["Path"] == str(tmp_path)


def test_the_metainfo_lists_the_routines_screenshots_and_this_release() -> None:
    actions = [RoutineAction("a", "Alpha & omega", "First <and> last.")]
    component = ET.fromstring(metainfo_xml(actions))
    assert [item.text for item in component.iter("li")] == ["Alpha & omega: First <and> last."]
    captions = [caption.text for caption in component.iter("caption")]
    assert len(captions) == 4 and all(captions)
    assert __version__ in RELEASES
    assert [release.get("version") for release in component.iter("release")] == sorted(RELEASES, reverse=True)


def test_the_packaging_copies_match_the_code() -> None:
    for path, text in packaging_files().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name}: run python -m app.desktop_packaging"


def _run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (Debian: desktop-file-utils, appstream)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_file_validate_accepts_the_launchers(tmp_path: Path) -> None:
    awkward = desktop_entry(['/tmp/a "b" $c/python', "-m", "app"], builtin_actions(), working_dir=tmp_path)
    (tmp_path / DESKTOP_FILE).write_text(awkward, encoding="utf-8")
    for path in (*packaging_files(), tmp_path / DESKTOP_FILE):
        if path.suffix == ".desktop":
            done = _run_validator("desktop-file-validate", str(path))
            assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_appstreamcli_accepts_the_metainfo() -> None:
    path = next(path for path in packaging_files() if path.name == METAINFO_FILE)
    done = _run_validator("appstreamcli", "validate", "--no-net", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
