"""Benchmarks: each operation next to its floor (the same work with bare sqlcipher3, or stdlib sqlite3)."""
