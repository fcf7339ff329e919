"""Eyes-free guidance without Qt: which chime and which words each cue gets, and what may play."""
