"""tray: see app/ARCHITECTURE.md."""
