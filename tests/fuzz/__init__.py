"""Property-based tests that throw malformed files at the importers (see conftest.py)."""
