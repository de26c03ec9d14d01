"""Page objects: one per page or widget, located only by role, label, text or placeholder."""
