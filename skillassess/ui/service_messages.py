"""Service sentences (msg() ids) that the interface shows, listed so that lupdate puts them in the
catalogue under the context "Messages"; ui/errors.say renders them in the interface's language.

Services import no Qt and cannot mark their sentences for Qt's tools: a sentence a screen shows as a
matter of course (the standards editor's lock reasons) is listed here, word for word
(tests/test_translations.py checks that each is still a sentence of the services).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SERVICE_MESSAGES = (
    # services/standards/access.py: why a version cannot change in place (the banner of the standards editor)
    QT_TRANSLATE_NOOP(
        "Messages",
        "Qualification {code} version {version} is superseded and is kept as it was; "
        "change the current version or make a new version.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Qualification {code} version {version} is in use ({enrolments} enrolment(s), "
        "{certificates} certificate(s)), so it cannot be edited in place; make a new version with "
        '"New version", edit that and publish it.',
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Unit {code} version {version} is superseded and is kept as it was; change the "
        "current version or make a new version.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Unit {code} version {version} is used by {count} assessment(s), so it cannot be "
        'edited in place; make a new version with "New version", edit that and publish it.',
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Unit {code} version {version} is used by {count} certificate(s), so it cannot be "
        'edited in place; make a new version with "New version", edit that and publish it.',
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Unit {code} version {version} is used by {count} self-assessment answer(s), so it "
        'cannot be edited in place; make a new version with "New version", edit that and publish it.',
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Unit {code} version {version} is used by {count} evidence link(s), so it cannot be "
        'edited in place; make a new version with "New version", edit that and publish it.',
    ),
    # grid-windows: the recording window's refusals and notices (services/recording, core/rules.py) ----
    QT_TRANSLATE_NOOP(
        "Messages",
        "The result of {candidate} in {unit} is verified and locked; correct it with an amendment (with a reason) or record a new attempt.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The result of {candidate} in {unit} is submitted and waits for verification; a verifier must return it before it can change.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Only the assessor of {candidate} in {unit} ({assessor}) records this result."),
    QT_TRANSLATE_NOOP("Messages", "{code} (attempt {attempt})"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The outcome {outcome} was cleared: a criterion is no longer Satisfactory. Record the outcome again once it holds.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{outcome} cannot be recorded for {candidate} in {unit}:"),
    QT_TRANSLATE_NOOP("Messages", "The result of {candidate} in {unit} cannot be submitted yet:"),
    QT_TRANSLATE_NOOP("Messages", "no outcome is recorded"),
    QT_TRANSLATE_NOOP("Messages", "the assessor has not declared whether there is a conflict of interest"),
    QT_TRANSLATE_NOOP("Messages", "Describe the conflict of interest (for example a relative or an employee)."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "You assessed {candidate} in {unit}, so you cannot verify or return this result; another verifier must do it.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The result of {candidate} in {unit} is already verified and locked."),
    QT_TRANSLATE_NOOP(
        "Messages", "The result of {candidate} in {unit} is not submitted; its assessor must submit it first."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "Say why the result of {candidate} in {unit} is returned, so that the assessor knows what to fix."
    ),
    QT_TRANSLATE_NOOP("Messages", "Competent"),
    QT_TRANSLATE_NOOP("Messages", "RPL granted"),
    QT_TRANSLATE_NOOP("Messages", "Credit transfer"),
    QT_TRANSLATE_NOOP("Messages", "Not Yet Competent"),
    QT_TRANSLATE_NOOP("Messages", "Withdrawn"),
    QT_TRANSLATE_NOOP("Messages", "the unit has no performance criteria to judge"),
    QT_TRANSLATE_NOOP("Messages", "criteria not yet Satisfactory: {numbers}"),
    QT_TRANSLATE_NOOP("Messages", "no assessment method is recorded (observation, questioning, product, ...)"),
    QT_TRANSLATE_NOOP("Messages", "RPL granted is only for candidates enrolled on the RPL pathway"),
    QT_TRANSLATE_NOOP(
        "Messages", "credit transfer needs its source (the earlier qualification or statement and who issued it)"
    ),
)


# home-looks: the audit log in words (services/audit_reading.py), shown by the Audit log page
AUDIT_MESSAGES = (
    QT_TRANSLATE_NOOP("Messages", "Satisfactory"),
    QT_TRANSLATE_NOOP("Messages", "Not yet satisfactory"),
    QT_TRANSLATE_NOOP("Messages", "Draft"),
    QT_TRANSLATE_NOOP("Messages", "Submitted"),
    QT_TRANSLATE_NOOP("Messages", "Verified"),
    QT_TRANSLATE_NOOP("Messages", "Returned"),
    QT_TRANSLATE_NOOP("Messages", "Competent"),
    QT_TRANSLATE_NOOP("Messages", "Not Yet Competent"),
    QT_TRANSLATE_NOOP("Messages", "RPL granted"),
    QT_TRANSLATE_NOOP("Messages", "Credit transfer"),
    QT_TRANSLATE_NOOP("Messages", "Withdrawn"),
    QT_TRANSLATE_NOOP("Messages", "Issued"),
    QT_TRANSLATE_NOOP("Messages", "Revoked"),
    QT_TRANSLATE_NOOP("Messages", "Active"),
    QT_TRANSLATE_NOOP("Messages", "Completed"),
    QT_TRANSLATE_NOOP("Messages", "Current"),
    QT_TRANSLATE_NOOP("Messages", "Superseded"),
    QT_TRANSLATE_NOOP("Messages", "Eligible"),
    QT_TRANSLATE_NOOP("Messages", "Not eligible"),
    QT_TRANSLATE_NOOP("Messages", "result"),
    QT_TRANSLATE_NOOP("Messages", "status"),
    QT_TRANSLATE_NOOP("Messages", "outcome"),
    QT_TRANSLATE_NOOP("Messages", "checked by"),
    QT_TRANSLATE_NOOP("Messages", "assessor"),
    QT_TRANSLATE_NOOP("Messages", "reason for return"),
    QT_TRANSLATE_NOOP("Messages", "comments"),
    QT_TRANSLATE_NOOP("Messages", "feedback"),
    QT_TRANSLATE_NOOP("Messages", "assessment methods"),
    QT_TRANSLATE_NOOP("Messages", "date of assessment"),
    QT_TRANSLATE_NOOP("Messages", "venue"),
    QT_TRANSLATE_NOOP("Messages", "conflict of interest"),
    QT_TRANSLATE_NOOP("Messages", "credit transfer source"),
    QT_TRANSLATE_NOOP("Messages", "family name"),
    QT_TRANSLATE_NOOP("Messages", "given names"),
    QT_TRANSLATE_NOOP("Messages", "name in local script"),
    QT_TRANSLATE_NOOP("Messages", "date of birth"),
    QT_TRANSLATE_NOOP("Messages", "sex"),
    QT_TRANSLATE_NOOP("Messages", "phone"),
    QT_TRANSLATE_NOOP("Messages", "email"),
    QT_TRANSLATE_NOOP("Messages", "ID number"),
    QT_TRANSLATE_NOOP("Messages", "photo"),
    QT_TRANSLATE_NOOP("Messages", "full name"),
    QT_TRANSLATE_NOOP("Messages", "roles"),
    QT_TRANSLATE_NOOP("Messages", "active"),
    QT_TRANSLATE_NOOP("Messages", "password"),
    QT_TRANSLATE_NOOP("Messages", "title"),
    QT_TRANSLATE_NOOP("Messages", "stage"),
    QT_TRANSLATE_NOOP("Messages", "description"),
    QT_TRANSLATE_NOOP("Messages", "reprints"),
    QT_TRANSLATE_NOOP("Messages", "reason for revocation"),
    QT_TRANSLATE_NOOP("Messages", "{record} {id}"),
    QT_TRANSLATE_NOOP("Messages", "Candidate"),
    QT_TRANSLATE_NOOP("Messages", "User"),
    QT_TRANSLATE_NOOP("Messages", "Assessment"),
    QT_TRANSLATE_NOOP("Messages", "Judgement"),
    QT_TRANSLATE_NOOP("Messages", "Amendment"),
    QT_TRANSLATE_NOOP("Messages", "Appeal"),
    QT_TRANSLATE_NOOP("Messages", "Certificate"),
    QT_TRANSLATE_NOOP("Messages", "Qualification"),
    QT_TRANSLATE_NOOP("Messages", "Unit"),
    QT_TRANSLATE_NOOP("Messages", "Evidence"),
    QT_TRANSLATE_NOOP("Messages", "Assessment session"),
    QT_TRANSLATE_NOOP("Messages", "Export"),
    QT_TRANSLATE_NOOP("Messages", "Centre"),
    QT_TRANSLATE_NOOP("Messages", "Awarding body"),
    QT_TRANSLATE_NOOP("Messages", "Element"),
    QT_TRANSLATE_NOOP("Messages", "Performance criterion"),
    QT_TRANSLATE_NOOP("Messages", "Unit of a qualification"),
    QT_TRANSLATE_NOOP("Messages", "Signing key"),
    QT_TRANSLATE_NOOP("Messages", "Signatory"),
    QT_TRANSLATE_NOOP("Messages", "Audit checkpoint"),
    QT_TRANSLATE_NOOP("Messages", "Enrolment"),
    QT_TRANSLATE_NOOP("Messages", "Self-assessment"),
    QT_TRANSLATE_NOOP("Messages", "RPL step"),
    QT_TRANSLATE_NOOP("Messages", "an assessment record (PDF)"),
    QT_TRANSLATE_NOOP("Messages", "an assessment record (printed)"),
    QT_TRANSLATE_NOOP("Messages", "the results (Excel)"),
    QT_TRANSLATE_NOOP("Messages", "the certificate register (Excel)"),
    QT_TRANSLATE_NOOP("Messages", "the statistics (Excel)"),
    QT_TRANSLATE_NOOP("Messages", "{what}, by {user}"),
    QT_TRANSLATE_NOOP("Messages", "Judgement {criterion} of assessment {id}"),
    QT_TRANSLATE_NOOP("Messages", "Evidence {id}"),
    QT_TRANSLATE_NOOP("Messages", "Assessment session {title} of {date}"),
    QT_TRANSLATE_NOOP("Messages", "Certificate {serial}"),
    QT_TRANSLATE_NOOP("Messages", "User {name}"),
    QT_TRANSLATE_NOOP("Messages", "Export of {what}"),
    QT_TRANSLATE_NOOP("Messages", "none"),
    QT_TRANSLATE_NOOP("Messages", "“{text}”"),
    QT_TRANSLATE_NOOP("Messages", "{before} → {after}"),
    QT_TRANSLATE_NOOP("Messages", "{subject}: {fields} changed"),
    QT_TRANSLATE_NOOP("Messages", "Judgement {criterion} of {candidate}, {unit} attempt {attempt}"),
    QT_TRANSLATE_NOOP("Messages", "Assessment {id}"),
    QT_TRANSLATE_NOOP("Messages", "Amendment {id}"),
    QT_TRANSLATE_NOOP("Messages", "Appeal {id}"),
    QT_TRANSLATE_NOOP("Messages", "Candidate {name} ({number})"),
    QT_TRANSLATE_NOOP("Messages", "Candidate {number}"),
    QT_TRANSLATE_NOOP("Messages", "Evidence “{what}” of {candidate}"),
    QT_TRANSLATE_NOOP("Messages", "Certificate {serial} of {candidate}"),
    QT_TRANSLATE_NOOP("Messages", "yes"),
    QT_TRANSLATE_NOOP("Messages", "no"),
    QT_TRANSLATE_NOOP("Messages", "{subject}: {change}"),
    QT_TRANSLATE_NOOP("Messages", "{subject}: created"),
    QT_TRANSLATE_NOOP("Messages", "{subject}: deleted"),
    QT_TRANSLATE_NOOP("Messages", "{subject}: answers changed"),
    QT_TRANSLATE_NOOP("Messages", "{subject}: changed"),
    QT_TRANSLATE_NOOP("Messages", "{subject}: {changes}"),
    QT_TRANSLATE_NOOP("Messages", "{subject}: {stage} recorded"),
    QT_TRANSLATE_NOOP("Messages", "{subject}: password changed"),
    QT_TRANSLATE_NOOP("Messages", "password changed"),
    QT_TRANSLATE_NOOP("Messages", "{field} changed"),
    QT_TRANSLATE_NOOP("Messages", "{field}: {before} → {after}"),
    QT_TRANSLATE_NOOP("Messages", "Assessment of {candidate}, {unit} attempt {attempt}"),
    QT_TRANSLATE_NOOP("Messages", "Amendment of the assessment of {candidate}, {unit} attempt {attempt}"),
    QT_TRANSLATE_NOOP("Messages", "Appeal on the assessment of {candidate}, {unit} attempt {attempt}"),
    QT_TRANSLATE_NOOP("Messages", "Qualification {code} version {version}"),
    QT_TRANSLATE_NOOP("Messages", "Unit {code} version {version}"),
    QT_TRANSLATE_NOOP("Messages", "Enrolment of {candidate} in {qualification}"),
    QT_TRANSLATE_NOOP("Messages", "Self-assessment of {candidate} in {qualification}"),
    QT_TRANSLATE_NOOP("Messages", "RPL step of {candidate} in {qualification}"),
)


# rpl: services/rpl_journey.py, why a referral to gap training was refused
SERVICE_MESSAGES += (
    QT_TRANSLATE_NOOP("Messages", "Enrolment {id} does not exist."),
    QT_TRANSLATE_NOOP(
        "Messages", "The enrolment in {qualification} is not on the RPL pathway: there is no gap to refer."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "No unit of {qualification} is recognised yet: a referral to gap training follows a partial recognition.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Every unit of {qualification} is achieved: there is no gap to train for."),
    QT_TRANSLATE_NOOP("Messages", "Units: {units} are achieved or not part of the enrolment."),
    QT_TRANSLATE_NOOP("Messages", "Date: {date} is in the future."),
    QT_TRANSLATE_NOOP("Messages", "Date: {date} is before the enrolment ({enrolled})."),
    QT_TRANSLATE_NOOP("Messages", "The referral was not recorded."),
    # services/enrolment.py: remarks of a self-assessment
    QT_TRANSLATE_NOOP("Messages", "Some remarks are for elements outside this enrolment."),
    QT_TRANSLATE_NOOP("Messages", "element {id}"),
    # services/rpl_journey.py: the cover letter of a statement
    QT_TRANSLATE_NOOP("Messages", "No statement of attainment in {qualification} is issued to this candidate yet."),
)
