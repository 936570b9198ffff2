"""Import and export of the person's data: the day-table CSV and the full JSON file.

No Qt here, so the command line runs it headless. Every import parses and checks
the whole file first, then writes it in one transaction: all of it or nothing.
"""
