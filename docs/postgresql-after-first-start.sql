-- SkillAssess on a PostgreSQL server, step 2 of 2: after the first start has created the tables.
--
--     psql -v ON_ERROR_STOP=1 -h SERVER -U skillassess_owner -d skillassess -f postgresql-after-first-start.sql

-- The audit log: the everyday account adds entries and reads them; it can never change or remove one.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM skillassess_app;
-- The schema version is the owner's business.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM skillassess_app;
