"""Tenant functions."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from clairbot.errors import NotFound
from clairbot.tenants.models import Tenant


def ensure(*, session: Session, tenant_id: str, name: str, spec_version: str) -> Tenant:
    """Create the tenant if needed and record the spec version it now runs."""
    tenant = session.get(Tenant, tenant_id)
    if tenant is None:
        tenant = Tenant(id=tenant_id, name=name, spec_version=spec_version)
        session.add(tenant)
    else:
        tenant.name = name
        tenant.spec_version = spec_version
    session.flush()
    return tenant


def get(*, session: Session, tenant_id: str) -> Tenant:
    """The tenant, or `tenant.not_found`."""
    tenant = session.get(Tenant, tenant_id)
    if tenant is None:
        raise NotFound(f"unknown tenant {tenant_id!r}", code="tenant.not_found")
    return tenant


def ids(*, session: Session) -> list[str]:
    """Every tenant's id, sorted."""
    return list(session.scalars(select(Tenant.id).order_by(Tenant.id)))
