"""Tenants whose knowledge base was re-indexed and whose new version is not recorded yet.

The re-index happens inside a visitor's request, with the knowledge base locked and, on
SQLite, while that request may hold the write lock: recording there could wait on itself.
The knowledge base's listener only marks the tenant here; a background pass of the server
records the version in a transaction of its own (`clairbot.web.jobs`).
"""

from __future__ import annotations

import threading


class PendingChanges:
    """A thread-safe set of tenant ids to record."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tenants: set[str] = set()

    def mark(self, tenant_id: str) -> None:
        """Remember that `tenant_id` has a new knowledge version to record."""
        with self._lock:
            self._tenants.add(tenant_id)

    def drain(self) -> list[str]:
        """The marked tenants, sorted; they are forgotten (mark them again on failure)."""
        with self._lock:
            tenants, self._tenants = self._tenants, set()
        return sorted(tenants)
