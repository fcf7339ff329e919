"""presenters: see app/ARCHITECTURE.md."""
