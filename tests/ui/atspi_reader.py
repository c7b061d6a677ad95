"""Read the running app through AT-SPI as Orca would, and press "Start training" through it.

Run by tests/ui/test_screen_reader.py with the system's Python (Debian's python3-pyatspi), inside
a private D-Bus session and an Xvfb display:

    dbus-run-session -- xvfb-run -a /usr/bin/python3 tests/ui/atspi_reader.py APP_PYTHON DATA_DIR

It starts the app, waits for it to join the accessibility bus, prints one JSON line with what a
screen reader hears on home and, after pressing "Start de training" by its action, in the session
player, then closes the app. Standard library and pyatspi only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

APP_NAME = "sterkblijven"
WAIT_SECONDS = 60.0  # the app's start on a slow machine, not a measured time
START = "Start de training"


def find_app() -> object | None:
    """Return the app's accessible root on the desktop, if it has joined the bus."""
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        child = desktop.getChildAtIndex(index)
        if child is not None and APP_NAME in (child.name or "").lower():
            return child
    return None


def controls(root: object) -> list[dict[str, str]]:
    """Return role and name of every showing node below root."""
    found: list[dict[str, str]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            showing = node.getState().contains(pyatspi.STATE_SHOWING)
            role = node.getRoleName()
            name = node.name or ""
            children = [node.getChildAtIndex(i) for i in range(node.childCount)]
        except Exception:  # a node that went away while reading it
            continue
        if showing:
            found.append({"role": role, "name": name})
        stack.extend(child for child in reversed(children) if child is not None)
    return found


def wait_for(condition: object, what: str) -> object:
    """Poll the bus until condition() gives something, or give up with a message."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        result = condition()  # type: ignore[operator]
        if result:
            return result
        time.sleep(0.2)  # polling another process over D-Bus; no event to wait on
    raise SystemExit(json.dumps({"error": f"timed out waiting for {what}"}))


def press(root: object, name: str) -> bool:
    """Press the push button with this name through its AT-SPI action."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.getRoleName() == "push button" and node.name == name:
            action = node.queryAction()
            for index in range(action.nActions):
                if action.getName(index) in ("Press", "press", "click"):
                    return bool(action.doAction(index))
            return bool(action.doAction(0))
        stack.extend(node.getChildAtIndex(i) for i in range(node.childCount))
    return False


def main() -> int:
    """Start the app, read home, press Start, read the session, and print what was heard."""
    app_python, data_dir = sys.argv[1], sys.argv[2]
    environment = {
        **os.environ,
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",  # else Qt never joins the bus
        "QT_QPA_PLATFORM": "xcb",
    }
    app = subprocess.Popen(
        [app_python, "-m", "sterkblijven", "--data-dir", data_dir, "--lang", "nl"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        root = wait_for(find_app, "the app on the accessibility bus")
        home = wait_for(
            lambda: (
                (found := controls(root)) and any(item["name"] == START for item in found) and found
            ),
            "the home screen",
        )
        pressed = press(root, START)
        session = wait_for(
            lambda: (
                (found := controls(root))
                and not any(item["name"] == START for item in found)
                and found
            ),
            "the session player",
        )
        print(json.dumps({"home": home, "pressed": pressed, "session": session}))
        return 0
    finally:
        app.terminate()
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()


if __name__ == "__main__":
    sys.exit(main())
