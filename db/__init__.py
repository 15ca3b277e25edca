"""Database migrations, geography and the starter directory (data, not code)."""
