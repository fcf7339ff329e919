"""audio: see app/ARCHITECTURE.md."""
