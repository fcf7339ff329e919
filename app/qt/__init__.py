"""The Qt side of Supple: windows and adapters that listen to the Qt-free core."""
