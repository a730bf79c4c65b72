"""Responders: turn a question and the knowledge base into an answer with its sources."""

from clairbot.respond.answer import Answer, Responder
from clairbot.respond.extractive import ExtractiveResponder

__all__ = ["Answer", "ExtractiveResponder", "Responder"]
