"""The privacy notice and the records of processing, generated from the bot spec.

    from clairbot.policy import build_notice, current_version, notice_markdown, ropa_rows

    version = current_version(session=session, tenant_id=spec.tenant, spec=spec, now=utcnow())
    notice = build_notice(spec, "fr", version=version)    # sections ready to render
    notice_markdown(notice)                                # or the /privacy page (web)
    ropa_rows(spec, "en")                                  # GDPR art. 30, one row per purpose

`notice_version(spec)` is the digest of what the notice materially says; `current_version`
publishes a new numbered, dated version only when it changes.
"""

from clairbot.policy.markdown import notice_markdown
from clairbot.policy.models import PrivacyNoticeVersion
from clairbot.policy.notice import (
    Block,
    Items,
    Notice,
    Paragraph,
    Section,
    Subheading,
    Table,
    build_notice,
)
from clairbot.policy.ropa import RopaRow, ropa_csv, ropa_json, ropa_markdown, ropa_rows
from clairbot.policy.versions import (
    NoticeVersion,
    current_version,
    latest,
    notice_version,
    published,
)

__all__ = [
    "Block",
    "Items",
    "Notice",
    "NoticeVersion",
    "Paragraph",
    "PrivacyNoticeVersion",
    "RopaRow",
    "Section",
    "Subheading",
    "Table",
    "build_notice",
    "current_version",
    "latest",
    "notice_markdown",
    "notice_version",
    "published",
    "ropa_csv",
    "ropa_json",
    "ropa_markdown",
    "ropa_rows",
]
