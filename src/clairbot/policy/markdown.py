"""Markdown for the privacy notice and the records of processing (`clairbot privacy ...`)."""

from __future__ import annotations

from collections.abc import Sequence

from clairbot.policy.notice import Block, Items, Notice, Paragraph, Subheading


def _cell(text: str) -> str:
    # A pipe would end the cell and a newline the row.
    return " ".join(text.replace("|", "\\|").split())


def table_markdown(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A GitHub-flavoured Markdown table, one line per row."""
    lines = ["| " + " | ".join(_cell(h) for h in headers) + " |",
             "|" + "---|" * len(headers)]
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return lines


def _block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Subheading):
        return [f"### {block.text}"]
    if isinstance(block, Items):
        return [f"- {item}" for item in block.items]
    return [f"*{block.caption}*", "", *table_markdown(block.headers, block.rows)]


def notice_markdown(notice: Notice) -> str:
    """The notice as Markdown: one ``#`` title, a ``##`` per section."""
    parts: list[list[str]] = [[f"# {notice.title}"], [f"*{notice.version_line}*"]]
    parts.extend(_block(block) for block in notice.intro)
    for section in notice.sections:
        parts.append([f"## {section.heading}"])
        parts.extend(_block(block) for block in section.blocks)
    return "\n\n".join("\n".join(lines) for lines in parts) + "\n"
