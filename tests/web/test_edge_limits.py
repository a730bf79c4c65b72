"""The edge of every request (finding 8): bodies too large, not UTF-8, nested too deep, or
forms that are no form of ours get a coded 4xx, never `400 http.error` or a 500. Bodies that
arrive slowly or in chunks are tested against a real server (`test_edge_server.py`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.web import create_app
from clairbot.web.limits import MAX_BODY_BYTES, MAX_JSON_DEPTH

PARTNER = "https://partner.example"
JSON = {"Content-Type": "application/json"}


@pytest.fixture(scope="module")
def edge(settings: Settings, demo_bot: Bot, engine: Engine) -> Iterator[TestClient]:
    """A client on the app, with a deployment-wide allowed origin for the CORS cases."""
    deployment = Settings.model_validate({
        **settings.model_dump(), "allowed_origins": PARTNER, "webhook_interval": 0,
        "handoff_check_interval": 0, "purge_interval": 0, "audit_verify_interval": 0})
    app = create_app(deployment, [demo_bot], engine=engine)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def json_endpoints(client: TestClient) -> list[tuple[str, str]]:
    """Every operation of the OpenAPI schema that takes a JSON body (method, path)."""
    found = []
    for path, operations in client.app.openapi()["paths"].items():  # type: ignore[attr-defined]
        for method, operation in operations.items():
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                found.append((method.upper(), path.replace("{", "").replace("}", "")))
    return found


def detail(response: Any) -> tuple[int, str, str]:
    [item] = response.json()["detail"]
    return response.status_code, item["code"], item["msg"]


def nested(depth: int) -> bytes:
    return b'{"text": ' + b"[" * (depth - 1) + b"]" * (depth - 1) + b"}"


@pytest.mark.parametrize(("body", "msg"), [
    # bytes that are not UTF-8 in a string
    (b'{"text": "caf\xe9"}', "the request body is not UTF-8 (byte 13)"),
    # a NUL byte alone: UTF-8, but not JSON
    (b"\x00", "the request body is not valid JSON (Expecting value at character 0)"),
    # 60,000 `[`, within the size limit: deeper than the parser's recursion
    (b"[" * 60_000, f"the request body is nested deeper than {MAX_JSON_DEPTH} levels"),
    # one level deeper than allowed, well-formed
    (nested(MAX_JSON_DEPTH + 1), f"the request body is nested deeper than {MAX_JSON_DEPTH} "
     "levels"),
])
def test_when_a_json_body_is_unreadable_then_every_json_endpoint_says_400_invalid_json(
        edge: TestClient, body: bytes, msg: str) -> None:
    endpoints = json_endpoints(edge)
    assert len(endpoints) >= 8  # conversations, messages, feedback, agent, incidents...
    for method, path in endpoints:
        response = edge.request(method, path, content=body, headers=JSON)
        assert detail(response) == (400, "request.invalid_json", msg), (method, path)
        assert response.headers["connection"] == "close"


def test_when_nesting_is_at_the_limit_then_the_endpoint_decides(edge: TestClient) -> None:
    response = edge.post("/api/v1/conversations", content=nested(MAX_JSON_DEPTH), headers=JSON)
    # Past the edge: the endpoint's own validation refuses a field it does not know.
    assert detail(response)[:2] == (422, "request.invalid")


def test_when_a_body_of_50_mb_is_declared_then_413_without_the_endpoint(
        edge: TestClient) -> None:
    response = edge.post("/api/v1/conversations", content=b"{" + b" " * 50_000_000 + b"}",
                         headers=JSON)
    assert detail(response) == (413, "request.too_large",
                                f"request body over {MAX_BODY_BYTES} bytes")
    assert response.headers["connection"] == "close"


def test_when_a_chunked_body_outgrows_the_limit_then_413(edge: TestClient) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: sent with chunked encoding
        yield b'{"lang": "fr", "tenant": "'
        for _ in range(100):
            yield b"x" * 1024

    response = edge.post("/api/v1/conversations", content=chunks(), headers=JSON)
    assert detail(response)[:2] == (413, "request.too_large")


@pytest.mark.parametrize(("origin", "readable"), [
    (PARTNER, True),                # an origin the deployment allows reads the refusal
    ("https://evil.example", False),  # any other origin cannot
])
def test_when_an_allowed_page_sends_a_bad_body_then_it_can_read_the_refusal(
        edge: TestClient, origin: str, readable: bool) -> None:
    response = edge.post("/api/v1/conversations", content=b'{"lang": "\xff"}',
                         headers={**JSON, "Origin": origin})
    assert detail(response)[:2] == (400, "request.invalid_json")
    assert (response.headers.get("access-control-allow-origin") == origin) is readable


FIELDS = "&".join(f"f{n}=x" for n in range(11)).encode()


@pytest.mark.parametrize(("path", "body", "expected"), [
    # more fields than any console form has
    ("/console/login", FIELDS, 400),
    ("/console/logout", FIELDS, 400),
    ("/console/incidents/0123/transition", FIELDS, 400),
    # bytes that are not UTF-8, and stray separators: read as a wrong sign-in
    ("/console/login", b"email=\xff\xfe&&==&password=%%", 401),
])
def test_when_a_console_form_is_malformed_then_4xx_not_500(
        edge: TestClient, path: str, body: bytes, expected: int) -> None:
    response = edge.post(path, content=body,
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == expected, response.text
    if expected == 400:
        assert detail(response)[1] == "request.invalid_form"
