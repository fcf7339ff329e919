"""First-run set-up for a source checkout, using only the standard library.

`python3 -m app` and `python3 -m tests` must work from a fresh clone on a machine that has nothing
but Python. When the dependencies are missing, this module makes a private virtual environment in
the checkout (`.venv`), installs Supple into it in editable mode, and hands over to that interpreter.
It re-installs when pyproject.toml changes, so a pull that adds a dependency needs no extra step.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
VENV = CHECKOUT / ".venv"
STAMP = VENV / ".supple-installed"


def is_source_checkout() -> bool:
    return (CHECKOUT / "pyproject.toml").is_file() and (CHECKOUT / "data").is_dir()


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def running_in_checkout_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def dependencies_importable(modules: tuple[str, ...]) -> bool:
    return all(importlib.util.find_spec(name) is not None for name in modules)


def _stamp(extras: frozenset[str]) -> str:
    """What an install was made from: pyproject.toml's hash, the extras, the Python version."""
    digest = hashlib.sha256((CHECKOUT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest} [{','.join(sorted(extras))}] {sys.version_info[:2]}"


def _installed_extras() -> frozenset[str] | None:
    """The extras of the current install, or None when there is none or it is out of date."""
    try:
        recorded = STAMP.read_text(encoding="utf-8")
    except OSError:
        return None
    for extras in _extras_in(recorded):
        if recorded == _stamp(extras):
            return extras
    return None


def _extras_in(stamp: str) -> list[frozenset[str]]:
    start, end = stamp.find("["), stamp.find("]")
    if start < 0 or end < start:
        return []
    return [frozenset(name for name in stamp[start + 1 : end].split(",") if name)]


def _fail(message: str) -> None:
    print(f"supple: {message}", file=sys.stderr)
    raise SystemExit(3)


def _create_venv() -> None:
    if importlib.util.find_spec("ensurepip") is None:
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        _fail(
            "Python cannot create a virtual environment here (ensurepip is missing).\n"
            f"  On Debian or Ubuntu: sudo apt install python3-venv  (or python{version}-venv)"
        )
    print(f"Setting up Supple in {VENV} (first run only) ...", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)


def ensure_venv(extras: str) -> Path:
    """Make sure .venv exists with Supple (and `extras`) installed; return its interpreter.

    An install with more extras serves a request for fewer, so alternating between launching the
    app and running the tests does not reinstall each time."""
    wanted = frozenset(name for name in extras.split(",") if name)
    installed = _installed_extras()
    if installed is not None and wanted <= installed and venv_python().exists():
        return venv_python()
    if not venv_python().exists():
        _create_venv()
    union = wanted | (installed or frozenset())
    spec = f"{CHECKOUT}[{','.join(sorted(union))}]" if union else str(CHECKOUT)
    print("Installing Supple and its dependencies into .venv ...", file=sys.stderr, flush=True)
    pip = [str(venv_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    result = subprocess.run([*pip, "--editable", spec], check=False)
    if result.returncode != 0:
        _fail("installing the dependencies failed (see pip's messages above).")
    STAMP.write_text(_stamp(union), encoding="utf-8")
    return venv_python()


def hand_over(python: Path, argv: list[str]) -> None:
    """Replace this process with `python argv...` (a child process on Windows)."""
    command = [str(python), *argv]
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "nt":
        raise SystemExit(subprocess.call(command))
    os.execv(command[0], command)
