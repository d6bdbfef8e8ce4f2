"""English plural forms (the reference: tools/update_translations.py writes them into
resources/translations/skillassess_en.ts). Every other English text is its own source; only the %n
messages need a translation: [one, other], e.g. "1 candidate", "30 candidates".
"""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ('AssessmentsPage', '%n assessment(s)'):
        ['%n assessment', '%n assessments'],
    ('AuditPage', '%n entry(ies)'):
        ['%n entry', '%n entries'],
    ('AuditTexts', '%n record(s) differ from the audit log: changed outside SkillAssess.'):
        ['%n record differs from the audit log: changed outside SkillAssess.', '%n records differ from the audit log: changed outside SkillAssess.'],
    ('AuditTexts', 'The audit log is intact: %n entry(ies) checked; every record matches it.'):
        ['The audit log is intact: %n entry checked; every record matches it.', 'The audit log is intact: %n entries checked; every record matches it.'],
    ('AuditTexts', '… and %n more.'):
        ['… and %n more.', '… and %n more.'],
    ('CandidatesPage', '%n candidate(s)'):
        ['%n candidate', '%n candidates'],
    ('CandidatesPage', '%n candidate(s) imported.'):
        ['%n candidate imported.', '%n candidates imported.'],
    ('CandidatesPage', '%n already registered, not imported again:'):
        ['%n already registered, not imported again:', '%n already registered, not imported again:'],
    ('CertificatesPage', '%n certificate(s) in the register'):
        ['%n certificate in the register', '%n certificates in the register'],
    ('CertificatesPage', '%n certificate(s) saved'):
        ['%n certificate saved', '%n certificates saved'],
    ('CertificatesPage', 'Preparing %n certificate(s)…'):
        ['Preparing %n certificate…', 'Preparing %n certificates…'],
    ('CertificatesPage', 'Printing %n certificate(s)…'):
        ['Printing %n certificate…', 'Printing %n certificates…'],
    ('EvidenceDialog', '%n item(s) in the portfolio'):
        ['%n item in the portfolio', '%n items in the portfolio'],
    ('ProgressWidget', '%n unit(s) achieved: a statement of attainment can be issued.'):
        ['%n unit achieved: a statement of attainment can be issued.', '%n units achieved: a statement of attainment can be issued.'],
    ('ReportsPage', 'Exported %n row(s) to %1'):
        ['Exported %n row to %1', 'Exported %n rows to %1'],
    ('SessionPlannerDialog', '%n candidate(s) chosen'):
        ['%n candidate chosen', '%n candidates chosen'],
    ('SignInDialog', 'Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minute(s); an administrator can unlock it sooner by resetting the password.'):
        ['Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minute; an administrator can unlock it sooner by resetting the password.', 'Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minutes; an administrator can unlock it sooner by resetting the password.'],
    ('UsersPage', '%n user(s)'):
        ['%n user', '%n users'],
}


# tr-fr-ar: strings added by the phase-3 merges ----
TRANSLATIONS.update({
    ('HomePage', '%n result(s) in draft in your sessions.'):
        ['%n result in draft in your sessions.', '%n results in draft in your sessions.'],
    ('HomePage', '%n result(s) in draft.'):
        ['%n result in draft.', '%n results in draft.'],
    ('HomePage', '%n session(s) to record'):
        ['%n session to record', '%n sessions to record'],
    ('HomePage', '%n result(s) waiting for verification'):
        ['%n result waiting for verification', '%n results waiting for verification'],
    ('HomePage', '%n returned result(s)'):
        ['%n returned result', '%n returned results'],
    ('HomePage', '%n candidate(s) eligible for a certificate'):
        ['%n candidate eligible for a certificate', '%n candidates eligible for a certificate'],
    ('HomePage', '%1 — assessor %2 — %n result(s) in draft'):
        ['%1 — assessor %2 — %n result in draft', '%1 — assessor %2 — %n results in draft'],
    ('IssueConfirmDialog', 'Issue %n certificate(s)?'):
        ['Issue %n certificate?', 'Issue %n certificates?'],
    ('IssueConfirmDialog', '%n certificate(s) will be issued in %1, dated %2.'):
        ['%n certificate will be issued in %1, dated %2.', '%n certificates will be issued in %1, dated %2.'],
    ('IssueConfirmDialog', 'Issue %n certificate(s)'):
        ['Issue %n certificate', 'Issue %n certificates'],
})
