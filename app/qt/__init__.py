"""The Qt side of Supple: windows and adapters that listen to the Qt-free core."""

from app.qt.light_imports import lighten

lighten()  # first, so every module the app imports after PySide6 is asked about the light way
