"""Two real server processes sharing PostgreSQL and Redis count one address's requests
together: the demo's 120 conversations a minute from one address hold across both, where
counting in each process would let that address open 120 on each."""

from __future__ import annotations

import random
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine

from clairbot.config import Settings
from tests.server_process import needs_postgresql_and_redis, two_servers

pytestmark = needs_postgresql_and_redis


@pytest.fixture(scope="module")
def servers(settings: Settings, engine: Engine,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """Two `clairbot serve` processes on the test database and Redis, limits on."""
    with two_servers(settings, tmp_path_factory.mktemp("limited-servers"),
                     env={"CLAIRBOT_RATE_LIMITS": "on"}) as bases:
        yield bases


def test_when_one_address_opens_conversations_on_two_servers_then_their_limit_is_shared(
        servers: list[str]) -> None:
    # An address of its own on the loopback network: its counters in Redis start at zero,
    # whichever other run shares this Redis.
    source = f"127.{random.randint(1, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}"
    with httpx.Client(transport=httpx.HTTPTransport(local_address=source)) as client:
        def opened(base: str) -> int:
            return client.post(f"{base}/api/v1/conversations", json={"lang": "fr"}).status_code
        first = [opened(servers[0]) for _ in range(70)]
        second = [opened(servers[1]) for _ in range(70)]
        refused = client.post(f"{servers[0]}/api/v1/conversations", json={})
    assert first == [201] * 70
    # In Redis the window starts with the first hit: exactly 120 pass, 50 of them here.
    assert second == [201] * 50 + [429] * 20
    assert refused.status_code == 429 and "retry-after" in refused.headers
    assert refused.json()["detail"][0]["code"] == "rate.ip_limited"
