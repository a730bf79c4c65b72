"""Versions of the privacy notice: a digest of what it materially says, and its publication.

`notice_version` hashes the material content of a spec: the controller, the privacy contact,
the supervisory authority, the purposes (id, lawful basis, data categories and the wording
visitors read in each bot language), the retention periods and the processors. Wording that
changes nothing of that (the company's website, the bot's name, topic titles, the spec's own
version) leaves the digest alone. Order does not matter: purposes and processors are sorted.

`current_version` publishes a new numbered, dated version when the digest differs from the
tenant's latest one, and otherwise returns the latest: the date on the notice is the date its
content last changed, not the date of the last deployment.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clairbot.policy.models import PrivacyNoticeVersion
from clairbot.spec import BotSpec


@dataclass(frozen=True)
class NoticeVersion:
    """A published version of a tenant's notice."""

    number: int
    digest: str
    published_at: dt.datetime


def material_content(spec: BotSpec) -> dict[str, Any]:
    """What the notice says that matters to a data subject, as plain data."""
    company = spec.company
    return {
        "controller": company.controller.model_dump(mode="json"),
        "privacy_contact": company.privacy_contact.model_dump(mode="json"),
        "authority": company.authority.model_dump(mode="json"),
        "purposes": sorted(({"id": p.id, "basis": p.basis, "data": sorted(p.data),
                             "text": {lang: p.text(lang) for lang in spec.bot.languages}}
                            for p in spec.purposes), key=lambda item: str(item["id"])),
        "retention": spec.retention.model_dump(mode="json"),
        "processors": sorted(({"name": p.name, "role": p.role, "location": p.location,
                               "safeguard": p.safeguard, "purposes": sorted(p.purposes)}
                              for p in spec.processors),
                             key=lambda item: json.dumps(item, sort_keys=True)),
    }


def notice_version(spec: BotSpec) -> str:
    """The SHA-256 (hex) of the notice's material content: equal digests, same notice."""
    payload = json.dumps(material_content(spec), ensure_ascii=False, sort_keys=True,
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def latest(*, session: Session, tenant_id: str) -> NoticeVersion | None:
    """The tenant's latest published version, if any."""
    row = session.scalars(select(PrivacyNoticeVersion)
                          .where(PrivacyNoticeVersion.tenant_id == tenant_id)
                          .order_by(PrivacyNoticeVersion.version.desc()).limit(1)).first()
    return NoticeVersion(row.version, row.digest, row.published_at) if row else None


def published(*, session: Session, tenant_id: str, spec: BotSpec) -> NoticeVersion | None:
    """The published version matching `spec`, or ``None`` if its content is not published yet.

    Read-only: a notice printed from an edited spec before it is served stays a draft.
    """
    found = latest(session=session, tenant_id=tenant_id)
    return found if found is not None and found.digest == notice_version(spec) else None


def current_version(*, session: Session, tenant_id: str, spec: BotSpec,
                    now: dt.datetime) -> NoticeVersion:
    """The version of `spec`'s notice, publishing it (version + 1, dated `now`) if it is new.

    Flushes; the caller's transaction commits. Two servers publishing the same content at
    once insert the same primary key: the loser reads the winner's row instead.
    """
    digest = notice_version(spec)
    found = latest(session=session, tenant_id=tenant_id)
    if found is not None and found.digest == digest:
        return found
    row = PrivacyNoticeVersion(tenant_id=tenant_id, version=(found.number if found else 0) + 1,
                               digest=digest, published_at=now)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        winner = latest(session=session, tenant_id=tenant_id)
        if winner is None or winner.digest != digest:
            raise
        return winner
    return NoticeVersion(row.version, row.digest, row.published_at)
