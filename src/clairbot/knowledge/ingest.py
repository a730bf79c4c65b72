"""Load a knowledge base from folders of Markdown documents and FAQ files.

* ``*.md``: YAML front-matter (``title``, ``owner``, ``lang``, optional ``url``, ``topic`` and
  ``review_by``) between ``---`` lines; each ``## `` section is a passage titled by its
  heading. Text before the first ``##`` is an introduction and is not indexed, unless the
  document has no ``##`` at all: then the whole body is one passage titled by ``title``.
* ``*.yaml`` / ``*.yml``: FAQ files with ``lang``, ``owner``, optional ``url``, ``topic``,
  ``title`` and ``review_by``, and ``items: [{q, a, review_by?}, ...]``; each item is a passage
  titled by its question.

``review_by: YYYY-MM-DD`` is when the owner must review the content again (an item's date wins
over its file's). Every passage carries its file's `version`, the first 12 hex digits of the
SHA-256 of the file's bytes: an answer cites exactly what it was read from.

Other files, and files or folders whose name starts with a dot, are ignored. Every problem
found in every file is collected, then reported at once in a `KnowledgeError`, so that the
people who own the content can fix them all in one go. Item indexes in problem locations
(``faq.yaml:items[3]``) count from 0; section locations give the heading's line number, and
a malformed ``review_by`` is located at its line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from clairbot.errors import KnowledgeError, Problem
from clairbot.knowledge import _markdown, _yaml
from clairbot.knowledge.analysis import SUPPORTED_LANGUAGES
from clairbot.knowledge.passages import Passage
from clairbot.text import words

MARKDOWN_SUFFIXES = frozenset({".md"})
FAQ_SUFFIXES = frozenset({".yaml", ".yml"})
PROBLEMS_TITLE = "Knowledge base has problems:"
_SLUG_MAX = 80


@dataclass(frozen=True)
class _Meta:
    """Metadata shared by the passages of one file."""

    document: str
    owner: str
    lang: str
    url: str | None
    topic: str | None
    version: str
    review_by: dt.date | None


def load_knowledge(root: Path) -> list[Passage]:
    """Load every passage under `root`; raise `KnowledgeError` listing all problems found."""
    return load_roots([root])


def load_roots(roots: Sequence[Path]) -> list[Passage]:
    """Load the passages of several knowledge folders as one knowledge base.

    Problems from all folders are reported together. Problem locations are paths relative to
    the folder when there is one folder, and prefixed by the folder when there are several.
    Passage ids are made unique across folders (``-2``, ``-3``... on clashes).
    """
    problems: list[Problem] = []
    passages: list[Passage] = []
    for root in roots:
        if not root.exists():
            problems.append(Problem(str(root), "the knowledge folder does not exist"))
            continue
        if not root.is_dir():
            problems.append(Problem(str(root), "the knowledge folder is not a folder"))
            continue
        for path in knowledge_files(root):
            document = path.relative_to(root).as_posix()
            location = document if len(roots) == 1 else (root / document).as_posix()
            passages.extend(_load_file(path, document, location, problems))
    if not passages and not problems:
        where = ", ".join(str(root) for root in roots) or "(no folder given)"
        problems.append(
            Problem(where, "the knowledge base is empty: add Markdown (*.md) or FAQ (*.yaml) files")
        )
    if problems:
        raise KnowledgeError(problems, title=PROBLEMS_TITLE)
    return _with_unique_ids(passages)


def knowledge_files(root: Path) -> list[Path]:
    """Return the knowledge files under `root`, sorted by relative path, hidden ones skipped."""
    suffixes = MARKDOWN_SUFFIXES | FAQ_SUFFIXES
    found = [
        path
        for path in root.rglob("*")
        if path.suffix.lower() in suffixes
        and not any(part.startswith(".") for part in path.relative_to(root).parts)
        and path.is_file()
    ]
    return sorted(found, key=lambda path: path.relative_to(root).as_posix())


def _load_file(path: Path, document: str, location: str, problems: list[Problem]) -> list[Passage]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(location, f"cannot read the file: {exc.strerror or exc}"))
        return []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(location, "the file is not valid UTF-8 text"))
        return []
    version = hashlib.sha256(raw).hexdigest()[:12]
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return _load_markdown(text, document, version, location, problems)
    return _load_faq(text, document, version, location, problems)


def _load_markdown(
    text: str, document: str, version: str, location: str, problems: list[Problem]
) -> list[Passage]:
    try:
        doc = _markdown.split_document(text)
    except _markdown.FrontMatterError as exc:
        problems.append(Problem(location, str(exc)))
        return []
    data = _parse_yaml(doc.front_matter, location, problems, first_line=2)
    if data is None:
        return []
    review_by = _review_by(data, doc.front_matter, ("review_by",), location, problems,
                           first_line=2)
    meta = _read_meta(data, document, version, location, problems, review_by)
    title = _text_field(data, "title", location, problems)
    preamble, sections = _markdown.split_sections(doc)
    if not sections:
        if title is None:
            return []
        sections = [_markdown.Section(title, preamble, doc.body_line)]
    passages: list[Passage] = []
    for section in sections:
        where = f"{location}:{section.line}"
        heading = _markdown.inline_text(section.heading)
        body = _markdown.to_plain(section.lines)
        if not heading:
            problems.append(Problem(where, "a '##' heading has no text"))
        if not body:
            problems.append(Problem(where, f"the passage {heading!r} is empty"))
        if heading and body and meta is not None:
            passages.append(_passage(meta, heading, body))
    return passages


def _load_faq(
    text: str, document: str, version: str, location: str, problems: list[Problem]
) -> list[Passage]:
    data = _parse_yaml(text, location, problems, first_line=1)
    if data is None:
        return []
    review_by = _review_by(data, text, ("review_by",), location, problems, first_line=1)
    meta = _read_meta(data, document, version, location, problems, review_by)
    items = data.get("items")
    if not isinstance(items, list) or not items:
        problems.append(Problem(location, "a FAQ file needs a non-empty list 'items: [{q, a}]'"))
        return []
    passages: list[Passage] = []
    for number, item in enumerate(items):
        where = f"{location}:items[{number}]"
        if not isinstance(item, Mapping):
            problems.append(Problem(where, "each item must be a mapping with 'q' and 'a'"))
            continue
        question = _text_field(item, "q", where, problems, label="question")
        answer = _text_field(item, "a", where, problems, label="answer")
        own_review = _review_by(item, text, ("items", number, "review_by"), location, problems,
                                first_line=1, label=f"items[{number}]: ")
        if question and answer and meta is not None:
            title = _markdown.inline_text(question)
            item_meta = replace(meta, review_by=own_review) if own_review else meta
            passages.append(_passage(item_meta, title, _markdown.to_plain(answer.split("\n"))))
    return passages


def _parse_yaml(
    text: str, location: str, problems: list[Problem], *, first_line: int
) -> Mapping[str, Any] | None:
    try:
        data = _yaml.load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        where = f" (line {mark.line + first_line}, column {mark.column + 1})" if mark else ""
        problems.append(Problem(location, f"invalid YAML{where}: {reason}"))
        return None
    if not isinstance(data, Mapping):
        problems.append(Problem(location, "the YAML must be a mapping of fields (owner, lang...)"))
        return None
    return data


def _review_by(
    data: Mapping[str, Any], text: str, path: tuple[str | int, ...], location: str,
    problems: list[Problem], *, first_line: int, label: str = "",
) -> dt.date | None:
    """The `review_by` date of `data`, or None; a malformed one is a problem at its line."""
    try:
        return _yaml.review_date(data.get("review_by"))
    except _yaml.BadDate as exc:
        line = _yaml.key_line(text, path)
        where = location if line is None else f"{location}:{line + first_line}"
        problems.append(Problem(where, f"{label}{exc}"))
        return None


def _read_meta(
    data: Mapping[str, Any], document: str, version: str, location: str, problems: list[Problem],
    review_by: dt.date | None,
) -> _Meta | None:
    found = len(problems)
    owner = data.get("owner")
    if not isinstance(owner, str) or not owner.strip():
        problems.append(
            Problem(
                location,
                f"{document} has no owner: add 'owner: \"Team <team@example.com>\"' naming who "
                "is accountable for its answers",
            )
        )
    lang = data.get("lang")
    if lang is None:
        problems.append(Problem(location, "missing 'lang' (expected fr or en)"))
    elif not isinstance(lang, str) or lang.strip().lower() not in SUPPORTED_LANGUAGES:
        problems.append(Problem(location, f"invalid lang {lang!r} (expected fr or en)"))
    url = data.get("url")
    if url is not None and (
        not isinstance(url, str) or not url.startswith(("https://", "http://")) or " " in url
    ):
        problems.append(Problem(location, f"invalid url {url!r} (expected an http(s) address)"))
    topic = data.get("topic")
    if topic is not None and (not isinstance(topic, str) or not topic.strip()):
        problems.append(Problem(location, f"invalid topic {topic!r} (expected a word)"))
    if len(problems) > found:
        return None
    return _Meta(
        document=document,
        owner=str(owner).strip(),
        lang=str(lang).strip().lower(),
        url=url,
        topic=topic.strip() if isinstance(topic, str) else None,
        version=version,
        review_by=review_by,
    )


def _text_field(
    data: Mapping[str, Any], key: str, location: str, problems: list[Problem], *, label: str = ""
) -> str | None:
    value = data.get(key)
    name = f"'{key}'" + (f" ({label})" if label else "")
    if value is None or (isinstance(value, str) and not value.strip()):
        problems.append(Problem(location, f"missing or empty {name}"))
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        problems.append(Problem(location, f"{name} must be text"))
        return None
    return str(value).strip()


def _passage(meta: _Meta, title: str, text: str) -> Passage:
    return Passage(
        id=f"{meta.document}#{_slug(title)}",
        document=meta.document,
        title=title,
        text=text,
        owner=meta.owner,
        lang=meta.lang,
        url=meta.url,
        version=meta.version,
        topic=meta.topic,
        review_by=meta.review_by,
    )


def _slug(title: str) -> str:
    slug = "-".join(words(title))[:_SLUG_MAX].rstrip("-")
    return slug or "passage"


def _with_unique_ids(passages: list[Passage]) -> list[Passage]:
    """Suffix clashing ids with -2, -3... in load order, so that ids stay stable."""
    taken: set[str] = set()
    unique: list[Passage] = []
    for passage in passages:
        candidate, number = passage.id, 1
        while candidate in taken:
            number += 1
            candidate = f"{passage.id}-{number}"
        taken.add(candidate)
        if candidate != passage.id:
            passage = replace(passage, id=candidate)
        unique.append(passage)
    return unique
