"""A real X display for tests: Xvfb on a free display number, the window list through xdotool, screenshots
through ImageMagick's `import`. What `xvfb-run` does, with the display number chosen by the server itself
(`-displayfd`), so that several suites on one machine never race for the same number."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

TOOLS = ("Xvfb", "xdotool", "xprop", "import")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class XDisplay:
    def __init__(self, width: int = 1366, height: int = 800):
        read, write = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            self.server.kill()
            raise RuntimeError("Xvfb did not start")
        self.name = f":{number}"

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """An environment in which Qt opens its real xcb platform on this display."""
        env = dict(os.environ if base is None else base)
        env["DISPLAY"] = self.name
        for key in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
            env.pop(key, None)
        return env

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True, text=True, timeout=timeout)
        return done.stdout.strip()

    def wait_window(self, title: str, app: subprocess.Popen | None = None, timeout: float = 90) -> str:
        """The id of a visible window whose title matches the regular expression ``title`` (waits for it);
        fails early if ``app`` exits first."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", title)
            if found:
                return found.split()[0]
            if app is not None and app.poll() is not None:
                raise AssertionError(f"the app exited ({app.returncode}) before a window titled {title!r} showed")
            time.sleep(0.25)  # polling another process's windows: there is no signal to wait on
        raise AssertionError(f"no window titled {title!r} within {timeout} s")

    def title(self, window: str) -> str:
        return self.xdotool("getwindowname", window)

    def wm_class(self, window: str) -> tuple[str, ...]:
        """The window's WM_CLASS (instance, class): what a desktop file's StartupWMClass matches."""
        done = subprocess.run(["xprop", "-id", window, "WM_CLASS"], env=self.env(), capture_output=True, text=True,
                              timeout=30)
        return tuple(part.strip().strip('"') for part in done.stdout.split("=", 1)[-1].split(","))

    def type_into(self, window: str, text: str) -> None:
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("type", "--delay", "20", text)

    def key(self, window: str, *keys: str) -> None:
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("key", *keys)

    def screenshot(self, path: Path, *, painted: int = 10_000, timeout: float = 60) -> Path:
        """The whole screen as a PNG, taken again until it is at least ``painted`` bytes: a window is mapped (and
        found by its title) before it is painted, and a loaded machine can leave it blank for seconds (a uniform
        screen compresses to ~300 bytes). Returns the last shot either way; the caller asserts on it."""
        deadline = time.monotonic() + timeout
        while True:
            subprocess.run(["import", "-display", self.name, "-window", "root", str(path)], check=True, timeout=60)
            if path.stat().st_size >= painted or time.monotonic() >= deadline:
                return path
            time.sleep(0.25)  # another process paints: there is no signal to wait on

    def close(self) -> None:
        self.server.terminate()
        try:
            self.server.wait(10)
        except subprocess.TimeoutExpired:
            self.server.kill()
            self.server.wait()
