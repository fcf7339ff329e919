"""The break companion's Qt side: the reminder prompt, and the platform's idle and busy sources."""
