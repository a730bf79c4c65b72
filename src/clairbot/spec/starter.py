"""A starter bot: a commented ``spec.yaml`` and a small knowledge base that pass the checks.

A bot owner starts from these files and replaces the example values; the comments in the spec
explain each section and the safeguard it carries.
"""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date
from pathlib import Path
from string import Template

from clairbot.categories import ENTITY_TYPES, SPECIAL_CATEGORY, SPECIAL_SUBTYPES
from clairbot.errors import Conflict, InvalidInput
from clairbot.text import fold

SPEC_FILE = "spec.yaml"
KNOWLEDGE_DIR = "knowledge"

_SPEC = Template("""\
# Clairbot bot spec (starter). Replace every example value with your own.
# `clairbot check spec.yaml` lists every problem at once; a bot whose spec has a problem does
# not start, so that no visitor ever meets a bot without its safeguards.

# Version of this spec: any text. Change it whenever you edit the file; every answer the bot
# gives records the version it ran with.
spec_version: "$version"

# Short identifier of your company in Clairbot (2 to 40 characters among a-z, 0-9 and -).
tenant: $tenant

company:
  legal_name: $company
  # The data controller: the organisation accountable for the personal data that visitors
  # share (GDPR art. 4 and 13). The privacy notice names it.
  controller:
    name: $company
    email: privacy@example.com
    address: "1 rue de l'Exemple, 69000 Lyon, France"
    # ISO country code. In France the privacy notice names the CNIL as the authority visitors
    # may complain to; elsewhere, add `supervisory_authority: {name: ..., url: ...}` under
    # company.
    country: FR
  # Who answers privacy questions and data-subject requests (access, erasure...): your data
  # protection officer (DPO) or privacy contact.
  privacy_contact:
    name: Data protection officer
    email: dpo@example.com
  website: https://example.com

bot:
  # The name the bot introduces itself with. It never pretends to be a person.
  name: Clara
  languages: [fr, en]    # French, English or both
  default_language: fr   # used when the visitor's language is not known

# The first message of every conversation says that the visitor is talking to an automated
# assistant (EU AI Act art. 50). `default` uses Clairbot's wording, which also says that answers
# may be wrong and that a person can be reached at any time. Your own wording must still say
# that the bot is automated ("assistant automatisé", "IA", "automated assistant", "AI"...) and
# must never claim to be a person.
disclosure:
  fr: default
  en: default

# What the bot answers about. Each topic has an accountable owner: the team answerable for what
# the bot says on it, reachable by email, phone or url; answers cite it. `needs_human: true`
# marks decisions with legal or similarly significant effect (GDPR art. 22: termination,
# disputes, refunds...): the bot never takes them, it hands the conversation to a person.
topics:
  - id: general
    title: {fr: Questions générales, en: General questions}
    owner: {name: Customer service, email: support@example.com}
  - id: contracts
    title: {fr: Contrats et litiges, en: Contracts and disputes}
    owner: {name: Sales administration, email: contracts@example.com}
    needs_human: true
  - id: privacy
    title: {fr: Données personnelles, en: Personal data}
    owner: {name: Data protection officer, email: dpo@example.com}

# A person is always one message away. During business hours the conversation goes to an
# agent; outside them the visitor gets a ticket and the promise below, in their language.
escalation:
  business_hours:
    timezone: Europe/Paris   # an IANA time zone name
    days:                    # a day left out is closed; two ranges: ["09:00-12:00", "14:00-18:00"]
      mon: "09:00-18:00"
      tue: "09:00-18:00"
      wed: "09:00-18:00"
      thu: "09:00-18:00"
      fri: "09:00-18:00"
  outside_hours_promise:
    fr: "Une personne de notre équipe vous recontacte le prochain jour ouvré avant midi."
    en: "A person from our team will get back to you on the next business day before noon."
  # Where people can reach a person besides the chat: an email, a phone or both.
  contact:
    email: support@example.com
    phone: "+33 4 00 00 00 00"

# How many days each kind of data is kept before it is deleted (GDPR art. 5(1)(e)).
retention:
  conversations: 30     # conversation transcripts
  personal_data: 30     # personal data found in conversations (names, emails, phone numbers...)
  consent_proof: 1825   # proof of consent, kept longer so that it can be shown if disputed
  incidents: 365        # reported problems with answers and their handling, after their last change
  # Optional: a period per purpose instead of personal_data (data kept for a callback is
  # anonymised after 90 days), and purposes whose data is anonymised as soon as the
  # conversation is closed. `clairbot purge` (and the server, every hour) applies all of it.
  # purposes: {callback: 90}
  # on_close: [support]

# Why the bot keeps personal data, and on which lawful basis (GDPR art. 5(1)(b) and 6). Personal
# data found in a visitor message that no purpose below needs is masked before it is stored or
# used; with no purposes at all, the bot keeps no personal data.
#   id:          a short name, unique (the consent ledger records it)
#   basis:       consent (the visitor is asked first, may refuse or withdraw), contract (needed
#                to serve a customer), legitimate_interest or legal_obligation
$categories
#   description: what visitors read, in each language of the bot: what is done with their data
#                and why. A change of wording is a new version of the purpose; the consent
#                ledger records the version each visitor agreed to.
purposes:
  - id: support
    basis: contract
    data: [FR_SIREN, FR_SIRET, VAT_NUMBER]   # company identifiers, to find a business account
    description:
      fr: "Nous utilisons le SIREN, le SIRET ou le numéro de TVA de votre entreprise pour
        retrouver son compte client et traiter votre demande."
      en: "We use your company's SIREN, SIRET or VAT number to find its customer account and
        handle your request."
  - id: callback
    basis: consent
    data: [PERSON, PHONE, EMAIL]
    description:
      fr: "Nous conservons votre nom, votre numéro de téléphone et votre adresse e-mail pour
        vous rappeler ou vous écrire au sujet de votre demande."
      en: "We keep your name, phone number and email address to call or email you back about
        your request."

# Who processes visitors' data on your behalf (GDPR art. 28): your host, an email or CRM
# service, a language-model (LLM) provider... The privacy notice and the records of processing
# list them.
#   role:      hosting, llm, email, crm or other
#   location:  ISO country code; outside the EU/EEA, `safeguard` must say what makes the
#              transfer lawful (GDPR art. 44-46): "SCC" (standard contractual clauses),
#              "adequacy decision"...
#   purposes:  optional: the purposes above it serves (none listed: all of them)
processors:
  - name: Example Hosting SAS
    role: hosting
    location: FR

# The sites whose pages may run the chat widget: their origins (scheme://host[:port], no
# path), one per site, e.g. https://www.example.com and https://shop.example.com. Browsers
# refuse the chat on any other site; with none listed it only works on pages Clairbot serves
# itself (`clairbot check` warns).
widget:
  allowed_origins: ["https://example.com"]

# How much the visitor API takes before it answers "429, retry in N s" (optional; these are
# the defaults, and an action or a scope left out keeps its own). `per_ip`: from one client
# address (a whole company behind one proxy counts as one); `per_tenant`: from everyone
# together. Rates: N/second, N/minute, N/hour or N/day, several separated by `;`. A visitor
# refused a person (`handoffs`) is given `escalation.contact` instead.
# limits:
#   conversations: {per_ip: 120/minute, per_tenant: 1200/minute}
#   messages: {per_ip: 300/minute, per_tenant: 3000/minute}
#   handoffs: {per_ip: "10/minute; 60/hour", per_tenant: "120/minute; 1200/hour"}
#   feedback: {per_ip: 60/minute, per_tenant: 1200/minute}
#   incidents: {per_ip: "3/minute; 10/hour", per_tenant: 100/hour}

# Folders of documents the bot answers from, relative to this file. Markdown files start with a
# front-matter (title, owner, lang, optional url and topic) and each `##` section is one answer;
# FAQ files (.yaml) have lang, owner and items of q (question) and a (answer).
knowledge:
  sources:
    - path: knowledge

# How cautious the bot is (optional; these are the defaults).
answering:
  # confidence_threshold: 0.5    # 0 to 1: how sure the search must be before the bot answers
  max_message_chars: 2000        # longer visitor messages are refused
  unanswered_before_handoff: 2   # after this many questions without an answer, offer a person
""")

_DOC_FR = Template("""\
---
title: $title
owner: "Customer service <support@example.com>"
lang: fr
topic: general
---

# Bienvenue chez $company

Ce document est un exemple : remplacez-le par vos propres contenus. Le texte placé avant le
premier titre de niveau 2 n'est jamais cité par le bot ; chaque section `##` est une réponse.

## Joindre une personne de notre équipe

Vous pouvez parler à une personne à tout moment : écrivez « conseiller » dans la conversation.
Notre équipe répond du lundi au vendredi de 9 h à 18 h (heure de Paris). En dehors de ces
horaires, nous vous recontactons le prochain jour ouvré. Vous pouvez aussi écrire à
support@example.com.

## Vos données personnelles

$company utilise vos données uniquement pour répondre à vos questions. Les conversations sont
supprimées après 30 jours. Pour consulter, exporter ou effacer vos données, écrivez à notre
délégué à la protection des données : dpo@example.com.
""")

_DOC_EN = Template("""\
---
title: $title
owner: "Customer service <support@example.com>"
lang: en
topic: general
---

# Welcome to $company

This document is an example: replace it with your own content. Text before the first
second-level heading is never quoted by the bot; each `##` section is one answer.

## Reaching a person from our team

You can talk to a person at any time: type "agent" in the conversation. Our team answers
Monday to Friday, 9:00 to 18:00 (Paris time). Outside these hours, we get back to you on the
next business day. You can also write to support@example.com.

## Your personal data

$company uses your data only to answer your questions. Conversations are deleted after
30 days. To see, export or erase your data, write to our data protection officer:
dpo@example.com.
""")

_FAQ = Template("""\
# A FAQ file: each item is one answer, titled by its question. Replace these examples.
lang: en
owner: "Customer service <support@example.com>"
topic: general
items:
  - q: Am I talking to a person?
    a: >-
      No, you are talking to an automated assistant. You can ask for a person from our team at
      any time by typing "agent".
  - q: $question
    a: >-
      Write to support@example.com or call +33 4 00 00 00 00, Monday to Friday from 9:00 to
      18:00 (Paris time).
""")

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def write_starter(directory: Path, *, company: str = "Example SAS",
                  force: bool = False) -> list[Path]:
    """Write a starter spec and knowledge base into `directory`; return the files written.

    Writes ``spec.yaml`` and, in ``knowledge/``, a French and an English Markdown document and
    an English FAQ. `company` fills the company's name (and the tenant id derived from it).
    Raises `Conflict` if one of these files exists, unless `force`; nothing is written then.
    """
    name = company.strip()
    if not name:
        raise InvalidInput("the company name of a starter spec must not be empty")
    directory = Path(directory)
    knowledge = directory / KNOWLEDGE_DIR
    files = {
        directory / SPEC_FILE: _SPEC.substitute(version=f"{date.today().isoformat()}.1",
                                                tenant=_tenant_id(name), company=_yaml_text(name),
                                                categories=_categories_comment()),
        knowledge / "bienvenue.md": _DOC_FR.substitute(
            company=name, title=_yaml_text(f"Bienvenue chez {name}")),
        knowledge / "welcome.md": _DOC_EN.substitute(
            company=name, title=_yaml_text(f"Welcome to {name}")),
        knowledge / "faq.yaml": _FAQ.substitute(
            question=_yaml_text(f"How can I contact {name}?")),
    }
    existing = [path for path in files if path.exists()]
    if existing and not force:
        listed = ", ".join(str(path) for path in existing)
        raise Conflict(f"not overwriting existing files: {listed}; choose another folder, or "
                       "overwrite them on purpose (`clairbot init --force`)",
                       code="spec.starter_exists")
    knowledge.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return list(files)


def _categories_comment() -> str:
    """The comment lines listing the data categories a purpose may name, from `categories`."""
    ordinary = ", ".join(name for name in ENTITY_TYPES if name != SPECIAL_CATEGORY)
    text = (f"the data categories this purpose needs, among {ordinary}; `data: []` if "
            f"none. Special categories (GDPR art. 9), only with basis: consent: "
            f"{SPECIAL_CATEGORY} for all, or {SPECIAL_CATEGORY}:<subtype> for one, the subtype "
            f"among {', '.join(SPECIAL_SUBTYPES)}.")
    return textwrap.fill(text, width=96, initial_indent="#   data:        ",
                         subsequent_indent="#" + " " * 16, break_on_hyphens=False)


def _yaml_text(text: str) -> str:
    """`text` as a quoted YAML scalar (a JSON string is one), whatever characters it holds."""
    return json.dumps(text, ensure_ascii=False)


def _tenant_id(company: str) -> str:
    """``"Verdalis Emballages SAS"`` -> ``"verdalis-emballages-sas"`` (2 to 40 characters)."""
    slug = _NOT_SLUG.sub("-", fold(company)).strip("-")[:40].strip("-")
    return slug if len(slug) >= 2 else "my-company"
