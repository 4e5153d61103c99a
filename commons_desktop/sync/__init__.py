"""Commons Desktop: sync layer."""
