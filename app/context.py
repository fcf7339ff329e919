"""Everything a Supple process reads at start, Qt-free: paths, settings, the language and the catalogue."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from app import language as languages
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
    def language(self) -> str:
        """The language chosen at start (app.language), which the catalogue's texts are in."""
        return self.catalogue.language

    @property
    def problems(self) -> tuple[str, ...]:
        """What the person should be told about their files."""
        return self.settings.problems + tuple(str(problem) for problem in self.catalogue.problems)


def chosen_language(requested: str | None, settings: Settings, system: Sequence[str] | None = None) -> str:
    """`--language`, else the setting, else the system's (`system`, or the environment's);
    UnknownLanguageError for a `requested` code Supple has no words for."""
    system = languages.from_environment(os.environ) if system is None else system
    return languages.choose(requested, settings.language, system)


def load_context(
    paths: Paths | None = None, language: str | None = None, settings: LoadedSettings | None = None
) -> Context:
    """Raises CatalogueError only when the built-in catalogue is unusable, UnknownLanguageError
    when `language` (the command line's) is not one Supple speaks. `settings`: as already read."""
    paths = paths or default_paths()
    settings = settings or load_settings(paths.settings_file)
    user_files = user_catalogue_files(paths.user_catalogue_dir)
    catalogue = load_catalogue(
        paths.builtin_catalogue, paths.catalogue_schema, user_files,
        language=chosen_language(language, settings.settings), translations=paths.catalogue_translations,
    )
    return Context(paths, settings, catalogue)


def timing_from(settings: Settings, speed: float = 1.0) -> Timing:
    # the settings declared as feeding Timing (app.settings) fill it; only the demo speed is not a setting
    return Timing(**fed_into(Consumer.TIMING, settings), speed=speed)
