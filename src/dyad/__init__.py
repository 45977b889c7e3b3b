"""dyad: event data from diplomatic news."""

__version__ = "0.1.0"
