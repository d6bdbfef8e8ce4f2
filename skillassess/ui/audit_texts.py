"""What the audit checks say, in the interface language (the services' sentences are English)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from skillassess.core.messages import Message
from skillassess.db.database import Database
from skillassess.services import audit_verification, checkpoint
from skillassess.services.audit_verification import AuditReport, Difference
from skillassess.ui.ops import read

# Written out as translate("AuditTexts", "literal") so that lupdate finds every sentence.
translate = QCoreApplication.translate


class AuditTexts(QObject):
    """The sentences with a number: lupdate finds plural forms only in tr() calls (same context)."""

    def differ(self, n: int) -> str:
        return self.tr("%n record(s) differ from the audit log: changed outside SkillAssess.", "", n)

    def intact(self, n: int) -> str:
        return self.tr("The audit log is intact: %n entry(ies) checked; every record matches it.", "", n)

    def more(self, n: int) -> str:
        return self.tr("… and %n more.", "", n)


FSI, PDI = "\u2068", "\u2069"


def isolated(message: Message) -> Message:
    """``message`` with each value (a name, a code, free text) as a first-strong isolate: in Arabic an English
    name or sentence keeps its own order and full stop inside the translated sentence."""

    def wrap(value: Any) -> Any:
        if isinstance(value, Message):
            return isolated(value)
        if isinstance(value, (list, tuple)):
            return [wrap(v) for v in value]
        return FSI + str(value) + PDI

    return Message(message.text, {k: wrap(v) for k, v in message.params.items()})


def entry_text(message: Message) -> str:
    """An audit entry's description (services/audit_reading) in the interface language."""
    from skillassess.ui.errors import say

    return say(isolated(message))


def _plural() -> AuditTexts:
    return AuditTexts()


def _fill(text: str, *values: Any) -> str:
    for n, v in enumerate(values, start=1):
        text = text.replace(f"%{n}", str(v))
    return text


def _value(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)


def difference_text(d: Difference) -> str:
    # Table and field names are shown as the database names them: whoever checks may look there.
    if d.problem == audit_verification.CHANGED:
        text = translate("AuditTexts", "%1 (%2), %3: the audit log (entry %4) says %5, the database holds %6.")
        return _fill(text, d.table, d.record, d.field, d.entry_id, _value(d.audited), _value(d.found))
    if d.problem == audit_verification.NO_ENTRY:
        text = translate("AuditTexts", "%1 (%2): no audit entry records this record; it was added outside SkillAssess.")
        return _fill(text, d.table, d.record)
    if d.problem == audit_verification.VANISHED:
        text = translate(
            "AuditTexts", "%1 (%2): the audit log (entry %3) records it, but it is no longer in the database."
        )
        return _fill(text, d.table, d.record, d.entry_id)
    text = translate("AuditTexts", "%1 (%2): the audit log (entry %3) records its deletion, but it is in the database.")
    return _fill(text, d.table, d.record, d.entry_id)


def checkpoint_text(c: checkpoint.CheckpointCheck) -> str:
    cp = c.checkpoint
    when = cp.when if cp is not None else ""
    entries = cp.entries if cp is not None else ""
    if c.status == checkpoint.ENTRIES_MISSING:
        text = translate(
            "AuditTexts",
            "The audit checkpoint written on %1 records %2 entries, but the database holds %3: the "
            "newest changes are missing (a -wal file lost after a crash, or entries deleted). Restore the newest "
            "backup, or an administrator records the loss on the Audit log page; until then nothing can be saved.",
        )
        return _fill(text, when, entries, c.found if c.found is not None else "")
    if c.status == checkpoint.REWRITTEN:
        text = translate(
            "AuditTexts",
            "The audit log no longer holds the entries its checkpoint of %1 records: it was rewritten or "
            "replaced. Restore the newest backup, or an administrator records the loss on the Audit log page; until "
            "then nothing can be saved.",
        )
        return _fill(text, when)
    if c.status == checkpoint.BAD_SIGNATURE:
        text = translate(
            "AuditTexts", "The audit checkpoint %1 does not match its signature: it was changed outside SkillAssess."
        )
        return _fill(text, c.path)
    if c.status == checkpoint.MISSING:
        text = translate(
            "AuditTexts",
            "There is no audit checkpoint (%1), so removing the newest entries of the log could not be "
            "detected. If you copied the database, copy its .checkpoint file with it.",
        )
        return _fill(text, c.path)
    if c.status in (checkpoint.UNKNOWN_SIGNER, checkpoint.UNREADABLE):
        text = translate(
            "AuditTexts",
            "The audit checkpoint %1 was not used: it is signed with a key this computer does not know, "
            "or cannot be read. The next change writes a new one.",
        )
        return _fill(text, c.path)
    if c.status == checkpoint.NOT_NEEDED:
        return translate("AuditTexts", "The audit log is empty; there is no checkpoint yet.")
    return _fill(
        translate("AuditTexts", "The audit checkpoint of %1 (%2 entries) is contained in the log."), when, entries
    )


def summary_text(report: AuditReport) -> str:
    c = report.chain
    if not c.intact:
        return _fill(translate("AuditTexts", "The audit log is broken at entry %1: %2."), c.broken_id, c.problem)
    if report.difference_count:
        return _plural().differ(report.difference_count)
    if report.checkpoint is not None and report.checkpoint.failed:
        return checkpoint_text(report.checkpoint)
    return _plural().intact(c.checked)


def report_lines(report: AuditReport) -> list[str]:
    """The summary, each difference, then what the checkpoint says."""
    lines = [summary_text(report)]
    if not report.chain.intact and report.difference_count:
        lines.append(_plural().differ(report.difference_count))
    lines += [difference_text(d) for d in report.differences]
    hidden = report.difference_count - len(report.differences)
    if hidden > 0:
        lines.append(_plural().more(hidden))
    c = report.checkpoint
    if c is not None:
        text = checkpoint_text(c)
        if text not in lines:
            lines.append(text)
    return lines


def warn_if_entries_lost(parent: QWidget | None, db: Database) -> bool:
    """On opening: say so when the audit log lost entries its checkpoint records (True when it did)."""
    failed = read(db, checkpoint.failed_on_open)
    if failed is None:
        return False
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("AuditTexts", "The audit log has lost entries"),
        checkpoint_text(failed),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("lost_entries_warning")
    box.exec()
    return True
