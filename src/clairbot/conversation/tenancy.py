"""Which tenant a conversation belongs to, asked before its visitor is authenticated.

The visitor API checks the origin of a cross-origin request against the allowed origins of
the conversation's tenant before anything else runs (`clairbot.web.origins`); that check needs
the tenant, and only the tenant, of the conversation named in the path.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from clairbot.conversation.models import Conversation

# The ids `service.new_id` issues; anything else is not asked of the database (which may
# refuse some characters, such as NUL on PostgreSQL).
_ID = re.compile(r"[0-9a-f]{32}")


def tenant_of(*, session: Session, conversation_id: str) -> str | None:
    """The tenant of conversation `conversation_id`, or ``None`` if there is no such one."""
    if not _ID.fullmatch(conversation_id):
        return None
    return session.scalar(select(Conversation.tenant_id).where(
        Conversation.id == conversation_id))
