"""Security headers on every HTTP response, decided in this one place.

`SecurityHeaders` wraps the whole application (outside Starlette's own error middleware, see
`create_app`), so pages, the API, static files, redirects and error answers, a 500 included,
all get them. Endpoints set none of these headers themselves.

What each kind of response gets, and why:

* **Every response**: ``X-Content-Type-Options: nosniff`` (a browser never runs a JSON body
  or a text file as a script or a style sheet; this matters most for the scripts and styles
  other sites load from Clairbot, such as ``widget.js``); ``Cross-Origin-Resource-Policy:
  same-origin``, except for the widget's files that other sites load on purpose
  (``cross-origin``, so that they also load on a page isolated with
  ``Cross-Origin-Embedder-Policy``); over HTTPS, ``Strict-Transport-Security`` for a year
  (not ``includeSubDomains``: the subdomains of Clairbot's host name are not Clairbot's to
  speak for). Over plain http HSTS means nothing and is left out.
* **HTML pages** (the demo page, the console, the privacy notice, the API docs): a strict
  Content Security Policy: scripts, styles, fonts and connections from Clairbot's own origin
  only, nothing inline (no ``'unsafe-inline'``, no ``'unsafe-eval'``), images also as
  ``data:`` URLs (the demo page's empty icon, Swagger UI's drawn icons), ``object-src
  'none'``, ``base-uri 'none'``, ``form-action 'self'`` and ``frame-ancestors 'none'``: no
  page of Clairbot has a use in someone else's frame, the console least of all
  (clickjacking), and ``X-Frame-Options: DENY`` says the same to browsers that predate CSP 2.
  ``/redoc`` alone gets a little more, none of it inline code (see `REDOC_CSP`).
  ``Cross-Origin-Opener-Policy: same-origin`` cuts the link to any window that opened the page
  or that it opens (no ``window.opener`` tricks, no cross-window leaks), and
  ``Permissions-Policy`` turns off the powerful features no page of Clairbot uses (camera,
  microphone, geolocation, payment, USB...), for the page and anything it might frame.
  ``Referrer-Policy``: ``same-origin`` on the console (staff pages: the address of an
  internal deployment and of its pages stays out of the sites agents follow links to, while
  the console's own form posts keep their ``Origin``, which the sign-in checks; under
  ``no-referrer`` browsers send ``Origin: null``), and ``strict-origin-when-cross-origin`` on
  public pages (other sites see at most the origin, and only over HTTPS).
* **Everything else** (JSON, scripts, styles, redirects, empty answers): ``Content-Security-
  Policy: default-src 'none'; frame-ancestors 'none'`` and ``Referrer-Policy: no-referrer``.
  Such a response is never a page; should a browser be made to display one as a document,
  nothing in it may run, load or be framed. A policy on a script file does not constrain the
  page that loads it: the policy of a site embedding the widget is the site's own (see
  docs/widget.md).
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# One year: browsers remember to use HTTPS for this host for that long after a visit.
HSTS = "max-age=31536000"
_PAGE_DIRECTIVES = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
# ReDoc (/redoc, vendored 2.5.4) needs three things more, none of them inline code: its
# styled-components create an empty <style> and fill it through the CSSOM (which CSP does not
# govern), allowed by the hash of the empty string; its bundle inserts one fixed style sheet
# (the scrollbars'), allowed by its hash; its search index is built in a worker it starts from
# a `blob:` URL. A new ReDoc release may change the second hash: the browser test of /redoc
# then names the refused one.
_REDOC_STYLES = ("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
                 "'sha256-QMIg+bpjm3JdElJ388KYke01izlUW0UoNOeKjpMxdgc='")


def _policy(directives: dict[str, str]) -> str:
    return "; ".join(f"{name} {sources}" for name, sources in directives.items())


PAGE_CSP = _policy(_PAGE_DIRECTIVES)
REDOC_CSP = _policy({**_PAGE_DIRECTIVES,
                     "style-src": " ".join(("'self'", *_REDOC_STYLES)),
                     "worker-src": "'self' blob:"})
RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'"
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in (
    "accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer",
    "microphone", "midi", "payment", "usb"))
# Pages under these paths are the staff's.
STAFF_PAGES = ("/console",)
# Files that other sites' pages load: the chat widget's script and style sheet.
EMBEDDED = ("/static/widget/",)


def headers_for(path: str, content_type: str | None, *, https: bool) -> dict[str, str]:
    """The security headers of a response to `path` with this `Content-Type`, over HTTPS or
    not (see the module doc for why each)."""
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Cross-Origin-Resource-Policy": "cross-origin" if path.startswith(EMBEDDED)
        else "same-origin",
    }
    if https:
        headers["Strict-Transport-Security"] = HSTS
    if not (content_type or "").lower().startswith("text/html"):
        headers["Content-Security-Policy"] = RESOURCE_CSP
        headers["Referrer-Policy"] = "no-referrer"
        return headers
    staff = any(path == prefix or path.startswith(f"{prefix}/") for prefix in STAFF_PAGES)
    headers.update({
        "Content-Security-Policy": REDOC_CSP if path == "/redoc" else PAGE_CSP,
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": PERMISSIONS_POLICY,
        "Referrer-Policy": "same-origin" if staff else "strict-origin-when-cross-origin",
    })
    return headers


class SecurityHeaders:
    """ASGI middleware adding `headers_for` to every HTTP response (WebSockets untouched)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in headers_for(path, headers.get("content-type"),
                                               https=https).items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)
