"""Plain-Python rules of the product: scales, schedules, days, settings. No Qt, no SQL."""
