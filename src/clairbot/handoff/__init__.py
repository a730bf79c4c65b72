"""Handoff to a person: the queue of conversations waiting for one, and their reasons."""
