"""A live knowledge base: folders on disk, re-indexed when their files change.

Content owners edit Markdown and FAQ files while the bot runs. `KnowledgeBase.index()` returns
the current index and, at most once every `check_interval` seconds, compares a cheap
fingerprint of the files (path, modification time, size) with the one it indexed; it rebuilds
only when the fingerprint changed.

The first load must succeed: a knowledge base with problems refuses to start, listing them
all. After that, an edit that introduces problems does not take the bot down: the last good
index keeps serving, the problems are logged and kept in `last_error` until a later edit
fixes them.

Whoever must know about a new version (the change log, say) registers with `on_change`: it is
called after each re-index that replaced a previous index, not after the first load.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from clairbot.errors import KnowledgeError
from clairbot.knowledge.index import DEFAULT_THRESHOLD, KnowledgeIndex
from clairbot.knowledge.ingest import knowledge_files, load_roots
from clairbot.knowledge.passages import Passage

logger = logging.getLogger(__name__)

Fingerprint = tuple[tuple[str, str, int, int], ...]
ChangeListener = Callable[[KnowledgeIndex], None]


class KnowledgeBase:
    """The knowledge loaded from `roots`, kept up to date with the files. Thread-safe."""

    def __init__(
        self,
        roots: Sequence[Path],
        *,
        check_interval: float = 2.0,
        threshold: float = DEFAULT_THRESHOLD,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if check_interval < 0:
            raise ValueError(f"check_interval must be >= 0, got {check_interval}")
        self.roots = [Path(root) for root in roots]
        self.check_interval = check_interval
        self.threshold = threshold
        self._clock = clock
        self._lock = threading.Lock()
        self._index: KnowledgeIndex | None = None
        self._fingerprint: Fingerprint | None = None
        self._checked_at = 0.0
        self._last_error: KnowledgeError | None = None
        self._listeners: list[ChangeListener] = []

    def index(self) -> KnowledgeIndex:
        """Return the current index, rebuilding it first if the files changed.

        Raises `KnowledgeError` when the knowledge base cannot be loaded the first time.
        """
        current = self._index
        if current is not None and not self._due():
            return current
        if current is None:
            with self._lock:
                return self._refresh()
        # Someone else is already checking: serve the current index rather than wait.
        if not self._lock.acquire(blocking=False):
            return current
        try:
            return self._refresh()
        finally:
            self._lock.release()

    def reload(self) -> KnowledgeIndex:
        """Load and index the files now, whatever the fingerprint; raise on problems."""
        with self._lock:
            fingerprint = self._take_fingerprint()
            return self._rebuild(fingerprint)

    @property
    def passages(self) -> tuple[Passage, ...]:
        """The passages of the current index."""
        return self.index().passages

    @property
    def version(self) -> str:
        """The version of the current index (a hash over its documents' versions)."""
        return self.index().version

    @property
    def documents(self) -> dict[str, str]:
        """The documents of the current index and their versions (see `KnowledgeIndex`)."""
        return self.index().documents

    def on_change(self, listener: ChangeListener) -> None:
        """Call `listener(new_index)` after each re-index that replaced an index.

        It runs in the thread that noticed the change, possibly while a visitor waits for
        the answer, with the knowledge base locked: it must be quick and must not raise
        (an error is logged and ignored, the new index serves anyway).
        """
        self._listeners.append(listener)

    @property
    def last_error(self) -> KnowledgeError | None:
        """Problems of the latest edit that could not be indexed, or None when all is well."""
        return self._last_error

    def _due(self) -> bool:
        return self._clock() - self._checked_at >= self.check_interval

    def _refresh(self) -> KnowledgeIndex:
        """Check the fingerprint and rebuild if needed; call with the lock held."""
        if self._index is None:
            return self._rebuild(self._take_fingerprint())
        if not self._due():
            return self._index
        fingerprint = self._take_fingerprint()
        if fingerprint == self._fingerprint:
            return self._index
        try:
            return self._rebuild(fingerprint)
        except KnowledgeError as error:
            # Remember the broken state so that we retry only after the next edit.
            self._fingerprint = fingerprint
            self._last_error = error
            logger.error(
                "knowledge base not re-indexed, still serving version %s: %s",
                self._index.version,
                error,
            )
            return self._index

    def _rebuild(self, fingerprint: Fingerprint) -> KnowledgeIndex:
        # The fingerprint is taken before loading: an edit made while we load shows up as a
        # change at the next check instead of being missed.
        index = KnowledgeIndex.build(load_roots(self.roots), threshold=self.threshold)
        previous = self._index
        self._index, self._fingerprint, self._last_error = index, fingerprint, None
        logger.info(
            "knowledge base indexed: %d passages, version %s", len(index.passages), index.version
        )
        if previous is not None and previous.version != index.version:
            self._notify(index)
        return index

    def _notify(self, index: KnowledgeIndex) -> None:
        for listener in list(self._listeners):
            try:
                listener(index)
            except Exception:  # a listener's bug must not stop the bot from serving
                logger.exception("knowledge change listener failed")

    def _take_fingerprint(self) -> Fingerprint:
        self._checked_at = self._clock()
        entries: list[tuple[str, str, int, int]] = []
        for root in self.roots:
            if not root.is_dir():
                entries.append((str(root), "", -1, -1))
                continue
            for path in knowledge_files(root):
                try:
                    stat = os.stat(path)
                except OSError:
                    continue
                entries.append(
                    (str(root), path.relative_to(root).as_posix(), stat.st_mtime_ns, stat.st_size)
                )
        return tuple(entries)
