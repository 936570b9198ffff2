"""Qt widgets, tabs and dialogs. No SQL and no clinical rules here: they call store/ and domain/."""
