"""Shared test helpers: factories and fakes."""
