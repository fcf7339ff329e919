"""window: see app/ARCHITECTURE.md."""
