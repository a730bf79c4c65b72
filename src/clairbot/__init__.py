"""Clairbot: a self-hosted platform for honest B2B customer assistants."""

__version__ = "0.1.0"
