"""Reading a spec file: YAML with the line of every key, the linter, then located problems.

`check_spec` is what ``clairbot check SPEC`` runs: it never raises for bad content and returns
every problem, each located as ``"spec.yaml:12 company.privacy_contact"`` (a missing key is
located at the line of the mapping that should hold it; a missing top-level key at line 1).
`load_spec` is what starting a bot runs: the same checks, and a `SpecError` listing every
problem if there is any, so that a bot lacking a safeguard never serves a visitor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from clairbot.errors import Problem, SpecError
from clairbot.spec._rules import Finding, Loc, format_loc
from clairbot.spec.lint import lint_data
from clairbot.spec.models import BotSpec


def check_spec(path: Path) -> tuple[BotSpec | None, list[Problem]]:
    """Check the spec file at `path`; return the spec (``None`` if any problem) and problems.

    Problems come sorted by line. A file that is not a mapping, an empty one included, is
    checked as an empty spec, so that every missing section is listed.
    """
    path = Path(path)
    read = _read(path)
    if isinstance(read, Problem):
        return None, [read]
    raw, text = read
    try:
        data, lines, findings = _parse(text)
    except yaml.YAMLError as error:
        return None, [_syntax_problem(path, error)]
    if not isinstance(data, dict):
        if data is not None:
            findings.append(Finding((), "the spec must be a mapping of sections (`key: value` "
                                        f"lines), not {_kind(data)}; it is checked as empty"))
        data = {}
    spec, lint_findings = lint_data(data, base_dir=path.resolve().parent)
    findings.extend(lint_findings)
    located = sorted(((_line(f.loc, lines), f) for f in findings), key=lambda pair: pair[0])
    problems = [_problem(path, line, finding) for line, finding in located]
    if problems or spec is None:
        return None, problems
    spec._loaded_from(path.resolve(), raw, text)
    return spec, []


def load_spec(path: Path) -> BotSpec:
    """The checked spec at `path`; raise `SpecError` listing every problem if there is any.

    The returned spec knows its file (`BotSpec.source`, `BotSpec.source_dir`), so that
    `BotSpec.knowledge_paths()` resolves relative folders against the spec's folder, and its
    content (`BotSpec.source_text`, `BotSpec.spec_digest`).
    """
    spec, problems = check_spec(path)
    if spec is None:
        count = len(problems)
        raise SpecError(problems, title=f"{path}: the bot spec is refused "
                                        f"({count} problem{'' if count == 1 else 's'})")
    return spec


def _read(path: Path) -> tuple[bytes, str] | Problem:
    where = f"{path.name}:1"
    try:
        raw = path.read_bytes()
        return raw, raw.decode("utf-8-sig")
    except FileNotFoundError:
        return Problem(where, f"spec file not found: {path}")
    except IsADirectoryError:
        return Problem(where, f"{path} is a folder: give the path of the spec file (spec.yaml)")
    except UnicodeDecodeError:
        return Problem(where, "the spec file is not UTF-8 text; save it as UTF-8")
    except OSError as error:
        return Problem(where, f"cannot read the spec file: {error.strerror or error}")


def _parse(text: str) -> tuple[Any, dict[Loc, int], list[Finding]]:
    """The YAML data, the line of every key path in it, and duplicate-key findings."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    lines: dict[Loc, int] = {}
    findings: list[Finding] = []
    if node is not None:
        _index(node, (), lines, findings, set())
    return data, lines, findings


def _index(node: yaml.Node, loc: Loc, lines: dict[Loc, int], findings: list[Finding],
           seen: set[int]) -> None:
    # An alias reuses a node: index it once, which also stops on recursive structures.
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value == "<<":
                continue
            key = str(key_node.value)
            child = (*loc, key)
            line = key_node.start_mark.line + 1
            if key in first_line:
                findings.append(Finding(child, f"duplicate key `{key}` (first at line "
                                               f"{first_line[key]}): YAML would keep only this "
                                               "one; merge the two"))
            else:
                first_line[key] = line
            lines[child] = line
            _index(value_node, child, lines, findings, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*loc, index)
            lines[child] = item.start_mark.line + 1
            _index(item, child, lines, findings, seen)


def _line(loc: Loc, lines: dict[Loc, int]) -> int:
    """The line of `loc`, or of its nearest enclosing key that is in the file (else 1)."""
    for end in range(len(loc), 0, -1):
        line = lines.get(loc[:end])
        if line is not None:
            return line
    return 1


def _problem(path: Path, line: int, finding: Finding) -> Problem:
    where = f"{path.name}:{line}"
    dotted = format_loc(finding.loc)
    return Problem(f"{where} {dotted}" if dotted else where, finding.message)


def _syntax_problem(path: Path, error: yaml.YAMLError) -> Problem:
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        column = f", column {mark.column + 1}" if mark is not None else ""
        detail = error.problem or "invalid YAML"
        context = f" ({error.context})" if error.context else ""
        message = (f"YAML syntax error at line {line}{column}: {detail}{context}; check the "
                   "indentation, the colons and the quotes")
        return Problem(f"{path.name}:{line}", message)
    return Problem(f"{path.name}:1", f"YAML syntax error: {error}")


def _kind(data: Any) -> str:
    if isinstance(data, list):
        return "a list"
    if isinstance(data, str):
        return "a single text"
    return f"a single value ({data!r})"
