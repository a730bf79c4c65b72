"""The ``widget`` section of the spec: the sites whose pages may run the chat widget.

    widget:
      allowed_origins: ["https://www.verdalis.example", "https://shop.verdalis.example"]

Browsers send the page's origin with every call the widget makes to Clairbot; the visitor API
answers only the origins listed here (plus the deployment's ``CLAIRBOT_ALLOWED_ORIGINS``, and
pages Clairbot serves itself). Each entry is checked and normalised by
`clairbot.origins.normalise_origin`; a bad one is a spec problem on its line.

An empty list is allowed but worth a warning (`embed_warning`): the chat then works only on
pages served by Clairbot itself, never on the company's own site.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

from pydantic import AfterValidator, field_validator

from clairbot.origins import EXAMPLE, normalise_origin, origin_of_url
from clairbot.spec._values import SpecModel

if TYPE_CHECKING:
    from clairbot.spec.models import BotSpec

Origin = Annotated[str, AfterValidator(normalise_origin)]
"""An origin (``scheme://host[:port]``), normalised as browsers write it."""


class Widget(SpecModel):
    """Where the chat widget may run."""

    allowed_origins: tuple[Origin, ...] = ()
    """Origins whose pages may embed the chat; none: only pages Clairbot serves itself."""

    @field_validator("allowed_origins")
    @classmethod
    def _once_each(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        # `https://a.example` and `https://A.example:443/` are one origin: keep it once.
        return tuple(dict.fromkeys(value))


def embed_warning(spec: BotSpec, deployment_origins: Sequence[str] = ()) -> str | None:
    """Why the widget would not work on the company's own site, or ``None`` when origins are
    listed (by the spec or, with `deployment_origins`, by ``CLAIRBOT_ALLOWED_ORIGINS``)."""
    if spec.widget.allowed_origins or deployment_origins:
        return None
    website = origin_of_url(spec.company.website) if spec.company.website else None
    return ("widget.allowed_origins is empty: the chat widget will only work on pages served "
            "by Clairbot itself, and browsers will refuse it on your own site. List the "
            "origins of the pages that embed it, e.g. `widget: {allowed_origins: "
            f"[\"{website or EXAMPLE}\"]}}` (or set CLAIRBOT_ALLOWED_ORIGINS for the whole "
            "deployment).")
