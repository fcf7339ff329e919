"""Markup escaping: what Python's html.escape does, without loading its module in the app."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from app.markup import escape

# text an XML parser keeps as it is: no control characters (tabs and line ends included: an
# attribute turns them into spaces) and no lone surrogates
XML_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")))


@given(st.text())
def test_it_escapes_exactly_as_html_escape_does(value: str) -> None:
    assert escape(value) == html.escape(value)


@given(XML_TEXT)
def test_any_text_survives_as_an_element_and_as_an_attribute(value: str) -> None:
    element = ET.fromstring(f'<p title="{escape(value)}">{escape(value)}</p>')
    assert (element.text or "") == value
    assert element.get("title") == value


def test_an_ampersand_is_escaped_once() -> None:
    assert escape("Hips & knees &amp; <b>") == "Hips &amp; knees &amp;amp; &lt;b&gt;"
