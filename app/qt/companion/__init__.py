"""The break companion's Qt side: the reminder prompt, and idle time and busy states from X11, D-Bus,
Windows and macOS."""
