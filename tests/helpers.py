"""Small builders shared by tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.catalogue import Catalogue, load_catalogue
from app.paths import default_paths

REPO = Path(__file__).resolve().parent.parent


def builtin_catalogue() -> Catalogue:
    paths = default_paths()
    return load_catalogue(paths.builtin_catalogue, paths.catalogue_schema).catalogue


def write_json(path: Path, document: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def user_stretch(stretch_id: str = "hamstring-wall", **changes: Any) -> dict[str, Any]:
    """A valid stretch as a person might write it."""
    stretch: dict[str, Any] = {
        "id": stretch_id,
        "name": "Hamstring at the wall",
        "areas": ["thighs"],
        "position": "lying-on-back",
        "kind": "hold",
        "one_sided": True,
        "side_part": "leg",
        "hold": {"default": 30, "min": 20, "max": 45},
        "setup": ["Lie in a doorway.", "Rest one heel high on the wall."],
        "feel": "A gentle pull behind the thigh.",
        "cues": ["Keep the knee soft."],
        "cautions": ["Ease off at any sharp pain."],
        "breathing": "Breathe out slowly as you settle.",
        "why": "Tight hamstrings tug on the pelvis.",
        "keyframes": ["knee-to-chest/start"],
    }
    stretch.update(changes)
    return stretch


def user_file(
    *, stretches: list[dict[str, Any]] | None = None, routines: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {
        "$schema": "catalogue.schema.json",
        "format": 1,
        "stretches": stretches if stretches is not None else [user_stretch()],
        "routines": routines or [],
    }


def packaging_module(name: str) -> Any:
    """A module of packaging/ (build.py, deb_layout.py, ...): scripts, not a package, whose folder
    name would shadow the `packaging` library if it were put on sys.path."""
    import importlib.util  # noqa: PLC0415 - only the packaging tests need it
    import sys  # noqa: PLC0415

    folder = REPO / "packaging"
    if str(folder) not in sys.path:
        sys.path.append(str(folder))  # appended, so the `packaging` library still wins its name
    spec = importlib.util.spec_from_file_location(f"supple_packaging_{name}", folder / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
