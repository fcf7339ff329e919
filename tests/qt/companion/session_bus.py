"""A private D-Bus session bus for a test, and fake desktop services served on it through QtDBus.

The bus daemon is started here and killed by its process id afterwards, so a test never meets (or
leaves behind) a real desktop's bus. The fakes are QObjects whose slots QtDBus exports.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count

from PySide6.QtCore import ClassInfo, Property, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusVariant

START_SECONDS = 10.0
_names = count()


def missing() -> bool:
    return shutil.which("dbus-daemon") is None


@contextmanager
def private_bus() -> Iterator[str]:
    """Yields the address of a session bus of our own."""
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon gave no address"
        yield address
    finally:
        daemon.kill()
        daemon.wait(timeout=START_SECONDS)
        if daemon.stdout is not None:
            daemon.stdout.close()


@contextmanager
def connection(address: str) -> Iterator[QDBusConnection]:
    name = f"supple-test-{next(_names)}"
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected(), bus.lastError().message()
    try:
        yield bus
    finally:
        QDBusConnection.disconnectFromBus(name)


def serve(bus: QDBusConnection, service: str, path: str, served: QObject) -> None:
    assert bus.registerService(service), bus.lastError().message()
    options = QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllProperties
    assert bus.registerObject(path, served, options)


@ClassInfo({"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
class FakeMutterIdleMonitor(QObject):
    def __init__(self, idle_ms: int) -> None:
        super().__init__()
        self.idle_ms = idle_ms
        self.calls = 0

    @Slot(result="qulonglong")
    def GetIdletime(self) -> int:
        self.calls += 1
        return self.idle_ms


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class FakeScreenSaver(QObject):
    def __init__(self, idle: int, active: bool = False) -> None:
        super().__init__()
        self.idle = idle
        self.active = active

    @Slot(result="uint")
    def GetSessionIdleTime(self) -> int:
        return self.idle

    @Slot(result=bool)
    def GetActive(self) -> bool:
        return self.active


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class FakeNotifications(QObject):
    def __init__(self, inhibited: bool) -> None:
        super().__init__()
        self._inhibited = inhibited

    def _get_inhibited(self) -> bool:
        return self._inhibited

    Inhibited = Property(bool, _get_inhibited)

    def inhibit(self, inhibited: bool) -> None:
        self._inhibited = inhibited


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Settings"})
class FakeSettingsPortal(QObject):
    def __init__(self, show_banners: bool = True, **others: object) -> None:
        """`others`: more settings, keyed "namespace key" with the dots and the space as underscores
        (`org_freedesktop_appearance_reduced_motion=1`); any other key gets no answer."""
        super().__init__()
        self.show_banners = show_banners
        self.others = dict(others)

    @Slot(str, str, result=QDBusVariant)
    def ReadOne(self, namespace: str, key: str) -> QDBusVariant:
        if (namespace, key) == ("org.gnome.desktop.notifications", "show-banners"):
            return QDBusVariant(self.show_banners)
        name = f"{namespace}_{key}".replace(".", "_").replace("-", "_")
        if name not in self.others:
            # no answer, as from a portal without the key (PySide cannot send a D-Bus error from a
            # Python slot: a QDBusContext subclass crashes): the caller's call times out
            raise KeyError(name)
        return QDBusVariant(self.others[name])


@ClassInfo({"D-Bus Interface": "org.gnome.SessionManager"})
class FakeSessionManager(QObject):
    def __init__(self, inhibited: int) -> None:
        super().__init__()
        self.inhibited = inhibited

    def _get_inhibited_actions(self) -> int:
        return self.inhibited

    InhibitedActions = Property("uint", _get_inhibited_actions)
