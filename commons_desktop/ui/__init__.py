"""Commons Desktop: ui layer."""
