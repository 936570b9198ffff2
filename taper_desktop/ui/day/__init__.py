"""The calendar's day panel, one module per box (doses, visits); the other medications
box is the check-in's (ui/checkin/other_meds.py)."""
