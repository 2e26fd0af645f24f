-- 0015: basisondersteuning (issue 5 item 3; domain.md §3.2; docs/basisondersteuning.md). An
-- SWV's own versions of the norm (its ondersteuningsplan sets the basisondersteuning; the
-- national default lives in config/basisondersteuning.json) with their aspects and
-- descriptive elements, and per school location the versions of its account: per element how
-- it meets it, its evidence and its own judgement. Everything is append-only: a change is a
-- new version (the highest is current), so what was expected and promised on a date can
-- always be shown. `swv` is the scope and sharding key (NULL for clusters 1 and 2).

CREATE TABLE basisondersteuning_normen (
  swv               TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  versie            INTEGER NOT NULL CHECK (versie >= 1),
  label             TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 60),
  titel             TEXT NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
  geldig_vanaf      TEXT NOT NULL CHECK (date(geldig_vanaf) = geldig_vanaf),
  toelichting       TEXT NOT NULL DEFAULT '' CHECK (length(toelichting) <= 4000),
  vastgesteld_op    TEXT NOT NULL CHECK (date(vastgesteld_op) = vastgesteld_op),
  vastgesteld_door  TEXT NOT NULL,
  PRIMARY KEY (swv, versie)
) STRICT, WITHOUT ROWID;

CREATE TABLE basisondersteuning_norm_aspecten (
  swv           TEXT NOT NULL,
  versie        INTEGER NOT NULL,
  code          TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
  volgorde      INTEGER NOT NULL CHECK (volgorde >= 0),
  naam          TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  omschrijving  TEXT NOT NULL DEFAULT '' CHECK (length(omschrijving) <= 4000),
  PRIMARY KEY (swv, versie, code),
  FOREIGN KEY (swv, versie) REFERENCES basisondersteuning_normen (swv, versie)
) STRICT, WITHOUT ROWID;

-- An element describes what is expected (seed 002: no checklist), so its description is
-- required.
CREATE TABLE basisondersteuning_norm_elementen (
  swv           TEXT NOT NULL,
  versie        INTEGER NOT NULL,
  code          TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
  volgorde      INTEGER NOT NULL CHECK (volgorde >= 0),
  aspect        TEXT NOT NULL,
  titel         TEXT NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
  omschrijving  TEXT NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 4000),
  PRIMARY KEY (swv, versie, code),
  FOREIGN KEY (swv, versie) REFERENCES basisondersteuning_normen (swv, versie),
  FOREIGN KEY (swv, versie, aspect) REFERENCES basisondersteuning_norm_aspecten (swv, versie, code)
) STRICT, WITHOUT ROWID;

-- `norm` is the key of the norm version answered: `landelijk/2026.1` or `PO2001/3`.
CREATE TABLE basisondersteuning_invullingen (
  school            TEXT NOT NULL REFERENCES scholen (code),
  versie            INTEGER NOT NULL CHECK (versie >= 1),
  swv               TEXT REFERENCES samenwerkingsverbanden (code),
  norm              TEXT NOT NULL CHECK (length(norm) BETWEEN 1 AND 80),
  vastgesteld_op    TEXT NOT NULL CHECK (date(vastgesteld_op) = vastgesteld_op),
  toelichting       TEXT NOT NULL DEFAULT '' CHECK (length(toelichting) <= 4000),
  vastgesteld_door  TEXT NOT NULL,
  PRIMARY KEY (school, versie)
) STRICT, WITHOUT ROWID;
CREATE INDEX basisondersteuning_invullingen_swv ON basisondersteuning_invullingen (swv, school);

CREATE TABLE basisondersteuning_invulling_elementen (
  school       TEXT NOT NULL,
  versie       INTEGER NOT NULL,
  swv          TEXT REFERENCES samenwerkingsverbanden (code),
  element      TEXT NOT NULL CHECK (length(element) BETWEEN 1 AND 60),
  volgorde     INTEGER NOT NULL CHECK (volgorde >= 0),
  hoe          TEXT NOT NULL CHECK (length(hoe) BETWEEN 1 AND 4000),
  bewijs       TEXT NOT NULL DEFAULT '' CHECK (length(bewijs) <= 4000),
  oordeel      TEXT NOT NULL CHECK (oordeel IN ('voldoet', 'deels', 'nog-niet')),
  toelichting  TEXT NOT NULL DEFAULT '' CHECK (length(toelichting) <= 4000),
  -- A shortfall is explained: what is missing and what the school does about it.
  CHECK (oordeel = 'voldoet' OR length(toelichting) > 0),
  PRIMARY KEY (school, versie, element),
  FOREIGN KEY (school, versie) REFERENCES basisondersteuning_invullingen (school, versie)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER basisondersteuning_normen_no_update BEFORE UPDATE ON basisondersteuning_normen
  BEGIN SELECT RAISE(ABORT, 'basisondersteuning_normen are append-only'); END;
CREATE TRIGGER basisondersteuning_normen_no_delete BEFORE DELETE ON basisondersteuning_normen
  BEGIN SELECT RAISE(ABORT, 'basisondersteuning_normen are append-only'); END;
CREATE TRIGGER basisondersteuning_norm_aspecten_no_update
  BEFORE UPDATE ON basisondersteuning_norm_aspecten
  BEGIN SELECT RAISE(ABORT, 'basisondersteuning_norm_aspecten are append-only'); END;
CREATE TRIGGER basisondersteuning_norm_aspecten_no_delete
  BEFORE DELETE ON basisondersteuning_norm_aspecten
  BEGIN SELECT RAISE(ABORT, 'basisondersteuning_norm_aspecten are append-only'); END;
CREATE TRIGGER basisondersteuning_norm_elementen_no_update
  BEFORE UPDATE ON basisondersteuning_norm_elementen
  BEGIN SELECT RAISE(ABORT, 'basisondersteuning_norm_elementen are append-only'); END;
CREATE TRIGGER basisondersteuning_norm_elementen_no_delete
  BEFORE DELETE ON basisondersteuning_norm_elementen
  BEGIN SELECT RAISE(ABORT, 'basisondersteuning_norm_elementen are append-only'); END;
CREATE TRIGGER basisondersteuning_invullingen_no_update
  BEFORE UPDATE ON basisondersteuning_invullingen
  BEGIN SELECT RAISE(ABORT, 'basisondersteuning_invullingen are append-only'); END;
CREATE TRIGGER basisondersteuning_invullingen_no_delete
  BEFORE DELETE ON basisondersteuning_invullingen
  BEGIN SELECT RAISE(ABORT, 'basisondersteuning_invullingen are append-only'); END;
CREATE TRIGGER basisondersteuning_invulling_elementen_no_update
  BEFORE UPDATE ON basisondersteuning_invulling_elementen
  BEGIN SELECT RAISE(ABORT, 'basisondersteuning_invulling_elementen are append-only'); END;
CREATE TRIGGER basisondersteuning_invulling_elementen_no_delete
  BEFORE DELETE ON basisondersteuning_invulling_elementen
  BEGIN SELECT RAISE(ABORT, 'basisondersteuning_invulling_elementen are append-only'); END;
