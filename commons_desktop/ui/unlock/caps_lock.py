"""Is Caps Lock on? Qt has no portable query, so the passphrase fields learn it two ways:

- from the keys typed (everywhere): a letter whose case contradicts Shift (``A`` without Shift, ``a`` with it)
  means Caps Lock is on, a letter whose case agrees with Shift means it is off, and a Caps Lock key press flips
  what is known;
- from the system, where it can say before anything is typed: on X11 (the ``xcb`` platform) the keyboard's
  "Caps Lock" indicator through Xlib's XKB extension (``XkbGetNamedIndicator``, libX11 loaded with ctypes, on a
  connection of our own to the same display), on Windows ``GetKeyState(VK_CAPITAL)``. Wayland and macOS have no
  such query here: the keys typed tell.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

VK_CAPITAL = 0x14


def from_key(text: str, shift: bool) -> bool | None:
    """What a typed character says of Caps Lock: True (on), False (off), None (nothing: not a cased letter)."""
    if len(text) != 1 or text.lower() == text.upper():
        return None
    return text.isupper() != shift


def native_state(platform: str) -> bool | None:
    """Caps Lock as the system tells it (``platform``: the Qt platform's name), None where it cannot say."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        try:
            return bool(ctypes.windll.user32.GetKeyState(VK_CAPITAL) & 1)  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            return None
    if platform == "xcb":
        return x11_state(os.environ.get("DISPLAY"))
    return None


_xlib = None


def _load_xlib():
    global _xlib
    if _xlib is None:
        name = ctypes.util.find_library("X11")
        if not name:
            _xlib = False
            return None
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            _xlib = False
            return None
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XkbGetNamedIndicator.restype = ctypes.c_int
        lib.XkbGetNamedIndicator.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_int),
                                             ctypes.POINTER(ctypes.c_int), ctypes.c_void_p,
                                             ctypes.POINTER(ctypes.c_int)]
        _xlib = lib
    return _xlib or None


def x11_state(display: str | None) -> bool | None:
    """The X server's "Caps Lock" indicator, None when there is no X display or no such indicator."""
    if not display:
        return None
    lib = _load_xlib()
    if lib is None:
        return None
    dpy = lib.XOpenDisplay(display.encode())
    if not dpy:
        return None
    try:
        atom = lib.XInternAtom(dpy, b"Caps Lock", 1)
        if not atom:
            return None
        index, state, real = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
        if not lib.XkbGetNamedIndicator(dpy, atom, ctypes.byref(index), ctypes.byref(state), None,
                                        ctypes.byref(real)):
            return None
        return bool(state.value)
    finally:
        lib.XCloseDisplay(dpy)
