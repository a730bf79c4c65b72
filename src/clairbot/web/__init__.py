"""HTTP layer: the FastAPI application, its routers and error handlers."""

from clairbot.web.app import create_app

__all__ = ["create_app"]
