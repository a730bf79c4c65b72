"""Categories of personal data, named once for the detectors, the spec and the consent gate."""

from __future__ import annotations

EMAIL = "EMAIL"
PHONE = "PHONE"
IBAN = "IBAN"
CREDIT_CARD = "CREDIT_CARD"
FR_SIREN = "FR_SIREN"
FR_SIRET = "FR_SIRET"
FR_NIR = "FR_NIR"
VAT_NUMBER = "VAT_NUMBER"
IP_ADDRESS = "IP_ADDRESS"
PERSON = "PERSON"
POSTAL_ADDRESS = "POSTAL_ADDRESS"
SPECIAL_CATEGORY = "SPECIAL_CATEGORY"

ENTITY_TYPES = (EMAIL, PHONE, IBAN, CREDIT_CARD, FR_SIREN, FR_SIRET, FR_NIR, VAT_NUMBER,
                IP_ADDRESS, PERSON, POSTAL_ADDRESS, SPECIAL_CATEGORY)
# Values validated by a checksum or a numbering plan, not guessed from context.
STRUCTURED_TYPES = (EMAIL, PHONE, IBAN, CREDIT_CARD, FR_SIREN, FR_SIRET, FR_NIR, VAT_NUMBER,
                    IP_ADDRESS)
# GDPR art. 9 special categories: the subtypes of SPECIAL_CATEGORY findings.
SPECIAL_SUBTYPES = ("health", "religion", "union_membership", "political_opinion",
                    "sexual_orientation", "ethnic_origin", "biometrics", "genetics")
