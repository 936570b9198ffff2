"""Roles for the app's own controls, which Qt cannot work out from their class.

A screen reader announces a control's role with its name. Qt gives a custom QWidget
the role "panel" or "filler", which says nothing; here each of our custom controls is
given the role that says what it does: a symptom item is a slider (Left/Right change
the answer), the month grid a table, a chart a chart. tools/a11y_check.py checks the
result from outside the app, over the AT-SPI bus.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget

# Class name (as Qt's meta-object names it) -> role.
ROLES = {
    "ChoiceRow": QAccessible.Role.Slider,
    "MonthView": QAccessible.Role.Table,
    "PlotWidget": QAccessible.Role.Chart,
    "GraphicsLayoutWidget": QAccessible.Role.Chart,
}
_installed = False


def _factory(key: str, obj) -> QAccessibleWidget | None:
    role = ROLES.get(key)
    if role is None or not obj.isWidgetType():
        return None
    return QAccessibleWidget(obj, role)


def install_roles() -> None:
    """Install the role factory once per process (before the widgets are first asked)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
