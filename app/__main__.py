"""`python -m app`: run Supple, setting up a local environment first in a fresh source checkout."""

from __future__ import annotations

import sys

from app import bootstrap


def _run() -> int:
    needs_setup = not bootstrap.dependencies_importable(("PySide6", "platformdirs"))
    if needs_setup and bootstrap.is_source_checkout() and not bootstrap.running_in_checkout_venv():
        python = bootstrap.ensure_venv(extras="")
        bootstrap.hand_over(python, ["-m", "app", *sys.argv[1:]])
    from app.cli import main  # noqa: PLC0415 - only after the environment is known to be ready

    return main()


if __name__ == "__main__":
    sys.exit(_run())
