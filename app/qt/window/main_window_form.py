"""ui/main_window.ui, compiled by packaging/forms.py (pyside6-uic, then tidied): do not edit.

Edit the form in Designer and run `python3 packaging/forms.py` again.
"""

# ruff: noqa: E501, PLR0915 - the form's texts, one call each, in one long setupUi

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.qt.widgets.hold_timer import HoldTimer
from app.qt.window.audio_notice import AudioNotice
from app.qt.window.pose_panel import PosePanel
from app.qt.window.routine_list import RoutineList


class MainFormUi:
    def setupUi(self, form: QWidget) -> None:
        if not form.objectName():
            form.setObjectName("MainForm")
        form.resize(1100, 720)
        self.mainLayout = QHBoxLayout(form)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName("mainLayout")
        self.sidebar = QWidget(form)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMinimumSize(QSize(280, 0))
        self.sidebar.setMaximumSize(QSize(420, 16777215))
        self.sidebarLayout = QVBoxLayout(self.sidebar)
        self.sidebarLayout.setObjectName("sidebarLayout")
        self.sidebarLayout.setContentsMargins(0, 0, 0, 0)
        self.chooseHeading = QLabel(self.sidebar)
        self.chooseHeading.setObjectName("chooseHeading")

        self.sidebarLayout.addWidget(self.chooseHeading)

        self.routineList = RoutineList(self.sidebar)
        self.routineList.setObjectName("routineList")

        self.sidebarLayout.addWidget(self.routineList)

        self.startButton = QPushButton(self.sidebar)
        self.startButton.setObjectName("startButton")

        self.sidebarLayout.addWidget(self.startButton)

        self.sidebarButtons = QHBoxLayout()
        self.sidebarButtons.setObjectName("sidebarButtons")
        self.progressButton = QPushButton(self.sidebar)
        self.progressButton.setObjectName("progressButton")
        self.progressButton.setCheckable(True)

        self.sidebarButtons.addWidget(self.progressButton)

        self.settingsButton = QPushButton(self.sidebar)
        self.settingsButton.setObjectName("settingsButton")

        self.sidebarButtons.addWidget(self.settingsButton)

        self.sidebarLayout.addLayout(self.sidebarButtons)

        self.mainLayout.addWidget(self.sidebar)

        self.stage = QStackedWidget(form)
        self.stage.setObjectName("stage")
        self.sessionPage = QWidget()
        self.sessionPage.setObjectName("sessionPage")
        self.sessionLayout = QHBoxLayout(self.sessionPage)
        self.sessionLayout.setObjectName("sessionLayout")
        self.sessionLayout.setContentsMargins(0, 11, 0, 11)
        self.posePanel = PosePanel(self.sessionPage)
        self.posePanel.setObjectName("posePanel")

        self.sessionLayout.addWidget(self.posePanel)

        self.timerColumn = QWidget(self.sessionPage)
        self.timerColumn.setObjectName("timerColumn")
        self.timerColumn.setMinimumSize(QSize(260, 0))
        self.timerLayout = QVBoxLayout(self.timerColumn)
        self.timerLayout.setObjectName("timerLayout")
        self.timerLayout.setContentsMargins(0, 0, 0, 0)
        self.audioNotice = AudioNotice(self.timerColumn)
        self.audioNotice.setObjectName("audioNotice")

        self.timerLayout.addWidget(self.audioNotice)

        self.holdTimer = HoldTimer(self.timerColumn)
        self.holdTimer.setObjectName("holdTimer")

        self.timerLayout.addWidget(self.holdTimer)

        self.progressLabel = QLabel(self.timerColumn)
        self.progressLabel.setObjectName("progressLabel")
        self.progressLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.timerLayout.addWidget(self.progressLabel)

        self.routineProgress = QProgressBar(self.timerColumn)
        self.routineProgress.setObjectName("routineProgress")
        self.routineProgress.setTextVisible(False)

        self.timerLayout.addWidget(self.routineProgress)

        self.nextLabel = QLabel(self.timerColumn)
        self.nextLabel.setObjectName("nextLabel")
        self.nextLabel.setWordWrap(True)
        self.nextLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.timerLayout.addWidget(self.nextLabel)

        self.controls = QWidget(self.timerColumn)
        self.controls.setObjectName("controls")
        self.controlsLayout = QGridLayout(self.controls)
        self.controlsLayout.setObjectName("controlsLayout")
        self.controlsLayout.setContentsMargins(0, 0, 0, 0)
        self.pauseButton = QPushButton(self.controls)
        self.pauseButton.setObjectName("pauseButton")

        self.controlsLayout.addWidget(self.pauseButton, 0, 0, 1, 3)

        self.backButton = QPushButton(self.controls)
        self.backButton.setObjectName("backButton")

        self.controlsLayout.addWidget(self.backButton, 1, 0, 1, 1)

        self.restartButton = QPushButton(self.controls)
        self.restartButton.setObjectName("restartButton")

        self.controlsLayout.addWidget(self.restartButton, 1, 1, 1, 1)

        self.skipButton = QPushButton(self.controls)
        self.skipButton.setObjectName("skipButton")

        self.controlsLayout.addWidget(self.skipButton, 1, 2, 1, 1)

        self.goOnButton = QPushButton(self.controls)
        self.goOnButton.setObjectName("goOnButton")

        self.controlsLayout.addWidget(self.goOnButton, 2, 0, 1, 2)

        self.skipStretchButton = QPushButton(self.controls)
        self.skipStretchButton.setObjectName("skipStretchButton")

        self.controlsLayout.addWidget(self.skipStretchButton, 2, 2, 1, 1)

        self.painButton = QPushButton(self.controls)
        self.painButton.setObjectName("painButton")

        self.controlsLayout.addWidget(self.painButton, 3, 0, 1, 2)

        self.stopButton = QPushButton(self.controls)
        self.stopButton.setObjectName("stopButton")

        self.controlsLayout.addWidget(self.stopButton, 3, 2, 1, 1)

        self.miniButton = QPushButton(self.controls)
        self.miniButton.setObjectName("miniButton")

        self.controlsLayout.addWidget(self.miniButton, 4, 0, 1, 3)

        self.timerLayout.addWidget(self.controls)

        self.sessionLayout.addWidget(self.timerColumn)

        self.sessionLayout.setStretch(0, 3)
        self.sessionLayout.setStretch(1, 2)
        self.stage.addWidget(self.sessionPage)
        self.progressPage = QWidget()
        self.progressPage.setObjectName("progressPage")
        self.progressLayout = QVBoxLayout(self.progressPage)
        self.progressLayout.setObjectName("progressLayout")
        self.progressLayout.setContentsMargins(0, 11, 0, 11)
        self.stage.addWidget(self.progressPage)
        self.completionPage = QWidget()
        self.completionPage.setObjectName("completionPage")
        self.completionLayout = QVBoxLayout(self.completionPage)
        self.completionLayout.setObjectName("completionLayout")
        self.completionLayout.setContentsMargins(11, 11, 11, 11)
        self.completionTopSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.completionLayout.addItem(self.completionTopSpace)

        self.completionTitle = QLabel(self.completionPage)
        self.completionTitle.setObjectName("completionTitle")
        self.completionTitle.setWordWrap(True)
        self.completionTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.completionLayout.addWidget(self.completionTitle)

        self.completionSummary = QLabel(self.completionPage)
        self.completionSummary.setObjectName("completionSummary")
        self.completionSummary.setWordWrap(True)
        self.completionSummary.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.completionSummary.setTextFormat(Qt.TextFormat.RichText)

        self.completionLayout.addWidget(self.completionSummary)

        self.completionButtons = QHBoxLayout()
        self.completionButtons.setObjectName("completionButtons")
        self.completionLeftSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.completionButtons.addItem(self.completionLeftSpace)

        self.againButton = QPushButton(self.completionPage)
        self.againButton.setObjectName("againButton")

        self.completionButtons.addWidget(self.againButton)

        self.doneButton = QPushButton(self.completionPage)
        self.doneButton.setObjectName("doneButton")

        self.completionButtons.addWidget(self.doneButton)

        self.completionRightSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.completionButtons.addItem(self.completionRightSpace)

        self.completionLayout.addLayout(self.completionButtons)

        self.completionBottomSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.completionLayout.addItem(self.completionBottomSpace)

        self.stage.addWidget(self.completionPage)

        self.mainLayout.addWidget(self.stage)

        self.retranslateUi(form)
    # setupUi

    def retranslateUi(self, form: QWidget) -> None:
        self.chooseHeading.setText(QCoreApplication.translate("MainForm", "Choose a routine", None))
        self.startButton.setText(QCoreApplication.translate("MainForm", "Start", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("MainForm", "Start the selected routine (Enter or Space)", None))
#endif // QT_CONFIG(tooltip)
        self.progressButton.setText(QCoreApplication.translate("MainForm", "Your progress", None))
#if QT_CONFIG(tooltip)
        self.progressButton.setToolTip(QCoreApplication.translate("MainForm", "Minutes per day, streaks and pain reports (Ctrl+H)", None))
#endif // QT_CONFIG(tooltip)
        self.settingsButton.setText(QCoreApplication.translate("MainForm", "Settings\u2026", None))
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("MainForm", "Timings, theme, chimes and voice (Ctrl+,)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.posePanel.setAccessibleName(QCoreApplication.translate("MainForm", "Pose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.routineProgress.setAccessibleName(QCoreApplication.translate("MainForm", "Routine progress", None))
#endif // QT_CONFIG(accessibility)
        self.pauseButton.setText(QCoreApplication.translate("MainForm", "Pause", None))
#if QT_CONFIG(tooltip)
        self.pauseButton.setToolTip(QCoreApplication.translate("MainForm", "Pause or resume (Space)", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("MainForm", "Back", "go back to the previous stretch (a button), not the body part"))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("MainForm", "To the previous stretch (Left arrow)", None))
#endif // QT_CONFIG(tooltip)
        self.restartButton.setText(QCoreApplication.translate("MainForm", "Restart", None))
#if QT_CONFIG(tooltip)
        self.restartButton.setToolTip(QCoreApplication.translate("MainForm", "Restart this stretch (R)", None))
#endif // QT_CONFIG(tooltip)
        self.skipButton.setText(QCoreApplication.translate("MainForm", "Skip", None))
#if QT_CONFIG(tooltip)
        self.skipButton.setToolTip(QCoreApplication.translate("MainForm", "Skip ahead (Right arrow)", None))
#endif // QT_CONFIG(tooltip)
        self.goOnButton.setText(QCoreApplication.translate("MainForm", "Go on gently", None))
#if QT_CONFIG(tooltip)
        self.goOnButton.setToolTip(QCoreApplication.translate("MainForm", "Try this stretch again, more gently (Space)", None))
#endif // QT_CONFIG(tooltip)
        self.skipStretchButton.setText(QCoreApplication.translate("MainForm", "Skip it", None))
#if QT_CONFIG(tooltip)
        self.skipStretchButton.setToolTip(QCoreApplication.translate("MainForm", "Skip this stretch (Right arrow)", None))
#endif // QT_CONFIG(tooltip)
        self.painButton.setText(QCoreApplication.translate("MainForm", "Sharp pain", None))
#if QT_CONFIG(tooltip)
        self.painButton.setToolTip(QCoreApplication.translate("MainForm", "Sharp pain: stop this stretch now and ease out slowly (P)", None))
#endif // QT_CONFIG(tooltip)
        self.stopButton.setText(QCoreApplication.translate("MainForm", "Stop", None))
#if QT_CONFIG(tooltip)
        self.stopButton.setToolTip(QCoreApplication.translate("MainForm", "End the routine (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.miniButton.setText(QCoreApplication.translate("MainForm", "Mini timer", None))
#if QT_CONFIG(tooltip)
        self.miniButton.setToolTip(QCoreApplication.translate("MainForm", "A small timer that stays on top of your work (M)", None))
#endif // QT_CONFIG(tooltip)
        self.againButton.setText(QCoreApplication.translate("MainForm", "Do it again", None))
        self.doneButton.setText(QCoreApplication.translate("MainForm", "Back to routines", None))
    # retranslateUi
