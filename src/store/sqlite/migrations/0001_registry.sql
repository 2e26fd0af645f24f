-- 0001: the registry (organisations, students, enrolments) and the append-only event log.
-- Every table carries the swv it belongs to (architecture §5), where it has one.

CREATE TABLE gemeenten (
  code      TEXT PRIMARY KEY CHECK (code GLOB 'GM[0-9][0-9][0-9][0-9]'),
  naam      TEXT NOT NULL,
  provincie TEXT NOT NULL
) STRICT;

CREATE TABLE samenwerkingsverbanden (
  code   TEXT PRIMARY KEY CHECK (code GLOB '[PV]O[0-9][0-9][0-9][0-9]'),
  sector TEXT NOT NULL CHECK (sector IN ('PO', 'VO')),
  naam   TEXT NOT NULL
) STRICT;

CREATE TABLE swv_gemeenten (
  swv      TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  gemeente TEXT NOT NULL REFERENCES gemeenten (code),
  PRIMARY KEY (swv, gemeente)
) STRICT, WITHOUT ROWID;

CREATE TABLE besturen (
  code TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9][0-9][0-9][0-9]'),
  naam TEXT NOT NULL
) STRICT;

CREATE TABLE scholen (
  code       TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9][A-Z][A-Z][0-9][0-9]'),
  naam       TEXT NOT NULL,
  soort      TEXT NOT NULL CHECK (soort IN ('bao', 'sbo', 'so', 'vso', 'vo', 'pro')),
  cluster    INTEGER CHECK (cluster BETWEEN 1 AND 4),
  straat     TEXT NOT NULL,
  huisnummer TEXT NOT NULL,
  postcode   TEXT NOT NULL CHECK (postcode GLOB '[1-9][0-9][0-9][0-9] [A-Z][A-Z]'),
  plaats     TEXT NOT NULL,
  gemeente   TEXT NOT NULL REFERENCES gemeenten (code),
  lat        REAL NOT NULL,
  lon        REAL NOT NULL,
  bestuur    TEXT NOT NULL REFERENCES besturen (code),
  swv        TEXT REFERENCES samenwerkingsverbanden (code)
) STRICT;
CREATE INDEX scholen_swv ON scholen (swv, code);
CREATE INDEX scholen_gemeente ON scholen (gemeente);

-- The BSN is stored only sealed (secretbox) with a keyed hash for look-up; the key lives in
-- a key file outside the database (issue: security baseline).
CREATE TABLE leerlingen (
  id             INTEGER PRIMARY KEY,
  swv            TEXT REFERENCES samenwerkingsverbanden (code),
  voornaam       TEXT NOT NULL,
  tussenvoegsel  TEXT NOT NULL DEFAULT '',
  achternaam     TEXT NOT NULL,
  geboortedatum  TEXT NOT NULL CHECK (date(geboortedatum) = geboortedatum),
  geslacht       TEXT NOT NULL CHECK (geslacht IN ('M', 'V', 'X')),
  bsn_lookup     BLOB NOT NULL,
  bsn_sealed     BLOB NOT NULL,
  postcode       TEXT NOT NULL,
  gemeente       TEXT NOT NULL REFERENCES gemeenten (code),
  lat            REAL NOT NULL,
  lon            REAL NOT NULL
) STRICT;
CREATE UNIQUE INDEX leerlingen_bsn_lookup ON leerlingen (bsn_lookup);
CREATE INDEX leerlingen_swv ON leerlingen (swv);

CREATE TABLE verzorgers (
  id          INTEGER PRIMARY KEY,
  leerling_id INTEGER NOT NULL REFERENCES leerlingen (id),
  swv         TEXT,
  naam        TEXT NOT NULL,
  relatie     TEXT NOT NULL,
  telefoon    TEXT NOT NULL,
  email       TEXT NOT NULL
) STRICT;
CREATE INDEX verzorgers_leerling ON verzorgers (leerling_id);

CREATE TABLE inschrijvingen (
  id          INTEGER PRIMARY KEY,
  leerling_id INTEGER NOT NULL REFERENCES leerlingen (id),
  school      TEXT NOT NULL REFERENCES scholen (code),
  swv         TEXT,
  van         TEXT NOT NULL CHECK (date(van) = van),
  tot         TEXT CHECK (tot IS NULL OR (date(tot) = tot AND tot >= van))
) STRICT;
CREATE INDEX inschrijvingen_leerling ON inschrijvingen (leerling_id);
CREATE INDEX inschrijvingen_school ON inschrijvingen (school, tot);

-- The event log: who, when, what, payload. Append-only: the triggers refuse any change.
CREATE TABLE events (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  at           TEXT NOT NULL,
  gebruiker    TEXT NOT NULL,
  rol          TEXT NOT NULL,
  organisatie  TEXT NOT NULL DEFAULT '',
  client       TEXT NOT NULL DEFAULT '',
  type         TEXT NOT NULL,
  subject      TEXT NOT NULL,
  swv          TEXT NOT NULL DEFAULT '',
  payload      TEXT NOT NULL CHECK (json_valid(payload))
) STRICT;
CREATE INDEX events_subject ON events (subject, seq);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
