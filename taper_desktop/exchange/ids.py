"""Stable identifiers for exported records (FHIR resource ids, iCalendar UIDs).

Each id is a name-based UUID (uuid5) of the record's natural key, such as
"checkin/2026-11-03", inside a namespace of this data folder: a random UUID made on
the first export and kept in the `export_id` setting (which the JSON copy carries).
Exporting twice gives the same ids, so a clinic system or a calendar recognises a
re-import; two people's exports never share an id.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from taper_desktop.store import settings
from taper_desktop.store.db import Store


def namespace(store: Store) -> uuid.UUID:
    """This data folder's export namespace, created (one small transaction) when missing."""
    text = settings.get(store, "export_id")
    try:
        return uuid.UUID(text)
    except ValueError:
        pass
    made = uuid.uuid4()
    try:
        settings.put(store, "export_id", str(made))
    except sqlite3.Error:
        # A store opened read-only cannot keep one: derive it from the data file's path,
        # stable for as long as the folder stays where it is.
        return uuid.uuid5(uuid.NAMESPACE_URL, Path(store.path).resolve().as_uri())
    return made


def stable_id(ns: uuid.UUID, *key: object) -> str:
    """The id of the record whose natural key is key, e.g. ("dose", "2026-11-03", 1)."""
    return str(uuid.uuid5(ns, "/".join(str(k) for k in key)))
