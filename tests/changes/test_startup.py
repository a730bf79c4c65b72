"""Starting a bot records its spec and knowledge versions once; the server records re-indexed
knowledge; `clairbot changes` lists and shows them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from clairbot.audit import AuditEvent
from clairbot.changes import ContentVersion, history
from clairbot.cli import app
from clairbot.config import Settings
from clairbot.conversation.bootstrap import prepare_database
from clairbot.conversation.bot import Bot
from clairbot.db import make_session_factory, transaction
from clairbot.web.deps import Runtime
from clairbot.web.jobs import record_pending_changes, watch_knowledge

runner = CliRunner()
ENV = {"CLAIRBOT_DATABASE_URL": "", "CLAIRBOT_ENCRYPTION_KEY": "", "CLAIRBOT_KEY_FILE": "",
       "CLAIRBOT_CHANGE_AUTHOR": "", "COLUMNS": "200"}


def versions(engine: Engine, tenant: str) -> list[ContentVersion]:
    with transaction(make_session_factory(engine)) as session:
        return list(reversed(history(session, tenant_id=tenant)))


def change_events(engine: Engine, tenant: str) -> list[str]:
    with transaction(make_session_factory(engine)) as session:
        return list(session.scalars(
            select(AuditEvent.kind).where(AuditEvent.tenant_id == tenant,
                                          AuditEvent.kind.like("%.changed"))
            .order_by(AuditEvent.seq)))


def test_when_a_bot_starts_twice_with_the_same_content_then_versions_are_recorded_once(
    engine: Engine, settings: Settings, bot_dir: Path,
) -> None:
    bot = Bot.from_spec_file(bot_dir / "spec.yaml", settings)

    prepare_database(engine, [bot], auto_upgrade=False, author="Claire Dupont")
    prepare_database(engine, [Bot.from_spec_file(bot_dir / "spec.yaml", settings)],
                     auto_upgrade=False, author="Claire Dupont")

    rows = versions(engine, bot.tenant_id)
    assert [(r.kind, r.version, r.author) for r in rows] == [
        ("spec", bot.spec.spec_digest, "Claire Dupont"),
        ("knowledge", bot.knowledge.version, "Claire Dupont")]
    assert rows[1].content.count("\n") == len(bot.knowledge.documents)
    assert change_events(engine, bot.tenant_id) == ["spec.changed", "knowledge.changed"]


def test_when_a_bot_restarts_with_edits_then_only_what_changed_is_recorded(
    engine: Engine, settings: Settings, bot_dir: Path,
) -> None:
    first = Bot.from_spec_file(bot_dir / "spec.yaml", settings)
    prepare_database(engine, [first], auto_upgrade=False)
    page = bot_dir / "knowledge" / "fr" / "livraison.md"
    old_version = first.knowledge.documents["fr/livraison.md"]
    old_kb_version = first.knowledge.version
    page.write_text(page.read_text(encoding="utf-8") + "\nUne phrase de plus.\n",
                    encoding="utf-8")

    second = Bot.from_spec_file(bot_dir / "spec.yaml", settings)
    prepare_database(engine, [second], auto_upgrade=False, author="Marc Leroy", actor="cli")

    rows = versions(engine, second.tenant_id)
    assert [r.kind for r in rows] == ["spec", "knowledge", "knowledge"]
    new_version = second.knowledge.documents["fr/livraison.md"]
    assert rows[2].diff == f"~ fr/livraison.md {old_version} -> {new_version}\n"
    assert (rows[2].previous_version, rows[2].author) == (old_kb_version, "Marc Leroy")


def test_when_the_server_reindexes_a_changed_base_then_the_version_is_recorded(
    engine: Engine, settings: Settings, bot_dir: Path,
) -> None:
    bot = Bot.from_spec_file(bot_dir / "spec.yaml", settings)
    prepare_database(engine, [bot], auto_upgrade=False)
    runtime = Runtime(settings=settings.model_copy(update={"change_author": "Julie Martin"}),
                      engine=engine, sessions=make_session_factory(engine),
                      bots={bot.tenant_id: bot})
    watch_knowledge(runtime, bot)
    assert record_pending_changes(runtime) == []  # nothing re-indexed yet

    (bot_dir / "knowledge" / "fr" / "palettes.md").write_text(
        "---\ntitle: Palettes\nowner: \"Logistique <log@example.com>\"\nlang: fr\n---\n"
        "## Palettes\n\nLes palettes sont livrées avec un hayon.\n", encoding="utf-8")
    bot.knowledge.index()  # what a visitor's question does: notices the edit, re-indexes

    assert record_pending_changes(runtime) == [bot.tenant_id]
    last = versions(engine, bot.tenant_id)[-1]
    assert (last.kind, last.version, last.author) == ("knowledge", bot.knowledge.version,
                                                      "Julie Martin")
    assert last.diff == f"+ fr/palettes.md {bot.knowledge.documents['fr/palettes.md']}\n"
    assert record_pending_changes(runtime) == []


def test_when_the_spec_is_loaded_then_its_digest_is_that_of_the_file(
    settings: Settings, bot_dir: Path,
) -> None:
    bot = Bot.from_spec_file(bot_dir / "spec.yaml", settings)

    raw = (bot_dir / "spec.yaml").read_bytes()
    assert bot.spec.spec_digest == hashlib.sha256(raw).hexdigest()[:12]
    assert bot.spec.source_text == raw.decode("utf-8")
    assert bot.spec.spec_version == "2026-11-28.1"


def test_when_changes_are_listed_and_shown_then_the_cli_prints_them(tmp_path: Path) -> None:
    started = runner.invoke(app, ["chat", "--data-dir", str(tmp_path)], input="/quit\n",
                            env={**ENV, "CLAIRBOT_CHANGE_AUTHOR": "Claire Dupont"})
    assert started.exit_code == 0, started.output

    listed = runner.invoke(app, ["changes", "--tenant", "verdalis", "--data-dir",
                                 str(tmp_path)], env=ENV)
    assert listed.exit_code == 0, listed.output
    assert "spec" in listed.output and "knowledge" in listed.output
    assert "Claire Dupont" in listed.output

    as_json = runner.invoke(app, ["changes", "--kind", "spec", "--json", "--data-dir",
                                  str(tmp_path)], env=ENV)
    [spec_row] = json.loads(as_json.stdout)
    assert spec_row["kind"] == "spec" and spec_row["author"] == "Claire Dupont"

    shown = runner.invoke(app, ["changes", "--show", spec_row["version"][:6], "--data-dir",
                                str(tmp_path)], env=ENV)
    assert shown.exit_code == 0, shown.output
    assert f"+++ spec@{spec_row['version']}" in shown.output
    assert '+spec_version: "2026-11-28.1"' in shown.output


def test_when_changes_get_a_bad_kind_or_unknown_version_then_they_fail(tmp_path: Path) -> None:
    runner.invoke(app, ["chat", "--data-dir", str(tmp_path)], input="/quit\n", env=ENV)

    bad_kind = runner.invoke(app, ["changes", "--kind", "prompt", "--data-dir",
                                   str(tmp_path)], env=ENV)
    unknown = runner.invoke(app, ["changes", "--show", "ffffffffffff", "--data-dir",
                                  str(tmp_path)], env=ENV)

    assert bad_kind.exit_code == 2 and "spec or knowledge" in bad_kind.output
    assert unknown.exit_code == 1 and "no recorded version" in unknown.output


def test_when_no_author_is_configured_then_unknown_is_recorded(
    engine: Engine, settings: Settings, bot_dir: Path,
) -> None:
    bot = Bot.from_spec_file(bot_dir / "spec.yaml", settings)

    prepare_database(engine, [bot], auto_upgrade=False)

    with transaction(make_session_factory(engine)) as session:
        authors = set(session.scalars(select(ContentVersion.author)
                                      .where(ContentVersion.tenant_id == bot.tenant_id)))
        count = session.scalar(select(func.count()).select_from(ContentVersion)
                               .where(ContentVersion.tenant_id == bot.tenant_id))
    assert authors == {"unknown"} and count == 2
