"""One writer process of tests/reliability/test_concurrent_writers.py: saves cells, issues certificates and
registers candidates through the services, as the grid and the dialogs do (``Database.write``).

Reads a JSON plan (argv[1]); prints one JSON line per acknowledged change (after its commit), so the
test knows exactly what a user was told was saved. It prints ``ready``, waits for a line on stdin (so that
all writers start at once), works, then prints ``done`` with the number of transactions that had to be
run again (retries are what users must never see: an error line would be).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path


def main() -> int:
    plan = json.loads(Path(sys.argv[1]).read_text())
    from skillassess.core.enums import Judgement, Sex
    from skillassess.db.database import open_database
    from skillassess.services import certificates as certs
    from skillassess.services.candidate_import import import_candidates
    from skillassess.services.candidates import CandidateData, create_candidate
    from skillassess.services.recording import judging
    from skillassess.services.users import actor_by_username

    retries = 0

    class CountRetries(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            nonlocal retries
            retries += 1

    logger = logging.getLogger("skillassess.db.concurrency")
    logger.addHandler(CountRetries())
    logger.setLevel(logging.INFO)

    db = open_database(plan["url"])
    with db.session() as s:
        actors = {name: actor_by_username(s, name) for name in ("assessor1", "assessor2", "registrar")}

    def say(**line: object) -> None:
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()

    say(ready=True)
    sys.stdin.readline()
    for op in plan["ops"]:
        try:
            kind = op["kind"]
            if kind == "cell":
                value = Judgement(op["value"])
                db.write(
                    lambda s, op=op, value=value: judging.set_judgement(
                        s, actors[op["assessor"]], op["assessment_id"], op["criterion_id"], value
                    )
                )
                say(cell=[op["assessment_id"], op["criterion_id"], op["value"]])
            elif kind == "certificate":
                if op["serial"]:
                    serial = db.write(
                        lambda s, op=op: (
                            certs.reissue_certificate(s, actors["registrar"], op["serial"], "Name corrected").serial
                        )
                    )
                else:
                    serial = db.write(
                        lambda s, op=op: (
                            certs.issue_certificate(
                                s, actors["registrar"], op["registration_number"], op["qualification"]
                            ).serial
                        )
                    )
                say(issued=serial, replaces=op["serial"])
                # The next step of this writer's chain reissues what was just issued.
                for later in plan["ops"]:
                    if later["kind"] == "certificate" and (later["chain"], later["step"]) == (
                        op["chain"],
                        op["step"] + 1,
                    ):
                        later["serial"] = serial
            elif kind == "candidate":
                data = CandidateData(
                    family_name=op["family_name"],
                    given_names="Writer",
                    sex=Sex.FEMALE,
                    national_id=op["national_id"],
                    nationality="GH",
                )
                saved = db.write(lambda s, data=data: create_candidate(s, actors["assessor1"], data))
                say(candidate=saved.registration_number)
            elif kind == "import":
                report = import_candidates(db, actors["assessor2"], Path(op["path"]))
                say(imported=report.created)
        except Exception as exc:  # noqa: BLE001 - whatever it is, a user would have been shown it
            say(error=f"{op['kind']}: {type(exc).__name__}: {exc}")
    db.dispose()
    say(done=True, retries=retries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
