"""Both brokers honour one contract: fan-out, per-channel order, unsubscribe, slow readers."""

from __future__ import annotations

import asyncio
import logging

import pytest

from clairbot.realtime import (
    MemoryBroker,
    RedisBroker,
    Subscription,
    console_channel,
    conversation_channel,
    make_broker,
)
from tests.realtime.conftest import MakeBroker

pytestmark = pytest.mark.anyio


async def _drain(subscription: Subscription, count: int) -> list[dict[str, object]]:
    return [await subscription.get(timeout=5) for _ in range(count)]


async def test_when_several_subscribe_then_each_receives_every_event(
        make_broker: MakeBroker, channel: str) -> None:
    broker = await make_broker()
    subscriptions = [await broker.subscribe(channel) for _ in range(3)]
    await broker.publish(channel, {"type": "message", "id": "m1"})
    for subscription in subscriptions:
        assert await subscription.get(timeout=5) == {"type": "message", "id": "m1"}


async def test_when_many_events_published_then_order_is_kept(
        make_broker: MakeBroker, channel: str) -> None:
    broker = await make_broker()
    first, second = await broker.subscribe(channel), await broker.subscribe(channel)
    for n in range(50):
        await broker.publish(channel, {"n": n})
    assert [e["n"] for e in await _drain(first, 50)] == list(range(50))
    assert [e["n"] for e in await _drain(second, 50)] == list(range(50))


async def test_when_channels_differ_then_events_do_not_cross(
        make_broker: MakeBroker, channel: str) -> None:
    broker = await make_broker()
    here, there = await broker.subscribe(channel), await broker.subscribe(channel + ":other")
    await broker.publish(channel + ":other", {"to": "there"})
    await broker.publish(channel, {"to": "here"})
    assert await here.get(timeout=5) == {"to": "here"}
    assert await there.get(timeout=5) == {"to": "there"}


async def test_when_unsubscribed_then_iteration_ends_and_others_keep_receiving(
        make_broker: MakeBroker, channel: str) -> None:
    broker = await make_broker()
    leaving, staying = await broker.subscribe(channel), await broker.subscribe(channel)
    received: list[dict[str, object]] = []

    async def consume() -> None:
        async for event in leaving:
            received.append(event)

    task = asyncio.create_task(consume())
    await broker.publish(channel, {"n": 1})
    assert await staying.get(timeout=5) == {"n": 1}
    leaving.close()
    await asyncio.wait_for(task, 5)  # the `async for` loop ended
    await broker.publish(channel, {"n": 2})
    assert await staying.get(timeout=5) == {"n": 2}
    assert received == [{"n": 1}]


async def test_when_last_subscriber_leaves_then_a_new_one_still_receives(
        make_broker: MakeBroker, channel: str) -> None:
    broker = await make_broker()
    async with await broker.subscribe(channel) as subscription:
        await broker.publish(channel, {"n": 1})
        assert await subscription.get(timeout=5) == {"n": 1}
    assert subscription.closed
    again = await broker.subscribe(channel)
    await broker.publish(channel, {"n": 2})
    assert await again.get(timeout=5) == {"n": 2}


async def test_when_broker_closes_then_subscriptions_end(
        make_broker: MakeBroker, channel: str) -> None:
    broker = await make_broker()
    subscription = await broker.subscribe(channel)
    await broker.close()
    with pytest.raises(StopAsyncIteration):
        await subscription.get(timeout=5)
    with pytest.raises(RuntimeError):
        await broker.subscribe(channel)


async def test_when_a_subscriber_is_slow_then_it_loses_oldest_and_others_get_all(
        make_broker: MakeBroker, channel: str, caplog: pytest.LogCaptureFixture) -> None:
    broker = await make_broker(queue_size=3)
    slow, fast = await broker.subscribe(channel), await broker.subscribe(channel)
    fast_seen: list[object] = []
    with caplog.at_level(logging.WARNING, logger="clairbot.realtime._fanout"):
        for n in range(11):
            await broker.publish(channel, {"n": n})
            fast_seen.append((await fast.get(timeout=5))["n"])  # `fast` keeps up, `slow` not
    assert fast_seen == list(range(11))
    assert [e["n"] for e in await _drain(slow, 3)] == [8, 9, 10]  # the newest three
    assert slow.dropped == 8
    assert "slow subscriber" in caplog.text


async def test_when_event_is_not_json_then_publish_refuses_it(
        make_broker: MakeBroker, channel: str) -> None:
    broker = await make_broker()
    with pytest.raises(TypeError):
        await broker.publish(channel, {"when": object()})
    with pytest.raises(TypeError):
        await broker.publish(channel, ["not", "a", "dict"])  # type: ignore[arg-type]


async def test_when_two_redis_brokers_then_they_deliver_to_each_other(
        redis_url: str, channel: str) -> None:
    # Two instances with their own connections, as two API replicas would have.
    first, second = RedisBroker(redis_url), RedisBroker(redis_url)
    try:
        on_first, on_second = await first.subscribe(channel), await second.subscribe(channel)
        await first.publish(channel, {"from": "first"})
        await second.publish(channel, {"from": "second"})
        assert await _drain(on_first, 2) == [{"from": "first"}, {"from": "second"}]
        assert await _drain(on_second, 2) == [{"from": "first"}, {"from": "second"}]
    finally:
        await first.close()
        await second.close()


def test_when_ids_given_then_channel_names_are_scoped_by_tenant() -> None:
    assert conversation_channel("acme", "c1") == "tenant:acme:conversation:c1"
    assert console_channel("acme") == "tenant:acme:console"
    for bad in ("", "a:b", "a b"):  # empty, separator, whitespace
        with pytest.raises(ValueError):
            conversation_channel(bad, "c1")


async def test_when_redis_url_given_then_factory_picks_redis(redis_url: str) -> None:
    broker = make_broker(redis_url)
    assert isinstance(broker, RedisBroker)
    await broker.close()
    assert isinstance(make_broker(None), MemoryBroker)
    assert isinstance(make_broker(""), MemoryBroker)
