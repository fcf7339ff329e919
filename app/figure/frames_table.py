"""Each built-in stretch's viewing window, as app.figure.frame.measured_frame measures it, so a
start need not measure every in-between (about 7 ms a stretch) before its first paint.

Written by `python -m app.figure.generate`: do not edit.
"""

FRAMES: dict[str, tuple[int, int, int, int]] = {  # left, right, bottom, top
    "warm-up": (-36, 64, -6, 178),
    "knee-to-chest": (-90, 87, -6, 83),
    "cat-cow": (-72, 88, -6, 100),
    "childs-pose": (-72, 89, -6, 88),
    "figure-four": (-90, 87, -6, 89),
    "seated-glute": (-40, 86, -6, 141),
}
