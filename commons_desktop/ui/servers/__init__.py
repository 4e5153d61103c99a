"""The Servers page, its dialog, the sync state in the status bar, and their words."""
