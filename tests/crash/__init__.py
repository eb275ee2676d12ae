"""Crash safety: writes killed mid-way, and writes the disk refuses."""
