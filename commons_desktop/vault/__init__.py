"""Commons Desktop: vault layer."""
