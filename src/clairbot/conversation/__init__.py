"""Conversations, messages, intents and the turn pipeline."""
