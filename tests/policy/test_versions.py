"""Notice versions: a material change publishes a new numbered, dated version; wording does not."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.policy import build_notice, current_version, latest, notice_version, published
from clairbot.spec import BotSpec
from clairbot.tenants import service as tenants
from tests.policy.builders import MATERIAL, WORDING, with_changes, with_purpose_text

DAY_1 = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
DAY_2 = DAY_1 + dt.timedelta(days=3)


@pytest.fixture
def fresh_spec(session: Session, demo_bot: Bot) -> BotSpec:
    """The demo spec under a tenant of its own, so that no other test's versions count."""
    tenant = f"notice-{uuid.uuid4().hex[:8]}"
    tenants.ensure(session=session, tenant_id=tenant, name="Test", spec_version="1")
    return demo_bot.spec.model_copy(update={"tenant": tenant})


@pytest.mark.parametrize("change", MATERIAL)
def test_when_the_spec_changes_materially_then_the_digest_changes(demo_bot: Bot,
                                                                  change: str) -> None:
    assert notice_version(with_changes(demo_bot.spec, change)) != notice_version(demo_bot.spec)


@pytest.mark.parametrize("change", WORDING)
def test_when_only_wording_changes_then_the_digest_stays(demo_bot: Bot, change: str) -> None:
    assert notice_version(with_changes(demo_bot.spec, change)) == notice_version(demo_bot.spec)


def test_when_a_purpose_is_reworded_then_the_digest_changes(demo_bot: Bot) -> None:
    reworded = with_purpose_text(demo_bot.spec, "callback", "en", "We call you back.")
    assert notice_version(reworded) != notice_version(demo_bot.spec)


@pytest.mark.parametrize("change", MATERIAL)
def test_when_a_material_change_is_served_then_version_2_is_published_with_its_date(
        session: Session, fresh_spec: BotSpec, change: str) -> None:
    tenant = fresh_spec.tenant
    first = current_version(session=session, tenant_id=tenant, spec=fresh_spec, now=DAY_1)
    again = current_version(session=session, tenant_id=tenant, spec=fresh_spec, now=DAY_2)
    assert (first.number, first.published_at) == (1, DAY_1) and again == first
    changed = with_changes(fresh_spec, change)
    second = current_version(session=session, tenant_id=tenant, spec=changed, now=DAY_2)
    assert (second.number, second.published_at) == (2, DAY_2)
    assert second.digest == notice_version(changed) != first.digest
    assert latest(session=session, tenant_id=tenant) == second
    assert "2026-12-01" in build_notice(changed, "en", version=second).version_line


@pytest.mark.parametrize("change", WORDING)
def test_when_a_wording_change_is_served_then_no_version_is_published(
        session: Session, fresh_spec: BotSpec, change: str) -> None:
    tenant = fresh_spec.tenant
    first = current_version(session=session, tenant_id=tenant, spec=fresh_spec, now=DAY_1)
    reworded = with_changes(fresh_spec, change)
    assert current_version(session=session, tenant_id=tenant, spec=reworded, now=DAY_2) == first


def test_when_an_edited_spec_is_not_served_yet_then_it_is_not_published(
        session: Session, fresh_spec: BotSpec) -> None:
    tenant = fresh_spec.tenant
    assert published(session=session, tenant_id=tenant, spec=fresh_spec) is None
    first = current_version(session=session, tenant_id=tenant, spec=fresh_spec, now=DAY_1)
    assert published(session=session, tenant_id=tenant, spec=fresh_spec) == first
    edited = with_changes(fresh_spec, "retention")
    assert published(session=session, tenant_id=tenant, spec=edited) is None
    assert latest(session=session, tenant_id=tenant) == first
