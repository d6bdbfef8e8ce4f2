-- SkillAssess on a PostgreSQL server, step 1 of 2: the database and its two accounts.
--
-- Run once as a superuser on the server, after replacing the two passwords:
--     sudo -u postgres psql -v ON_ERROR_STOP=1 -f postgresql-setup.sql
-- Step 2 (docs/postgresql-after-first-start.sql) follows the first start; the README's section
-- "Several users on a PostgreSQL server" gives the whole procedure.

-- Creates the tables on the first start and upgrades them after a new version is installed.
CREATE ROLE skillassess_owner LOGIN PASSWORD 'change-me-owner';
-- The account every laptop connects with, every day: it reads and writes rows, never tables.
CREATE ROLE skillassess_app LOGIN PASSWORD 'change-me-app';

CREATE DATABASE skillassess OWNER skillassess_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE skillassess FROM PUBLIC;
GRANT CONNECT ON DATABASE skillassess TO skillassess_app;

\connect skillassess
-- Fast search in names of every script (trigrams); the tables' own migration uses it when present.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER SCHEMA public OWNER TO skillassess_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO skillassess_app;
-- Every table and sequence the owner creates (now and in later versions) is open to the everyday
-- account for rows only.
ALTER DEFAULT PRIVILEGES FOR ROLE skillassess_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO skillassess_app;
ALTER DEFAULT PRIVILEGES FOR ROLE skillassess_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO skillassess_app;
