"""Commons Desktop: cli layer."""
