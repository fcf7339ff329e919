"""settings: see app/ARCHITECTURE.md."""
