"""A tray host for end-to-end tests, run by the system's Python (python3-gi): it reads tray menus.

It takes the freedesktop StatusNotifierWatcher's name on the session bus, says a host is there
(which is how Qt decides that the desktop has a tray), and for each icon that registers, reads its
menu over com.canonical.dbusmenu, as a panel would before showing it. Every few tenths of a second
it writes each menu's bus name, object path and top-level items (id, label, visible, enabled)
as JSON to the file named on its command line, so a test can also click one; the file first
appears, empty of menus, once the watcher's name is held.

With `--panel` it reads as a desktop's panel does instead, for the footprint benchmark: each
icon's menu and tooltip once when it registers, the menu again when the icon says its layout
changed (dbusmenu's LayoutUpdated; ItemsPropertiesUpdated carries the new properties itself, so a
panel asks nothing), and the tooltip when it says that changed (NewToolTip): what wakes the icon's
app is the app's own doing, not the reader's polling.

    /usr/bin/python3 tests/qt/tray_host.py OUTPUT.json [--panel]
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402 - after the version is chosen

WATCHER = "org.kde.StatusNotifierWatcher"
ITEM = "org.kde.StatusNotifierItem"
INTERFACE = f"""<node><interface name="{WATCHER}">
  <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
  <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
  <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
  <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
  <property name="ProtocolVersion" type="i" access="read"/>
  <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
  <signal name="StatusNotifierHostRegistered"/>
</interface></node>"""
TIMEOUT_MS = 2000
READ_EVERY_MS = 300
REGISTERED_READ_MS = 500


class Host:
    def __init__(self, bus: Gio.DBusConnection, output: Path) -> None:
        self.bus = bus
        self.output = output
        self.items: list[tuple[str, str]] = []  # (bus name, object path) of each icon
        self.registered: Callable[[], object] = lambda: None  # a panel reads the new icon

    def method(self, _bus: Any, sender: str, _path: str, _interface: str, name: str, parameters: GLib.Variant,
               invocation: Gio.DBusMethodInvocation) -> None:
        if name == "RegisterStatusNotifierItem":
            (service,) = parameters.unpack()
            # an icon names either its own bus name or, from its unique name, an object path
            item = (sender, service) if service.startswith("/") else (service, "/StatusNotifierItem")
            self.items.append(item)
            self.bus.emit_signal(None, "/StatusNotifierWatcher", WATCHER, "StatusNotifierItemRegistered",
                                 GLib.Variant("(s)", (f"{item[0]}{item[1]}",)))
            self.registered()
        invocation.return_value(None)

    def get_property(self, _bus: Any, _sender: str, _path: str, _interface: str, name: str) -> GLib.Variant:
        if name == "RegisteredStatusNotifierItems":
            return GLib.Variant("as", [f"{bus}{path}" for bus, path in self.items])
        if name == "IsStatusNotifierHostRegistered":
            return GLib.Variant("b", True)
        return GLib.Variant("i", 0)

    def _call(self, name: str, path: str, interface: str, method: str, args: GLib.Variant) -> Any:
        return self.bus.call_sync(name, path, interface, method, args, None, Gio.DBusCallFlags.NONE, TIMEOUT_MS,
                                  None).unpack()

    def _menu(self, name: str, path: str) -> dict[str, Any]:
        (menu_path,) = self._call(name, path, "org.freedesktop.DBus.Properties", "Get",
                                  GLib.Variant("(ss)", (ITEM, "Menu")))
        _revision, (_id, _props, children) = self._call(name, menu_path, "com.canonical.dbusmenu", "GetLayout",
                                                         GLib.Variant("(iias)", (0, 1, [])))
        entries = []
        for child_id, props, _grandchildren in children:
            if props.get("type") == "separator":
                continue
            entries.append({"id": child_id, "label": props.get("label", ""), "visible": props.get("visible", True),
                            "enabled": props.get("enabled", True)})
        # where a click is sent: com.canonical.dbusmenu's Event(id, "clicked", ...) at this bus name and path
        return {"bus": name, "path": menu_path, "items": entries}

    def write(self) -> bool:
        menus = []
        for name, path in self.items:
            try:
                menus.append(self._menu(name, path))
            except GLib.Error as error:  # an icon that went away, or is not ready yet
                menus.append({"bus": name, "path": path, "items": [], "error": error.message})
        partial = self.output.with_name(f"{self.output.name}.part")
        partial.write_text(json.dumps({"menus": menus}), encoding="utf-8")
        partial.replace(self.output)  # the test never reads half a file
        return True  # keep reading


def _tooltip(host: Host) -> None:
    for name, path in host.items:
        with contextlib.suppress(GLib.Error):  # an icon that went away
            host._call(name, path, "org.freedesktop.DBus.Properties", "Get", GLib.Variant("(ss)", (ITEM, "ToolTip")))


def _as_a_panel(bus: Gio.DBusConnection, host: Host) -> None:
    """Read on registration and on each change the icons announce; never on a timer."""
    def changed(*_args: Any) -> None:
        host.write()
        _tooltip(host)

    bus.signal_subscribe(None, "com.canonical.dbusmenu", "LayoutUpdated", None, None, Gio.DBusSignalFlags.NONE,
                         lambda *_args: host.write())
    bus.signal_subscribe(None, ITEM, "NewToolTip", None, None, Gio.DBusSignalFlags.NONE,
                         lambda *_args: _tooltip(host))
    # an icon that registers is read a moment later, once its menu is there
    host.registered = lambda: GLib.timeout_add(REGISTERED_READ_MS, lambda: changed() and False)


def main() -> None:
    output = Path(sys.argv[1])
    panel = "--panel" in sys.argv[2:]
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    host = Host(bus, output)
    info = Gio.DBusNodeInfo.new_for_xml(INTERFACE).interfaces[0]
    bus.register_object("/StatusNotifierWatcher", info, host.method, host.get_property, None)
    loop = GLib.MainLoop()

    def acquired(*_args: Any) -> None:
        host.write()
        if panel:
            _as_a_panel(bus, host)
        else:
            GLib.timeout_add(READ_EVERY_MS, host.write)

    Gio.bus_own_name_on_connection(bus, WATCHER, Gio.BusNameOwnerFlags.NONE, acquired, lambda *_: loop.quit())
    loop.run()


if __name__ == "__main__":
    main()
