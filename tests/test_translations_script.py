"""packaging/translations.py and what it made: the committed .ts and .qm agree with the code."""

from __future__ import annotations

import ast
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.language import PSEUDO, SOURCE, TRANSLATED
from app.pseudo_locale import is_pseudo
from tests.helpers import REPO, packaging_module

translations = packaging_module("translations")

Message = tuple[str, str, str, bool]  # context, source, disambiguation, numerus
TS_FILES = [translations.ts_name(code) for code in (*TRANSLATED, SOURCE, PSEUDO)]


def messages(path: Path) -> set[Message]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "",
         message.get("numerus") == "yes")
        for context in root.iter("context") for message in context.iter("message")
    }


def test_the_committed_qm_are_what_lrelease_makes_of_the_ts(tmp_path: Path) -> None:
    made = translations.release(translations.SOURCES_DIR, tmp_path)
    assert {path.name for path in made} == {path.name for path in translations.COMPILED_DIR.glob("*.qm")}
    for path in made:
        assert path.read_bytes() == (translations.COMPILED_DIR / path.name).read_bytes(), (
            f"{path.name} is stale: run python3 packaging/translations.py release")


def test_lrelease_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        translations.release(translations.SOURCES_DIR, folder)
    assert [p.read_bytes() for p in sorted(first.iterdir())] == [p.read_bytes() for p in sorted(second.iterdir())]


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts as `update` would write them now, from a copy of the committed ones."""
    folder = tmp_path_factory.mktemp("ts")
    for name in TS_FILES:
        shutil.copy(translations.SOURCES_DIR / name, folder / name)
    translations.update(folder)
    return folder


@pytest.mark.parametrize("name", TS_FILES)
def test_the_committed_ts_hold_every_message_of_the_code_and_no_other(updated: Path, name: str) -> None:
    now, committed = messages(updated / name), messages(translations.SOURCES_DIR / name)
    assert now - committed == set(), "new messages: run python3 packaging/translations.py update"
    assert committed - now == set(), "vanished messages: run python3 packaging/translations.py update"


@pytest.mark.parametrize("code", [SOURCE, PSEUDO])
def test_the_generated_ts_are_as_generated(updated: Path, code: str) -> None:
    name = translations.ts_name(code)
    assert (updated / name).read_text(encoding="utf-8") == (translations.SOURCES_DIR / name).read_text(encoding="utf-8")


def test_every_pseudo_translation_is_pseudo_with_its_plural_forms() -> None:
    root = ET.parse(translations.SOURCES_DIR / translations.ts_name(PSEUDO)).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None
        texts = [form.text or "" for form in translation] if message.get("numerus") == "yes" else [translation.text]
        assert len(texts) == (2 if message.get("numerus") == "yes" else 1)
        assert all(text and is_pseudo(text) for text in texts), message.findtext("source")


def test_english_plural_forms_come_from_the_source() -> None:
    root = ET.parse(translations.SOURCES_DIR / translations.ts_name(SOURCE)).getroot()
    forms = {message.findtext("source"): [form.text for form in message.iter("numerusform")]
             for message in root.iter("message")}
    assert forms["Current streak: %n day(s)"] == ["Current streak: %n day", "Current streak: %n days"]


def test_the_translated_ts_are_left_for_translators() -> None:
    """No German, French or Spanish is invented here: every message waits, unfinished, for a translator."""
    for code in TRANSLATED:
        root = ET.parse(translations.SOURCES_DIR / translations.ts_name(code)).getroot()
        assert root.get("language") == code


# -- what lupdate would miss without a word --------------------------------------------------

TR_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _calls(tree: ast.AST) -> list[tuple[ast.Call, str | None]]:
    """Each translation call with the context it has: the enclosing class for self.tr, the object
    for Words' tr, the first argument for translate and QT_TRANSLATE_NOOP."""
    found: list[tuple[ast.Call, str | None]] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
                owner = func.value if isinstance(func, ast.Attribute) else None
                painter = name == "translate" and not (isinstance(owner, ast.Name) and owner.id == "QCoreApplication")
                if name in TR_NAMES and not painter:  # QPainter.translate moves, it does not translate
                    found.append((child, _context(child, cls)))
            visit(child, inner)

    visit(tree, None)
    return found


def _context(call: ast.Call, cls: str | None) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        owner = func.value
        return cls if isinstance(owner, ast.Name) and owner.id == "self" else getattr(owner, "id", None)
    first = call.args[0] if call.args else None
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None


def _literal_calls() -> list[tuple[str, int, Message]]:
    """Every tr / translate / QT_TRANSLATE_NOOP of app/ with literal text, as the message it is."""
    found = []
    for path in sorted((REPO / "app").rglob("*.py")):
        for call, context in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            is_tr = isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
            texts = call.args[0:] if is_tr else call.args[1:]
            text = texts[0] if texts else None
            where = f"{path.relative_to(REPO)}:{call.lineno}"
            assert not isinstance(text, ast.JoinedStr | ast.IfExp | ast.BinOp | ast.BoolOp), (
                f"{where}: lupdate reads only a plain string here (no f-string, condition or +)")
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)) or context is None:
                continue  # a name: the text was marked where it was written (QT_TRANSLATE_NOOP)
            rest = texts[1:]
            comment = rest[0].value if rest and isinstance(rest[0], ast.Constant) and rest[0].value else ""
            numerus = len(rest) > 1
            if numerus:
                assert isinstance(rest[1], ast.Name), f"{where}: lupdate keeps plural forms only for a bare name"
            found.append((where, call.lineno, (context, text.value, comment, numerus)))
    return found


def test_every_literal_translation_in_the_code_is_in_the_ts() -> None:
    known = messages(translations.SOURCES_DIR / translations.ts_name(PSEUDO))
    calls = _literal_calls()
    assert len(calls) > 150
    missing = [f"{where}: {message}" for where, _line, message in calls if message not in known]
    assert missing == []


def test_no_helper_hides_a_text_from_lupdate() -> None:
    """lupdate knows tr, translate and QT_TRANSLATE_NOOP by name: a literal handed to a helper of
    our own (`_tr("...")`) would be shown untranslated, and never reach a translator."""
    hidden = []
    for path in sorted((REPO / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            helper = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id not in TR_NAMES
            if (helper and "tr" in node.func.id.lower().split("_")  # type: ignore[union-attr, attr-defined]
                    and node.args and isinstance(node.args[0], ast.Constant)):  # type: ignore[attr-defined]
                hidden.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert hidden == []


def test_each_words_is_kept_under_the_name_of_its_context() -> None:
    for path in sorted((REPO / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Name) and node.value.func.id == "Words"):
                (target,) = node.targets
                context = node.value.args[0]
                assert isinstance(target, ast.Name) and isinstance(context, ast.Constant)
                assert target.id == context.value, f"{path.relative_to(REPO)}:{node.lineno}"
