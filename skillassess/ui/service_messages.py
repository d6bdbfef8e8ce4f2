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
