-- 0017: reserve plans, their decisions, objections and the multi-year budget (issue 8 items 5
-- and 6; domain.md §3.7; seed 000 #23; seed 002; docs/geld.md). Amounts are integer euro cents.
-- Everything is append-only: a plan or budget is changed by recording a new version, a decision
-- or consent step is a new record, an objection's outcome is one record; triggers refuse
-- UPDATE and DELETE on every table.

-- One row per version of an SWV's plan for the reserve above the threshold in one year's
-- accounts; the highest version is the plan in force.
CREATE TABLE reserveplannen (
  id                   INTEGER PRIMARY KEY,
  swv                  TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  jaarrekening_jaar    INTEGER NOT NULL CHECK (jaarrekening_jaar BETWEEN 2014 AND 2100),
  versie               INTEGER NOT NULL CHECK (versie >= 1),
  bovenmatige_reserve  INTEGER NOT NULL CHECK (bovenmatige_reserve > 0),
  toelichting          TEXT NOT NULL DEFAULT '',
  vastgelegd_op        TEXT NOT NULL,
  vastgelegd_door      TEXT NOT NULL,
  UNIQUE (swv, jaarrekening_jaar, versie)
) STRICT;

-- The lines of a version: an amount per year and purpose.
CREATE TABLE reserveplan_regels (
  plan_id    INTEGER NOT NULL REFERENCES reserveplannen (id),
  volgnummer INTEGER NOT NULL CHECK (volgnummer >= 1),
  jaar       INTEGER NOT NULL CHECK (jaar BETWEEN 2015 AND 2110),
  bedrag     INTEGER NOT NULL CHECK (bedrag > 0),
  doel       TEXT NOT NULL CHECK (doel <> ''),
  PRIMARY KEY (plan_id, volgnummer)
) STRICT, WITHOUT ROWID;

-- The OPR's consent and internal supervision's approval of a version, in order. `volgnummer`
-- is the number of decisions the use case saw plus one, so two decisions taken at the same
-- time on the same stand cannot both be stored.
CREATE TABLE reserveplan_besluiten (
  plan_id         INTEGER NOT NULL REFERENCES reserveplannen (id),
  volgnummer      INTEGER NOT NULL CHECK (volgnummer >= 1),
  orgaan          TEXT NOT NULL CHECK (orgaan IN ('opr', 'intern-toezicht')),
  akkoord         INTEGER NOT NULL CHECK (akkoord IN (0, 1)),
  datum           TEXT NOT NULL,
  toelichting     TEXT NOT NULL DEFAULT '',
  vastgelegd_op   TEXT NOT NULL,
  vastgelegd_door TEXT NOT NULL,
  PRIMARY KEY (plan_id, volgnummer)
) STRICT, WITHOUT ROWID;

-- An SWV's objection against the figures of one year's accounts or the withholding.
CREATE TABLE reservebezwaren (
  id                INTEGER PRIMARY KEY,
  swv               TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  jaarrekening_jaar INTEGER NOT NULL CHECK (jaarrekening_jaar BETWEEN 2014 AND 2100),
  onderwerp         TEXT NOT NULL CHECK (onderwerp IN ('cijfers', 'inhouding')),
  argumenten        TEXT NOT NULL CHECK (argumenten <> ''),
  ingediend_op      TEXT NOT NULL,
  vastgelegd_op     TEXT NOT NULL,
  vastgelegd_door   TEXT NOT NULL
) STRICT;
CREATE INDEX reservebezwaren_swv ON reservebezwaren (swv, jaarrekening_jaar);

-- The decision on an objection: one per objection (the primary key refuses a second).
CREATE TABLE reservebezwaar_uitspraken (
  bezwaar_id      INTEGER PRIMARY KEY REFERENCES reservebezwaren (id),
  gegrond         INTEGER NOT NULL CHECK (gegrond IN (0, 1)),
  motivering      TEXT NOT NULL CHECK (motivering <> ''),
  datum           TEXT NOT NULL,
  vastgelegd_op   TEXT NOT NULL,
  vastgelegd_door TEXT NOT NULL
) STRICT;

-- Versions of an SWV's multi-year budget.
CREATE TABLE meerjarenbegrotingen (
  id              INTEGER PRIMARY KEY,
  swv             TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  versie          INTEGER NOT NULL CHECK (versie >= 1),
  eerste_jaar     INTEGER NOT NULL CHECK (eerste_jaar BETWEEN 2014 AND 2100),
  toelichting     TEXT NOT NULL DEFAULT '',
  vastgelegd_op   TEXT NOT NULL,
  vastgelegd_door TEXT NOT NULL,
  UNIQUE (swv, versie)
) STRICT;

CREATE TABLE meerjarenbegroting_regels (
  begroting_id INTEGER NOT NULL REFERENCES meerjarenbegrotingen (id),
  volgnummer   INTEGER NOT NULL CHECK (volgnummer >= 1),
  jaar         INTEGER NOT NULL CHECK (jaar BETWEEN 2014 AND 2110),
  soort        TEXT NOT NULL CHECK (soort IN ('baten', 'lasten')),
  doel         TEXT NOT NULL CHECK (doel <> ''),
  bedrag       INTEGER NOT NULL CHECK (bedrag >= 0),
  PRIMARY KEY (begroting_id, volgnummer)
) STRICT, WITHOUT ROWID;

-- The OPR's consent on a budget version: asked, then given or refused.
CREATE TABLE meerjarenbegroting_instemming (
  begroting_id    INTEGER NOT NULL REFERENCES meerjarenbegrotingen (id),
  volgnummer      INTEGER NOT NULL CHECK (volgnummer >= 1),
  stand           TEXT NOT NULL CHECK (stand IN ('gevraagd', 'gegeven', 'geweigerd')),
  datum           TEXT NOT NULL,
  vastgelegd_op   TEXT NOT NULL,
  vastgelegd_door TEXT NOT NULL,
  PRIMARY KEY (begroting_id, volgnummer)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER reserveplannen_geen_wijziging BEFORE UPDATE ON reserveplannen
BEGIN SELECT RAISE(ABORT, 'reserveplannen zijn onveranderlijk; leg een nieuwe versie vast'); END;
CREATE TRIGGER reserveplannen_geen_verwijdering BEFORE DELETE ON reserveplannen
BEGIN SELECT RAISE(ABORT, 'reserveplannen zijn onveranderlijk; leg een nieuwe versie vast'); END;
CREATE TRIGGER reserveplan_regels_geen_wijziging BEFORE UPDATE ON reserveplan_regels
BEGIN SELECT RAISE(ABORT, 'reserveplannen zijn onveranderlijk; leg een nieuwe versie vast'); END;
CREATE TRIGGER reserveplan_regels_geen_verwijdering BEFORE DELETE ON reserveplan_regels
BEGIN SELECT RAISE(ABORT, 'reserveplannen zijn onveranderlijk; leg een nieuwe versie vast'); END;
CREATE TRIGGER reserveplan_besluiten_geen_wijziging BEFORE UPDATE ON reserveplan_besluiten
BEGIN SELECT RAISE(ABORT, 'besluiten zijn onveranderlijk; leg een nieuw besluit vast'); END;
CREATE TRIGGER reserveplan_besluiten_geen_verwijdering BEFORE DELETE ON reserveplan_besluiten
BEGIN SELECT RAISE(ABORT, 'besluiten zijn onveranderlijk; leg een nieuw besluit vast'); END;
CREATE TRIGGER reservebezwaren_geen_wijziging BEFORE UPDATE ON reservebezwaren
BEGIN SELECT RAISE(ABORT, 'bezwaren zijn onveranderlijk'); END;
CREATE TRIGGER reservebezwaren_geen_verwijdering BEFORE DELETE ON reservebezwaren
BEGIN SELECT RAISE(ABORT, 'bezwaren zijn onveranderlijk'); END;
CREATE TRIGGER reservebezwaar_uitspraken_geen_wijziging BEFORE UPDATE ON reservebezwaar_uitspraken
BEGIN SELECT RAISE(ABORT, 'uitspraken zijn onveranderlijk'); END;
CREATE TRIGGER reservebezwaar_uitspraken_geen_verwijdering BEFORE DELETE
  ON reservebezwaar_uitspraken
BEGIN SELECT RAISE(ABORT, 'uitspraken zijn onveranderlijk'); END;
CREATE TRIGGER meerjarenbegrotingen_geen_wijziging BEFORE UPDATE ON meerjarenbegrotingen
BEGIN SELECT RAISE(ABORT, 'begrotingen zijn onveranderlijk; leg een nieuwe versie vast'); END;
CREATE TRIGGER meerjarenbegrotingen_geen_verwijdering BEFORE DELETE ON meerjarenbegrotingen
BEGIN SELECT RAISE(ABORT, 'begrotingen zijn onveranderlijk; leg een nieuwe versie vast'); END;
CREATE TRIGGER meerjarenbegroting_regels_geen_wijziging BEFORE UPDATE ON meerjarenbegroting_regels
BEGIN SELECT RAISE(ABORT, 'begrotingen zijn onveranderlijk; leg een nieuwe versie vast'); END;
CREATE TRIGGER meerjarenbegroting_regels_geen_verwijdering BEFORE DELETE
  ON meerjarenbegroting_regels
BEGIN SELECT RAISE(ABORT, 'begrotingen zijn onveranderlijk; leg een nieuwe versie vast'); END;
CREATE TRIGGER meerjarenbegroting_instemming_geen_wijziging BEFORE UPDATE
  ON meerjarenbegroting_instemming
BEGIN SELECT RAISE(ABORT, 'instemming is onveranderlijk; leg een nieuwe stap vast'); END;
CREATE TRIGGER meerjarenbegroting_instemming_geen_verwijdering BEFORE DELETE
  ON meerjarenbegroting_instemming
BEGIN SELECT RAISE(ABORT, 'instemming is onveranderlijk; leg een nieuwe stap vast'); END;
