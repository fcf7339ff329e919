"""A tray host for end-to-end tests, run by the system's Python (python3-gi): it reads tray menus.

It takes the freedesktop StatusNotifierWatcher's name on the session bus, says a host is there
(which is how Qt decides that the desktop has a tray), and for each icon that registers, reads its
menu over com.canonical.dbusmenu, as a panel would before showing it. Every few tenths of a second
it writes each menu's bus name, object path and top-level items (id, label, visible, enabled)
as JSON to the file named on its command line, so a test can also click one; the file first
appears, empty of menus, once the watcher's name is held.

    /usr/bin/python3 tests/qt/tray_host.py OUTPUT.json
"""

from __future__ import annotations

import json
import sys
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


class Host:
    def __init__(self, bus: Gio.DBusConnection, output: Path) -> None:
        self.bus = bus
        self.output = output
        self.items: list[tuple[str, str]] = []  # (bus name, object path) of each icon

    def method(self, _bus: Any, sender: str, _path: str, _interface: str, name: str, parameters: GLib.Variant,
               invocation: Gio.DBusMethodInvocation) -> None:
        if name == "RegisterStatusNotifierItem":
            (service,) = parameters.unpack()
            # an icon names either its own bus name or, from its unique name, an object path
            item = (sender, service) if service.startswith("/") else (service, "/StatusNotifierItem")
            self.items.append(item)
            self.bus.emit_signal(None, "/StatusNotifierWatcher", WATCHER, "StatusNotifierItemRegistered",
                                 GLib.Variant("(s)", (f"{item[0]}{item[1]}",)))
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


def main() -> None:
    output = Path(sys.argv[1])
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    host = Host(bus, output)
    info = Gio.DBusNodeInfo.new_for_xml(INTERFACE).interfaces[0]
    bus.register_object("/StatusNotifierWatcher", info, host.method, host.get_property, None)
    loop = GLib.MainLoop()

    def acquired(*_args: Any) -> None:
        host.write()
        GLib.timeout_add(READ_EVERY_MS, host.write)

    Gio.bus_own_name_on_connection(bus, WATCHER, Gio.BusNameOwnerFlags.NONE, acquired, lambda *_: loop.quit())
    loop.run()


if __name__ == "__main__":
    main()
