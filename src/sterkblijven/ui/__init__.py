"""Thin PySide6 widgets: pages, dialogs and reusable controls. No SQL, no business rules."""
