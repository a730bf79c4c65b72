"""Tenants: each company served by a Clairbot deployment."""
