-- 0011: arrangementen, the SWV's catalogue of support packages, and their assignment to a
-- student (toekenning) for a period, at a school, for an amount (issue 7 item 1; domain.md §3.3
-- and §3.7; docs/arrangementen.md). Amounts are integer euro cents. Every table carries `swv`
-- (authorization scope and sharding key). Nothing is deleted: a package is deactivated, an
-- assignment is never changed, and an early end is a record of its own.

CREATE TABLE arrangementen (
  id            INTEGER PRIMARY KEY,
  swv           TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  soort         TEXT NOT NULL CHECK (soort IN ('ondersteuning-regulier', 'groep-regulier',
                                               'tijdelijk-vso', 'ambulant', 'onderwijs-zorg')),
  naam          TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  omschrijving  TEXT NOT NULL DEFAULT '' CHECK (length(omschrijving) <= 4000),
  tarief        TEXT NOT NULL CHECK (tarief IN ('per-leerling-per-jaar', 'budget')),
  bedrag        INTEGER NOT NULL CHECK (bedrag >= 0),
  actief        INTEGER NOT NULL DEFAULT 1 CHECK (actief IN (0, 1))
) STRICT;
CREATE INDEX arrangementen_swv ON arrangementen (swv, id);

-- A catalogue entry is changed (price, active) by its SWV, each change an event; never deleted.
CREATE TRIGGER arrangementen_geen_verwijdering BEFORE DELETE ON arrangementen
BEGIN SELECT RAISE(ABORT, 'arrangementen worden niet verwijderd, alleen gedeactiveerd'); END;

CREATE TABLE arrangement_toekenningen (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangementen (id),
  swv             TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  leerling_id     INTEGER NOT NULL REFERENCES leerlingen (id),
  school          TEXT NOT NULL REFERENCES scholen (code),
  van             TEXT NOT NULL CHECK (date(van) = van),
  tot             TEXT NOT NULL CHECK (date(tot) = tot),
  bedrag          INTEGER NOT NULL CHECK (bedrag >= 0),
  toegekend_door  TEXT NOT NULL,
  CHECK (tot >= van)
) STRICT;
CREATE INDEX arrangement_toekenningen_leerling ON arrangement_toekenningen (leerling_id, van);
CREATE INDEX arrangement_toekenningen_school ON arrangement_toekenningen (school, van);
CREATE INDEX arrangement_toekenningen_swv ON arrangement_toekenningen (swv, van);
CREATE INDEX arrangement_toekenningen_arrangement ON arrangement_toekenningen (arrangement_id);

-- An assignment is a record of what was decided: never changed or deleted.
CREATE TRIGGER arrangement_toekenningen_geen_wijziging BEFORE UPDATE ON arrangement_toekenningen
BEGIN SELECT RAISE(ABORT, 'toekenningen zijn onveranderlijk; beëindig met een einde'); END;
CREATE TRIGGER arrangement_toekenningen_geen_verwijdering BEFORE DELETE ON arrangement_toekenningen
BEGIN SELECT RAISE(ABORT, 'toekenningen zijn onveranderlijk; beëindig met een einde'); END;

-- The early end (or withdrawal, `op` = the assignment's `van`) of an assignment: at most one.
CREATE TABLE arrangement_toekenning_einden (
  toekenning_id   INTEGER PRIMARY KEY REFERENCES arrangement_toekenningen (id),
  swv             TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  op              TEXT NOT NULL CHECK (date(op) = op),
  reden           TEXT NOT NULL CHECK (length(reden) BETWEEN 1 AND 4000),
  vastgelegd_door TEXT NOT NULL
) STRICT;

CREATE TRIGGER arrangement_toekenning_einden_geen_wijziging
BEFORE UPDATE ON arrangement_toekenning_einden
BEGIN SELECT RAISE(ABORT, 'een einde van een toekenning is onveranderlijk'); END;
CREATE TRIGGER arrangement_toekenning_einden_geen_verwijdering
BEFORE DELETE ON arrangement_toekenning_einden
BEGIN SELECT RAISE(ABORT, 'een einde van een toekenning is onveranderlijk'); END;
