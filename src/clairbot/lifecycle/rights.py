"""The data-subject rights as one call each, whoever asks (visitor, DPO, command line):
the request is recorded with its deadline, carried out, and completed with its receipt."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from clairbot import audit
from clairbot.errors import NotFound
from clairbot.lifecycle import export
from clairbot.lifecycle.erasure import Receipt, erase
from clairbot.lifecycle.requests import complete, open_request
from clairbot.privacy import consent
from clairbot.spec import BotSpec


def controller_of(spec: BotSpec) -> dict[str, Any]:
    """Who is responsible for the data, as the export states it."""
    company = spec.company
    return {"name": company.controller.name, "email": company.controller.email,
            "privacy_contact": company.privacy_contact.email}


def _known(session: Session, tenant_id: str, subject: str) -> None:
    if not export.conversations_of(session, tenant_id, subject) and not consent.history(
            session=session, tenant_id=tenant_id, subject=subject):
        raise NotFound(f"nothing is stored about subject {subject!r}", code="subject.not_found")


def export_subject(*, session: Session, spec: BotSpec, tenant_id: str, subject: str,
                   channel: str, requested_by: str) -> dict[str, Any]:
    """Art. 15 and 20: record the request, return everything about `subject` (flushed)."""
    _known(session, tenant_id, subject)
    request = open_request(session=session, tenant_id=tenant_id, kind="export", subject=subject,
                           channel=channel, requested_by=requested_by)
    document = export.collect(session=session, tenant_id=tenant_id, subject=subject,
                              controller=controller_of(spec))
    counts = export.summary(document)
    complete(session=session, request=request, by=requested_by, result={"exported": counts})
    audit.record(session, tenant_id=tenant_id, kind="subject.exported", actor=requested_by,
                 subject=subject, data={"request": request.id, "channel": channel,
                                        "counts": counts})
    document["requests"][-1].update(status="done")
    return document


def erase_subject(*, session: Session, tenant_id: str, subject: str, channel: str,
                  requested_by: str) -> Receipt:
    """Art. 17: record the request and erase everything about `subject` (flushed; call
    `erasure.scrub` after the commit)."""
    _known(session, tenant_id, subject)
    request = open_request(session=session, tenant_id=tenant_id, kind="erasure",
                           subject=subject, channel=channel, requested_by=requested_by)
    return erase(session=session, request=request, by=requested_by)
