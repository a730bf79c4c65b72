"""Retention rules: from the spec's `retention` and a moment `now`, what has expired.

Three categories, each with its own clock (see `clairbot.spec.models.Retention`):

* a conversation, and everything tied to it (messages, feedback, handoffs, notes, webhook
  deliveries about it), expires `conversations` days after its last activity (`updated_at`);
* personal data kept in a visitor message (a phone number kept for `callback`) expires
  `personal_data` days after the message, or the days of its purpose under
  `retention.purposes`, or as soon as the conversation is closed for a purpose listed under
  `retention.on_close`; the message is then anonymised in place, not deleted. A message
  holding data kept for several purposes is anonymised when every one of them has expired;
* the consent proof of a subject expires `consent_proof` days after their latest decision,
  once no conversation of theirs is still kept;
* an incident (a reported problem with an answer) and its history expire `incidents` days
  after its last change, whatever its status; its ties to the visitor (ids, the visitor's
  report, the notes) go before, with its conversation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from clairbot.spec import BotSpec
from clairbot.spec.models import Retention


@dataclass(frozen=True)
class RetentionRules:
    """The cut-offs of one purge pass: data older than a cut-off has expired."""

    now: dt.datetime
    conversations_before: dt.datetime
    """A conversation last active before this is deleted, with everything tied to it."""
    personal_data_before: dt.datetime
    """Data kept for a purpose without an override, in a message older than this, expires."""
    consent_proof_before: dt.datetime
    """A subject whose latest consent decision is older than this loses its proof..."""
    incidents_before: dt.datetime
    """An incident last changed before this is deleted, with its history."""
    purpose_before: Mapping[str, dt.datetime]
    """...and the per-purpose cut-offs that replace `personal_data_before`."""
    on_close: frozenset[str]
    """Purposes whose data expires when the conversation is closed."""

    @classmethod
    def of(cls, retention: Retention | BotSpec, now: dt.datetime) -> RetentionRules:
        """The rules of a spec (or of its `retention` section) at `now` (timezone-aware)."""
        if now.tzinfo is None:
            raise ValueError("retention cut-offs need a timezone-aware `now`")
        section = retention.retention if isinstance(retention, BotSpec) else retention

        def days_ago(days: int) -> dt.datetime:
            return now - dt.timedelta(days=days)

        return cls(now=now, conversations_before=days_ago(section.conversations),
                   personal_data_before=days_ago(section.personal_data),
                   consent_proof_before=days_ago(section.consent_proof),
                   incidents_before=days_ago(section.incidents),
                   purpose_before={purpose: days_ago(days)
                                   for purpose, days in section.purposes.items()},
                   on_close=frozenset(section.on_close))

    def personal_data_cutoff(self, purpose: str) -> dt.datetime:
        """Data kept for `purpose` in a message older than this has expired."""
        return self.purpose_before.get(purpose, self.personal_data_before)

    @property
    def latest_personal_data_cutoff(self) -> dt.datetime:
        """No message newer than this can have expired data, except on closing."""
        return max((self.personal_data_before, *self.purpose_before.values()))

    def data_expired(self, *, created_at: dt.datetime, purposes: Iterable[str],
                     closed: bool) -> bool:
        """Whether every purpose a message kept data for has expired (none: nothing to do)."""
        kept = set(purposes)
        return bool(kept) and all(
            (closed and purpose in self.on_close)
            or created_at < self.personal_data_cutoff(purpose) for purpose in kept)
