"""Commons Desktop: core layer."""
