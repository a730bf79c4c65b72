"""Records of processing activities (GDPR art. 30), one per purpose of the bot spec.

Each row says who the controller and the DPO are, the purpose and its lawful basis, whose data
(website visitors, staff of business customers) and which categories, who receives it (the
company's staff and the processors serving that purpose), transfers outside the EU/EEA with
their safeguards, retention, the security measures Clairbot applies, and the spec version the
record was generated from. Rendered as Markdown (a section per activity), JSON (stable English
keys, lists kept as lists) or CSV (a header of readable column names, then one line per
purpose).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass
from typing import Final

from clairbot.i18n import t
from clairbot.policy.notice import basis_label, category_label, role_label
from clairbot.spec import BotSpec, Purpose

FIELDS: Final = ("activity", "controller", "purpose", "lawful_basis", "data_subjects",
                 "personal_data", "recipients", "transfers", "retention", "security", "source")
"""The columns, in order; each has a readable label under ``policy.ropa`` in the locales."""

_LABEL_KEYS: Final = {"activity": "name", "lawful_basis": "basis", "data_subjects": "subjects",
                      "personal_data": "data", "source": "spec_source"}


@dataclass(frozen=True)
class RopaRow:
    """One processing activity: a purpose of the bot, described for the record."""

    purpose_id: str
    activity: str
    controller: str
    purpose: str
    lawful_basis: str
    data_subjects: str
    personal_data: tuple[str, ...]
    recipients: tuple[str, ...]
    transfers: tuple[str, ...]
    retention: str
    security: str
    source: str

    def cells(self, lang: str) -> tuple[str, ...]:
        """The row's values in `FIELDS` order, lists joined for a table or a spreadsheet."""
        none = t("policy.none", lang)
        values = asdict(self)
        return tuple("; ".join(value) or none if isinstance(value, tuple) else str(value)
                     for value in (values[name] for name in FIELDS))


def column_labels(lang: str) -> tuple[str, ...]:
    """Readable column names, in `FIELDS` order."""
    return tuple(t(f"policy.ropa.{_LABEL_KEYS.get(name, name)}", lang) for name in FIELDS)


def ropa_rows(spec: BotSpec, lang: str) -> list[RopaRow]:
    """One record per purpose of `spec`, in spec order, worded in `lang`."""
    return [_row(spec, purpose, lang) for purpose in spec.purposes]


def _row(spec: BotSpec, purpose: Purpose, lang: str) -> RopaRow:
    company = spec.company
    processors = spec.processors_for(purpose.id)
    retention = t("policy.ropa.retention_value", lang,
                  conversations=spec.retention.conversations,
                  personal_data=spec.retention.personal_data,
                  incidents=spec.retention.incidents)
    if purpose.requires_consent:
        retention += t("policy.ropa.retention_consent", lang,
                       consent_proof=spec.retention.consent_proof)
    return RopaRow(
        purpose_id=purpose.id,
        activity=t("policy.ropa.activity", lang, bot=spec.bot.name, purpose=purpose.id),
        controller=t("policy.ropa.controller_value", lang, controller=company.controller.name,
                     email=company.controller.email, dpo=company.privacy_contact.name,
                     dpo_email=company.privacy_contact.email),
        purpose=purpose.text(lang),
        lawful_basis=basis_label(purpose, lang),
        data_subjects=t("policy.ropa.subjects_value", lang),
        personal_data=(tuple(category_label(c, lang) for c in purpose.data)
                       or (t("policy.ropa.data_none", lang),)),
        recipients=(t("policy.ropa.staff", lang, company=company.legal_name),
                    *(f"{p.name} ({role_label(p, lang)}, {p.location})" for p in processors)),
        transfers=tuple(f"{p.name} ({p.location}): {p.safeguard}"
                        for p in processors if p.outside_eea),
        retention=retention,
        security=t("policy.ropa.security_value", lang),
        source=t("policy.ropa.spec_source_value", lang, tenant=spec.tenant,
                 version=spec.spec_version))


def ropa_json(rows: list[RopaRow]) -> str:
    """The records as a JSON array of objects (lists stay lists)."""
    return json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=2)


def ropa_csv(rows: list[RopaRow], lang: str) -> str:
    """The records as CSV: a header of column names, then one line per purpose."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("purpose_id", *column_labels(lang)))
    writer.writerows((row.purpose_id, *row.cells(lang)) for row in rows)
    return buffer.getvalue()


def ropa_markdown(spec: BotSpec, rows: list[RopaRow], lang: str) -> str:
    """The records as Markdown: a title, the source, then a section per activity."""
    lines = [f"# {t('policy.ropa.title', lang, company=spec.company.legal_name)}", "",
             t("policy.ropa.source", lang, tenant=spec.tenant, version=spec.spec_version)]
    labels = column_labels(lang)
    for row in rows:
        lines.extend(["", f"## {row.activity}", ""])
        lines.extend(f"- **{label}**: {value}"
                     for label, value in zip(labels[1:], row.cells(lang)[1:], strict=True))
    return "\n".join(lines) + "\n"
