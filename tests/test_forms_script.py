"""packaging/forms.py and what it made: each committed compiled form is what the script makes now
of its ui/*.ui, and passes the project's own checks as it is."""

from __future__ import annotations

import pytest

from tests.helpers import REPO, packaging_module

forms = packaging_module("forms")


@pytest.mark.parametrize(("ui", "target"), sorted(forms.COMPILED.items()))
def test_the_committed_compiled_form_is_what_the_script_makes_of_the_ui(ui: str, target: object) -> None:
    assert (REPO / str(target)).read_text(encoding="utf-8") == forms.compile_form(REPO / "ui" / ui), (
        f"{target} is stale: run python3 packaging/forms.py")


def test_enums_are_named_in_full_and_only_used_names_imported() -> None:
    code = forms.tidy(
        "from PySide6.QtCore import (QCoreApplication, QRect,\n    Qt)\nfrom PySide6.QtGui import (QBrush, QColor)\n"
        "from PySide6.QtWidgets import (QLabel, QWidget)\n\n"
        "class Ui_Probe(object):\n    def setupUi(self, Probe):\n        self.label = QLabel(Probe)\n"
        "        self.label.setAlignment(Qt.AlignCenter|Qt.AlignTop)\n        self.label.setText(u\"Probe\")\n"
        "        pass\n",
        "ui/probe.ui", "Probe", "QWidget")
    assert "Qt.AlignmentFlag.AlignCenter|Qt.AlignmentFlag.AlignTop" in code
    assert "from PySide6.QtCore import Qt\n" in code  # QCoreApplication and QRect are not used
    assert "QtGui" not in code  # nothing of it used: none of its types is made at start
    assert "class ProbeUi:" in code and "def setupUi(self, form: QWidget) -> None:" in code
    assert 'setText("Probe")' in code and "pass" not in code
