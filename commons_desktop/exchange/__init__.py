"""Commons Desktop: exchange layer."""
