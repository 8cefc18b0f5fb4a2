"""Command-line subcommands that need no window (and never import PySide6)."""
