"""Keep None, True and False alive under PySide6 6.12 on CPython 3.11.

Measured here: every PySide6 call that returns nothing (QLabel.setText, QPainter.setPen,
...) takes one reference from None without giving it, and some calls do the same to
True/False. CPython 3.12+ makes these objects immortal, so the bug is harmless there;
on 3.11 the count reaches zero after a few thousand calls (about 800 chart hovers) and
the interpreter aborts with "none_dealloc". Giving them a huge count, as 3.12 does,
keeps the app alive. Remove once the app requires Python 3.12 or a fixed PySide6.
"""

from __future__ import annotations

import sys

_MARGIN = 1 << 40


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None/True/False far out of reach; True if applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _MARGIN
    return True
