"""The statistics workbook: counts by sex per breakdown, with totals and native Excel column charts.

XlsxWriter's charts are native Excel charts (the issue named openpyxl.chart; what matters is that the
charts are Excel's own, editable and recalculated from the cells, not pictures).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from xlsxwriter.workbook import Workbook

from skillassess.core.records import (
    MEASURE_DEFINITIONS,
    MEASURE_TITLES,
    MEASURES,
    RPL_FIGURE_DEFINITIONS,
    RplFigures,
    Statistics,
    StatRow,
)
from skillassess.formats.xlsx import ExportInfo, atomic_workbook, write_about

WOMEN_COLOUR = "#C0504D"
MEN_COLOUR = "#4F81BD"


def _formats(wb: Workbook) -> dict[str, object]:
    return {
        "title": wb.add_format({"bold": True, "font_size": 14}),
        "head": wb.add_format(
            {
                "bold": True,
                "bg_color": "#DDEBF7",
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        ),
        "head_left": wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "valign": "vcenter"}),
        "cell": wb.add_format({"border": 1}),
        "num": wb.add_format({"border": 1, "num_format": "#,##0"}),
        "total_label": wb.add_format({"bold": True, "border": 1, "top": 2}),
        "total_num": wb.add_format({"bold": True, "border": 1, "top": 2, "num_format": "#,##0"}),
    }


def _write_table(wb: Workbook, name: str, title: str, category: str, rows: list[StatRow], total: StatRow) -> None:
    """A sheet with the table (two header rows, one row per category, the total) and one chart per measure."""
    f = _formats(wb)
    ws = wb.add_worksheet(name)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_column(0, 0, 34)
    ws.set_column(1, 3 * len(MEASURES), 10)
    ws.write_string(0, 0, title, f["title"])
    # constant_memory writes row by row: everything in row 2 first, the two-row merge (which reaches row 3) last.
    for m, measure in enumerate(MEASURES):
        ws.merge_range(2, 1 + 3 * m, 2, 3 + 3 * m, MEASURE_TITLES[measure], f["head"])
    ws.merge_range(2, 0, 3, 0, category, f["head_left"])
    for m in range(len(MEASURES)):
        for k, sex in enumerate(("Women", "Men", "Total")):
            ws.write_string(3, 1 + 3 * m + k, sex, f["head"])
    ws.freeze_panes(4, 1)
    first = 4
    for r, row in enumerate(rows, start=first):
        ws.write_string(r, 0, row.label, f["cell"])
        for m, measure in enumerate(MEASURES):
            c = row.measure(measure)
            for k, n in enumerate((c.female, c.male, c.total)):
                ws.write_number(r, 1 + 3 * m + k, n, f["num"])
    last = first + len(rows) - 1
    t = first + len(rows)
    ws.write_string(t, 0, total.label, f["total_label"])
    for m, measure in enumerate(MEASURES):
        c = total.measure(measure)
        for k, n in enumerate((c.female, c.male, c.total)):
            ws.write_number(t, 1 + 3 * m + k, n, f["total_num"])
    if name != "Summary" and len(rows) > 0:
        ws.write_string(t + 1, 0, "A candidate counted in two rows counts once in the total.")
    if not rows:
        return
    for m, measure in enumerate(MEASURES):
        chart = wb.add_chart({"type": "column"})
        for k, (series, colour) in enumerate((("Women", WOMEN_COLOUR), ("Men", MEN_COLOUR))):
            col = 1 + 3 * m + k
            chart.add_series(
                {
                    "name": series,
                    "categories": [name, first, 0, last, 0],
                    "values": [name, first, col, last, col],
                    "fill": {"color": colour},
                    "gap": 80,
                }
            )
        chart.set_title(
            {
                "name": f"{MEASURE_TITLES[measure]}, {title.lower() if name != 'Summary' else 'by sex'}",
                "name_font": {"size": 11},
            }
        )
        chart.set_y_axis({"min": 0, "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
        chart.set_legend({"position": "bottom"})
        chart.set_size({"width": 460, "height": 300})
        ws.insert_chart(t + 3, 0, chart, {"x_offset": 5 + m * 470, "y_offset": 5})


def write_statistics(
    stats: Statistics,
    path: Path,
    *,
    exported_by: str,
    database: str = "",
    before_publish: Callable[[], None] | None = None,
) -> None:
    """Write the statistics workbook to ``path`` (all or nothing; ``before_publish`` as in atomic_workbook)."""
    with atomic_workbook(Path(path), before_publish) as wb:
        _write_summary(wb, stats)
        for b in stats.breakdowns:
            category = {
                "qualification": "Qualification",
                "age_group": "Age group",
                "disability": "Disability",
                "nationality": "Nationality",
                "centre": "Centre",
            }[b.key]
            _write_table(wb, b.title, b.title, category, b.rows, b.total)
        if stats.rpl is not None:
            _write_rpl(wb, stats.rpl)
        period = [
            ("From", stats.date_from.isoformat() if stats.date_from else "the first record"),
            ("To", stats.date_to.isoformat() if stats.date_to else "today"),
            ("Ages counted on", stats.ages_on.isoformat()),
        ]
        write_about(
            wb,
            ExportInfo(
                what="Statistics: candidates assessed, competent and certified, women and men",
                exported_by=exported_by,
                database=database,
                filters=period,
                notes=[f"{MEASURE_TITLES[m]}: {MEASURE_DEFINITIONS[m]}." for m in MEASURES]
                + ["A candidate counts once per row and once in each total, even when counted in two rows."]
                + (list(RPL_FIGURE_DEFINITIONS) if stats.rpl is not None else []),
            ),
        )


RPL_STAGE_NAMES = {
    "information": "Information and counselling",
    "eligibility": "Eligibility",
    "self_assessment": "Self-assessment",
    "portfolio": "Portfolio of evidence",
    "assessment": "Assessment",
    "certification": "Certification",
    "appeal": "Appeal",
}


def _write_rpl(wb: Workbook, rpl: RplFigures) -> None:
    """The RPL sheet: enrolments, completion, time to certificate, enrolments per stage and days in each stage."""
    f = _formats(wb)
    ws = wb.add_worksheet("RPL")
    ws.set_column(0, 0, 46)
    ws.set_column(1, 3, 11)
    ws.write_string(0, 0, "Recognition of Prior Learning, by sex", f["title"])
    ws.write_string(2, 0, "Measure", f["head_left"])
    for k, sex in enumerate(("Women", "Men", "Total")):
        ws.write_string(2, 1 + k, sex, f["head"])
    lines: list[tuple[str, list[float | None]]] = [
        ("RPL enrolments", [float(r.enrolled) for r in rpl.rows]),
        ("Completed (certificate or statement)", [float(r.certified) for r in rpl.rows]),
        ("Completion rate (%)", [None if r.completion is None else round(100 * r.completion, 1) for r in rpl.rows]),
        ("Referred to gap training", [float(r.referred) for r in rpl.rows]),
        ("Median days from enrolment to certificate", [r.days_to_certificate for r in rpl.rows]),
    ]
    lines += [(f"Now at: {RPL_STAGE_NAMES[s]}", [float(r.at_stage.get(s, 0)) for r in rpl.rows]) for s in rpl.stages]
    lines += [(f"Median days in: {RPL_STAGE_NAMES[s]}", [r.days_in_stage.get(s) for r in rpl.rows]) for s in rpl.stages]
    decimal = wb.add_format({"border": 1, "num_format": "0.0"})
    for n, (name, values) in enumerate(lines, start=3):
        ws.write_string(n, 0, name, f["cell"])
        counts = not (name.startswith(("Median", "Completion rate")))
        for k, v in enumerate(values):
            if v is None:
                ws.write_string(n, 1 + k, "—", f["cell"])
            else:
                ws.write_number(n, 1 + k, v, f["num"] if counts else decimal)


def _write_summary(wb: Workbook, stats: Statistics) -> None:
    """The first sheet: the three measures by sex, with one chart comparing women and men."""
    f = _formats(wb)
    ws = wb.add_worksheet("Summary")
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_column(0, 0, 30)
    ws.set_column(1, 3, 11)
    ws.write_string(0, 0, "Candidates by sex", f["title"])
    period = (
        f"{stats.date_from.isoformat() if stats.date_from else 'first record'} to "
        f"{stats.date_to.isoformat() if stats.date_to else 'today'}"
    )
    ws.write_string(1, 0, f"Period: {period}")
    ws.write_string(3, 0, "Measure", f["head_left"])
    for k, sex in enumerate(("Women", "Men", "Total")):
        ws.write_string(3, 1 + k, sex, f["head"])
    for r, measure in enumerate(MEASURES, start=4):
        c = stats.total.measure(measure)
        ws.write_string(r, 0, MEASURE_TITLES[measure], f["cell"])
        for k, n in enumerate((c.female, c.male, c.total)):
            ws.write_number(r, 1 + k, n, f["num"])
    chart = wb.add_chart({"type": "column"})
    for k, (series, colour) in enumerate((("Women", WOMEN_COLOUR), ("Men", MEN_COLOUR))):
        chart.add_series(
            {
                "name": series,
                "categories": ["Summary", 4, 0, 3 + len(MEASURES), 0],
                "values": ["Summary", 4, 1 + k, 3 + len(MEASURES), 1 + k],
                "fill": {"color": colour},
                "gap": 80,
            }
        )
    chart.set_title({"name": "Candidates assessed, competent and certified, by sex", "name_font": {"size": 11}})
    chart.set_y_axis({"min": 0, "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 560, "height": 320})
    ws.insert_chart(9, 0, chart, {"x_offset": 5, "y_offset": 5})
