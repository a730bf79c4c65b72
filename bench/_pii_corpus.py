"""Generate French and English B2B support messages with personal data and gold spans.

    generate(n, seed) -> [{"text", "lang", "entities": [{"type", "start", "end", "value"}]}]

Every embedded value is fake but VALID (IBAN mod-97, Luhn cards, SIREN/SIRET/NIR/VAT keys,
phone numbers valid for libphonenumber), written in the formats visitors use (spaces, dots,
dashes, no separators, lower case). Messages also carry hard negatives that must NOT be
flagged: order and invoice numbers, amounts, dates, SKUs, tracking numbers, versions, EAN
codes, and IBANs or cards whose checksum is wrong. Offsets are `str` offsets, end exclusive.

Person names and postal addresses get gold spans too, so their detectors can be measured
here. The names come from the small fixed lists below: a name detector must NOT use these
lists (or any list built from them), otherwise its figures on this corpus mean nothing.
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata
from collections.abc import Callable

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.eu import vat as std_vat
from stdnum.fr import nir as std_nir

Entity = dict[str, object]
Row = dict[str, object]

# Fake names for generation only (see the module docstring: detectors must not use them).
FIRST_FR = ["Camille", "Julien", "Sophie", "Thomas", "Élodie", "Nicolas", "Amélie", "Mathieu",
            "Chloé", "Antoine", "Léa", "Hugo", "Manon", "Baptiste", "Inès", "Karim", "Fatima",
            "Mehdi", "Aurélie", "Jean-Marc"]
LAST_FR = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine",
           "Rousseau", "Mercier", "Benali", "Nguyen", "Da Silva", "Lambert", "Garnier",
           "Chevalier", "Perrin", "Morel", "Haddad", "Roux", "Faure"]
FIRST_EN = ["Emily", "James", "Olivia", "Daniel", "Priya", "Michael", "Sarah", "David",
            "Grace", "Oliver", "Hannah", "Ethan", "Chloe", "Ryan", "Aisha"]
LAST_EN = ["Smith", "Johnson", "Carter", "Patel", "O'Brien", "Walker", "Thompson", "Hughes",
           "Bennett", "Foster", "Reed", "Murphy", "Kowalski", "Hughes", "Evans"]
_STREETS_FR = ["rue des Lilas", "avenue Victor Hugo", "boulevard Voltaire", "rue de la Paix",
               "allée des Tilleuls", "chemin du Moulin", "rue de l'Industrie", "place Bellecour",
               "impasse des Artisans", "quai de la Fosse"]
_CITIES_FR = [("75011", "Paris"), ("69003", "Lyon"), ("33000", "Bordeaux"), ("44000", "Nantes"),
              ("59000", "Lille"), ("31400", "Toulouse"), ("67000", "Strasbourg"),
              ("38070", "Saint-Quentin-Fallavier"), ("13002", "Marseille"), ("35000", "Rennes")]
_STREETS_EN = ["Baker Street", "High Street", "Station Road", "Church Lane", "Park Avenue",
               "Market Street", "Mill Road", "Victoria Road", "Queen Street", "King's Road"]
_CITIES_EN = ["London NW1 6XE", "Manchester M1 2AB", "Leeds LS1 4DY", "Bristol BS1 5TR",
              "Boston, MA 02110", "Chicago, IL 60601", "Austin, TX 78701", "Dublin D02 X285"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _with_luhn(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def _group(value: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, i = [], 0
    for size in sizes:
        parts.append(value[i:i + size])
        i += size
    return sep.join(parts)


# --- valid values ---------------------------------------------------------------------------

def _iban(rng: random.Random) -> str:
    country, bban = rng.choice([
        ("FR", None), ("DE", "n18"), ("NL", "a4n10"), ("GB", "a4n14"), ("LU", "n16"),
        ("CH", "n17"), ("AT", "n16"), ("IE", "a4n14")])
    while True:
        if bban is None:  # French BBAN with its RIB key
            bank, branch, account = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            body = f"{bank}{branch}{account}{key:02d}"
        else:
            letters = int(bban[1]) if bban.startswith("a") else 0
            body = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(letters))
            body += _digits(rng, int(bban.rsplit("n", 1)[1]))
        number = country + std_iban.calc_check_digits(country + "00" + body) + body
        if std_iban.is_valid(number):
            break
    style = rng.random()
    if style < 0.55:
        return std_iban.format(number)
    if style < 0.85:
        return number
    return (std_iban.format(number) if style < 0.93 else number).lower()


def _card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:  # American Express, 4-6-5
        number = _with_luhn("3" + rng.choice("47") + _digits(rng, 12))
        return rng.choice([number, _group(number, (4, 6, 5), " ")])
    prefix = rng.choice(["4", "4", "51", "53", "55", "2223", "2720"])
    number = _with_luhn(prefix + _digits(rng, 15 - len(prefix)))
    sep = rng.choice([" ", " ", "-", "", "."])
    return _group(number, (4, 4, 4, 4), sep) if sep else number


def _siren_digits(rng: random.Random) -> str:
    return _with_luhn(rng.choice("123456789") + _digits(rng, 7))


def _siren(rng: random.Random) -> str:
    number = _siren_digits(rng)
    return rng.choice([_group(number, (3, 3, 3), " "), number, _group(number, (3, 3, 3), "."),
                       _group(number, (3, 3, 3), "-")])


def _siret(rng: random.Random) -> str:
    number = _with_luhn(_siren_digits(rng) + _digits(rng, 4))
    style = rng.random()
    if style < 0.5:
        return _group(number, (3, 3, 3, 5), " ")
    if style < 0.8:
        return number
    if style < 0.95:
        return _group(number, (3, 3, 3, 5), rng.choice([".", "-"]))
    return _group(number, (9, 5), " ")


def _nir(rng: random.Random) -> str:
    department = rng.choice(["75", "69", "13", "2A", "2B", "59", "33", "44", "06", "97"])
    body = (rng.choice("12") + _digits(rng, 2) + f"{rng.randint(1, 12):02d}" + department
            + f"{rng.randint(1, 990):03d}" + f"{rng.randint(1, 999):03d}")
    number = body + std_nir.calc_check_digits(body + "00")
    style = rng.random()
    if style < 0.6:
        return std_nir.format(number)
    return number if style < 0.9 else std_nir.format(number, ".")


def _vat(rng: random.Random) -> str:
    country = rng.choice(["FR", "FR", "FR", "DE", "BE", "IT", "NL"])
    while True:
        if country == "FR":
            siren = _siren_digits(rng)
            number = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
        elif country == "BE":
            body = "0" + str(rng.randint(2000000, 9999999))
            number = f"BE{body}{97 - int(body) % 97:02d}"
        elif country == "NL":
            number = f"NL{_digits(rng, 9)}B{rng.randint(1, 99):02d}"
        else:
            number = country + rng.choice("123456789") + _digits(rng, 10 if country == "IT" else 8)
        if std_vat.is_valid(number):
            break
    style = rng.random()
    if country == "FR" and style < 0.35:
        return f"FR {number[2:4]} {_group(number[4:], (3, 3, 3), ' ')}"
    return number.lower() if style > 0.92 else number


def _phone(rng: random.Random, lang: str) -> str:
    if lang == "fr" or rng.random() < 0.5:
        while True:
            national = rng.choice(["06", "07", "01", "02", "03", "04", "05", "09"])
            national += _digits(rng, 8)
            if phonenumbers.is_valid_number(phonenumbers.parse(national, "FR")):
                break
        pairs = _group(national, (2, 2, 2, 2, 2), " ")
        rest = _group(national[1:], (1, 2, 2, 2, 2), " ")
        return rng.choice([pairs, pairs, national, pairs.replace(" ", "."),
                           pairs.replace(" ", "-"), f"+33 {rest}", f"+33{national[1:]}",
                           f"0033{national[1:]}", f"+33 (0){rest}"])
    region = rng.choice(["US", "US", "GB", "DE", "BE", "CH", "ES", "IT"])
    while True:
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE
                                                       if rng.random() < 0.5 else
                                                       phonenumbers.PhoneNumberType.FIXED_LINE)
        if example is None:
            continue
        digits = str(example.national_number)
        keep = max(3, len(digits) - 4)
        candidate = phonenumbers.parse(f"+{example.country_code}{digits[:keep]}"
                                       f"{_digits(rng, len(digits) - keep)}")
        if phonenumbers.is_valid_number(candidate):
            break
    if region == "US" and rng.random() < 0.5:
        n = str(candidate.national_number)
        return rng.choice([f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])
    fmt = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                      phonenumbers.PhoneNumberFormat.E164])
    return phonenumbers.format_number(candidate, fmt)


def _ascii(value: str) -> str:
    return unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()


def _email(rng: random.Random, first: str, last: str) -> str:
    first, last = _ascii(first).replace(" ", ""), _ascii(last).replace(" ", "").replace("'", "")
    domain = rng.choice(["acme-industrie.fr", "emballages-durand.com", "logisud.eu",
                         "northwind-supplies.co.uk", "example.com", "groupe-atlas.fr"])
    local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{last}.{first}",
                        f"{first}_{last}", "contact+commandes", f"{first}{rng.randint(1, 99)}"])
    email = f"{local}@{domain}"
    return email.upper() if rng.random() < 0.05 else email


def _ip(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.7:
        return ".".join(str(rng.randint(lo, hi)) for lo, hi in ((11, 223), (0, 255), (0, 255),
                                                                 (1, 254)))
    if kind < 0.85:
        return str(ipaddress.IPv6Address(0x20010DB8 << 96 | rng.getrandbits(64)))
    return f"fe80::{rng.getrandbits(16):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}"


# --- hard negatives: look like personal data, are not -------------------------------------

def _bad_iban(rng: random.Random) -> str:
    while True:
        value = _iban(rng)
        i = rng.choice([i for i, c in enumerate(value) if c.isdigit() and i > 3])
        wrong = value[:i] + str((int(value[i]) + rng.randint(1, 9)) % 10) + value[i + 1:]
        if not std_iban.is_valid(wrong):
            return wrong


def _bad_card(rng: random.Random) -> str:
    value = _card(rng)
    return value[:-1] + str((int(value[-1]) + rng.randint(1, 9)) % 10)


def _ean(rng: random.Random) -> str:
    body = rng.choice(["376", "400", "501", "800"]) + _digits(rng, 9)
    weights = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str(-weights % 10)


_NEGATIVES: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: r.choice([f"CMD-2026-{r.randint(10000, 99999)}", f"n° {_digits(r, 7)}",
                                 f"PO {r.choice(['45', '46'])}{_digits(r, 8)}",
                                 f"#{r.randint(100000, 999999)}"]),
    "invoice": lambda r: r.choice([f"FAC-2026-{_digits(r, 6)}", f"INV-{r.randint(2024, 2026)}"
                                   f"-{_digits(r, 4)}", f"F2026/{_digits(r, 5)}"]),
    "amount": lambda r: r.choice([f"{r.randint(1, 99)} {_digits(r, 3)},{_digits(r, 2)} €",
                                  f"{r.randint(10, 999)},{_digits(r, 2)} EUR",
                                  f"${r.randint(1, 99)},{_digits(r, 3)}.{_digits(r, 2)}",
                                  f"€ {r.randint(1, 9)}.{_digits(r, 3)},{_digits(r, 2)}"]),
    "date": lambda r: r.choice([f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026",
                                f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026",
                                f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                                f"{r.randint(1, 28)} mars 2026"]),
    "sku": lambda r: r.choice([f"SKU-{r.choice(['AB', 'KR', 'PX'])}-{_digits(r, 4)}-XL",
                               f"REF {_digits(r, 2)}-{_digits(r, 3)}-{_digits(r, 3)}",
                               f"art. {_digits(r, 6)}"]),
    "tracking": lambda r: r.choice([f"1Z{_digits(r, 3)}AA1{_digits(r, 11)}",
                                    f"6A{_digits(r, 11)}", f"XW{_digits(r, 9)}FR",
                                    f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
                                    f"JJD{_digits(r, 18)}"]),
    "version": lambda r: r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                                   f"version {r.randint(1, 12)}.{r.randint(0, 9)}."
                                   f"{r.randint(0, 9)}.{r.randint(1, 99)}",
                                   f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}"]),
    "bad_iban": _bad_iban,
    "bad_card": _bad_card,
    "ean": _ean,
    "contract": lambda r: f"{r.randint(2019, 2026)}{_digits(r, 10)}",
    "ref333": lambda r: f"{r.randint(100, 999)} {_digits(r, 3)} {_digits(r, 3)}",
    "oid": lambda r: f"1.3.6.1.4.1.{r.randint(1000, 60000)}",
    "time": lambda r: r.choice([f"{r.randint(8, 18)}h{r.choice(['00', '15', '30'])}",
                                f"{r.randint(8, 18)}:{r.choice(['00', '15', '30', '45'])}"]),
}

_NEG_SENTENCES = {
    "fr": ["Ma commande {order} n'est toujours pas arrivée.",
           "La facture {invoice} d'un montant de {amount} me semble fausse.",
           "La livraison était prévue le {date} avant {time}.",
           "Il me faut 2 000 cartons réf. {sku} en stock.",
           "Le numéro de suivi {tracking} ne donne rien sur le site du transporteur.",
           "Depuis la mise à jour en {version}, le portail plante.",
           "Le RIB {bad_iban} que j'ai reçu est-il correct ?",
           "La carte {bad_card} est refusée, je ne comprends pas.",
           "Le code EAN {ean} ne correspond à aucun produit.",
           "Pouvez-vous me faire un avoir de {amount} sur la commande {order} ?",
           "Le contrat n° {contract} arrive à échéance.",
           "Votre référence client {ref333} ne figure pas sur le bon.",
           "Le certificat (OID {oid}) a expiré à {time}."],
    "en": ["My order {order} still hasn't arrived.",
           "Invoice {invoice} for {amount} looks wrong.",
           "Delivery was scheduled for {date} before {time}.",
           "We need 2,000 mailers ref. {sku} in stock.",
           "Tracking number {tracking} shows nothing on the carrier's site.",
           "Since the update to {version} the portal keeps crashing.",
           "Is the IBAN {bad_iban} you sent correct?",
           "The card {bad_card} keeps being declined.",
           "EAN {ean} does not match any product.",
           "Could you issue a credit note of {amount} on order {order}?",
           "Contract no. {contract} expires soon.",
           "Your customer reference {ref333} is missing from the slip.",
           "The certificate (OID {oid}) expired at {time}."],
}

_SENTENCES: dict[str, dict[str, list[str]]] = {
    "fr": {
        "EMAIL": ["Mon adresse e-mail est {v}.", "Écrivez-moi à {v} svp.",
                  "Pouvez-vous mettre {v} en copie ?", "Le bon de livraison doit partir à {v}",
                  "Écrire à <{v}>", "mailto:{v}"],
        "PHONE": ["Vous pouvez me joindre au {v}.", "Mon portable : {v}",
                  "Rappelez-moi au {v} avant 18h.", "Le livreur peut appeler le {v} à l'arrivée.",
                  "Notre standard ({v}) ne répond pas.", "Tél. : {v} (ligne directe)", "Tel:{v}"],
        "IBAN": ["Voici notre nouvel IBAN : {v}.", "Merci de rembourser l'avoir sur le compte {v}",
                 "Le prélèvement doit se faire sur {v} dès le mois prochain.", "RIB à jour : {v}",
                 "IBAN {v} BIC AGRIFRPP"],
        "CREDIT_CARD": ["Le paiement par carte {v} a été refusé.",
                        "J'ai payé avec la carte {v}, exp 09/28.",
                        "Pouvez-vous débiter {v} pour la commande ?", "CB n° {v}",
                        "Carte {v} 09/28, merci de réessayer."],
        "FR_SIREN": ["Notre SIREN est {v}.", "SIREN : {v}",
                     "La société est immatriculée au RCS de Lyon sous le numéro {v}."],
        "FR_SIRET": ["Le SIRET de notre établissement est {v}.", "SIRET : {v}",
                     "Facturez le site de Lyon (siret {v}).", "Pour l'ouverture de compte : {v}.",
                     "SIRET n°{v}"],
        "FR_NIR": ["Pour la mutuelle, mon numéro de sécurité sociale est {v}.",
                   "N° de sécu : {v}", "Mon NIR {v} figure sur l'attestation.", "n° sécu {v}"],
        "VAT_NUMBER": ["Notre numéro de TVA intracommunautaire est {v}.", "TVA : {v}",
                       "Merci d'ajouter la TVA {v} sur la facture."],
        "IP_ADDRESS": ["Le portail bloque mon adresse IP {v}.", "L'erreur vient du serveur {v}.",
                       "Pouvez-vous autoriser {v} dans le pare-feu ?",
                       "Connexion refusée depuis [{v}]"],
        "POSTAL_ADDRESS": ["Merci de livrer au {v}.", "Notre adresse de facturation : {v}.",
                           "Le colis est reparti vers {v} par erreur."],
    },
    "en": {
        "EMAIL": ["My email is {v}.", "Please write to {v}.", "Can you cc {v}?",
                  "Send the delivery note to {v}", "Write to <{v}>", "mailto:{v}"],
        "PHONE": ["You can reach me on {v}.", "My mobile: {v}", "Call me back at {v} before 6pm.",
                  "The driver can phone {v} on arrival.", "Our switchboard ({v}) is not answering.",
                  "Tel: {v} (direct line)"],
        "IBAN": ["Here is our new IBAN: {v}.", "Please refund the credit note to account {v}",
                 "Direct debit should use {v} from next month.", "Updated bank details: {v}",
                 "IBAN {v} BIC NWBKGB2L"],
        "CREDIT_CARD": ["The payment with card {v} was declined.",
                        "I paid with card {v}, exp 09/28.", "Can you charge {v} for the order?",
                        "Card no. {v}", "Card {v} 09/28, please retry."],
        "FR_SIREN": ["Our French SIREN is {v}.", "SIREN: {v}",
                     "Our Paris subsidiary is registered under company number {v}."],
        "FR_SIRET": ["Our SIRET is {v}.", "SIRET: {v}", "Bill the Lyon site (SIRET {v})."],
        "FR_NIR": ["For the insurance, my French social security number is {v}.",
                   "NIR: {v}"],
        "VAT_NUMBER": ["Our VAT number is {v}.", "VAT: {v}",
                       "Please add VAT ID {v} to the invoice."],
        "IP_ADDRESS": ["The portal blocks my IP address {v}.", "The error comes from server {v}.",
                       "Can you whitelist {v} in the firewall?", "Connection refused from [{v}]"],
        "POSTAL_ADDRESS": ["Please deliver to {v}.", "Our billing address: {v}.",
                           "The parcel went to {v} by mistake."],
    },
}

_OPENERS = {"fr": ["Bonjour,", "Bonjour Madame, Monsieur,", "Bonsoir,", "Bonjour, ici {person}.",
                   ""],
            "en": ["Hello,", "Hi team,", "Good morning,", "Hi, this is {person}.", ""]}
_TOPICS = {"fr": ["je vous contacte au sujet de ma commande {order}.",
                  "j'ai un souci avec la facture {invoice}.",
                  "nous souhaitons changer nos coordonnées.", "notre compte client est bloqué.",
                  "je voudrais un devis pour 2 000 pochettes."],
           "en": ["I'm writing about order {order}.", "I have a problem with invoice {invoice}.",
                  "we would like to update our details.", "our customer account is locked.",
                  "I'd like a quote for 2,000 mailers."]}
_CLOSINGS = {"fr": ["Merci d'avance.", "Cordialement,\n{person}", "Bien à vous, {person}",
                    "Merci !", ""],
             "en": ["Thanks in advance.", "Best regards,\n{person}", "Kind regards, {person}",
                    "Thanks!", ""]}


def _person(rng: random.Random, lang: str) -> str:
    firsts, lasts = (FIRST_FR, LAST_FR) if lang == "fr" else (FIRST_EN, LAST_EN)
    return f"{rng.choice(firsts)} {rng.choice(lasts)}"


def _address(rng: random.Random, lang: str) -> str:
    if lang == "fr":
        postcode, city = rng.choice(_CITIES_FR)
        number = f"{rng.randint(1, 180)}{rng.choice(['', '', ' bis'])}"
        return f"{number} {rng.choice(_STREETS_FR)}{rng.choice([', ', ' '])}{postcode} {city}"
    return f"{rng.randint(1, 400)} {rng.choice(_STREETS_EN)}, {rng.choice(_CITIES_EN)}"


def make_value(kind: str, rng: random.Random, lang: str = "fr") -> str:
    """One valid value of entity type `kind` ("IBAN", "PHONE", ...), in a random format."""
    if kind == "EMAIL":
        return _email(rng, *_person(rng, lang).split(" ", 1))
    makers: dict[str, Callable[[], str]] = {
        "PHONE": lambda: _phone(rng, lang), "IBAN": lambda: _iban(rng),
        "CREDIT_CARD": lambda: _card(rng), "FR_SIREN": lambda: _siren(rng),
        "FR_SIRET": lambda: _siret(rng), "FR_NIR": lambda: _nir(rng),
        "VAT_NUMBER": lambda: _vat(rng), "IP_ADDRESS": lambda: _ip(rng),
        "POSTAL_ADDRESS": lambda: _address(rng, lang), "PERSON": lambda: _person(rng, lang)}
    return makers[kind]()


class _Builder:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang = rng, lang
        self.text = ""
        self.entities: list[Entity] = []

    def add(self, template: str, kind: str | None = None) -> None:
        """Append `template`, filling "{v}" with a value of `kind` and other slots."""
        if not template:
            return
        if self.text:
            self.text += self.rng.choice([" ", " ", "\n"])
        for i, piece in enumerate(template.replace("{", "}").split("}")):
            if i % 2 == 0:
                self.text += piece
                continue
            gold = kind if piece == "v" else "PERSON" if piece == "person" else None
            value = (make_value(gold, self.rng, self.lang) if gold
                     else _NEGATIVES[piece](self.rng))
            if gold:
                self.entities.append({"type": gold, "start": len(self.text),
                                      "end": len(self.text) + len(value), "value": value})
            self.text += value


def generate(n: int, seed: int) -> list[Row]:
    """`n` messages (about half French, half English), reproducible from `seed`."""
    rng = random.Random(seed)
    kinds = list(_SENTENCES["fr"])
    rows: list[Row] = []
    for _ in range(n):
        lang = rng.choice(["fr", "en"])
        b = _Builder(rng, lang)
        opener = rng.choice(_OPENERS[lang])
        b.add(opener)
        topic = rng.choice(_TOPICS[lang])
        b.add(topic if opener.endswith(",") else topic[0].upper() + topic[1:])
        for kind in rng.sample(kinds, rng.choice([0, 1, 1, 2, 2, 3])):
            b.add(rng.choice(_SENTENCES[lang][kind]), kind)
        for sentence in rng.sample(_NEG_SENTENCES[lang], rng.choice([0, 1, 1, 2])):
            b.add(sentence)
        b.add(rng.choice(_CLOSINGS[lang]))
        rows.append({"text": b.text, "lang": lang, "entities": b.entities})
    return rows
