"""Liveness and readiness probes."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from clairbot.db import HEAD_REVISION, current_revision
from clairbot.web.deps import RuntimeDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is alive."""
    return {"status": "ok"}


@router.get("/readyz")
def readyz(runtime: RuntimeDep) -> JSONResponse:
    """Ready when the database answers at the expected schema and every knowledge base loads."""
    checks: dict[str, str] = {}
    try:
        with runtime.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        revision = current_revision(runtime.engine)
        checks["database"] = "ok" if revision == HEAD_REVISION else (
            f"schema at {revision}, expected {HEAD_REVISION}: run `clairbot db upgrade`")
    except Exception as exc:  # any failure means "not ready", reported, not raised
        checks["database"] = f"unreachable: {type(exc).__name__}"
    for tenant, bot in runtime.bots.items():
        try:
            bot.knowledge.index()
            checks[f"knowledge:{tenant}"] = "ok"
        except Exception as exc:
            checks[f"knowledge:{tenant}"] = f"failed: {exc}"
    ready = all(v == "ok" for v in checks.values())
    return JSONResponse(status_code=200 if ready else 503,
                        content={"status": "ready" if ready else "not_ready", "checks": checks})
