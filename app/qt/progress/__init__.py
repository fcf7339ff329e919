"""progress: see app/ARCHITECTURE.md."""
