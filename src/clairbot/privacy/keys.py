"""The deployment's key ring, from settings; and re-encryption after a rotation."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import String, Text, column, func, select, table, update
from sqlalchemy.orm import Session

from clairbot.config import Settings
from clairbot.privacy.crypto import ENCRYPTED_COLUMNS, KeyRing, keyring_from


def keyring_from_settings(settings: Settings, *, create_in_data_dir: bool = False) -> KeyRing:
    """The configured ring; the data folder's key file is used (or created, for `demo` and
    `chat`) only when neither a key nor a key file is configured."""
    return keyring_from(
        key=settings.encryption_key.get_secret_value() if settings.encryption_key else None,
        key_file=settings.key_file, data_dir_file=settings.data_dir_key_file,
        create=create_in_data_dir)


def reencrypt(*, session: Session, ring: KeyRing, batch: int = 500,
              progress: Callable[[int], None] | None = None) -> int:
    """Re-encrypt every encrypted column under `ring`'s primary key; returns values changed.

    Reads the raw ciphertexts (plain columns, no decryption by the column type), so each
    value is opened with whichever key of the ring wrote it. Values already under the
    primary key are left alone, so an interrupted rotation can simply be run again.
    """
    changed = 0
    for context in sorted(ENCRYPTED_COLUMNS):
        table_name, column_name = context.split(".")
        rows_table = table(table_name, column("id", String), column(column_name, Text))
        value = rows_table.c[column_name]
        last = ""
        while True:
            rows = session.execute(select(rows_table.c.id, value)
                                   .where(rows_table.c.id > last, value.is_not(None))
                                   .order_by(rows_table.c.id).limit(batch)).all()
            if not rows:
                break
            for row_id, token in rows:
                if ring.key_id_of(token) != ring.primary:
                    plain = ring.decrypt(token, context=context)
                    session.execute(update(rows_table).where(rows_table.c.id == row_id)
                                    .values({column_name: ring.encrypt(plain, context=context)}))
                    changed += 1
            last = rows[-1][0]
            if progress:
                progress(len(rows))
    return changed


def count_encrypted(*, session: Session) -> int:
    """How many encrypted values the database holds (for a progress bar's total)."""
    total = 0
    for context in sorted(ENCRYPTED_COLUMNS):
        table_name, column_name = context.split(".")
        rows_table = table(table_name, column(column_name, Text))
        total += session.scalar(select(func.count()).select_from(rows_table)) or 0
    return total
