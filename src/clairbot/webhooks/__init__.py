"""Signed webhooks to tenants' systems: endpoints, enqueueing, delivery with retries."""

from clairbot.webhooks.models import EVENT_TYPES, WebhookDelivery, WebhookEndpoint
from clairbot.webhooks.signing import SignatureError, sign, verify_signature

__all__ = ["EVENT_TYPES", "SignatureError", "WebhookDelivery", "WebhookEndpoint", "sign",
           "verify_signature"]
