"""The stretch catalogue: typed model, validation and loading. No Qt here."""

from app.catalogue.loader import LoadedCatalogue, load_catalogue, user_catalogue_files
from app.catalogue.model import (
    Breath,
    Catalogue,
    Kind,
    Position,
    Routine,
    SafetyRule,
    SecondsRange,
    Side,
    Step,
    Stretch,
)
from app.catalogue.problems import CatalogueError, Problem

__all__ = [
    "Breath", "Catalogue", "CatalogueError", "Kind", "LoadedCatalogue", "Position", "Problem",
    "Routine", "SafetyRule", "SecondsRange", "Side", "Step", "Stretch", "load_catalogue",
    "user_catalogue_files",
]
