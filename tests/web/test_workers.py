"""The database workers' queue: a unit of work runs whole in one worker; past the queue's bounds
a request is refused at once with `server.busy` and a retry delay, never left hanging; work
that must happen waits its turn. Workers are held busy with events, so nothing here depends on
timing but the queue timeout itself (a fraction of a second)."""

from __future__ import annotations

import threading

import anyio
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from clairbot.db import make_session_factory
from clairbot.errors import ClientGone, ServerBusy
from clairbot.web import errors
from clairbot.web.workers import Workers

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _workers(engine: Engine, *, workers: int = 1, queue_timeout: float = 30.0,
             max_queued: int = 100) -> Workers:
    return Workers(make_session_factory(engine), workers=workers, queue_timeout=queue_timeout,
                   max_queued=max_queued)


async def _occupy(pool: Workers, tasks: anyio.abc.TaskGroup) -> threading.Event:
    """Hold every worker of `pool` until the returned event is set."""
    release = threading.Event()
    for _ in range(pool.workers):
        tasks.start_soon(pool.call, release.wait)
    while pool.busy < pool.workers:
        await anyio.sleep(0.01)
    return release


async def test_when_the_queue_is_full_then_the_next_is_refused_at_once(engine: Engine) -> None:
    pool = _workers(engine, max_queued=2)
    async with anyio.create_task_group() as tasks:
        release = await _occupy(pool, tasks)
        try:
            for _ in range(2):
                tasks.start_soon(pool.call, lambda: None)
            while pool.queued < 2:
                await anyio.sleep(0.01)
            with pytest.raises(ServerBusy) as refused:
                await pool.call(lambda: None)
        finally:
            release.set()
    assert refused.value.code == "server.busy" and refused.value.status == 503
    assert 1 <= refused.value.retry_after <= 30
    assert pool.refused == 1 and pool.queued == 0


async def test_when_no_worker_frees_up_in_time_then_the_waiter_is_refused(
        engine: Engine) -> None:
    pool = _workers(engine, queue_timeout=0.2)
    async with anyio.create_task_group() as tasks:
        release = await _occupy(pool, tasks)
        try:
            with pytest.raises(ServerBusy):
                await pool.call(lambda: None)
        finally:
            release.set()
    assert pool.queued == 0


async def test_when_work_must_happen_then_it_waits_past_the_queue_bounds(
        engine: Engine) -> None:
    pool = _workers(engine, queue_timeout=0.1, max_queued=1)
    done: list[str] = []

    async def must(name: str) -> None:
        done.append(await pool.transaction(lambda _session: name, shed=False))

    async with anyio.create_task_group() as tasks:
        release = await _occupy(pool, tasks)
        try:
            tasks.start_soon(must, "first")
            tasks.start_soon(must, "second")  # past max_queued already
            while pool.queued < 2:
                await anyio.sleep(0.01)
            with pytest.raises(ServerBusy):  # a request, meanwhile, is refused
                await pool.call(lambda: None)
            await anyio.sleep(0.3)  # past the queue timeout
        finally:
            release.set()
    assert done == ["first", "second"]


async def test_when_the_client_left_while_waiting_then_its_work_is_not_done(
        engine: Engine) -> None:
    pool = _workers(engine)
    done: list[str] = []
    outcomes: list[ClientGone] = []

    async def gone() -> bool:
        return True

    async def waiter() -> None:
        try:
            await pool.call(lambda: done.append("work"), gone=gone)
        except ClientGone as error:
            outcomes.append(error)

    async with anyio.create_task_group() as tasks:
        release = await _occupy(pool, tasks)
        tasks.start_soon(waiter)
        while pool.queued < 1:
            await anyio.sleep(0.01)
        release.set()
    assert done == [] and len(outcomes) == 1 and outcomes[0].code == "client.gone"
    assert pool.abandoned == 1 and pool.busy == 0  # its worker is free again
    assert await pool.call(lambda: "next") == "next"


async def test_when_a_queue_forms_after_an_idle_spell_then_the_spell_is_not_counted_as_wait(
        engine: Engine) -> None:
    # CI saw a burst after a quiet second refused with 503: the first unit to finish measured
    # its "drain interval" from the last one before the quiet spell, and the prediction of
    # the wait ((queued + 1) x interval) went past the queue timeout for the whole burst.
    pool = _workers(engine)
    await pool.call(lambda: None)
    await anyio.sleep(1.0)  # idle: nobody waits
    async with anyio.create_task_group() as tasks:
        release = await _occupy(pool, tasks)
        tasks.start_soon(pool.call, lambda: None)  # a queue forms now
        while pool.queued < 1:
            await anyio.sleep(0.01)
        release.set()
    assert pool.drain_interval < 0.5  # what the queue cost, not the quiet spell before it


async def test_when_many_units_run_at_once_then_each_commits_in_one_worker(
        engine: Engine) -> None:
    pool = _workers(engine, workers=3)
    lock, running, peak = threading.Lock(), [0], [0]

    def unit(session: Session) -> int:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        try:
            return int(session.execute(text("SELECT 1")).scalar_one())
        finally:
            with lock:
                running[0] -= 1

    results: list[int] = []
    async with anyio.create_task_group() as tasks:
        for _ in range(60):
            async def one() -> None:
                results.append(await pool.transaction(unit))
            tasks.start_soon(one)
    assert results == [1] * 60
    assert 1 <= peak[0] <= 3  # never more at once than workers


def test_when_the_server_is_busy_then_the_answer_is_503_with_a_retry_delay() -> None:
    app = FastAPI()
    errors.install(app)

    @app.get("/busy")
    def busy() -> None:
        raise ServerBusy("the server is busy; retry in a moment", retry_after=7)

    response = TestClient(app).get("/busy")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "7"
    assert response.json() == {"detail": [{"msg": "the server is busy; retry in a moment",
                                           "code": "server.busy"}]}
