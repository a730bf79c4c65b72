"""Fixtures for broker tests: anyio's pytest plugin on asyncio, Redis when available.

Redis tests read CLAIRBOT_TEST_REDIS_URL and are skipped, with the reason, when it is unset
or the server does not answer.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from redis import Redis
from redis.exceptions import RedisError

from clairbot.realtime import Broker, MemoryBroker, RedisBroker

REDIS_ENV = "CLAIRBOT_TEST_REDIS_URL"

MakeBroker = Callable[..., Awaitable[Broker]]  # make(queue_size=256)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The test Redis server, or a skip saying why there is none."""
    url = os.environ.get(REDIS_ENV)
    if not url:
        pytest.skip(f"Redis tests need {REDIS_ENV} (e.g. redis://127.0.0.1:6379/0)")
    client = Redis.from_url(url, socket_connect_timeout=1)
    try:
        client.ping()
    except RedisError as exc:
        pytest.skip(f"Redis at {url} is unreachable: {exc}")
    finally:
        client.close()
    return url


@pytest.fixture
def channel() -> str:
    """A channel name no other test (or test run on the same Redis) uses."""
    return f"test:{uuid.uuid4().hex}"


@pytest.fixture(params=["memory", "redis"])
async def make_broker(request: pytest.FixtureRequest) -> AsyncIterator[MakeBroker]:
    """Build brokers of one kind (closed after the test); Redis ones share one server."""
    kind: str = request.param
    url = request.getfixturevalue("redis_url") if kind == "redis" else ""
    made: list[Broker] = []

    async def make(queue_size: int = 256) -> Broker:
        broker: Broker = (RedisBroker(url, queue_size=queue_size, backoff_min=0.05)
                          if kind == "redis" else MemoryBroker(queue_size=queue_size))
        made.append(broker)
        return broker

    yield make
    for broker in made:
        await broker.close()
