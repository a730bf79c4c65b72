"""Export of the chains as JSON lines, and the check of such a file on its own.

One line per event, canonical JSON: `tenant, seq, at, kind, actor, payload, payload_digest,
prev, hash, redacted` (a redacted event has `payload: null` and `redacted: true`). A tenant's
lines start at its first event at or after the date asked and run to its head, so the links
inside the file can be checked without the database; the detached signature anchors the
first `prev` of each tenant.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from clairbot.audit.chain import canonical_json, digest, event_hash, iso
from clairbot.audit.models import AuditEvent
from clairbot.audit.verify import BATCH, EDITED, INSERTED, MISSING, Break, Source, tenants
from clairbot.errors import InvalidInput

_events = AuditEvent.__table__


def export_lines(source: Source, *, since: dt.datetime, tenant_id: str | None = None,
                 progress: Callable[[int], None] | None = None) -> Iterator[bytes]:
    """The export's lines (each ending with a newline), tenant after tenant, in seq order."""
    for tenant in [tenant_id] if tenant_id else tenants(source):
        first = source.execute(select(func.min(_events.c.seq)).where(
            _events.c.tenant_id == tenant, _events.c.at >= since)).scalar()
        if first is None:
            continue
        query = (select(_events.c.seq, _events.c.at, _events.c.kind, _events.c.actor,
                        _events.c.payload, _events.c.payload_digest, _events.c.prev_hash,
                        _events.c.hash, _events.c.redacted_at)
                 .where(_events.c.tenant_id == tenant, _events.c.seq >= first)
                 .order_by(_events.c.seq).execution_options(yield_per=BATCH))
        for n, row in enumerate(source.execute(query), start=1):
            yield canonical_json({
                "tenant": tenant, "seq": row.seq, "at": iso(row.at), "kind": row.kind,
                "actor": row.actor, "payload": row.payload,
                "payload_digest": row.payload_digest, "prev": row.prev_hash,
                "hash": row.hash, "redacted": row.redacted_at is not None}) + b"\n"
            if progress and n % BATCH == 0:
                progress(BATCH)


def count_since(source: Source, *, since: dt.datetime, tenant_id: str | None = None) -> int:
    """About how many events an export from `since` holds (for a progress bar)."""
    query = select(func.count()).where(_events.c.at >= since)
    if tenant_id:
        query = query.where(_events.c.tenant_id == tenant_id)
    return int(source.execute(query).scalar() or 0)


@dataclass
class ExportReport:
    """What an export file holds per tenant, and its first bad line."""

    events: dict[str, int] = field(default_factory=dict)
    problem: tuple[str, Break] | None = None
    """The tenant and the first bad event; ``?`` and seq 0 for a line that is no event."""
    line: int = 0
    """The number of the line `problem` was found on (1 for the first)."""

    @property
    def ok(self) -> bool:
        """True when every line and link checks."""
        return self.problem is None


def check_lines(lines: Iterable[bytes]) -> ExportReport:
    """Check every line's hash and digest, and the seqs and links of each tenant's lines."""
    report = ExportReport()
    last: dict[str, tuple[int, str]] = {}
    previous: tuple[str, int] | None = None
    for number, line in enumerate(lines, start=1):
        report.line = number
        parsed = _read_line(line)
        if isinstance(parsed, str):
            # Not an event at all: no tenant or seq to name, so the line and what it follows.
            after = f", after seq {previous[1]} of {previous[0]}" if previous else ""
            report.problem = ("?", Break(0, EDITED, f"line {number} {parsed}{after}"))
            return report
        event, tenant, seq, fields = parsed
        problem = _check_event(event, tenant, seq, fields, last.get(tenant))
        if problem:
            report.problem = (tenant, problem)
            return report
        last[tenant] = (seq, fields["hash"])
        previous = (tenant, seq)
        report.events[tenant] = report.events.get(tenant, 0) + 1
    report.line = 0
    return report


_FIELDS = ("at", "kind", "actor", "payload_digest", "prev", "hash")


def _read_line(line: bytes) -> tuple[dict[str, Any], str, int, dict[str, str]] | str:
    """A line's event, tenant, seq and hashed fields (`at` in `iso` form), or what it is
    instead of an audit event."""
    try:
        event = json.loads(line)
    except UnicodeDecodeError as error:
        return f"is not UTF-8 text (byte {error.start})"
    except json.JSONDecodeError as error:
        return f"is not JSON ({error.msg} at character {error.pos})"
    except RecursionError:
        return "is not JSON (nested too deep to read)"
    if not isinstance(event, dict):
        return f"is not an audit event (a JSON {type(event).__name__})"
    missing = [key for key in ("tenant", "seq", *_FIELDS) if key not in event]
    if missing:
        return f"is not an audit event (no {', '.join(missing)})"
    seq = event["seq"]
    if type(seq) is not int or not all(type(event[key]) is str
                                       for key in ("tenant", *_FIELDS)):
        return "is not an audit event (seq not a whole number, or a field not text)"
    fields = {key: event[key] for key in _FIELDS}
    try:
        fields["at"] = iso(dt.datetime.fromisoformat(fields["at"]))
    except ValueError:
        return f"is not an audit event (its time {fields['at']!r:.40} is not a date)"
    return event, event["tenant"], seq, fields


def _check_event(event: dict[str, Any], tenant: str, seq: int, fields: dict[str, str],
                 previous: tuple[int, str] | None) -> Break | None:
    if previous is not None:
        if seq > previous[0] + 1:
            return Break(previous[0] + 1, MISSING, f"the next line is seq {seq}")
        if seq <= previous[0]:
            return Break(seq, INSERTED, f"after seq {previous[0]}")
        if fields["prev"] != previous[1]:
            return Break(seq, EDITED, "does not link to the previous line")
    payload = event.get("payload")
    if payload is None and not event.get("redacted"):
        return Break(seq, EDITED, "payload removed without redaction")
    if payload is not None:
        if not isinstance(payload, dict):
            return Break(seq, EDITED, f"payload is not a JSON object (a JSON "
                         f"{type(payload).__name__})")
        try:
            matches = digest(payload) == fields["payload_digest"]
        except (InvalidInput, RecursionError):  # NaN, or nested too deep to write again
            return Break(seq, EDITED, "payload is not plain JSON")
        if not matches:
            return Break(seq, EDITED, "payload does not match its digest")
    recomputed = event_hash(tenant=tenant, seq=seq, at=fields["at"], kind=fields["kind"],
                            actor=fields["actor"], payload_digest=fields["payload_digest"],
                            prev=fields["prev"])
    if recomputed != fields["hash"]:
        return Break(seq, EDITED, "its fields no longer match its hash")
    return None
