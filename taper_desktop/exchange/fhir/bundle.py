"""The Bundle: every entry in order, written one entry per line."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from taper_desktop import APP_TITLE, __version__
from taper_desktop.domain import scales
from taper_desktop.exchange import ids
from taper_desktop.exchange.fhir.common import CODE_SYSTEM, QUESTIONNAIRE_VERSION, Builder, Json
from taper_desktop.exchange.fhir.definitions import (
    answer_code_system,
    local_code_system,
    questionnaire,
)
from taper_desktop.exchange.fhir.diary import add_checkin, add_cows, add_taken
from taper_desktop.exchange.fhir.plan import add_plan
from taper_desktop.exchange.zone import local_zone
from taper_desktop.privatefile import write_private
from taper_desktop.store import checkins, plans
from taper_desktop.store.db import Store


def _build(
    store: Store,
    first: dt.date | None,
    last: dt.date | None,
    patient_name: str,
    now: dt.datetime | None,
    zone: dt.tzinfo | None,
    sink: Callable[[Json], None],
) -> tuple[Json, Counter[str]]:
    """Hand every entry to sink in order; the Bundle without its entries, and the counts."""
    zone = zone or local_zone()
    now = now or dt.datetime.now(dt.UTC)
    b = Builder(ids.namespace(store), zone, sink)
    lo, hi = first or dt.date.min, last or dt.date.max
    name = patient_name.strip()
    person: dict[str, Any] = {"resourceType": "Patient"}
    if name:
        person["name"] = [{"text": name}]
    patient = b.add(person, "patient")

    found = checkins.between(store, lo, hi)
    used = [
        inst
        for inst in (scales.SOWS_INSTRUMENT, scales.GOSSOP_INSTRUMENT)
        if any(c.instrument == inst.key for c in found)
    ]
    for inst in used:
        b.add(questionnaire(inst), "questionnaire", inst.key, QUESTIONNAIRE_VERSION)
        b.add(answer_code_system(inst), "codesystem", inst.key, QUESTIONNAIRE_VERSION)
    b.add(local_code_system(), "codesystem", "local", QUESTIONNAIRE_VERSION)
    for c in found:
        add_checkin(b, c, patient)
    del found
    plan = plans.current_plan(store)
    add_cows(b, store, lo, hi, patient)
    add_taken(b, store, lo, hi, patient, plan.substance.name if plan else "Tapered substance")
    if plan is not None and plan.revisions:
        add_plan(b, plan, patient, now.astimezone(zone).date())
    head = {
        "resourceType": "Bundle",
        "id": ids.stable_id(
            b.ns, "bundle", lo.isoformat() if first else "", hi.isoformat() if last else ""
        ),
        "meta": {
            "tag": [
                {
                    "system": CODE_SYSTEM,
                    "code": "patient-reported",
                    "display": f"Patient-reported diary, {APP_TITLE} {__version__}",
                }
            ]
        },
        "type": "collection",
        "timestamp": now.astimezone(dt.UTC).isoformat(timespec="seconds"),
    }
    return head, b.counts


def build_bundle(
    store: Store,
    first: dt.date | None = None,
    last: dt.date | None = None,
    patient_name: str = "",
    now: dt.datetime | None = None,
    zone: dt.tzinfo | None = None,
) -> tuple[Json, Counter[str]]:
    """The Bundle for the days first..last (None: no limit) and how many of each resource.

    The plan (its revisions, steps and holds) is always included whole: it is the
    context of the days exported."""
    entries: list[Json] = []
    head, counts = _build(store, first, last, patient_name, now, zone, entries.append)
    return {**head, "entry": entries}, counts


def export_fhir(
    store: Store,
    path: str | os.PathLike[str],
    first: dt.date | None = None,
    last: dt.date | None = None,
    patient_name: str = "",
    now: dt.datetime | None = None,
    zone: dt.tzinfo | None = None,
) -> Counter[str]:
    """Write the Bundle to path as UTF-8 JSON (atomically, 0600); resources per type.

    Each entry is encoded as soon as it is made, one entry per line, so ten years of
    diary take seconds and far less memory than the whole tree at once."""

    def encode(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))

    parts: list[bytes] = []
    head, counts = _build(
        store,
        first,
        last,
        patient_name,
        now,
        zone,
        lambda entry: parts.append(encode(entry).encode("utf-8")),
    )
    opening = encode(head)[:-1] + ',"entry":[\n'
    data = opening.encode("utf-8") + b",\n".join(parts) + b"\n]}\n"
    parts.clear()  # the joined bytes are all that is needed now
    write_private(Path(path), data)
    return counts


def describe(counts: Counter[str]) -> str:
    """'42 QuestionnaireResponse, 42 Observation, ...' for messages."""
    order = ("QuestionnaireResponse", "Observation", "MedicationStatement", "MedicationRequest")
    parts = [f"{counts[k]} {k}" for k in order if counts.get(k)]
    return ", ".join(parts) or "no diary records"
