-- 0016: placement rounds (plaatsingsrondes; issue 5 item 5; docs/placement.md). A round holds
-- the parameters it ran with; its lines hold one proposal per child (a school, or unplaced with
-- the reason). Everything is append-only: an edit by the SWV is a new line for the same
-- registration (the newest line counts), and confirming or discarding is one row in
-- plaatsingsronde_afsluitingen (at most one per round; without one the round is a proposal).
-- Nothing here places a child: no enrolment or decision is written.

CREATE TABLE plaatsingsrondes (
  id                     INTEGER PRIMARY KEY,
  swv                    TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  soort                  TEXT NOT NULL CHECK (soort IN ('minimale-kosten', 'voorkeur')),
  seed                   TEXT CHECK (seed IS NULL OR soort = 'voorkeur'),  -- uint64 as text
  max_afstand_meter      INTEGER NOT NULL CHECK (max_afstand_meter > 0),
  tekort_boete           INTEGER CHECK (tekort_boete IS NULL OR tekort_boete >= 0),
  niet_geplaatst_kosten  INTEGER NOT NULL CHECK (niet_geplaatst_kosten >= 0),
  totale_kosten          INTEGER NOT NULL,
  aangemaakt_op          TEXT NOT NULL,
  aangemaakt_door        TEXT NOT NULL,
  CHECK ((soort = 'voorkeur') = (seed IS NOT NULL))
) STRICT;
CREATE INDEX plaatsingsrondes_swv ON plaatsingsrondes (swv, id);

CREATE TABLE plaatsingsronde_regels (
  id               INTEGER PRIMARY KEY,
  ronde            INTEGER NOT NULL REFERENCES plaatsingsrondes (id),
  swv              TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  volgorde         INTEGER NOT NULL CHECK (volgorde >= 0),  -- the child's place in the round
  aanmelding       INTEGER NOT NULL REFERENCES aanmeldingen (id),
  leerling_id      INTEGER NOT NULL REFERENCES leerlingen (id),
  aanmeldschool    TEXT NOT NULL REFERENCES scholen (code),
  behoeften        TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(behoeften) AND json_type(behoeften) = 'array'),
  hoofdbehoefte    TEXT NOT NULL DEFAULT '',
  school           TEXT REFERENCES scholen (code),
  meter            INTEGER CHECK (meter IS NULL OR meter >= 0),
  kosten           INTEGER,
  lotnummer        INTEGER,
  reden            TEXT NOT NULL DEFAULT '',
  toelichting      TEXT NOT NULL DEFAULT '' CHECK (length(toelichting) <= 4000),
  gewijzigd        INTEGER NOT NULL CHECK (gewijzigd IN (0, 1)),
  wijziging_reden  TEXT NOT NULL DEFAULT '' CHECK (length(wijziging_reden) <= 2000),
  waarschuwingen   TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(waarschuwingen) AND json_type(waarschuwingen) = 'array'),
  vastgelegd_op    TEXT NOT NULL,
  vastgelegd_door  TEXT NOT NULL,
  -- A line proposes a school or says why not; an edit always gives its reason.
  CHECK ((school IS NULL) = (reden <> '')),
  CHECK (gewijzigd = 0 OR length(wijziging_reden) > 0)
) STRICT;
CREATE INDEX plaatsingsronde_regels_ronde ON plaatsingsronde_regels (ronde, aanmelding, id);
CREATE INDEX plaatsingsronde_regels_aanmelding ON plaatsingsronde_regels (aanmelding);

CREATE TABLE plaatsingsronde_afsluitingen (
  ronde        INTEGER PRIMARY KEY REFERENCES plaatsingsrondes (id),
  swv          TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  stand        TEXT NOT NULL CHECK (stand IN ('bevestigd', 'verworpen')),
  toelichting  TEXT NOT NULL DEFAULT '' CHECK (length(toelichting) <= 2000),
  op           TEXT NOT NULL,
  door         TEXT NOT NULL
) STRICT;

CREATE TRIGGER plaatsingsrondes_no_update BEFORE UPDATE ON plaatsingsrondes
  BEGIN SELECT RAISE(ABORT, 'plaatsingsrondes are append-only'); END;
CREATE TRIGGER plaatsingsrondes_no_delete BEFORE DELETE ON plaatsingsrondes
  BEGIN SELECT RAISE(ABORT, 'plaatsingsrondes are append-only'); END;
CREATE TRIGGER plaatsingsronde_regels_no_update BEFORE UPDATE ON plaatsingsronde_regels
  BEGIN SELECT RAISE(ABORT, 'plaatsingsronde_regels are append-only'); END;
CREATE TRIGGER plaatsingsronde_regels_no_delete BEFORE DELETE ON plaatsingsronde_regels
  BEGIN SELECT RAISE(ABORT, 'plaatsingsronde_regels are append-only'); END;
CREATE TRIGGER plaatsingsronde_afsluitingen_no_update BEFORE UPDATE ON plaatsingsronde_afsluitingen
  BEGIN SELECT RAISE(ABORT, 'plaatsingsronde_afsluitingen are append-only'); END;
CREATE TRIGGER plaatsingsronde_afsluitingen_no_delete BEFORE DELETE ON plaatsingsronde_afsluitingen
  BEGIN SELECT RAISE(ABORT, 'plaatsingsronde_afsluitingen are append-only'); END;
