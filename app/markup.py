"""Text made safe to place in markup: Qt's rich text (the pose panel, the summary, the progress
page) and the SVG documents of the poses."""

from __future__ import annotations

# What html.escape replaces, and in the same order (& first, so nothing is escaped twice). Not
# html.escape itself: importing its module loads HTML5's table of 2,231 entities (340 kB, kept for
# the app's life) for five replacements; xml.sax.saxutils would pull in urllib and http.
_REPLACEMENTS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def escape(value: str) -> str:
    """`value` as text in an element or a quoted attribute."""
    for character, entity in _REPLACEMENTS:
        value = value.replace(character, entity)
    return value
