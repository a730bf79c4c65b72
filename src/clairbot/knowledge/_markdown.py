"""Just enough Markdown for knowledge documents: front-matter, `##` sections, plain text.

Knowledge documents are written by people who own a topic, not by web designers: headings,
paragraphs, lists, links, emphasis and the odd table. This module splits a document into its
front-matter and sections and renders each section as plain readable text that a bot can quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_SECTION = re.compile(r"^##\s+(.*?)\s*#*\s*$|^##\s*$")
_LIST_ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+|[^@<>\s]+@[^@<>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"
)
_STRIKE = re.compile(r"~~(.+?)~~")
_CODE = re.compile(r"`([^`]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_PRIVATE = 0xE000
"""Escaped characters are parked in the Unicode private-use area while markup is removed."""
_PARKED = re.compile("[\ue000-\ue0ff]")
_SPACES = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class Document:
    """A Markdown file cut in two: its YAML front-matter and its body."""

    front_matter: str
    body: list[str]
    body_line: int
    """1-based line number of the first body line in the file."""


@dataclass(frozen=True)
class Section:
    """A `##` section: its heading, its lines and the line number of the heading."""

    heading: str
    lines: list[str]
    line: int


class FrontMatterError(ValueError):
    """The file does not start with a closed ``---`` front-matter block."""


def split_document(text: str) -> Document:
    """Split `text` into front-matter and body; raise `FrontMatterError` when there is none."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise FrontMatterError(
            "no YAML front-matter: the file must start with a '---' line, then title, owner and "
            "lang, then a closing '---' line"
        )
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            return Document("\n".join(lines[1:end]), lines[end + 1 :], end + 2)
    raise FrontMatterError("the YAML front-matter is not closed by a '---' line")


def split_sections(doc: Document) -> tuple[list[str], list[Section]]:
    """Return the lines before the first `##` heading and the `##` sections, in order.

    Headings inside fenced code blocks are not headings.
    """
    preamble: list[str] = []
    sections: list[Section] = []
    in_fence = False
    for offset, line in enumerate(doc.body):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _SECTION.match(line)
        if match:
            sections.append(Section((match.group(1) or "").strip(), [], doc.body_line + offset))
        elif sections:
            sections[-1].lines.append(line)
        else:
            preamble.append(line)
    return preamble, sections


def to_plain(lines: list[str]) -> str:
    """Render Markdown lines as plain text: one paragraph, list item or heading per line."""
    blocks: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(" ".join(paragraph))
            paragraph.clear()

    in_fence = False
    for raw in lines:
        if _FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            # Code is quoted as it is, one line per line.
            if raw.strip():
                blocks.append(raw.strip())
            continue
        line = raw.strip()
        while line.startswith(">"):
            line = line[1:].strip()
        if not line or _TABLE_RULE.match(line):
            flush()
            continue
        heading = _HEADING.match(line)
        item = _LIST_ITEM.match(line)
        if heading:
            flush()
            blocks.append(_inline(heading.group(1)))
        elif item:
            flush()
            marker = item.group(1) if item.group(1)[0].isdigit() else "-"
            blocks.append(f"{marker} {_inline(item.group(2))}")
        elif line.startswith("|"):
            flush()
            cells = [_inline(cell) for cell in line.strip("|").split("|")]
            blocks.append(" ; ".join(cell for cell in cells if cell))
        else:
            paragraph.append(_inline(line))
    flush()
    return "\n".join(block for block in blocks if block)


def inline_text(text: str) -> str:
    """Render one line of Markdown (links, emphasis, code...) as plain text."""
    return _inline(text.strip())


def _inline(text: str) -> str:
    text = _ESCAPE.sub(lambda m: chr(_PRIVATE + ord(m.group(1))), text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(_link, text)
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = _HTML_TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _STRIKE.sub(r"\1", text)
    text = _PARKED.sub(lambda m: chr(ord(m.group(0)) - _PRIVATE), text)
    return _SPACES.sub(" ", text).strip()


def _link(match: re.Match[str]) -> str:
    label, target = match.group(1), match.group(2)
    target = target.removeprefix("mailto:")
    # Keep absolute addresses: a visitor reading a quoted passage needs them.
    if target == label or not (target.startswith(("http://", "https://")) or "@" in target):
        return label
    return f"{label} ({target})"
