"""Database: engine and sessions, Alembic migrations, backups."""
