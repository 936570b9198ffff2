"""The charts tab's parts: per-day arrays, colours, a date axis and the plot panels."""
