"""Data lifecycle at scale: erasing one data subject, and a retention purge of 10% of the data,
among a million messages, on SQLite and PostgreSQL. Results: bench/results/lifecycle.json.

    python bench/lifecycle.py [--messages 1000000] [--erasures 20] [--no-sqlite]
                              [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]
                              [--out bench/results/lifecycle.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from sqlalchemy import (
    Column,
    Engine,
    MetaData,
    Table,
    Text,
    func,
    insert,
    select,
    text,
    update,
)

from _common import (  # bench/ is on sys.path when run
    percentile,
    pg_database,
    run_info,
    write_results,
)
from clairbot import audit
from clairbot.audit import AuditEvent, AuditHead, snapshot, verify_tenant
from clairbot.audit.chain import canonical_json, event_hash, iso, subject_ref
from clairbot.config import Settings
from clairbot.conversation.bootstrap import prepare_database
from clairbot.conversation.bot import Bot
from clairbot.conversation.feedback import Feedback
from clairbot.conversation.models import Conversation, Message
from clairbot.db import make_engine, make_session_factory, transaction
from clairbot.demo import DEMO_SPEC
from clairbot.handoff.models import Handoff
from clairbot.handoff.notes import HandoffNote
from clairbot.lifecycle.deletion import scrub
from clairbot.lifecycle.purge_pass import run_purge_pass
from clairbot.lifecycle.rights import erase_subject
from clairbot.privacy.crypto import KEYS, KeyRing, new_key
from clairbot.privacy.models import ConsentRecord
from clairbot.webhooks.models import WebhookDelivery, WebhookEndpoint

HERE = Path(__file__).parent
RESULTS = HERE / "results"
BENCH_KEY = SecretStr(new_key())
PER_CONVERSATION = 10  # messages per conversation, visitor and bot in turn
CHUNK = 1_000  # conversations written per transaction while building
# The purge runs "now"; the data set is laid out around it (see `Plan`).
NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)

VISITOR_TEXTS = {
    "fr": ["Bonjour, où en est ma commande ?", "Quels sont vos délais de livraison ?",
           "Comment modifier mon adresse de facturation ?", "Je n'ai pas reçu ma facture.",
           "Pouvez-vous m'envoyer un devis ?"],
    "en": ["Hello, where is my order?", "What are your delivery times?",
           "How do I change my billing address?", "I did not get my invoice.",
           "Can you send me a quote?"],
}
BOT_TEXTS = {
    "fr": ["Votre commande est expédiée sous 48 h ouvrées ; le suivi arrive par e-mail.",
           "Nos délais de livraison sont de 3 à 5 jours ouvrés en France métropolitaine.",
           "Vous pouvez modifier votre adresse depuis votre espace client, rubrique Compte.",
           "Je vous mets en relation avec un conseiller."],
    "en": ["Your order ships within 48 working hours; tracking comes by e-mail.",
           "Delivery takes 3 to 5 working days in mainland France.",
           "You can change your address from your customer area, under Account.",
           "I am putting you in touch with an advisor."],
}
KEPT_PHONE = {"fr": "Rappelez-moi au {phone} s'il vous plaît, pour ma commande.",
              "en": "Please call me back on {phone} about my order."}



def raw_table(table: Any, *encrypted: str) -> Table:
    """`table` with its encrypted columns as plain text: ciphertexts made once per template
    are written as they are (the benchmark measures deletes, not AES-GCM)."""
    columns = [Column(c.name, Text() if c.name in encrypted else c.type)
               for c in table.__table__.columns]
    return Table(table.__tablename__, MetaData(), *columns)


@dataclass
class Plan:
    """Who is who in the generated data set (kept to pick subjects and check the purge).

    Conversation i belongs to subject i % subjects (one subject in nine has two); 10% of
    conversations (i % 10 == 3) were last active 31 to 59 days before NOW (retention:
    30 days) and are purged with their messages; the others within the last 29 days. A
    fifth of subjects consented to `callback`; half of their conversations kept a phone
    number in a visitor message (1% of messages), and half of those lasted weeks, so that
    the number in some of them is older than 30 days in a kept conversation: anonymised.
    """

    conversations: int
    subjects: list[str] = field(default_factory=list)
    erasable: list[str] = field(default_factory=list)
    """Subjects with a kept conversation, consent, a handoff and a webhook delivery."""
    rows: dict[str, int] = field(default_factory=dict)
    expired_conversations: int = 0
    expired_messages: int = 0


def _ids(rng: random.Random) -> Callable[[], str]:
    return lambda: f"{rng.getrandbits(128):032x}"


def build(engine: Engine, tenant: str, conversations: int,
          report: Callable[[int], None] | None = None) -> Plan:
    """Write the data set straight into the tables (bulk inserts, one transaction per
    `CHUNK` conversations)."""
    rng = random.Random(7)
    new_id = _ids(rng)
    ring = KEYS.require()
    plan = Plan(conversations=conversations)
    n_subjects = max(1, conversations * 9 // 10)
    plan.subjects = ["v_" + new_id() for _ in range(n_subjects)]

    def seal(value: str, context: str) -> str:
        return ring.encrypt(value, context=context)

    visitor = {lang: [seal(t, "messages.text") for t in texts]
               for lang, texts in VISITOR_TEXTS.items()}
    bot = {lang: [seal(t, "messages.text") for t in texts] for lang, texts in BOT_TEXTS.items()}
    note = seal("Client rappelé, commande en cours de préparation.", "handoff_notes.text")
    messages_t = raw_table(Message, "text")
    notes_t = raw_table(HandoffNote, "text")
    endpoint_id = new_id()
    with engine.begin() as connection:
        connection.execute(insert(WebhookEndpoint.__table__).values(
            id=endpoint_id, tenant_id=tenant, url="https://crm.example.com/hooks/clairbot",
            secret="whsec_bench", event_types=["handoff.requested"], description="CRM",
            active=True, created_at=NOW - 400 * DAY))
    consent_rows: list[dict[str, Any]] = []  # kept for the audit chain, written at the end
    counts = dict.fromkeys(("conversations", "messages", "feedback", "handoffs",
                            "handoff_notes", "webhook_deliveries", "consent_records",
                            "kept_phone_messages"), 0)
    for start in range(0, conversations, CHUNK):
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in (
            "conversations", "messages", "feedback", "handoffs", "notes", "deliveries",
            "consent")}
        for i in range(start, min(start + CHUNK, conversations)):
            s = i % n_subjects
            subject = plan.subjects[s]
            consented = s % 5 == 2
            lang = "fr" if i % 3 else "en"
            expired = i % 10 == 3
            kept = consented and i % 2 == 0
            long_lived = kept and i % 4 == 0
            if expired:
                updated = NOW - dt.timedelta(days=rng.uniform(31, 59))
                plan.expired_conversations += 1
                plan.expired_messages += PER_CONVERSATION
            else:
                updated = NOW - dt.timedelta(days=rng.uniform(0, 29))
            spacing = 3 * DAY if long_lived else dt.timedelta(minutes=1)
            created = updated - (PER_CONVERSATION - 1) * spacing
            conv_id = new_id()
            rows["conversations"].append({
                "id": conv_id, "tenant_id": tenant, "token_hash": f"{rng.getrandbits(256):064x}",
                "subject": subject, "state": "bot", "lang": lang, "channel": "web",
                "unanswered": 0, "last_seq": PER_CONVERSATION, "rate_window_start": updated,
                "rate_count": 1, "created_at": created, "updated_at": updated})
            if consented and i == s:  # decided in their first conversation
                decisions = [("callback", "granted")]
                if s % 4 == 2:
                    decisions.append(("personalization", "refused"))
                for purpose, decision in decisions:
                    row = {"id": new_id(), "tenant_id": tenant, "subject": subject,
                           "purpose": purpose, "decision": decision,
                           "text": "Vera may keep your phone number to call you back.",
                           "text_version": "2026-11-01", "lang": lang, "channel": "web",
                           "conversation_id": conv_id, "created_at": created + spacing}
                    rows["consent"].append(row)
                    consent_rows.append(row)
            message_ids = []
            for seq in range(1, PER_CONVERSATION + 1):
                at = created + (seq - 1) * spacing
                message_id = new_id()
                message_ids.append(message_id)
                meta: dict[str, Any]
                if seq % 2:
                    role, ai, sources = "visitor", False, []
                    if kept and seq == 3:
                        phone = "06 " + " ".join(f"{rng.randrange(100):02d}" for _ in range(4))
                        body = seal(KEPT_PHONE[lang].format(phone=phone), "messages.text")
                        meta = {"lang": lang, "pii": [
                            {"type": "PHONE", "detector": "phone", "score": 0.95,
                             "decision": "kept", "purpose": "callback", "basis": "consent"}]}
                        counts["kept_phone_messages"] += 1
                    else:
                        body = rng.choice(visitor[lang])
                        meta = {"lang": lang, "pii": []}
                else:
                    role, ai = "bot", True
                    body = rng.choice(bot[lang])
                    sources = [{"id": f"faq/{rng.randrange(200)}", "title": "FAQ"}]
                    meta = {"kind": "answer", "lang": lang, "confidence": 0.82,
                            "responder": "extractive"}
                rows["messages"].append({
                    "id": message_id, "tenant_id": tenant, "conversation_id": conv_id,
                    "seq": seq, "role": role, "text": body, "ai_generated": ai,
                    "created_at": at, "sources": sources, "actions": [], "author": None,
                    "meta": meta})
            if rng.random() < 0.1:  # a handoff, its webhook delivery, feedback, maybe a note
                handoff_id = new_id()
                rows["handoffs"].append({
                    "id": handoff_id, "tenant_id": tenant, "conversation_id": conv_id,
                    "reason": "visitor_request", "detail": "", "kind": "live", "lang": lang,
                    "topic": None, "status": "resolved", "agent_id": None,
                    "created_at": updated - 2 * spacing, "assigned_at": None,
                    "resolved_at": updated, "ticket_offered_at": None, "escalated_at": None})
                rows["deliveries"].append({
                    "id": new_id(), "tenant_id": tenant, "endpoint_id": endpoint_id,
                    "event_id": new_id(), "event_type": "handoff.requested",
                    "payload": {"conversation_id": conv_id, "handoff_id": handoff_id,
                                "lang": lang, "reason": "visitor_request",
                                "state": "waiting_for_human"},
                    "attempts": 1, "status": "delivered", "next_attempt_at": None,
                    "last_status_code": 200, "last_error": None,
                    "created_at": updated - 2 * spacing, "delivered_at": updated - 2 * spacing})
                rows["feedback"].append({
                    "id": new_id(), "tenant_id": tenant, "conversation_id": conv_id,
                    "message_id": message_ids[1], "kind": "thumbs_up", "score": None,
                    "comment": None, "created_at": updated})
                if rng.random() < 0.5:
                    rows["notes"].append({
                        "id": new_id(), "tenant_id": tenant, "conversation_id": conv_id,
                        "staff_id": "staff-bench", "text": note, "created_at": updated})
                own = (s, s + n_subjects)  # the purge check counts on expired ones staying
                if consented and not any(j < conversations and j % 10 == 3 for j in own):
                    plan.erasable.append(subject)
        with engine.begin() as connection:
            for name, table in (("conversations", Conversation.__table__),
                                ("messages", messages_t), ("handoffs", Handoff.__table__),
                                ("deliveries", WebhookDelivery.__table__),
                                ("feedback", Feedback.__table__), ("notes", notes_t),
                                ("consent", ConsentRecord.__table__)):
                if rows[name]:
                    connection.execute(insert(table), rows[name])
        for name, key in (("conversations", "conversations"), ("messages", "messages"),
                          ("handoffs", "handoffs"), ("deliveries", "webhook_deliveries"),
                          ("feedback", "feedback"), ("notes", "handoff_notes"),
                          ("consent", "consent_records")):
            counts[key] += len(rows[name])
        if report:
            report(min(start + CHUNK, conversations))
    counts["audit_events"] = consent_chain(engine, tenant, consent_rows)
    plan.rows = counts
    if engine.dialect.name == "postgresql":  # as autovacuum would after such a load
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("ANALYZE"))
    return plan


def consent_chain(engine: Engine, tenant: str, records: list[dict[str, Any]]) -> int:
    """The `consent.decision` events of `records`, appended to the tenant's chain in bulk
    (hashes computed here, as `audit.record` computes them, in time order)."""
    records = sorted(records, key=lambda r: (r["created_at"], r["id"]))
    with transaction(make_session_factory(engine)) as session:
        start = audit.head(session, tenant)
    seq, prev = start.seq, start.hash
    batch: list[dict[str, Any]] = []
    with engine.begin() as connection:
        for row in records:
            seq += 1
            payload = {"purpose": row["purpose"], "decision": row["decision"],
                       "text_version": row["text_version"], "lang": row["lang"],
                       "channel": row["channel"], "record": row["id"]}
            digest = hashlib.sha256(canonical_json(payload)).hexdigest()
            at = row["created_at"]
            hashed = event_hash(tenant=tenant, seq=seq, at=iso(at), kind="consent.decision",
                                actor="visitor", payload_digest=digest, prev=prev)
            batch.append({"tenant_id": tenant, "seq": seq, "at": at, "kind": "consent.decision",
                          "actor": "visitor", "payload": payload, "payload_digest": digest,
                          "prev_hash": prev, "hash": hashed,
                          "subject_ref": subject_ref(tenant, row["subject"]),
                          "redacted_at": None})
            prev = hashed
            if len(batch) == 10_000:
                connection.execute(insert(AuditEvent.__table__), batch)
                batch = []
        if batch:
            connection.execute(insert(AuditEvent.__table__), batch)
        heads = AuditHead.__table__
        values = {"seq": seq, "hash": prev, "updated_at": NOW}
        if connection.execute(update(heads).where(heads.c.tenant_id == tenant)
                              .values(values)).rowcount == 0:
            connection.execute(insert(heads).values(tenant_id=tenant, **values))
    return len(records)


def erasures(engine: Engine, tenant: str, subjects: list[str]) -> dict[str, Any]:
    """Erase each subject as `clairbot subject erase` does: request, erasure, commit, scrub."""
    sessions = make_session_factory(engine)
    whole: list[float] = []
    scrubs: list[float] = []
    touched: list[int] = []
    for subject in subjects:
        start = time.perf_counter()
        with transaction(sessions) as session:
            receipt = erase_subject(session=session, tenant_id=tenant, subject=subject,
                                    channel="cli", requested_by="cli")
        committed = time.perf_counter()
        scrub(engine)
        end = time.perf_counter()
        whole.append((end - start) * 1000)
        scrubs.append((end - committed) * 1000)
        counts = receipt.counts
        if not (counts["messages"] and counts["consent_records"] and counts["handoffs"]
                and counts["webhook_deliveries"] and counts["audit_events_redacted"]):
            raise RuntimeError(f"the erasure of a benchmark subject missed a table: {counts}")
        touched.append(sum(counts.values()))
    return {"subjects": len(subjects), "p50_ms": round(statistics.median(whole), 2),
            "p90_ms": round(percentile(whole, 90), 2), "max_ms": round(max(whole), 2),
            "mean_ms": round(statistics.fmean(whole), 2),
            "scrub_p50_ms": round(statistics.median(scrubs), 2),
            "rows_per_erasure_p50": statistics.median(touched)}


def purge(engine: Engine, bot: Bot, plan: Plan) -> dict[str, Any]:
    """A dry run, then the purge itself, of the tenant as of NOW."""
    start = time.perf_counter()
    dry = run_purge_pass(engine=engine, spec=bot.spec, now=NOW, dry_run=True)
    dry_seconds = time.perf_counter() - start
    start = time.perf_counter()
    done = run_purge_pass(engine=engine, spec=bot.spec, now=NOW)
    seconds = time.perf_counter() - start
    if dry.counts() != done.counts():
        raise RuntimeError(f"dry run {dry.counts()} differs from the purge {done.counts()}")
    if done.conversations_deleted != plan.expired_conversations:
        raise RuntimeError(f"{done.conversations_deleted} conversations purged, "
                           f"{plan.expired_conversations} expected")
    return {"dry_run_seconds": round(dry_seconds, 2), "seconds": round(seconds, 2),
            "rows": done.total, "rows_per_second": round(done.total / seconds),
            "counts": done.counts()}


def checks(engine: Engine, tenant: str) -> dict[str, Any]:
    """After the purge: anonymised texts decrypt and hold no number; the chain verifies."""
    with transaction(make_session_factory(engine)) as session:
        anonymised = list(session.scalars(
            select(Message.text).where(Message.tenant_id == tenant,
                                       Message.meta["anonymised_at"].as_string().is_not(None))
            .limit(200)))
        left = session.scalar(select(func.count()).select_from(Message)
                              .where(Message.tenant_id == tenant)) or 0
    if not anonymised or any("[PHONE]" not in t or any(c.isdigit() for c in t)
                             for t in anonymised):
        raise RuntimeError(f"anonymised messages are not as expected: {anonymised[:3]}")
    with snapshot(engine) as connection:
        verified = verify_tenant(connection, tenant)
    if not verified.ok:
        raise RuntimeError(f"the audit chain does not verify after the run: {verified}")
    return {"messages_left": left, "anonymised_sample_ok": len(anonymised),
            "audit_events_verified": verified.checked}


def spread(items: list[str], count: int) -> list[str]:
    """`count` distinct items taken evenly across `items`."""
    unique = list(dict.fromkeys(items))
    if len(unique) <= count:
        return unique
    step = len(unique) / count
    return [unique[int(k * step)] for k in range(count)]


def measure(url: str, messages: int, erase_count: int) -> dict[str, Any]:
    settings = Settings(database_url=url, auto_upgrade=True, encryption_key=BENCH_KEY)
    KEYS.install(KeyRing.single(BENCH_KEY.get_secret_value()))
    bot = Bot.from_spec_file(DEMO_SPEC, settings)
    engine = make_engine(url)
    try:
        prepare_database(engine, [bot], auto_upgrade=True)
        conversations = max(1, messages // PER_CONVERSATION)
        start = time.perf_counter()
        step = max(CHUNK, conversations // 10)

        def progress(done: int) -> None:
            if done % step == 0 or done == conversations:
                print(f"  built {done * PER_CONVERSATION:,} messages "
                      f"({time.perf_counter() - start:.0f} s)", flush=True)

        plan = build(engine, bot.tenant_id, conversations, progress)
        result: dict[str, Any] = {"build_seconds": round(time.perf_counter() - start, 1),
                                  "rows": plan.rows}
        result["erasure"] = erasures(engine, bot.tenant_id, spread(plan.erasable, erase_count))
        print("  erasure:", result["erasure"], flush=True)
        result["purge"] = purge(engine, bot, plan)
        print("  purge:", result["purge"], flush=True)
        result["checks"] = checks(engine, bot.tenant_id)
        return result
    finally:
        engine.dispose()



Database = tuple[str, str, Callable[[], None]]
"""A name, its URL and what drops it."""


def _databases(database_url: str, tmp: Path, with_sqlite: bool) -> Iterator[Database]:
    if with_sqlite:
        yield "sqlite", f"sqlite:///{tmp / 'lifecycle.db'}", lambda: None
    pg = pg_database(database_url) if database_url else None
    if pg:
        yield "postgresql", pg[0], pg[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=1_000_000,
                        help="messages in the data set (10 per conversation)")
    parser.add_argument("--erasures", type=int, default=20, help="subjects erased, one by one")
    parser.add_argument("--database-url",
                        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
                        help="PostgreSQL server to measure on ('' to skip)")
    parser.add_argument("--no-sqlite", action="store_true", help="measure PostgreSQL only")
    parser.add_argument("--out", type=Path, default=RESULTS / "lifecycle.json")
    args = parser.parse_args()
    results: dict[str, Any] = {"messages": args.messages, **run_info()}
    with tempfile.TemporaryDirectory() as tmp:
        for name, url, drop in _databases(args.database_url, Path(tmp), not args.no_sqlite):
            print(f"{name}:", flush=True)
            try:
                results[name] = measure(url, args.messages, args.erasures)
            finally:
                drop()
    print_table(results)
    write_results(args.out, results)


def print_table(results: dict[str, Any]) -> None:
    names = [n for n in ("sqlite", "postgresql") if n in results]
    lines = [("measure", *names)]
    for label, get in (
            ("build (set-up only), s", lambda r: r["build_seconds"]),
            ("erasure of one subject p50, ms", lambda r: r["erasure"]["p50_ms"]),
            ("erasure p90, ms", lambda r: r["erasure"]["p90_ms"]),
            ("erasure max, ms", lambda r: r["erasure"]["max_ms"]),
            ("purge dry run, s", lambda r: r["purge"]["dry_run_seconds"]),
            ("purge, s", lambda r: r["purge"]["seconds"]),
            ("purge rows", lambda r: r["purge"]["rows"]),
            ("purge rows/s", lambda r: r["purge"]["rows_per_second"])):
        lines.append((label, *(str(get(results[n])) for n in names)))
    width = max(len(line[0]) for line in lines)
    for line in lines:
        print(line[0].ljust(width), *(cell.rjust(12) for cell in line[1:]))


if __name__ == "__main__":
    main()
