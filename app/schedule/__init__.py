"""The break companion's core: when to offer a stretch, on an injected clock. Qt-free."""
