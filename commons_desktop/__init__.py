"""Commons Desktop: an encrypted member register and address book for collectives."""

__version__ = "0.1.0"
