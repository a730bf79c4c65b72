"""Guards around every turn: what a visitor sends, and what the bot may say."""

from clairbot.guards.impersonation import claims_human

__all__ = ["claims_human"]
