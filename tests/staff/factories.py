"""Staff rows for tests, built through the service so they are valid by construction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

import pytest
from sqlalchemy.orm import Session

from clairbot.errors import Unauthorized
from clairbot.privacy.crypto import KEYS
from clairbot.staff import service as staff
from clairbot.staff.models import StaffMember

PASSWORD = "correct horse battery"


def unique_email() -> str:
    return f"staff-{uuid.uuid4().hex[:10]}@example.com"


def unique_ip() -> str:
    return f"2001:db8::{uuid.uuid4().hex[:4]}"


def authenticate(**kwargs: Any) -> StaffMember:
    """`staff.authenticate` with the test run's key ring (what the console passes)."""
    return staff.authenticate(keys=KEYS.require(), **kwargs)


def fail(session: Session, tenant_id: str, email: str, ip: str, when: dt.datetime) -> None:
    """A sign-in with a wrong password, refused with `auth.bad_credentials`."""
    with pytest.raises(Unauthorized):
        authenticate(session=session, tenant_id=tenant_id, email=email,
                     password="wrong password!", ip=ip, now=when)


def make_member(session: Session, tenant_id: str, *, email: str | None = None,
                roles: Sequence[str] = ("agent",), password: str = PASSWORD,
                actor: StaffMember | None = None) -> StaffMember:
    return staff.add(session=session, tenant_id=tenant_id, email=email or unique_email(),
                     display_name="Camille Martin", roles=roles, languages=["fr", "en"],
                     password=password, actor=actor)
