"""What changed between two versions: a unified diff of a spec, a list of knowledge documents."""

from __future__ import annotations

import difflib
from collections.abc import Mapping


def spec_diff(old: str, new: str, *, old_name: str, new_name: str) -> tuple[str, str]:
    """The unified diff from `old` to `new` (spec YAML texts) and a one-line summary."""
    lines = list(difflib.unified_diff(old.splitlines(keepends=True),
                                      new.splitlines(keepends=True),
                                      fromfile=old_name, tofile=new_name))
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    added = sum(1 for line in lines if line.startswith("+") and not line.startswith("+++"))
    removed = sum(1 for line in lines if line.startswith("-") and not line.startswith("---"))
    summary = (f"first recorded version ({added} lines)" if not old
               else f"{added} line(s) added, {removed} removed")
    return text, summary


def manifest(documents: Mapping[str, str]) -> str:
    """A knowledge base as text: one ``document<TAB>version`` line per document, sorted."""
    return "".join(f"{document}\t{version}\n" for document, version in sorted(documents.items()))


def parse_manifest(text: str) -> dict[str, str]:
    """The documents and versions of a `manifest`."""
    documents: dict[str, str] = {}
    for line in text.splitlines():
        document, _, version = line.partition("\t")
        if document:
            documents[document] = version
    return documents


def knowledge_diff(old: str, new: str) -> tuple[str, str]:
    """The documents added, removed and changed between two manifests, and a summary.

    One line each: ``+ fr/new.md 1a2b...``, ``- fr/old.md 3c4d...``,
    ``~ fr/edited.md 5e6f... -> 7a8b...``.
    """
    before, after = parse_manifest(old), parse_manifest(new)
    added = sorted(after.keys() - before.keys())
    removed = sorted(before.keys() - after.keys())
    changed = sorted(d for d in before.keys() & after.keys() if before[d] != after[d])
    lines = ([f"+ {d} {after[d]}" for d in added] + [f"- {d} {before[d]}" for d in removed]
             + [f"~ {d} {before[d]} -> {after[d]}" for d in changed])
    summary = (f"first recorded version ({len(after)} documents)" if not before
               else f"{len(added)} added, {len(removed)} removed, {len(changed)} changed "
                    f"({len(after)} documents)")
    return "".join(line + "\n" for line in lines), summary
