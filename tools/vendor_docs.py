"""Vendor the API docs' scripts, Swagger UI and ReDoc, into src/clairbot/web/static/docs/.

Clairbot serves them itself rather than from a content delivery network (a third party that
would see every reader of the docs; see clairbot.web.docs_pages). They come from their
authors' own packages on the npm registry, at the versions pinned below: each tarball is
fetched with `npm pack` and checked against the registry integrity (SHA-512) written here
before a file is taken from it. The files kept, licences included, are listed with their
SHA-256 in static/docs/VENDORED.json, which tests/web/test_docs_pages.py checks against the
files shipped.

To move to another version: change it and its integrity below (`npm view PACKAGE@VERSION
dist.integrity`), run `make vendor-docs`, look at /docs and /redoc, commit.
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "src" / "clairbot" / "web" / "static" / "docs"
MANIFEST = TARGET / "VENDORED.json"


@dataclass(frozen=True)
class Package:
    """An npm package and the files of it that Clairbot serves."""

    name: str
    version: str
    integrity: str
    folder: str
    files: tuple[str, ...]


PACKAGES = (
    Package("swagger-ui-dist", "5.35.0",
            "sha512-U06rpMtW9V3XPGOBeamTUSr0Z09jMX4IJuANpE/EZbAhw0G8CgwrzU4YmXkn/h0wCDNsXdGarTNNHC3sU8yVUQ==",
            "swagger-ui", ("swagger-ui-bundle.js", "swagger-ui-bundle.js.LICENSE.txt",
                           "swagger-ui.css", "LICENSE", "NOTICE")),
    # ReDoc 2, as FastAPI's own page uses; ReDoc 3 bundles OpenTelemetry tracing.
    Package("redoc", "2.5.4",
            "sha512-M6jWhG1qoBnH6TFmzJnstyCZ87HmOY/UzDm78mHiYihEdlV/YcS9ogOo1NlElnJMeLsyxHFe2yFc4sNjHTrABQ==",
            "redoc", ("bundles/redoc.standalone.js", "bundles/redoc.standalone.js.LICENSE.txt",
                      "bundles/d87bcbdbea8f8f5aa26f.worker.js.LICENSE.txt", "LICENSE")),
)


def _sha512(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def _fetch(package: Package, workdir: Path) -> Path:
    subprocess.run(["npm", "pack", f"{package.name}@{package.version}", "--silent",
                    "--pack-destination", str(workdir)], check=True, stdout=subprocess.DEVNULL)
    [tarball] = workdir.glob(f"{package.name}-{package.version}.tgz")
    found = _sha512(tarball.read_bytes())
    if found != package.integrity:
        raise SystemExit(f"{tarball.name}: integrity {found}, expected {package.integrity}")
    return tarball


def vendor(package: Package, workdir: Path) -> dict[str, object]:
    """Extract the package's files into its folder; its entry of the manifest."""
    folder = TARGET / package.folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    files: dict[str, str] = {}
    with tarfile.open(_fetch(package, workdir)) as archive:
        for name in package.files:
            member = archive.extractfile(f"package/{name}")
            if member is None:
                raise SystemExit(f"{package.name}: {name} is not a file")
            data = member.read()
            kept = Path(name).name
            (folder / kept).write_bytes(data)
            files[kept] = hashlib.sha256(data).hexdigest()
    return {"package": package.name, "version": package.version,
            "integrity": package.integrity, "folder": package.folder, "files": files}


def main() -> None:
    with tempfile.TemporaryDirectory() as workdir:
        entries = [vendor(package, Path(workdir)) for package in PACKAGES]
    MANIFEST.write_text(json.dumps(entries, indent=2) + "\n")
    for entry in entries:
        print(f"{entry['package']} {entry['version']} -> {TARGET / str(entry['folder'])}",
              file=sys.stderr)


if __name__ == "__main__":
    main()
