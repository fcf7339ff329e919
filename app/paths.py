"""Every file location Supple uses, resolved in one place.

The person's folders come from platformdirs; each can be redirected with an environment variable
(SUPPLE_CONFIG_DIR, SUPPLE_DATA_DIR, SUPPLE_RUNTIME_DIR), which is how tests and scripts keep
Supple away from a real profile. The shipped files (data/, assets/, ui/) are found inside an installed
wheel (app/data, ...) or, in a source checkout, at the top of the repository.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.catalogue.translation import TranslationFiles
from app.private_dir import is_private

APP_NAME = "Supple"
APP_ID = "io.github.supple_app.Supple"  # reverse-DNS id: desktop file, metainfo, icon, socket

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    installed = _PACKAGE / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path
    shipped_data: Path
    assets: Path
    ui: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def user_catalogue_dir(self) -> Path:
        """Where a person keeps their own catalogue files (*.json)."""
        return self.data_dir / "catalogue"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def builtin_catalogue(self) -> Path:
        return self.shipped_data / "catalogue.json"

    @property
    def catalogue_schema(self) -> Path:
        return self.shipped_data / "catalogue.schema.json"

    @property
    def catalogue_translations(self) -> TranslationFiles:
        """The built-in catalogue's texts in other languages (catalogue.de.json, ...)."""
        schema = self.shipped_data / "catalogue-translation.schema.json"
        return TranslationFiles(self.shipped_data / "translations", schema)

    def pose_svg(self, keyframe: str) -> Path:
        """The SVG of a keyframe named 'pose/frame'."""
        return self.assets / "poses" / f"{keyframe}.svg"


def _dir_from_env(variable: str, default: str) -> Path:
    value = os.environ.get(variable)
    return Path(value) if value else Path(default)


def default_paths() -> Paths:
    return Paths(
        config_dir=_dir_from_env("SUPPLE_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME)),
        data_dir=_dir_from_env("SUPPLE_DATA_DIR", platformdirs.user_data_dir(APP_NAME)),
        shipped_data=_shipped("data"),
        assets=_shipped("assets"),
        ui=_shipped("ui"),
    )


def runtime_dir() -> Path:
    """Where the single-instance socket lives (POSIX): $XDG_RUNTIME_DIR when it is a private
    folder of ours, as the XDG spec promises, otherwise a "run" folder in our cache, which the
    caller makes private (app/private_dir.py). Never /tmp, where another user could take the name."""
    redirected = os.environ.get("SUPPLE_RUNTIME_DIR")
    if redirected:
        return Path(redirected)
    xdg = os.environ.get("XDG_RUNTIME_DIR", "")
    if xdg and Path(xdg).is_absolute() and hasattr(os, "getuid") and is_private(Path(xdg)):
        return Path(xdg)
    return Path(platformdirs.user_cache_dir(APP_NAME)) / "run"
