"""`clairbot webhooks`: register a tenant's endpoints, see the delivery log, send what is due."""

from __future__ import annotations

from typing import Annotated

import httpx
import typer
from rich.table import Table

from clairbot.cli._common import (
    AsJson,
    DataDir,
    Tenant,
    err,
    fail,
    out,
    print_json,
    settings_for,
    tenant_session,
)
from clairbot.db import make_engine, make_session_factory
from clairbot.errors import InvalidInput
from clairbot.webhooks import service
from clairbot.webhooks.models import EVENT_TYPES
from clairbot.webhooks.schemas import WebhookEndpointCreate

app = typer.Typer(help="Signed webhook events for a tenant's own tools (Slack, "
                                "Teams, helpdesk).", no_args_is_help=True)


@app.command("add")
def add(url: Annotated[str, typer.Argument(help="Where to POST the events.")],
        event: Annotated[list[str], typer.Option(
            "--event", help=f"Event type, repeatable: {', '.join(EVENT_TYPES)}.")],
        tenant: Tenant = None,
        description: Annotated[str, typer.Option(help="What this endpoint is for.")] = "",
        data_dir: DataDir = None) -> None:
    """Register an endpoint; prints its signing secret once (keep it for verification)."""
    try:
        endpoint_in = WebhookEndpointCreate(url=url, event_types=event,
                                            description=description)
    except ValueError as error:
        raise fail(InvalidInput(str(error), code="webhook.bad_endpoint")) from None
    with tenant_session(data_dir, tenant) as (session, tenant_id):
        endpoint = service.create_endpoint(session=session, tenant_id=tenant_id,
                                           endpoint_in=endpoint_in)
        out.print(endpoint.secret)
        err.print(f"endpoint {endpoint.id} registered for {', '.join(endpoint.event_types)}; "
                  "the secret above signs every delivery (Clairbot-Signature header)",
                  highlight=False)


@app.command("log")
def log(tenant: Tenant = None, limit: Annotated[int, typer.Option(min=1, max=500)] = 50,
        as_json: AsJson = False, data_dir: DataDir = None) -> None:
    """The latest deliveries: event, status, attempts, last answer."""
    with tenant_session(data_dir, tenant) as (session, tenant_id):
        rows = service.deliveries(session=session, tenant_id=tenant_id, limit=limit)
        if as_json:
            print_json([{"id": d.id, "created_at": d.created_at, "event_type": d.event_type,
                         "status": d.status, "attempts": d.attempts,
                         "last_status_code": d.last_status_code, "last_error": d.last_error}
                        for d in rows])
            return
        table = Table("created", "event", "status", "attempts", "last status", "last error")
        for delivery in rows:
            table.add_row(delivery.created_at.strftime("%Y-%m-%d %H:%M:%S"), delivery.event_type,
                          delivery.status, str(delivery.attempts),
                          str(delivery.last_status_code or ""), delivery.last_error or "")
        out.print(table)


@app.command("deliver")
def deliver(as_json: AsJson = False, data_dir: DataDir = None) -> None:
    """Send the deliveries that are due (one pass, for cron; the server also does it every
    CLAIRBOT_WEBHOOK_INTERVAL seconds)."""
    settings = settings_for(data_dir)
    engine = make_engine(settings.effective_database_url)
    try:
        with httpx.Client(timeout=5.0, follow_redirects=False) as client:
            sent = service.deliver_due(session_factory=make_session_factory(engine),
                                       client=client)
    finally:
        engine.dispose()
    if as_json:
        print_json({"attempts": sent})
        return
    out.print(f"{sent} delivery attempt(s)")
