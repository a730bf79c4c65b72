"""The machinery of the intent rules: regex building helpers and word-gated rule sets."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Rule", "RuleSet", "alt", "phrases"]


def alt(*parts: str) -> str:
    return "(?:" + "|".join(parts) + ")"


def phrases(spaced: str) -> str:
    """A regex alternation of the '|'-separated phrases of `spaced`, longest first (so that
    "computer program" wins over "computer" inside atomic groups)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(spaced):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(spaced[start:i])
            start = i + 1
    parts.append(spaced[start:])
    return alt(*sorted(parts, key=len, reverse=True))


@dataclass(frozen=True)
class Rule:
    """A named pattern over normalised text.

    `needs` holds groups of words: a message must contain a word of every group for the
    pattern to be worth running (no group: always run); the last group, the rarest, indexes
    the rule. It only saves time, never changes a result (a test checks it). `unless` vetoes
    a match: a known look-alike of the intent.
    """

    name: str
    needs: tuple[frozenset[str], ...]
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None

    def matches(self, text: str) -> bool:
        """Whether the normalised `text` matches this rule."""
        return self.pattern.search(text) is not None and not (
            self.unless is not None and self.unless.search(text))


class RuleSet:
    """Rules in priority order, indexed by the words that let them run."""

    def __init__(self, *specs: tuple[str, str, str] | tuple[str, str, str, str]) -> None:
        self.rules = tuple(
            Rule(spec[0], tuple(frozenset(group.split()) for group in spec[1].split("&")
                                if group.strip()),
                 re.compile(spec[2]), re.compile(spec[3]) if len(spec) == 4 else None)
            for spec in specs)
        self._always = frozenset(i for i, rule in enumerate(self.rules) if not rule.needs)
        by_word: dict[str, set[int]] = {}
        for i, rule in enumerate(self.rules):
            for word in rule.needs[-1] if rule.needs else ():
                by_word.setdefault(word, set()).add(i)
        self._by_word = {word: frozenset(indexes) for word, indexes in by_word.items()}
        self._keys = frozenset(self._by_word)

    def first_match(self, text: str, words: set[str]) -> Rule | None:
        """The first rule, in priority order, that matches the normalised `text` (made of
        `words`)."""
        hits = words & self._keys
        if not hits and not self._always:
            return None
        for i in sorted(self._always.union(*[self._by_word[word] for word in hits])):
            rule = self.rules[i]
            if all(not group.isdisjoint(words) for group in rule.needs[:-1]) and rule.matches(text):
                return rule
        return None
