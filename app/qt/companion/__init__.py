"""The break companion's platform side: idle time and busy states from X11, D-Bus, Windows and macOS."""
