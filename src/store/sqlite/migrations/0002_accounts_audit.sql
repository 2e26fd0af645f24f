-- 0002: accounts with one role and a scope, sessions, API tokens, and the audit trail
-- (issue: security baseline).

CREATE TABLE accounts (
  id              INTEGER PRIMARY KEY,
  gebruikersnaam  TEXT NOT NULL UNIQUE,
  rol             TEXT NOT NULL CHECK (rol IN ('ouder', 'school', 'bestuur', 'swv', 'gemeente',
                                                'consulent', 'inspectie', 'ministerie', 'beheer')),
  organisatie     TEXT NOT NULL DEFAULT '',
  wachtwoord_hash TEXT NOT NULL,
  aangemaakt      TEXT NOT NULL
) STRICT;

-- The children an ouder account may see.
CREATE TABLE account_leerlingen (
  account_id  INTEGER NOT NULL REFERENCES accounts (id),
  leerling_id INTEGER NOT NULL REFERENCES leerlingen (id),
  PRIMARY KEY (account_id, leerling_id)
) STRICT, WITHOUT ROWID;

-- Only the hash of a session token is stored: a stolen database holds no live sessions.
CREATE TABLE sessies (
  token_hash    BLOB PRIMARY KEY,
  account_id    INTEGER NOT NULL REFERENCES accounts (id),
  gestart       TEXT NOT NULL,
  laatst_gezien TEXT NOT NULL,
  csrf          TEXT NOT NULL,
  beeindigd     INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

CREATE TABLE api_tokens (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts (id),
  token_hash  BLOB NOT NULL UNIQUE,
  label       TEXT NOT NULL DEFAULT '',
  aangemaakt  TEXT NOT NULL,
  ingetrokken TEXT
) STRICT;

-- Who read or changed which student's data, from where. Append-only like the event log.
CREATE TABLE audit (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  at           TEXT NOT NULL,
  gebruiker    TEXT NOT NULL,
  rol          TEXT NOT NULL,
  organisatie  TEXT NOT NULL DEFAULT '',
  client       TEXT NOT NULL DEFAULT '',
  leerling_id  INTEGER NOT NULL,
  actie        TEXT NOT NULL,
  wat          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_leerling ON audit (leerling_id, seq);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

-- Municipalities see their residents.
CREATE INDEX leerlingen_gemeente ON leerlingen (gemeente);
