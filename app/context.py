"""Everything a Supple process reads at start, Qt-free: paths, settings and the catalogue."""

from __future__ import annotations

from dataclasses import dataclass

from app.catalogue import LoadedCatalogue, load_catalogue, user_catalogue_files
from app.paths import Paths, default_paths
from app.session import Timing
from app.settings import LoadedSettings, Settings, fed_into, load_settings
from app.settings_fields import Consumer


@dataclass(frozen=True)
class Context:
    paths: Paths
    settings: LoadedSettings
    catalogue: LoadedCatalogue

    @property
    def problems(self) -> tuple[str, ...]:
        """What the person should be told about their files."""
        return self.settings.problems + tuple(str(problem) for problem in self.catalogue.problems)


def load_context(paths: Paths | None = None) -> Context:
    """Raises CatalogueError only when the built-in catalogue is unusable."""
    paths = paths or default_paths()
    user_files = user_catalogue_files(paths.user_catalogue_dir)
    catalogue = load_catalogue(paths.builtin_catalogue, paths.catalogue_schema, user_files)
    return Context(paths, load_settings(paths.settings_file), catalogue)


def timing_from(settings: Settings, speed: float = 1.0) -> Timing:
    # the settings declared as feeding Timing (app.settings) fill it; only the demo speed is not a setting
    return Timing(**fed_into(Consumer.TIMING, settings), speed=speed)
