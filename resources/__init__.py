"""Bundled resources: icons, fonts, translations (data, not code)."""
