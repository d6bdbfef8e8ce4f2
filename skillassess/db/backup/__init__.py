"""Backups: one zip archive with the database, the signing keys, the evidence files and the audit
checkpoint, a manifest with the SHA-256 of each; the daily backup and its rotation; checking an
archive and putting its files back.

Archive layout (format "skillassess-backup", version 1)::

    manifest.json                  what is in it: created_at, kind, application, source database,
                                   and for every member its name, role, size and SHA-256
    database/<name>.sqlite3        a consistent copy (SQLite online backup API, one read snapshot)
    keys/<file>                    every file under data_dir()/keys/
    evidence/<aa>/<sha256>         every file under <database file>.evidence/
    checkpoint/<name>.checkpoint   the signed audit checkpoint, when there is one

``writing`` writes archives, ``places`` knows where they go and which there are, ``restoring`` checks an
archive and puts its files back.
"""
