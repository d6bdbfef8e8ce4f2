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
