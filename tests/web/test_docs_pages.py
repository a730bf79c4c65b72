"""The API docs pages (`clairbot.web.docs_pages`): Swagger UI and ReDoc from Clairbot's own
files, which are the vendored releases the manifest names, with their licences, and ship
in the package."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "clairbot"
DOCS = PACKAGE / "web" / "static" / "docs"
MANIFEST = json.loads((DOCS / "VENDORED.json").read_text())


@pytest.mark.parametrize(("path", "assets"), [
    ("/docs", ["/static/docs/swagger-ui/swagger-ui.css", "/static/docs/docs.css",
               "/static/docs/swagger-ui/swagger-ui-bundle.js", "/static/docs/swagger-init.js"]),
    ("/redoc", ["/static/docs/docs.css", "/static/docs/redoc/redoc.standalone.js"]),
])
def test_when_the_docs_are_opened_then_every_asset_comes_from_clairbot(
        client: TestClient, path: str, assets: list[str]) -> None:
    page = client.get(path)
    assert page.status_code == 200
    assert 'href="/openapi.json"' in page.text or 'data-openapi-url="/openapi.json"' in page.text
    for asset in assets:
        assert f'"{asset}"' in page.text
        assert client.get(asset).status_code == 200
    assert "cdn" not in page.text and "googleapis" not in page.text
    assert client.get("/openapi.json").json()["info"]["title"] == "Clairbot"


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["package"] for e in MANIFEST])
def test_when_vendored_files_are_checked_then_they_are_the_manifests_release(
        entry: dict[str, object]) -> None:
    files = entry["files"]
    assert isinstance(files, dict) and "LICENSE" in files  # the licence travels with it
    folder = DOCS / str(entry["folder"])
    assert sorted(p.name for p in folder.iterdir()) == sorted(files)
    for name, digest in files.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    # The manifest and the script that writes it name the same release.
    script = (ROOT / "tools" / "vendor_docs.py").read_text()
    assert f'Package("{entry["package"]}", "{entry["version"]}",' in script
    assert str(entry["integrity"]) in script


def test_when_clairbot_is_packaged_then_every_web_file_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["clairbot"]
    shipped = {path for pattern in patterns for path in PACKAGE.glob(pattern)}
    web = PACKAGE / "web"
    needed = {path for folder in (web / "static", web / "templates")
              for path in folder.rglob("*") if path.is_file()}
    assert needed - shipped == set()
