"""Walk Taper Desktop's accessible tree the way a screen reader sees it, and report gaps.

    python tools/a11y_check.py [--verbose]

Starts its own D-Bus session (dbus-run-session), the AT-SPI accessibility bus
(at-spi-bus-launcher), a virtual X display (Xvfb) and the app on a demo data folder,
with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 and QT_QPA_PLATFORM=xcb. It then reads the
accessible tree over D-Bus from outside the app (jeepney), as Orca does: the welcome,
all three tabs and every dialog the menus and the calendar open. Every focusable
control must have a non-empty name and a role that says what it is; each answer of
the symptom scale must carry its item and its value ("I feel anxious: 2, moderately").

Prints what it found. Exit status: 0 no gap, 1 gaps found, 3 the tools are missing
(packages at-spi2-core, dbus, xvfb; Python package jeepney).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
UNAVAILABLE = 3
INNER = "TAPER_A11Y_CHECK_INNER"

# AT-SPI state numbers (AtspiStateType).
FOCUSABLE, SHOWING, VISIBLE, ENABLED = 11, 25, 30, 8
ACC = "org.a11y.atspi.Accessible"
# Roles that say nothing about what a control does: a focusable object with one of
# these is a gap (a screen reader would announce "panel" or nothing).
VAGUE_ROLES = {
    "invalid",
    "unknown",
    "filler",
    "panel",
    "frame",
    "label",
    "section",
    "redundant object",
    "image",
    "separator",
    "window",
    "static",
    "client",
    "grouping",
    "border",
}


def missing_tools() -> list[str]:
    """What is needed and not installed, as package names."""
    missing = []
    if shutil.which("dbus-run-session") is None:
        missing.append("dbus")
    if not Path(LAUNCHER).exists():
        missing.append("at-spi2-core")
    if shutil.which("Xvfb") is None:
        missing.append("xvfb")
    try:
        import jeepney  # noqa: F401
    except ImportError:
        missing.append("jeepney (pip)")
    return missing


# ---- the accessibility bus -----------------------------------------------------------
@dataclass
class Node:
    bus: str
    path: str
    role: str
    name: str
    states: set[int]
    children: list[Node] = field(default_factory=list)
    description: str = ""

    @property
    def focusable(self) -> bool:
        return FOCUSABLE in self.states

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


class Gone(Exception):
    """The object asked about no longer exists (a window closed while being read)."""


class Bus:
    """Calls on the AT-SPI bus, found through the session bus's org.a11y.Bus."""

    def __init__(self, timeout: float = 10.0):
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        self._address, self._call = DBusAddress, new_method_call
        session = open_dbus_connection(bus="SESSION")
        deadline = time.monotonic() + timeout
        while True:
            try:
                reply = session.send_and_get_reply(
                    self._call(
                        DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus"), "GetAddress"
                    ),
                    timeout=2,
                )
                address = reply.body[0]
                break
            except Exception:  # the launcher is still starting
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        session.close()
        self.conn = open_dbus_connection(address)

    def call(self, bus: str, path: str, iface: str, method: str, sig=None, args=()):
        from jeepney import MessageType

        message = (
            self._call(self._address(path, bus, iface), method, sig, args)
            if sig
            else self._call(self._address(path, bus, iface), method)
        )
        reply = self.conn.send_and_get_reply(message, timeout=10)
        if reply.header.message_type == MessageType.error:
            raise Gone(f"{path}: {reply.body}")
        return reply.body

    def send(self, bus: str, path: str, iface: str, method: str, sig=None, args=()):
        """A call whose reply is not awaited (an action that opens a modal dialog
        answers only when the dialog closes)."""
        self.conn.send(self._call(self._address(path, bus, iface), method, sig, args))

    def prop(self, bus: str, path: str, name: str):
        return self.call(bus, path, "org.freedesktop.DBus.Properties", "Get", "ss", (ACC, name))[0][
            1
        ]

    def apps(self) -> list[tuple[str, str]]:
        return self.call(
            "org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root", ACC, "GetChildren"
        )[0]

    def node(
        self, bus: str, path: str, showing_only: bool = True, depth: int = 0, children: bool = True
    ) -> Node:
        role = self.call(bus, path, ACC, "GetRoleName")[0]
        words = self.call(bus, path, ACC, "GetState")[0]
        states = {i for i in range(64) if words[i // 32] >> (i % 32) & 1}
        node = Node(
            bus,
            path,
            role,
            self.prop(bus, path, "Name") or "",
            states,
            description=self.prop(bus, path, "Description") or "",
        )
        if not children or (showing_only and depth > 1 and SHOWING not in states):
            return node
        if role == "menu bar":  # its menus are walked when opened, not here
            return node
        for child_bus, child_path in self.call(bus, path, ACC, "GetChildren")[0]:
            if child_path == "/org/a11y/atspi/null":
                continue
            try:
                node.children.append(self.node(child_bus, child_path, showing_only, depth + 1))
            except Gone:  # closed while being read
                continue
        return node

    def do_action(self, node: Node, wait: bool = False, name: str | None = None) -> None:
        """Do the object's first action, or the one called name (Press, Toggle...)."""
        index = 0
        if name is not None:
            actions = self.call(node.bus, node.path, "org.a11y.atspi.Action", "GetActions")[0]
            names = [a[0] for a in actions]
            if name not in names:
                raise Gone(f"{node.name!r} has no action {name!r} (it has {names})")
            index = names.index(name)
        (self.call if wait else self.send)(
            node.bus, node.path, "org.a11y.atspi.Action", "DoAction", "i", (index,)
        )


# ---- the checks ------------------------------------------------------------------------
SCALE_ROW_ROLES = {"slider", "radio button", "spin button", "spin box"}
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "spin button",
    "text",
    "entry",
    "password text",
    "slider",
    "page tab",
    "page tab list",
    "table",
    "tree table",
    "list",
    "list box",
    "tree",
    "menu item",
    "check menu item",
    "calendar",
    "link",
    "table cell",
    "list item",
    "dial",
    "date editor",
    "editbar",
    "document text",
    "scroll pane",
    "canvas",
    "chart",
    "animation",
    "tool bar",
    "button",
    "menu",
    "radio menu item",
    "tree item",
    "column header",
    "row header",
    "heading",
    "paragraph",
    "cell",
    "spin box",
}
STATIC_ROLES = {"label", "static", "status bar", "heading", "paragraph"}


def scale_answer_gap(node: Node) -> str | None:
    """An answer of a symptom item must name the item and the value: "Item: 2, moderately"."""
    name = node.name
    if ":" not in name:
        return "an answer that does not name its item"
    item, value = name.rsplit(":", 1)
    value = value.strip()
    if (
        not item.strip()
        or not value
        or not (value[0].isdigit() or value.startswith("blank") or value.startswith("not answered"))
    ):
        return "an answer without its value"
    if value[0].isdigit() and "," not in value:
        return "a value without its words (want '2, moderately')"
    return None


def gaps(root: Node, where: str) -> list[str]:
    """Each gap as one line naming the screen, the role and the name."""
    found = []
    # A chart's drawing surface (a scroll area's viewport) passes its focus to the chart.
    surfaces = {id(c) for n in root.walk() if n.role == "chart" for c in n.children}
    for node in root.walk():
        if not node.focusable or ENABLED not in node.states or SHOWING not in node.states:
            continue
        if id(node) in surfaces and not node.name:
            continue
        if node.role in STATIC_ROLES:
            continue  # text that can be selected with the mouse, not a control
        label = f"{where}: {node.role} {node.name!r}"
        if not node.name.strip():
            found.append(f"{label}: no accessible name")
        elif node.role in VAGUE_ROLES:
            found.append(f"{label}: role {node.role!r} says nothing about the control")
        elif node.role not in CONTROL_ROLES:
            found.append(f"{label}: unexpected role {node.role!r}")
        if node.role in SCALE_ROW_ROLES and ":" in node.name:
            problem = scale_answer_gap(node)
            if problem:
                found.append(f"{label}: {problem}")
    return found


def scale_rows(root: Node) -> list[Node]:
    """The symptom-scale rows of the check-in (a slider named 'Item: value')."""
    return [n for n in root.walk() if n.role in SCALE_ROW_ROLES and n.focusable and ":" in n.name]


def describe(root: Node, verbose: bool) -> list[str]:
    lines = []
    for node in root.walk():
        if node.focusable and SHOWING in node.states and node.role not in STATIC_ROLES:
            lines.append(f"    {node.role:<16} {node.name}")
    return lines if verbose else lines[:0]


# ---- driving the app -----------------------------------------------------------------
WINDOW_ROLES = {"dialog", "frame", "file chooser", "alert", "alert message", "window"}
CLOSE_WORDS = ("cancel", "close", "not now", "ok", "no")
MENU_DIALOGS = (
    ("File", "Export report"),
    ("File", "Export chart"),
    ("File", "Import data"),
    ("File", "Export data"),
    ("File", "Restore from backup"),
    ("File", "Delete all my data"),
    ("Edit", "Settings"),
    ("Help", "About"),
)
CALENDAR_DIALOGS = ("Change plan", "Pause steps", "Plan history")


def _wait(predicate, timeout: float = 15.0, step: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return None


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip(".…").strip().lower()


class Session:
    def __init__(self, bus: Bus, app_bus: str, app_path: str, verbose: bool):
        self.bus, self.app = bus, (app_bus, app_path)
        self.verbose = verbose
        self.report: list[str] = []
        self.gaps: list[str] = []
        self.seen = 0

    def windows(self) -> list[Node]:
        root = Node(*self.app, "application", "", set())
        # top-level children only; their subtrees are walked by check()
        return [c for c in self._children(root) if c.role in WINDOW_ROLES]

    def _children(self, root: Node) -> list[Node]:
        out = []
        for child_bus, child_path in self.bus.call(root.bus, root.path, ACC, "GetChildren")[0]:
            try:
                out.append(self.bus.node(child_bus, child_path, depth=0, children=False))
            except Gone:
                continue
        return out

    def shown_windows(self) -> list[Node]:
        return [w for w in self.windows() if SHOWING in w.states or VISIBLE in w.states]

    def check(self, window: Node, where: str) -> Node:
        tree = self.bus.node(window.bus, window.path)
        found = gaps(tree, where)
        controls = [
            n
            for n in tree.walk()
            if n.focusable and SHOWING in n.states and n.role not in STATIC_ROLES
        ]
        self.seen += len(controls)
        self.report.append(f"{where}: {len(controls)} focusable controls, {len(found)} gaps")
        self.report += describe(tree, self.verbose)
        self.gaps += found
        return tree

    def find(self, tree: Node, role: str, starts: str) -> Node | None:
        for node in tree.walk():
            if node.role == role and _plain(node.name).startswith(starts.lower()):
                return node
        return None

    def close(self, dialog: Node) -> None:
        tree = self.bus.node(dialog.bus, dialog.path)
        buttons = [n for n in tree.walk() if n.role == "push button"]
        for word in CLOSE_WORDS:
            for button in buttons:
                if _plain(button.name) == word:
                    self.bus.do_action(button)
                    if _wait(lambda: dialog.path not in [w.path for w in self.shown_windows()], 5):
                        return
        self.gaps.append(f"{dialog.name!r}: no Cancel/Close button found to close it")
        raise SystemExit(self.finish())

    def open_and_check(self, opener: Node, where: str) -> None:
        before = {w.path for w in self.shown_windows()}
        self.bus.do_action(opener)
        opened = _wait(lambda: [w for w in self.shown_windows() if w.path not in before])
        if not opened:
            self.gaps.append(f"{where}: no window opened")
            return
        time.sleep(0.3)  # let the dialog finish laying out before reading it
        for window in opened:
            self.check(window, f"{where} ({window.role} {window.name!r})")
        for window in reversed(opened):
            self.close(window)

    def main_window(self) -> Node:
        frames = [w for w in self.shown_windows() if w.role == "frame"]
        if not frames:
            raise RuntimeError("the main window is not on the accessibility bus")
        return frames[0]

    def tabs(self) -> None:
        frame = self.main_window()
        tree = self.bus.node(frame.bus, frame.path)
        tabs = [n for n in tree.walk() if n.role == "page tab"]
        if len(tabs) != 3:
            self.gaps.append(f"main window: {len(tabs)} page tabs, expected 3")
        for tab in tabs:
            self.bus.do_action(tab, wait=True)
            _wait(lambda tab=tab: 23 in self.bus.node(tab.bus, tab.path, depth=0).states, 5)
            time.sleep(0.5)  # a tab builds its content on first visit
            tree = self.check(frame, f"tab {tab.name!r}")
            if _plain(tab.name).startswith("check-in"):
                self.scale(tree)
            if _plain(tab.name).startswith("taper calendar"):
                for name in CALENDAR_DIALOGS:
                    button = self.find(tree, "push button", name)
                    if button is None:
                        self.report.append(f"calendar: no {name!r} button (skipped)")
                        continue
                    self.open_and_check(button, f"calendar > {name}")

    def scale(self, tree: Node) -> None:
        rows = scale_rows(tree)
        if not rows:
            self.gaps.append("check-in: no symptom item found as a slider named 'item: value'")
            return
        for row in rows:
            problem = scale_answer_gap(row)
            if problem:
                self.gaps.append(f"check-in item {row.name!r}: {problem}")
            for choice in row.children:
                if choice.role in ("check box", "radio button", "push button"):
                    problem = scale_answer_gap(choice)
                    if problem:
                        self.gaps.append(f"check-in answer {choice.name!r}: {problem}")
        # Answer the first item with its third choice, as a mouse or Orca would, and read
        # the item back: it must now say its value in numbers and words.
        first = rows[0]
        choices = [
            c for c in first.children if c.role in ("check box", "radio button", "push button")
        ]
        if len(choices) < 3:
            self.gaps.append(f"check-in item {first.name!r}: its choices are not on the bus")
            return
        self.bus.do_action(choices[2], wait=True, name="Press")
        answered = _wait(
            lambda: (lambda n: n if ": 2," in n.name else None)(
                self.bus.node(first.bus, first.path, depth=0, children=False)
            ),
            5,
        )
        if answered is None:
            self.gaps.append(
                f"check-in item {first.name!r}: answering 2 is not announced as '2, <words>'"
            )
        else:
            self.report.append(
                f"check-in: {len(rows)} symptom items; answered one: {answered.name!r}"
            )
            self.bus.do_action(choices[2], wait=True, name="Press")  # blank again

    def menus(self) -> None:
        for menu_name, item_name in MENU_DIALOGS:
            frame = self.main_window()
            bar = next(
                (
                    c
                    for c in self._children(self.bus.node(frame.bus, frame.path, depth=0))
                    if c.role == "menu bar"
                ),
                None,
            )
            if bar is None:
                frame_tree = self.bus.node(frame.bus, frame.path)
                bar = next((n for n in frame_tree.walk() if n.role == "menu bar"), None)
            if bar is None:
                self.gaps.append("main window: no menu bar")
                return
            menu = next(
                (m for m in self._children(bar) if _plain(m.name) == menu_name.lower()), None
            )
            if menu is None:
                self.gaps.append(f"menu {menu_name!r} not found")
                continue
            self.bus.do_action(menu, wait=True)  # a menu's items appear once it is open

            def items(menu=menu):
                tree = self.bus.node(menu.bus, menu.path, showing_only=False)
                return [n for n in tree.walk() if n.role == "menu item" and n is not tree]

            items = _wait(items, 5) or []
            item = next((i for i in items if _plain(i.name).startswith(item_name.lower())), None)
            if item is None:
                self.gaps.append(f"menu item {menu_name} > {item_name} not found")
                continue
            self.open_and_check(item, f"{menu_name} > {item_name}")

    def finish(self) -> int:
        print("\n".join(self.report))
        print(f"{self.seen} focusable controls checked.")
        if self.gaps:
            print(f"{len(self.gaps)} gaps:")
            print("\n".join(f"  GAP {g}" for g in self.gaps))
            return 1
        print("No gaps.")
        return 0


# ---- processes -------------------------------------------------------------------------
class Processes:
    def __init__(self):
        self.running: list[subprocess.Popen] = []

    def start(self, args, **kw) -> subprocess.Popen:
        proc = subprocess.Popen(args, **kw)
        self.running.append(proc)
        return proc

    def stop(self, proc: subprocess.Popen) -> None:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def stop_all(self) -> None:
        for proc in reversed(self.running):
            self.stop(proc)


def _find_app(bus: Bus, proc: subprocess.Popen) -> tuple[str, str]:
    def found():
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited with status {proc.returncode}")
        for app_bus, app_path in bus.apps():
            if bus.prop(app_bus, app_path, "Name") == "taper-desktop":
                return app_bus, app_path
        return None

    app = _wait(found, 30)
    if app is None:
        raise RuntimeError("the app never appeared on the accessibility bus")
    return app


def run_inner(verbose: bool) -> int:
    procs = Processes()
    tmp = Path(tempfile.mkdtemp(prefix="a11y-check-"))
    try:
        xvfb = procs.start(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
        )
        display = ":" + xvfb.stdout.readline().decode().strip()
        env = dict(
            os.environ,
            DISPLAY=display,
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_QPA_PLATFORM="xcb",
            LANGUAGE="en",
            LC_ALL="C.UTF-8",
            QT_ACCESSIBILITY="1",
        )
        env.pop("TAPER_DESKTOP_DATA_DIR", None)
        procs.start([LAUNCHER, "--launch-immediately"], env=env, stderr=subprocess.DEVNULL)
        # The app gets a home of its own, so its file dialogs list the same (empty) folders
        # on every machine: what happens to sit in the real home never changes the result.
        home = tmp / "home"
        home.mkdir()
        env = dict(env, HOME=str(home))
        bus = Bus()
        main = [sys.executable, str(ROOT / "main.py")]
        results = []

        # 1. A first start: the welcome.
        errors = (tmp / "first-start.txt").open("w+")
        first = procs.start(main + ["--data-dir", str(tmp / "new")], env=env, stderr=errors)
        try:
            session = Session(bus, *_find_app(bus, first), verbose)
        except RuntimeError:
            errors.seek(0)
            text = errors.read()
            if 'platform plugin "xcb"' in text:  # Qt's X11 libraries are not installed
                print(
                    "a11y_check: not available here: Qt cannot open an X11 window "
                    "(install the xcb libraries, e.g. libxcb-cursor0)\n" + text[-800:]
                )
                return UNAVAILABLE
            raise
        welcome = _wait(lambda: [w for w in session.shown_windows() if w.role == "dialog"])
        if welcome:
            session.check(welcome[0], f"welcome ({welcome[0].name!r})")
        else:
            session.gaps.append("first start: no welcome dialog on the bus")
        procs.stop(first)
        results.append(session)

        # 2. A demo taper: the three tabs and every dialog.
        subprocess.run(
            main + ["--data-dir", str(tmp / "demo"), "demo"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        app = procs.start(
            main + ["--data-dir", str(tmp / "demo")], env=env, stderr=subprocess.DEVNULL
        )
        session2 = Session(bus, *_find_app(bus, app), verbose)
        _wait(lambda: [w for w in session2.shown_windows() if w.role == "frame"])
        session2.report, session2.gaps = session.report, session.gaps
        session2.seen = session.seen
        session2.tabs()
        session2.menus()
        procs.stop(app)
        return session2.finish()
    finally:
        procs.stop_all()
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--verbose", action="store_true", help="list every focusable control with its role and name"
    )
    args = parser.parse_args(argv)
    missing = missing_tools()
    if missing:
        print(f"a11y_check: not available here; install {', '.join(missing)}", file=sys.stderr)
        return UNAVAILABLE
    if os.environ.get(INNER):
        return run_inner(args.verbose)
    env = dict(os.environ, **{INNER: "1"})
    rest = sys.argv[1:] if argv is None else argv
    return subprocess.run(
        ["dbus-run-session", "--", sys.executable, __file__, *rest], env=env
    ).returncode


if __name__ == "__main__":
    sys.exit(main())
