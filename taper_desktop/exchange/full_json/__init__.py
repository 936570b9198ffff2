"""The full JSON file: everything the diary holds, for moving to another computer.

Format "taper-desktop-data", version 1. Records refer to each other by `ref`
(position numbers inside the file), never by database ids, so an export imported
into an empty store exports again to the same content; only `exported_at`
differs. Drafts (unsaved form state) are not exported.

export.py writes the file; parse.py (with parse_plans.py and checker.py) checks one
into the typed records of records.py; write.py stores them in one transaction.
"""

from __future__ import annotations

from taper_desktop.exchange.full_json.export import export_json, snapshot
from taper_desktop.exchange.full_json.parse import parse_json
from taper_desktop.exchange.full_json.records import FORMAT, VERSION, Parsed
from taper_desktop.exchange.full_json.write import (
    check_no_future_dose,
    find_conflicts,
    import_json,
    import_parsed,
)

__all__ = [
    "FORMAT",
    "VERSION",
    "Parsed",
    "check_no_future_dose",
    "export_json",
    "find_conflicts",
    "import_json",
    "import_parsed",
    "parse_json",
    "snapshot",
]
