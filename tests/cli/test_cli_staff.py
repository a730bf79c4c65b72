"""`clairbot staff`: accounts and API tokens created by the operator at the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from typer.testing import CliRunner, Result

from clairbot.cli import app
from clairbot.config import Settings
from clairbot.conversation.bootstrap import prepare_database
from clairbot.conversation.bot import Bot
from clairbot.db import make_engine, make_session_factory, transaction
from clairbot.demo import DEMO_SPEC
from clairbot.errors import Unauthorized
from clairbot.privacy.crypto import KEYS
from clairbot.staff import passwords, service

runner = CliRunner()
# No deployment settings of the machine running the tests; a wide terminal for tables.
ENV = {"CLAIRBOT_DATABASE_URL": "", "CLAIRBOT_ENCRYPTION_KEY": "", "CLAIRBOT_KEY_FILE": "",
       "COLUMNS": "200"}
TENANT = "verdalis"
PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(passwords, "_HASHER",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder whose database has the demo tenant, as after `clairbot demo` once."""
    settings = Settings(data_dir=tmp_path, database_url=None)
    engine = make_engine(settings.effective_database_url)
    prepare_database(engine, [Bot.from_spec_file(DEMO_SPEC, settings)], auto_upgrade=True)
    engine.dispose()
    return tmp_path


def staff(data_dir: Path, *args: str, input: str | None = None) -> Result:
    return runner.invoke(app, ["staff", *args, "--data-dir", str(data_dir)], input=input,
                         env=ENV)


def add(data_dir: Path, email: str = "Alice@Example.com", *extra: str,
        password: str = PASSWORD) -> Result:
    args = extra or ("--role", "agent", "--role", "dpo", "--lang", "fr", "--lang", "en")
    return staff(data_dir, "add", email, "--name", "Alice Martin", "--tenant", TENANT,
                 "--password-stdin", *args, input=password + "\n")


def test_when_added_from_stdin_then_listed_in_json_and_table(data_dir: Path) -> None:
    added = add(data_dir)
    assert added.exit_code == 0, added.output
    assert "alice@example.com" in added.output

    listed = staff(data_dir, "list", "--tenant", TENANT, "--json")
    assert listed.exit_code == 0, listed.output
    [member] = json.loads(listed.stdout)
    assert member["email"] == "alice@example.com"
    assert member["display_name"] == "Alice Martin"
    assert member["roles"] == ["agent", "dpo"]
    assert member["languages"] == ["fr", "en"]
    assert member["active"] is True and member["available"] is False
    assert member["last_login_at"] is None
    assert "password" not in json.dumps(member)

    table = staff(data_dir, "list", "--tenant", TENANT)
    assert table.exit_code == 0, table.output
    for text in ("alice@example.com", "Alice Martin", "agent, dpo", "fr, en", "never"):
        assert text in table.output, text


def test_when_added_then_password_signs_in(data_dir: Path) -> None:
    assert add(data_dir).exit_code == 0
    engine = make_engine(f"sqlite:///{data_dir / 'clairbot.db'}")
    with transaction(make_session_factory(engine)) as session:
        member = service.authenticate(session=session, tenant_id=TENANT,
                                      email="alice@example.com", password=PASSWORD,
                                      ip="127.0.0.1", keys=KEYS.require())
    engine.dispose()
    assert member.roles == ["agent", "dpo"]


def test_when_password_prompted_then_asked_twice_hidden(data_dir: Path) -> None:
    result = staff(data_dir, "add", "bob@example.com", "--name", "Bob", "--role", "admin",
                   "--tenant", TENANT, input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output
    assert result.output.count("Password") >= 1 and "Repeat" in result.output


def test_when_email_taken_in_any_case_then_refused(data_dir: Path) -> None:
    assert add(data_dir).exit_code == 0
    again = add(data_dir, "ALICE@example.com")
    assert again.exit_code == 1
    assert "staff.exists" in again.output


def test_when_password_weak_then_refused_and_nothing_stored(data_dir: Path) -> None:
    result = add(data_dir, password="short")
    assert result.exit_code == 1
    assert "staff.weak_password" in result.output and "12" in result.output
    assert json.loads(staff(data_dir, "list", "--tenant", TENANT, "--json").stdout) == []


def test_when_role_unknown_then_refused_with_the_valid_roles(data_dir: Path) -> None:
    result = add(data_dir, "carol@example.com", "--role", "superuser")
    assert result.exit_code == 1
    assert "staff.bad_role" in result.output and "superuser" in result.output
    assert "reviewer" in result.output


def test_when_tenant_unknown_then_clear_error(tmp_path: Path) -> None:
    result = staff(tmp_path, "add", "dan@example.com", "--name", "Dan", "--role", "agent",
                   "--tenant", "nope", "--password-stdin", input=PASSWORD + "\n")
    assert result.exit_code == 1
    assert "unknown tenant nope: start the bot once (clairbot demo / serve) or check --tenant" \
        in result.output
    listed = staff(tmp_path, "list", "--tenant", "nope")
    assert listed.exit_code == 1 and "unknown tenant nope" in listed.output


def test_when_tenant_registered_by_chat_then_staff_can_be_added(tmp_path: Path) -> None:
    chat = runner.invoke(app, ["chat", "--data-dir", str(tmp_path)], input="/quit\n", env=ENV)
    assert chat.exit_code == 0, chat.output
    assert add(tmp_path).exit_code == 0


def test_when_disabled_then_inactive_and_tokens_revoked(data_dir: Path) -> None:
    assert add(data_dir).exit_code == 0
    issued = staff(data_dir, "token", "alice@example.com", "--tenant", TENANT, "--name", "crm")
    assert issued.exit_code == 0, issued.output
    value = issued.stdout.strip()

    disabled = staff(data_dir, "disable", "alice@example.com", "--tenant", TENANT)
    assert disabled.exit_code == 0, disabled.output
    assert "disabled alice@example.com" in disabled.output
    [member] = json.loads(staff(data_dir, "list", "--tenant", TENANT, "--json").stdout)
    assert member["active"] is False and member["disabled_at"] is not None

    again = staff(data_dir, "disable", "alice@example.com", "--tenant", TENANT)
    assert again.exit_code == 0 and "already disabled" in again.output
    engine = make_engine(f"sqlite:///{data_dir / 'clairbot.db'}")
    with pytest.raises(Unauthorized), transaction(make_session_factory(engine)) as session:
        service.staff_for_token(session=session, token=value)
    engine.dispose()


def test_when_unknown_email_disabled_then_not_found(data_dir: Path) -> None:
    result = staff(data_dir, "disable", "ghost@example.com", "--tenant", TENANT)
    assert result.exit_code == 1
    assert "staff.not_found" in result.output


def test_when_token_issued_then_printed_once_and_usable(data_dir: Path) -> None:
    assert add(data_dir).exit_code == 0
    result = staff(data_dir, "token", "alice@example.com", "--tenant", TENANT, "--name", "crm")
    assert result.exit_code == 0, result.output
    value = result.stdout.strip()
    assert value.startswith("cbs_") and "\n" not in value
    assert "not shown again" in result.stderr

    engine = make_engine(f"sqlite:///{data_dir / 'clairbot.db'}")
    with transaction(make_session_factory(engine)) as session:
        member = service.staff_for_token(session=session, token=value)
        assert member.email == "alice@example.com"
    engine.dispose()


def test_when_token_asked_for_unknown_email_then_not_found(data_dir: Path) -> None:
    result = staff(data_dir, "token", "ghost@example.com", "--tenant", TENANT, "--name", "x")
    assert result.exit_code == 1
    assert "staff.not_found" in result.output


@pytest.mark.parametrize(("command", "expected"), [
    ([], "Staff accounts"),
    (["add"], "--password-stdin"),
    (["list"], "--json"),
    (["disable"], "Disable an account"),
    (["token"], "printed once"),
])
def test_when_help_asked_then_each_command_documented(command: list[str],
                                                      expected: str) -> None:
    result = runner.invoke(app, ["staff", *command, "--help"], env=ENV)
    assert result.exit_code == 0, result.output
    assert expected in result.output
    assert "--tenant" in result.output or not command
