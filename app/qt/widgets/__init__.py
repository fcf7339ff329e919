"""widgets: see app/ARCHITECTURE.md."""
