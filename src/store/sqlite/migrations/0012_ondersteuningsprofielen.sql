-- 0012: school support profiles (schoolondersteuningsprofielen; issue 5 item 2; domain.md
-- §3.2; docs/placement.md). One row per version of a location's profile and one per need it
-- lists; a need not listed is offered at `basis`. Versions are append-only: a change is a new
-- version (the highest is current), so what a school promised on a date can always be shown.
-- `swv` is the location's SWV (scope and sharding key; NULL for clusters 1 and 2).

CREATE TABLE ondersteuningsprofielen (
  school            TEXT NOT NULL REFERENCES scholen (code),
  versie            INTEGER NOT NULL CHECK (versie >= 1),
  swv               TEXT REFERENCES samenwerkingsverbanden (code),
  vastgesteld_op    TEXT NOT NULL CHECK (date(vastgesteld_op) = vastgesteld_op),
  mr_advies_op      TEXT CHECK (mr_advies_op IS NULL OR date(mr_advies_op) = mr_advies_op),
  taxonomie_versie  TEXT NOT NULL CHECK (length(taxonomie_versie) BETWEEN 1 AND 40),
  toelichting       TEXT NOT NULL DEFAULT '' CHECK (length(toelichting) <= 4000),
  vastgesteld_door  TEXT NOT NULL,
  PRIMARY KEY (school, versie)
) STRICT, WITHOUT ROWID;
CREATE INDEX ondersteuningsprofielen_swv ON ondersteuningsprofielen (swv, school);

CREATE TABLE ondersteuningsprofiel_regels (
  school        TEXT NOT NULL,
  versie        INTEGER NOT NULL,
  swv           TEXT REFERENCES samenwerkingsverbanden (code),
  behoefte      TEXT NOT NULL CHECK (length(behoefte) BETWEEN 1 AND 60),
  volgorde      INTEGER NOT NULL CHECK (volgorde >= 0),
  niveau        TEXT NOT NULL CHECK (niveau IN ('basis', 'extra', 'specialistisch')),
  -- Places only above basis: basisondersteuning is there for every student.
  plaatsen      INTEGER CHECK (plaatsen IS NULL OR (plaatsen >= 0 AND niveau <> 'basis')),
  omschrijving  TEXT NOT NULL DEFAULT '' CHECK (length(omschrijving) <= 4000),
  onderbouwing  TEXT NOT NULL DEFAULT '' CHECK (length(onderbouwing) <= 4000),
  CHECK (niveau = 'basis' OR length(omschrijving) > 0),
  PRIMARY KEY (school, versie, behoefte),
  FOREIGN KEY (school, versie) REFERENCES ondersteuningsprofielen (school, versie)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER ondersteuningsprofielen_no_update BEFORE UPDATE ON ondersteuningsprofielen
  BEGIN SELECT RAISE(ABORT, 'ondersteuningsprofielen are append-only'); END;
CREATE TRIGGER ondersteuningsprofielen_no_delete BEFORE DELETE ON ondersteuningsprofielen
  BEGIN SELECT RAISE(ABORT, 'ondersteuningsprofielen are append-only'); END;
CREATE TRIGGER ondersteuningsprofiel_regels_no_update BEFORE UPDATE ON ondersteuningsprofiel_regels
  BEGIN SELECT RAISE(ABORT, 'ondersteuningsprofiel_regels are append-only'); END;
CREATE TRIGGER ondersteuningsprofiel_regels_no_delete BEFORE DELETE ON ondersteuningsprofiel_regels
  BEGIN SELECT RAISE(ABORT, 'ondersteuningsprofiel_regels are append-only'); END;
