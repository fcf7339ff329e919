"""A throwaway root for dpkg: install a .deb into a folder and remove it again, away from the system."""

from __future__ import annotations

import subprocess
from pathlib import Path


def empty_dpkg_root(root: Path) -> Path:
    """A folder dpkg --root accepts: its own empty database, nothing else."""
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers"):
        (root / folder).mkdir(parents=True)
    (root / "var/lib/dpkg/status").touch()
    (root / "var/lib/dpkg/available").touch()
    return root


def dpkg(root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    # the throwaway root holds none of the libraries the package depends on, nor dpkg's own helpers
    command = ["dpkg", f"--root={root}", "--force-depends", "--force-not-root", "--force-script-chrootless",
               "--log=/dev/null", *arguments]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


def installed_files(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*") if not path.is_dir()
            and path.relative_to(root).parts[:3] != ("var", "lib", "dpkg")}
