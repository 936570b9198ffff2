"""Parts of the daily check-in tab: score rows, measures, dose strip, other
medications and the hold banner."""
