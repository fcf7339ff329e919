"""The settings dialog shows the settings, returns them edited, and keeps what it does not show."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QDoubleSpinBox, QScrollBar, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from app.paths import Paths, default_paths
from app.qt.adapters.session_controller import SessionController
from app.qt.audio.cue_player import CuePlayer
from app.qt.settings.settings_dialog import SettingsDialog
from app.qt.settings.sound_settings import SoundSettingsPanel
from app.qt.widgets.theme import load_style_sheet
from app.session import FakeClock
from app.settings import RULES, Settings, load_settings, save_settings, settings_from_mapping
from tests.audio.fakes import FakeSound, FakeSpeech
from tests.helpers import builtin_catalogue

SPIN_FIELDS = {"holdSpin": "hold_seconds", "prepareSpin": "prepare_seconds", "switchSpin": "switch_seconds",
               "breathSpin": "breath_scale"}


def _dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    return dialog


def test_it_shows_the_settings_and_gives_them_back_unchanged(qtbot: QtBot) -> None:
    settings = Settings(hold_seconds=25, prepare_seconds=12, switch_seconds=4, breath_scale=1.3, theme="dark",
                        warm_up_enabled=False, warm_up_seconds=90, start_in_tray=True, transition_seconds=9,
                        window_geometry="abc", extra={"future": 1})
    dialog = _dialog(qtbot, settings)
    assert (dialog.holdSpin.value(), dialog.prepareSpin.value(), dialog.switchSpin.value()) == (25, 12, 4)
    assert dialog.themeCombo.currentData() == "dark"
    assert not dialog.warmUpSpin.isEnabled()
    assert dialog.edited_settings() == settings


def test_edits_come_back_and_survive_a_save(qtbot: QtBot, isolated_paths: Paths) -> None:
    dialog = _dialog(qtbot, Settings(transition_seconds=9))
    dialog.holdSpin.setValue(22)
    dialog.prepareSpin.setValue(15)
    dialog.switchSpin.setValue(3)
    dialog.breathSpin.setValue(0.8)
    dialog.warmUpSpin.setValue(7)
    dialog.themeCombo.setCurrentIndex(dialog.themeCombo.findData("light"))
    dialog.startInTrayCheck.setChecked(True)
    edited = dialog.edited_settings()
    assert edited == Settings(hold_seconds=22, prepare_seconds=15, switch_seconds=3, breath_scale=0.8,
                              warm_up_seconds=420, theme="light", start_in_tray=True, transition_seconds=9)
    save_settings(isolated_paths.settings_file, edited)
    loaded = load_settings(isolated_paths.settings_file)
    assert (loaded.settings, loaded.problems) == (edited, ())


def test_the_hold_stays_inside_the_guides_range(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    assert (dialog.holdSpin.minimum(), dialog.holdSpin.maximum()) == (20, 30)


def test_every_value_the_form_allows_is_a_valid_setting(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    for name, key in SPIN_FIELDS.items():
        spin = dialog.form.findChild(QWidget, name)
        assert isinstance(spin, QSpinBox | QDoubleSpinBox)
        for value in (spin.minimum(), spin.maximum()):
            assert settings_from_mapping({key: value}, "form").problems == (), (name, value)
    for minutes in (dialog.warmUpSpin.minimum(), dialog.warmUpSpin.maximum()):
        assert settings_from_mapping({"warm_up_seconds": minutes * 60}, "form").problems == ()


def _ranges(dialog: SettingsDialog) -> dict[str, tuple[float, float]]:
    spins = [*SPIN_FIELDS, "warmUpSpin"]
    return {name: (spin.minimum(), spin.maximum()) for name in spins
            if isinstance(spin := dialog.form.findChild(QWidget, name), QSpinBox | QDoubleSpinBox)}


def _declared_ranges() -> dict[str, tuple[float, float]]:
    low, high = RULES["warm_up_seconds"].span()
    return {**{name: RULES[key].span() for name, key in SPIN_FIELDS.items()}, "warmUpSpin": (low / 60, high / 60)}


def test_the_boxes_offer_the_declared_ranges(qtbot: QtBot) -> None:
    assert _ranges(_dialog(qtbot, Settings())) == _declared_ranges()


def _form_stating_ranges(path: Path, names: tuple[str, ...]) -> Path:
    """The dialog's form with a range of 1..99 of its own on each of the spin boxes `names`."""
    tree = ElementTree.parse(default_paths().ui / "settings_dialog.ui")
    for name in names:
        [spin] = tree.iterfind(f".//widget[@name='{name}']")
        for bound in [item for item in spin.iterfind("property") if item.get("name") in ("minimum", "maximum")]:
            spin.remove(bound)
        for bound, value in (("minimum", "1"), ("maximum", "99")):
            ElementTree.SubElement(ElementTree.SubElement(spin, "property", name=bound), "number").text = value
    tree.write(path, encoding="utf-8")
    return path


def test_ranges_written_into_a_form_give_way_to_the_declared_ones(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), _form_stating_ranges(tmp_path / "form.ui", ("holdSpin", "warmUpSpin")))
    qtbot.addWidget(dialog)
    assert _ranges(dialog) == _declared_ranges()


def test_the_themes_offered_are_the_declared_choices_in_order(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    combo = dialog.themeCombo
    assert tuple(combo.itemData(i) for i in range(combo.count())) == RULES["theme"].choices


def test_turning_the_warm_up_off_disables_its_length(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    dialog.warmUpCheck.setChecked(False)
    assert not dialog.warmUpSpin.isEnabled()
    assert dialog.edited_settings().warm_up_enabled is False


def test_restore_defaults_keeps_what_the_dialog_does_not_show(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings(hold_seconds=21, theme="dark", window_geometry="abc"))
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.edited_settings() == Settings(window_geometry="abc")


def test_ok_accepts_and_cancel_rejects(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    with qtbot.waitSignal(dialog.rejected):
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()


class _FakeSoundSection:
    def __init__(self) -> None:
        self.check = QCheckBox("Chimes")

    def set_settings(self, settings: Settings) -> None:
        self.check.setChecked(settings.theme == "dark")

    def apply_to(self, settings: Settings) -> Settings:
        return settings.replace(extra={"chimes": self.check.isChecked()})


def test_the_sound_box_waits_for_its_panel(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings(theme="dark"))
    assert dialog.soundGroup.objectName() == "soundGroup"
    assert not dialog.soundPlaceholder.isHidden()
    section = _FakeSoundSection()
    dialog.add_section(section, section.check)
    assert dialog.soundPlaceholder.isHidden()
    assert section.check.isChecked()
    section.check.setChecked(False)
    assert dialog.edited_settings().extra == {"chimes": False}


@pytest.mark.parametrize("theme", ["system", "light", "dark"])
def test_every_theme_is_offered(qtbot: QtBot, theme: str) -> None:
    dialog = _dialog(qtbot, Settings(theme=theme))
    assert dialog.edited_settings().theme == theme


def _full_dialog(qtbot: QtBot) -> SettingsDialog:
    """The dialog as the app shows it: the app's style sheet, and the real sound and voice panel."""
    settings = Settings(voice_enabled=True)
    dialog = _dialog(qtbot, settings)
    dialog.setStyleSheet(load_style_sheet(default_paths().ui / "supple.qss", default_paths().assets / "icons"))
    controller = SessionController(FakeClock())
    player = CuePlayer(controller, builtin_catalogue(), settings, FakeSound(),
                       FakeSpeech())
    controller.setParent(dialog)
    panel = SoundSettingsPanel(settings, player)
    dialog.add_section(panel, panel)
    return dialog


def test_the_dialog_fits_1280x800_without_scroll_bars(qtbot: QtBot) -> None:
    dialog = _full_dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1280 - 40 and hint.height() <= 800 - 80  # room for a panel and a title bar
    for page in range(dialog.pages.count()):  # each page, shown in turn, at the size the dialog opens
        dialog.pages.setCurrentIndex(page)
        dialog.resize(hint)
        qtbot.wait(1)
        assert [bar for bar in dialog.findChildren(QScrollBar) if bar.isVisible()] == [], page


def test_the_settings_are_on_pages_and_tab_moves_down_one_page(qtbot: QtBot) -> None:
    dialog = _full_dialog(qtbot)
    pages = dialog.pages
    # each page's key is a letter no field's label uses (Alt+S speaks the cues, Alt+T picks the theme)
    assert [pages.tabText(i) for i in range(pages.count())] == ["T&iming", "Sou&nd and voice", "A&ppearance"]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.holdSpin.setFocus()
    visited = [dialog.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
    assert visited == [dialog.holdSpin, dialog.prepareSpin, dialog.switchSpin, dialog.breathSpin,
                       dialog.warmUpCheck, dialog.warmUpSpin]


def test_the_wayland_choice_shows_and_comes_back(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    assert dialog.xwaylandRadio.isChecked() and not dialog.nativeWaylandRadio.isChecked()
    dialog.nativeWaylandRadio.setChecked(True)
    assert dialog.edited_settings() == Settings(native_wayland=True)
    assert _dialog(qtbot, Settings(native_wayland=True)).nativeWaylandRadio.isChecked()
    dialog.restore_defaults()
    assert dialog.edited_settings().native_wayland is False


def test_each_wayland_choice_says_what_it_costs(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    # a screen reader hears the cost with the choice, as the eye reads it beneath
    xwayland, native = dialog.xwaylandRadio.accessibleDescription(), dialog.nativeWaylandRadio.accessibleDescription()
    assert "soft" in xwayland and "on top" in dialog.xwaylandRadio.text()
    assert "cannot keep itself above" in native and "sharp" in dialog.nativeWaylandRadio.text()
    assert "next time" in dialog.waylandNote.text()
    assert dialog.xwaylandRadio.parentWidget() is dialog.waylandGroup
