"""Writing the full JSON file: everything in the store, as plain JSON-ready data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from taper_desktop.exchange.day_csv import write_atomic
from taper_desktop.exchange.full_json.records import FORMAT, VERSION
from taper_desktop.store import dump
from taper_desktop.store.db import Store, now_text

Record = dict[str, Any]


def _columns(row: Record, table: str, leave_out: str = "") -> Record:
    return {k: row[k] for k in dump.COLUMNS[table] if k != leave_out}


def numbered(rows: list[Record]) -> dict[int, int]:
    """Database id -> ref, the record's position number in the file (from 1)."""
    return {r["id"]: i + 1 for i, r in enumerate(rows)}


def plans(store: Store, sub_ref: dict[int, int]) -> list[Record]:
    """Every plan with its revisions (and their custom steps) and holds; sub_ref from
    numbered(substance rows)."""
    steps: dict[int, list[Record]] = {}
    for s in dump.rows(store, "plan_custom_step"):
        steps.setdefault(s["revision_id"], []).append(
            {"day": s["day"], "dose": s["dose"], "increase_agreed": bool(s["increase_agreed"])}
        )
    revisions: dict[int, list[Record]] = {}
    for r in dump.rows(store, "plan_revision"):
        rev = _columns(r, "plan_revision", leave_out="plan_id")
        rev["custom_steps"] = steps.get(r["id"], [])
        revisions.setdefault(r["plan_id"], []).append(rev)
    holds: dict[int, list[Record]] = {}
    for h in dump.rows(store, "hold"):
        holds.setdefault(h["plan_id"], []).append(_columns(h, "hold", leave_out="plan_id"))
    return [
        {
            "substance": sub_ref[p["substance_id"]],
            "name": p["name"],
            "created_at": p["created_at"],
            "revisions": revisions.get(p["id"], []),
            "holds": holds.get(p["id"], []),
        }
        for p in dump.rows(store, "plan")
    ]


def _checkins(store: Store) -> list[Record]:
    items: dict[int, dict[str, int]] = {}
    for i in dump.rows(store, "checkin_item"):
        items.setdefault(i["checkin_id"], {})[i["item"]] = i["score"]
    extras: dict[int, dict[str, int]] = {}
    for e in dump.rows(store, "extra_symptom_score"):
        extras.setdefault(e["checkin_id"], {})[e["symptom"]] = e["score"]
    found = []
    for c in dump.rows(store, "checkin"):
        rec = _columns(c, "checkin")
        rec["flag_for_provider"] = bool(rec["flag_for_provider"])
        rec["items"] = items.get(c["id"], {})
        rec["extras"] = extras.get(c["id"], {})
        found.append(rec)
    return found


def snapshot(store: Store) -> dict[str, Any]:
    """Everything in the store as plain JSON-ready data (no database ids)."""
    sub_rows = dump.rows(store, "substance")
    sub_ref = numbered(sub_rows)
    substances = [{"ref": sub_ref[r["id"]], **_columns(r, "substance")} for r in sub_rows]
    dose_list = []
    for d in dump.rows(store, "dose"):
        rec = _columns(d, "dose", leave_out="substance_id")
        rec["substance"] = sub_ref.get(d["substance_id"])
        dose_list.append(rec)
    appt_rows = dump.rows(store, "appointment")
    appt_ref = numbered(appt_rows)
    appointments = [{"ref": appt_ref[r["id"]], **_columns(r, "appointment")} for r in appt_rows]
    cows = []
    for c in dump.rows(store, "cows_total"):
        rec = _columns(c, "cows_total", leave_out="appointment_id")
        rec["appointment"] = appt_ref.get(c["appointment_id"])
        cows.append(rec)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now_text(),
        "substances": substances,
        "plans": plans(store, sub_ref),
        "doses": dose_list,
        "checkins": _checkins(store),
        "other_medications": [
            _columns(m, "other_medication") for m in dump.rows(store, "other_medication")
        ],
        "appointments": appointments,
        "cows_totals": cows,
        "settings": {r["key"]: json.loads(r["value"]) for r in dump.rows(store, "setting")},
    }


def export_json(store: Store, path: str | Path) -> dict[str, int]:
    """Write everything to path (atomically); returns how many records of each kind."""
    data = snapshot(store)
    text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    write_atomic(Path(path), text.encode("utf-8"))
    return {k: len(v) for k, v in data.items() if isinstance(v, (list, dict))}
