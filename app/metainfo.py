"""Supple's AppStream metainfo: what software centres show about it.

Built with ElementTree so every text is escaped, and indented the same way each time, so the copy
in packaging/ can be checked against the code. The screenshots point at the public copies of
packaging/screenshots/; the validator runs offline (`appstreamcli validate --no-net`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from app.desktop_entry import DESKTOP_FILE, KEYWORDS, SUMMARY, RoutineAction
from app.paths import APP_ID, APP_NAME

METAINFO_FILE = f"{APP_ID}.metainfo.xml"
HOMEPAGE = "https://supple.invalid/"
# version -> release date; the running version must be listed (a test checks)
RELEASES = {"0.1.0": "2026-11-24"}

_INTRODUCTION = (
    "Supple walks you through short stretching routines for a stiff lower back and tight glutes, "
    "made for a break from the desk. Each stretch shows an illustrated pose, numbered steps and "
    "what you should feel, and a circular timer counts every hold, one side after the other.",
    "Many of the stretches are done lying on the floor, away from the screen, so every change is "
    "announced with a soft chime and a spoken cue, and everything can be driven from the keyboard. "
    "A sharp-pain button is always one key away: it ends the hold at once and lets you skip the "
    "stretch.",
)
_CLOSING = (
    "You can add your own stretches and routines, or the ones your physiotherapist gave you, and "
    "follow your progress: minutes per day, streaks and the stretches you do most.",
)
_SCREENSHOTS = (
    ("choose-light.png", "Choosing a routine, with a preview of its stretches"),
    ("session-light.png", "Holding a stretch: the pose, its steps and the timer"),
    ("choose-dark.png", "The routine list in the dark theme"),
    ("session-dark.png", "A hold in progress in the dark theme"),
)
_BRANDING = (("light", "#a6dcd3"), ("dark", "#1f5f57"))


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = text
    return element


def _description(parent: ET.Element, actions: Sequence[RoutineAction]) -> None:
    description = ET.SubElement(parent, "description")
    for paragraph in _INTRODUCTION:
        _text(description, "p", paragraph)
    _text(description, "p", "It comes with these routines:")
    routines = ET.SubElement(description, "ul")
    for action in actions:
        _text(routines, "li", f"{action.name}: {action.description}")
    for paragraph in _CLOSING:
        _text(description, "p", paragraph)


def _screenshots(parent: ET.Element) -> None:
    screenshots = ET.SubElement(parent, "screenshots")
    for index, (file_name, caption) in enumerate(_SCREENSHOTS):
        screenshot = ET.SubElement(screenshots, "screenshot", {"type": "default"} if index == 0 else {})
        _text(screenshot, "caption", caption)
        _text(screenshot, "image", f"{HOMEPAGE}screenshots/{file_name}")


def _identity(component: ET.Element) -> None:
    _text(component, "id", APP_ID)
    _text(component, "metadata_license", "CC0-1.0")
    _text(component, "project_license", "MIT")
    _text(component, "name", APP_NAME)
    _text(component, "summary", SUMMARY)
    developer = ET.SubElement(component, "developer", {"id": APP_ID.rsplit(".", 1)[0]})
    _text(developer, "name", f"The {APP_NAME} team")


def _integration(component: ET.Element) -> None:
    _text(component, "launchable", DESKTOP_FILE, type="desktop-id")
    _text(component, "url", HOMEPAGE, type="homepage")
    provides = ET.SubElement(component, "provides")
    _text(provides, "binary", "supple")
    keywords = ET.SubElement(component, "keywords")
    for keyword in KEYWORDS:
        _text(keywords, "keyword", keyword)
    supports = ET.SubElement(component, "supports")
    for control in ("keyboard", "pointing"):
        _text(supports, "control", control)


def _releases(component: ET.Element) -> None:
    releases = ET.SubElement(component, "releases")
    for version, date in sorted(RELEASES.items(), reverse=True):
        ET.SubElement(releases, "release", {"version": version, "date": date})


def metainfo_xml(actions: Sequence[RoutineAction]) -> str:
    component = ET.Element("component", {"type": "desktop-application"})
    _identity(component)
    _description(component, actions)
    _integration(component)
    _screenshots(component)
    ET.SubElement(component, "content_rating", {"type": "oars-1.1"})
    branding = ET.SubElement(component, "branding")
    for scheme, colour in _BRANDING:
        _text(branding, "color", colour, type="primary", scheme_preference=scheme)
    _releases(component)
    ET.indent(component, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(component, encoding="unicode") + "\n"

