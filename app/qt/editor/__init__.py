"""The routine editor: a window to make, change and share the person's own routines."""
