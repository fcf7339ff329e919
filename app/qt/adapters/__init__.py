"""adapters: see app/ARCHITECTURE.md."""
