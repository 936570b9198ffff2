"""Qt widgets, tabs and dialogs. No SQL and no clinical rules here: they call store/ and domain/."""

from taper_desktop.ui.refcount_guard import make_singletons_immortal

make_singletons_immortal()  # before any widget exists; see refcount_guard.py
