"""mini: see app/ARCHITECTURE.md."""
