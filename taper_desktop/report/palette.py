"""The report's colours, one value per role, shared by the report's pages, its chart and
the plan sheet (reportlab colours; no Qt)."""

from __future__ import annotations

from reportlab.lib import colors

INK = colors.HexColor("#222222")  # text, axes and their labels
MUTED = colors.HexColor("#666666")  # secondary text: notes under a table, page furniture
RULE = colors.HexColor("#c8c8c8")  # lines under a table's head and last row, page rules
STRIPE = colors.HexColor("#f4f6f8")  # every other table row
HEAD = colors.HexColor("#e8edf2")  # a table's head row
FLAG = colors.HexColor("#fbf4e4")  # a day flagged for the provider
HOLD = colors.HexColor("#dfe5ec")  # the plan on hold: a table cell, a band behind the chart
GRID = colors.HexColor("#e3e3e3")  # the chart's grid
BAND = colors.HexColor("#9a9a9a")  # the chart's band limits and its "hold" label
DAILY = colors.HexColor("#8aa4c8")  # the chart's daily totals
MEAN = colors.HexColor("#1f4e8c")  # the chart's 7-day mean
DOSE = colors.HexColor("#b5651d")  # the chart's planned dose and its axis
