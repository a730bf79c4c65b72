"""Record a new version of a spec or knowledge base when, and only when, its content changed.

    record_spec(session, tenant_id="verdalis", spec=spec, author="Claire Dupont", actor="cli")
    record_knowledge(session, tenant_id="verdalis", documents=kb.documents, version=kb.version,
                     author="unknown", actor="system")

Each new version is one `ContentVersion` row (with the author's name and the diff) and one
audit event (`spec.changed` / `knowledge.changed`) in the caller's transaction; the same
content seen again (a restart, a re-index after a file was touched) records nothing.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from clairbot import audit
from clairbot.changes.diff import knowledge_diff, manifest, spec_diff
from clairbot.changes.models import KINDS, ContentVersion
from clairbot.errors import InvalidInput
from clairbot.spec import BotSpec


def latest(session: Session, *, tenant_id: str, kind: str) -> ContentVersion | None:
    """The tenant's newest recorded version of `kind`, if any."""
    return session.scalars(
        select(ContentVersion)
        .where(ContentVersion.tenant_id == tenant_id, ContentVersion.kind == kind)
        .order_by(ContentVersion.id.desc()).limit(1)).first()


def record_if_changed(session: Session, *, tenant_id: str, kind: str, version: str,
                      content: str, author: str, actor: str = "system",
                      label: str | None = None) -> ContentVersion | None:
    """Append `version` of `kind` if it differs from the latest one; return the new row.

    `content` is the spec YAML (kind ``spec``) or a `manifest` of the knowledge documents
    (kind ``knowledge``); the diff is computed against the previous row's content. `author`
    is a person's name (the row only); `actor` (``system``, ``cli``, ``staff:<id>``) goes
    in the audit event. `label` (the spec's own `spec_version`) heads the summary. Returns
    ``None`` when the version is already the latest.
    """
    if kind not in KINDS:
        raise InvalidInput(f"unknown kind {kind!r} (expected {' or '.join(KINDS)})",
                           code="changes.bad_kind")
    # Two replicas starting together with new content: the second waits here, then sees the
    # first one's row as the latest and records nothing.
    audit.serialize(session, tenant_id)
    previous = latest(session, tenant_id=tenant_id, kind=kind)
    if previous is not None and previous.version == version:
        return None
    old = previous.content if previous is not None else ""
    if kind == "spec":
        diff, summary = spec_diff(old, content,
                                  old_name=f"spec@{previous.version}" if previous else "/dev/null",
                                  new_name=f"spec@{version}")
    else:
        diff, summary = knowledge_diff(old, content)
    if label:
        summary = f"{label}: {summary}"
    row = ContentVersion(tenant_id=tenant_id, kind=kind, version=version,
                         previous_version=previous.version if previous else None,
                         author=author.strip() or "unknown", diff=diff, content=content)
    session.add(row)
    session.flush()
    audit.record(session, tenant_id=tenant_id, kind=f"{kind}.changed", actor=actor,
                 data={"version": version, "previous_version": row.previous_version,
                       "summary": summary})
    return row


def record_spec(session: Session, *, tenant_id: str, spec: BotSpec, author: str,
                actor: str = "system") -> ContentVersion | None:
    """Record the spec's content (its file's text; its JSON form if built in code)."""
    content = spec.source_text if spec.source_text is not None else spec.model_dump_json(indent=2)
    return record_if_changed(session, tenant_id=tenant_id, kind="spec", version=spec.spec_digest,
                             content=content, author=author, actor=actor,
                             label=f"spec_version {spec.spec_version}")


def record_knowledge(session: Session, *, tenant_id: str, documents: dict[str, str],
                     version: str, author: str, actor: str = "system") -> ContentVersion | None:
    """Record a knowledge base given its documents and versions (`KnowledgeBase.documents`)."""
    return record_if_changed(session, tenant_id=tenant_id, kind="knowledge", version=version,
                             content=manifest(documents), author=author, actor=actor)


def history(session: Session, *, tenant_id: str | None = None, kind: str | None = None,
            version: str | None = None, limit: int = 50) -> list[ContentVersion]:
    """Recorded versions, newest first; `version` matches a whole version or its beginning."""
    query = select(ContentVersion)
    if tenant_id is not None:
        query = query.where(ContentVersion.tenant_id == tenant_id)
    if kind is not None:
        query = query.where(ContentVersion.kind == kind)
    if version is not None:
        query = query.where(ContentVersion.version.startswith(version, autoescape=True))
    return list(session.scalars(query.order_by(ContentVersion.id.desc()).limit(limit)))
