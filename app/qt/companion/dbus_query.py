"""One D-Bus question asked without waiting, with its latest answer kept.

A desktop service may be slow or hung, and the window must never wait for it: each `ask()` sends
the call asynchronously with a short timeout, and readers take the last answer that came, as long
as it is recent. No QDBusInterface is made, since making one introspects the service and blocks.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

from app.session.clock import Clock, monotonic_clock

log = logging.getLogger(__name__)

TIMEOUT_MS = 500
PROPERTIES = "org.freedesktop.DBus.Properties"


@dataclass(frozen=True)
class DBusCall:
    service: str
    path: str
    interface: str
    method: str
    arguments: tuple[Any, ...] = ()

    def message(self) -> QDBusMessage:
        message = QDBusMessage.createMethodCall(self.service, self.path, self.interface, self.method)
        if self.arguments:
            message.setArguments(list(self.arguments))
        return message


def property_call(service: str, path: str, interface: str, name: str) -> DBusCall:
    """Properties.Get of one property: its arguments are strings, which PySide sends as D-Bus wants."""
    return DBusCall(service, path, PROPERTIES, "Get", (interface, name))


def has_owner(bus: QDBusConnection, service: str) -> bool:
    """Whether something holds `service` now. The bus daemon itself answers, quickly, so this is
    asked synchronously, once, when the sources are chosen."""
    if not bus.isConnected():
        return False
    names = bus.interface()
    return names is not None and bool(names.isServiceRegistered(service).value())


def unwrapped(value: Any) -> Any:
    """A variant's value: PySide may hand one over still wrapped (a property, a portal answer)."""
    while hasattr(value, "variant"):
        value = value.variant()
    return value


class CachedCall(QObject):
    answered = Signal()

    def __init__(self, bus: QDBusConnection, call: DBusCall, clock: Clock = monotonic_clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._call = call
        self._clock = clock
        self._pending: QDBusPendingCallWatcher | None = None
        self._answer: tuple[Any, float] | None = None
        self.refused = False  # the service answered with an error: it does not do this here

    def ask(self) -> None:
        """Sends the call unless one is still on its way (a hung service gets one call at a time)."""
        if self._pending is not None or self.refused or not self._bus.isConnected():
            return
        self._pending = QDBusPendingCallWatcher(self._bus.asyncCall(self._call.message(), TIMEOUT_MS), self)
        self._pending.finished.connect(self._done)

    def latest(self, max_age: float) -> Any | None:
        """The last answer if it came at most `max_age` seconds ago, else None."""
        if self._answer is None:
            return None
        value, at = self._answer
        return value if self._clock() - at <= max_age else None

    def _done(self, watcher: QDBusPendingCallWatcher) -> None:
        self._pending = None
        watcher.deleteLater()
        if watcher.isError():
            self._failed(watcher.error().name(), watcher.error().message())
            return
        arguments: Sequence[Any] = watcher.reply().arguments()
        if arguments:
            self._answer = (unwrapped(arguments[0]), self._clock())
            self.answered.emit()

    def _failed(self, name: str, message: str) -> None:
        # a timeout or a service that went away may answer next time; any other error will not
        if name not in ("org.freedesktop.DBus.Error.NoReply", "org.freedesktop.DBus.Error.ServiceUnknown",
                        "org.freedesktop.DBus.Error.Timeout"):
            self.refused = True
        log.debug("%s.%s: %s %s", self._call.interface, self._call.method, name, message)
