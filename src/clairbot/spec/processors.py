"""Processors (GDPR art. 28) and the supervisory authority (art. 77) of a bot.

The privacy notice and the records of processing name who handles visitors' data on the
company's behalf, where, and under which safeguard when it leaves the EU/EEA::

    processors:
      - name: OVHcloud
        role: hosting              # hosting | llm | email | crm | other
        location: FR               # ISO 3166-1 alpha-2 country code
        purposes: [support]        # optional: the purposes it serves (none listed: all)
      - name: Example LLM Inc.
        role: llm
        location: US
        safeguard: SCC             # required outside the EU/EEA (GDPR art. 44-46)

The supervisory authority visitors may complain to defaults, for a controller in France, to
the CNIL; a controller elsewhere names its own (``company.supervisory_authority``).
Purpose ids a processor lists are checked against the spec's purposes by a cross-section
rule (`clairbot.spec._rules`).
"""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal, Self, get_args

from pydantic import AfterValidator, BeforeValidator, model_validator

from clairbot.spec._values import Name, PurposeId, SpecModel, Text, Url

ProcessorRole = Literal["hosting", "llm", "email", "crm", "other"]
"""What a processor does: hosts the service, runs a language model, sends email, a CRM..."""

PROCESSOR_ROLES: Final[tuple[ProcessorRole, ...]] = get_args(ProcessorRole)

EEA_COUNTRIES: Final = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK "  # EU
    "IS LI NO".split())                                                                   # EEA
"""The EU and EEA member states: data processed there is not transferred (GDPR chapter V)."""

_ISO_COUNTRIES: Final = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW""".split())
"""ISO 3166-1 alpha-2 codes of the countries and territories."""


def _upper(value: Any) -> Any:
    return value.strip().upper() if isinstance(value, str) else value


def _check_country(value: str) -> str:
    if value not in _ISO_COUNTRIES:
        raise ValueError(f"`{value}` is not a country code: write the ISO 3166-1 alpha-2 code "
                         "of the country, e.g. FR, DE, IE or US")
    return value


CountryCode = Annotated[str, BeforeValidator(_upper), AfterValidator(_check_country)]
"""An ISO 3166-1 alpha-2 country code, upper case (``fr`` is read as ``FR``)."""


class Processor(SpecModel):
    """Who processes visitors' data on the company's behalf (GDPR art. 28), and where."""

    name: Name
    role: ProcessorRole
    location: CountryCode
    safeguard: Text | None = None
    """What makes a transfer outside the EU/EEA lawful: ``SCC``, ``adequacy decision``..."""
    purposes: tuple[PurposeId, ...] = ()
    """The purposes it serves; none listed: every purpose of the bot."""

    @model_validator(mode="after")
    def _transfer_safeguard(self) -> Self:
        if self.outside_eea and self.safeguard is None:
            raise ValueError(
                f"processor `{self.name}` is in {self.location}, outside the EU/EEA: name the "
                "safeguard of this transfer (GDPR art. 44-46), e.g. `safeguard: SCC` "
                "(standard contractual clauses) or `safeguard: adequacy decision`")
        return self

    @property
    def outside_eea(self) -> bool:
        """Whether data sent to this processor leaves the EU/EEA (a transfer, GDPR ch. V)."""
        return self.location not in EEA_COUNTRIES

    def serves(self, purpose_id: str) -> bool:
        """Whether this processor handles data kept for `purpose_id`."""
        return not self.purposes or purpose_id in self.purposes


class SupervisoryAuthority(SpecModel):
    """The data protection authority visitors may complain to (GDPR art. 77)."""

    name: Name
    url: Url
    """Where to lodge a complaint."""


DEFAULT_AUTHORITIES: Final[dict[str, SupervisoryAuthority]] = {
    "FR": SupervisoryAuthority(
        name="Commission nationale de l'informatique et des libertés (CNIL)",
        url="https://www.cnil.fr/fr/plaintes"),
}
"""The authority of a controller's country when the spec names none."""
