"""Every ORM module in one import, so Alembic and tests see the whole schema."""

from __future__ import annotations

from clairbot.conversation.models import Conversation, Message
from clairbot.privacy.models import ConsentRecord
from clairbot.tenants.models import Tenant

__all__ = ["ConsentRecord", "Conversation", "Message", "Tenant"]
