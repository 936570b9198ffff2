"""SQLite storage: every SQL statement of the product lives in this package."""

from taper_desktop.store.db import DB_NAME, Store, StoreError, open_store

__all__ = ["DB_NAME", "Store", "StoreError", "open_store"]
