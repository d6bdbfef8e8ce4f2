"""Moodle competency framework CSVs as Moodle writes them (tests/formats/test_moodle_csv.py, tests/cli): a
framework four levels deep with HTML descriptions, a scale, rules and cross-references, in the ways it reaches
users (old and new header, BOM, CRLF, semicolons, a header in French)."""

from __future__ import annotations

import csv
import io

from skillassess.formats.moodle_csv import COLUMNS

OLD_HEADER = (
    '"Parent id number","Id number",Shortname,Description,"Description format","Scale values",'
    '"Scale configuration","Rule type (optional)","Rule outcome (optional)","Rule config (optional)",'
    '"Cross-referenced competency id numbers","Exported id (optional)","Is framework",Taxonomy'
)
FRENCH_HEADER = [
    "Numéro d'identification du parent",
    "Numéro d'identification",
    "Nom abrégé",
    "Description",
    "Format de description",
    "Valeurs du barème",
    "Configuration du barème",
    "Type de règle (facultatif)",
    "Résultat de la règle (facultatif)",
    "Configuration de la règle (facultatif)",
    "Numéros d'identification de compétences liées",
    "ID exporté (facultatif)",
    "Est un référentiel",
    "Taxonomie",
]
SCALE_CONFIG = '[{"scaleid":"2"},{"id":1,"scaledefault":1,"proficient":0},{"id":2,"scaledefault":0,"proficient":1}]'
RULE = "core_competency\\competency_rule_all"


def row(parent: str, ident: str, short: str, desc: str = "", **kw: str) -> list[str]:
    row = [parent, ident, short, desc, kw.get("fmt", "1"), kw.get("scale", ""), kw.get("config", "")]
    row += [kw.get("rule", ""), kw.get("outcome", ""), kw.get("ruleconfig", ""), kw.get("related", "")]
    row += [kw.get("exportid", ""), kw.get("framework", "0"), kw.get("taxonomy", "")]
    return row


# Four levels as Moodle's example framework has them: domain, competency group, competency, behavioural indicator.
ROWS = [
    row(
        "",
        "DR-FW",
        "Driving: road safety",
        "<p>A framework of <b>driving</b> competencies.</p>\r\n<p>Second&nbsp;paragraph.</p>",
        scale="Not yet competent,Competent",
        config=SCALE_CONFIG,
        exportid="1",
        framework="1",
        taxonomy="domain,competency,behaviour,indicator",
    ),
    row("", "DR-A", "Attitude", "<p>How a driver <em>thinks</em>.</p>", exportid="2"),
    row("DR-A", "DR-AT", "Attitude to traffic", "", exportid="3"),
    row(
        "DR-AT",
        "DR-AT1",
        "Anticipates hazards",
        "<p>Looks ahead<br />and plans.</p>\r\n",
        rule=RULE,
        outcome="1",
        related="DR-BT1",
        exportid="4",
    ),
    row("DR-AT1", "DR-AT1-1", "Scans mirrors", "<ul><li>every 5&ndash;8 seconds</li><li>before braking</li></ul>"),
    row("DR-AT1", "DR-AT1-2", "Reads signs  ", ""),
    row("DR-AT", "DR-AT2", " Keeps distance", "Two seconds &amp; more", fmt="1"),
    row("", "DR-B", "Behaviour", ""),
    row("DR-B", "DR-BT", "Handling", "<p>At the wheel</p>"),
    row("DR-BT", "DR-BT1", "Steers smoothly", "Hands at\r\nnine and three", fmt="2", related="DR-AT1"),
    row("DR-BT1", "DR-BT1-1", "Hand position", "<p>Nine &amp; three</p>"),
]


def moodle_text(header: str | list[str], rows: list[list[str]], *, sep: str = ",", end: str = "\r\n") -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=sep, lineterminator=end)
    if isinstance(header, str):
        out.write(header.replace(",", sep) + end)
    else:
        writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


VARIANTS = {
    # As older Moodle versions write it: lower-case "id", "Shortname", CRLF.
    "old.csv": lambda: moodle_text(OLD_HEADER, ROWS).encode("utf-8"),
    # As Moodle writes it today, with a BOM and CRLF.
    "new-bom.csv": lambda: b"\xef\xbb\xbf" + moodle_text(COLUMNS, ROWS).encode("utf-8"),
    # Re-saved by LibreOffice or Excel in a French locale: semicolons, LF.
    "semicolon.csv": lambda: moodle_text(COLUMNS, ROWS, sep=";", end="\n").encode("utf-8"),
    # Written by a Moodle in French: the header names nothing SkillAssess knows; read by position as Moodle does.
    "french.csv": lambda: b"\xef\xbb\xbf" + moodle_text(FRENCH_HEADER, ROWS, sep=";").encode("utf-8"),
}
