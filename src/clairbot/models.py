"""Every ORM module in one import, so Alembic and tests see the whole schema."""

from __future__ import annotations

from clairbot.audit.models import AuditEvent, AuditHead
from clairbot.changes.models import ContentVersion
from clairbot.conversation.feedback import Feedback
from clairbot.conversation.models import Conversation, Message
from clairbot.handoff.models import Handoff
from clairbot.handoff.notes import HandoffNote
from clairbot.incidents.models import Incident, IncidentEvent
from clairbot.lifecycle.models import DataRequest
from clairbot.policy.models import PrivacyNoticeVersion
from clairbot.privacy.models import ConsentRecord
from clairbot.staff.models import LoginAttempt, StaffMember, StaffSession, StaffToken
from clairbot.tenants.models import Tenant
from clairbot.webhooks.models import WebhookDelivery, WebhookEndpoint

__all__ = ["AuditEvent", "AuditHead", "ConsentRecord", "ContentVersion", "Conversation",
           "DataRequest", "Feedback", "Handoff", "HandoffNote", "Incident", "IncidentEvent",
           "LoginAttempt", "Message", "PrivacyNoticeVersion", "StaffMember", "StaffSession",
           "StaffToken", "Tenant", "WebhookDelivery", "WebhookEndpoint"]
