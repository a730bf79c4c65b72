"""Cheap Argon2 parameters in staff tests: production ones cost ~0.4 s a hash on CI machines,
and the throttling tests check dozens of passwords. The code paths are the same."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher

from clairbot.staff import passwords

PRODUCTION_HASHER = passwords._HASHER


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(passwords, "_HASHER",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    passwords.dummy_hash.cache_clear()
    yield
    passwords.dummy_hash.cache_clear()
