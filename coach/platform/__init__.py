"""Operating-system adapters: idle and lock detection, notifications, autostart."""
