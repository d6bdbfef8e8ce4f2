"""The home page, first page of the main window: what needs doing now for the signed-in user, each task
one click from its work, and on an empty database how to start. The counts come from services/home.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import AssessmentStatus, Role
from skillassess.services import home
from skillassess.services.home import HomeSummary, SessionToRecord
from skillassess.ui.dates import date_text
from skillassess.ui.icons import icon
from skillassess.ui.ops import Changed, read
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState


class TaskLink(QPushButton):
    """A task of the home page: an icon, a bold title and a line of description, the whole row one click.

    Laid out with layouts (QCommandLinkButton keeps its icon on the left in right-to-left languages)."""

    def __init__(self, icon_: QIcon, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._title = QLabel(title)
        font = QFont(self._title.font())
        font.setBold(True)
        self._title.setFont(font)
        self._description = QLabel(description)  # one line: the row's height is then its size hint
        picture = QLabel()
        picture.setPixmap(icon_.pixmap(QSize(22, 22)))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(1)
        texts.addWidget(self._title)
        texts.addWidget(self._description)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.setSpacing(10)
        row.addWidget(picture)
        row.addLayout(texts, 1)
        for label in (self._title, self._description, picture):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)

    def text(self) -> str:  # type: ignore[override]
        """The title (what the row says first)."""
        return self._title.text()

    def description(self) -> str:
        return self._description.text()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()


class HomePage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.summary: HomeSummary | None = None
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        font = QFont(self.greeting.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.greeting.setFont(font)
        self.greeting.setWordWrap(True)
        self.body = QWidget()
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        # A column of readable width, at the side where lines start (the left, or the right in Arabic: the
        # horizontal layout is mirrored), the rest of the page left empty.
        column = QWidget()
        column.setMaximumWidth(860)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.greeting)
        column_layout.addWidget(self.body)
        column_layout.addStretch(1)
        inner = QWidget()
        inner_layout = QHBoxLayout(inner)
        inner_layout.setContentsMargins(24, 18, 24, 18)
        inner_layout.addWidget(column, 1)
        inner_layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        # Every count may change with a change anywhere (a submitted result, an issued certificate...).
        self.subscribe(Changed.EVERYTHING & ~Changed.AUDIT)
        self.buttons: dict[str, TaskLink] = {}

    def title(self) -> str:
        return self.tr("Home")

    # Reading --------------------------------------------------------------------------------------
    def load(self) -> None:
        actor = self.actor
        if actor is None:
            self.summary = None
            self._rebuild()
            return
        self.summary = read(self.db, lambda s: home.home_summary(s, actor))
        self._rebuild()

    def _clear(self) -> None:
        self.buttons = {}
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            w = item.widget()
            if w is not None:
                w.deleteLater()

    def _heading(self, text: str) -> None:
        h = QLabel(text)
        font = QFont(h.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        h.setFont(font)
        h.setContentsMargins(0, 14, 0, 4)
        self.body_layout.addWidget(h)

    def _link(self, key: str, title: str, description: str, icon_name: str, action: Callable[[], object]) -> TaskLink:
        b = TaskLink(icon(icon_name), title, description)
        b.setObjectName(key)
        b.clicked.connect(lambda _c=False: action())
        self.body_layout.addWidget(b)
        self.buttons[key] = b
        return b

    def _rebuild(self) -> None:
        self._clear()
        actor, s = self.actor, self.summary
        if actor is None or s is None:
            self.greeting.setText(self.tr("Sign in to see what needs doing."))
            return
        name = actor.full_name or actor.username
        self.greeting.setText(self.tr("Welcome, %1").replace("%1", name))
        if s.empty:
            self._getting_started(s)
        self._heading(self.tr("What needs doing now"))
        self._tasks(s)
        if s.nothing_to_do:
            done = QLabel(self.tr("Nothing is waiting for you. New work shows here as it comes."))
            done.setObjectName("nothing_to_do")
            done.setWordWrap(True)
            self.body_layout.addWidget(done)

    def _tasks(self, s: HomeSummary) -> None:
        if s.sessions_to_record:
            described = (
                self.tr("%n result(s) in draft in your sessions.", "", s.draft_results or 0)
                if s.mine_only
                else self.tr("%n result(s) in draft.", "", s.draft_results or 0)
            )
            self._link(
                "sessions_to_record",
                self.tr("%n session(s) to record", "", s.sessions_to_record),
                described + " " + self.tr("Show them on the Assessments page."),
                "assessments",
                lambda: self._assessments(AssessmentStatus.DRAFT, mine=s.mine_only),
            )
            for session in s.sessions:
                self._session_link(session)
        if s.awaiting_verification:
            self._link(
                "awaiting_verification",
                self.tr("%n result(s) waiting for verification", "", s.awaiting_verification),
                self.tr("Submitted by assessors: check them, then verify or return each one."),
                "verify",
                lambda: self._assessments(AssessmentStatus.SUBMITTED),
            )
        if s.returned:
            self._link(
                "returned",
                self.tr("%n returned result(s)", "", s.returned),
                self.tr("A verifier returned them with a reason: correct them and submit again."),
                "return",
                lambda: self._assessments(AssessmentStatus.RETURNED, mine=s.mine_only),
            )
        if s.eligible_without_certificate:
            self._link(
                "eligible",
                self.tr("%n candidate(s) eligible for a certificate", "", s.eligible_without_certificate),
                self.tr("Their results are verified and no certificate states them yet: issue the certificates."),
                "certificates",
                self._issue_certificates,
            )

    def _session_link(self, session: SessionToRecord) -> None:
        title = session.title or self.tr("Session %1").replace("%1", str(session.session_id))
        where = f"{date_text(session.date)}, {session.venue}" if session.venue else date_text(session.date)
        b = self._link(
            f"session_{session.session_id}",
            self.tr("Record: %1").replace("%1", title),
            self.tr("%1 — assessor %2 — %n result(s) in draft", "", session.drafts)
            .replace("%1", where)
            .replace("%2", session.assessor),
            "edit",
            lambda: self._record_session(session.session_id),
        )
        # Indented under the count of sessions, on the side where lines start.
        b.layout().setContentsMargins(*((8, 4, 36, 4) if self.isRightToLeft() else (36, 4, 8, 4)))

    def _getting_started(self, s: HomeSummary) -> None:
        actor = self.actor
        self._heading(self.tr("Getting started"))
        intro = QLabel(
            self.tr(
                "This database is new. Three steps make it ready for assessments: the standards to assess "
                "against, the candidates, then a session to record."
            )
        )
        intro.setWordWrap(True)
        self.body_layout.addWidget(intro)
        edits_standards = actor is not None and actor.has(Role.ADMINISTRATOR)
        if s.qualifications == 0 and edits_standards:
            self._link(
                "import_standards",
                self.tr("1. Import standards"),
                self.tr("From a CASE package (JSON) or the Excel template of the awarding body."),
                "import",
                self._import_standards,
            )
            self._link(
                "create_standards",
                self.tr("…or create a qualification"),
                self.tr("Type its units, elements and performance criteria on the Standards page."),
                "standards",
                self._standards_page,
            )
        elif s.qualifications == 0:
            note = QLabel(self.tr("1. An administrator imports or creates the standards."))
            note.setWordWrap(True)
            self.body_layout.addWidget(note)
        if s.candidates == 0:
            self._link(
                "add_candidate",
                self.tr("2. Add a candidate"),
                self.tr("Register one candidate with the candidate form."),
                "add-user",
                self._new_candidate,
            )
            self._link(
                "import_candidates",
                self.tr("…or import candidates from Excel"),
                self.tr("Fill in the Excel template (Candidates page) and import it in one go."),
                "import",
                self._import_candidates,
            )

    # Going to the work ----------------------------------------------------------------------------------
    def _window_page(self, name: str) -> Page | None:
        """The main window's page of class ``name`` (None when this user does not see it)."""
        window = self.window()
        for page in getattr(window, "pages", []):
            if type(page).__name__ == name:
                window.show_page(type(page))
                return page  # type: ignore[no-any-return]
        return None

    def _assessments(self, status: AssessmentStatus, *, mine: bool = False) -> None:
        page = self._window_page("AssessmentsPage")
        if page is not None:
            assessor = self.actor.user_id if mine and self.actor is not None else None
            page.show_filtered(status=status, assessor_id=assessor)  # type: ignore[attr-defined]

    def _record_session(self, session_id: int) -> None:
        page = self._window_page("AssessmentsPage")
        if page is not None:
            page.show_filtered(session_id=session_id)  # type: ignore[attr-defined]
            page.open_recording(session_id=session_id)  # type: ignore[attr-defined]

    def _issue_certificates(self) -> None:
        page = self._window_page("CertificatesPage")
        if page is not None:
            page.issue()  # type: ignore[attr-defined]

    def _standards_page(self) -> None:
        self._window_page("StandardsPage")

    def _import_standards(self) -> None:
        page = self._window_page("StandardsPage")
        if page is not None:
            page.import_dialog()  # type: ignore[attr-defined]

    def _new_candidate(self) -> None:
        page = self._window_page("CandidatesPage")
        if page is not None:
            page.new_candidate()  # type: ignore[attr-defined]

    def _import_candidates(self) -> None:
        page = self._window_page("CandidatesPage")
        if page is not None:
            page.choose_import_file()  # type: ignore[attr-defined]
