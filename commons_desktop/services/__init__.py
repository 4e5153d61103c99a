"""Commons Desktop: services layer."""
