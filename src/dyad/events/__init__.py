"""Event extraction (PLOVER)."""
