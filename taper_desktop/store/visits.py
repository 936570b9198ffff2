"""An appointment and the COWS total a clinician gave at it, saved together."""

from __future__ import annotations

from taper_desktop.domain.days import parse_hhmm
from taper_desktop.domain.models import Appointment, CowsTotal
from taper_desktop.store import records
from taper_desktop.store.db import Store


def add_visit(
    store: Store, appointment: Appointment, cows_total: int | None = None
) -> tuple[Appointment, CowsTotal | None]:
    """Save the appointment and, when given, its COWS total (0-48) in one transaction."""
    if appointment.time is not None:
        parse_hhmm(appointment.time)
    with store.transaction():
        records.add_appointment(store, appointment)
        cows = None
        if cows_total is not None:
            cows = records.add_cows(
                store,
                CowsTotal(
                    appointment.day,
                    cows_total,
                    appointment.clinician,
                    appointment_id=appointment.id,
                ),
            )
    return appointment, cows


def delete_visit(store: Store, appointment_id: int) -> None:
    """Delete an appointment and any COWS total recorded with it."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM cows_total WHERE appointment_id = ?", (appointment_id,))
        records.delete_appointment(store, appointment_id)
