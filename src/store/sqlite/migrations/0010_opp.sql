-- 0010: the ontwikkelingsperspectiefplan (OPP; issue 7 item 4; domain.md §3.4; docs/opp.md).
-- `opps` is the plan of one student at one school; its versions, the parents' consent steps
-- and the evaluations are append-only (a change of content is a new version, an answer is a new
-- step: nothing is ever overwritten). `swv` is the school's SWV (or the student's, for a school
-- outside any SWV): authorization scope and sharding key. The stand columns of `opps` are the
-- domain's OppStand, stored by the writer after every change so that lists can filter on the
-- signals; they are derived, never typed.

CREATE TABLE opps (
  id                    INTEGER PRIMARY KEY,
  leerling_id           INTEGER NOT NULL REFERENCES leerlingen (id),
  school                TEXT NOT NULL REFERENCES scholen (code),
  swv                   TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  -- The school's kind when the plan was made: vso plans carry an uitstroomprofiel (WEC 14a).
  onderwijs             TEXT NOT NULL CHECK (onderwijs IN ('bao', 'sbo', 'so', 'vso', 'vo', 'pro')),
  plaatsingsdatum       TEXT NOT NULL CHECK (date(plaatsingsdatum) = plaatsingsdatum),
  aangemaakt_door       TEXT NOT NULL,
  -- The stand (domain::StandVan).
  vaststellen_uiterlijk TEXT NOT NULL CHECK (date(vaststellen_uiterlijk) = vaststellen_uiterlijk),
  vastgesteld_op        TEXT CHECK (vastgesteld_op IS NULL OR date(vastgesteld_op) = vastgesteld_op),
  laatste_versie        INTEGER NOT NULL DEFAULT 0 CHECK (laatste_versie >= 0),
  instemming            TEXT CHECK (instemming IS NULL
                                    OR instemming IN ('gevraagd', 'gegeven', 'geweigerd')),
  versie_in_werking     INTEGER NOT NULL DEFAULT 0
                          CHECK (versie_in_werking BETWEEN 0 AND laatste_versie),
  laatste_evaluatie     TEXT
    CHECK (laatste_evaluatie IS NULL OR date(laatste_evaluatie) = laatste_evaluatie),
  evaluatie_uiterlijk   TEXT
    CHECK (evaluatie_uiterlijk IS NULL OR date(evaluatie_uiterlijk) = evaluatie_uiterlijk),
  CHECK (vaststellen_uiterlijk > plaatsingsdatum),
  CHECK ((vastgesteld_op IS NULL) = (laatste_versie = 0)),
  CHECK (vastgesteld_op IS NULL OR vastgesteld_op >= plaatsingsdatum),
  CHECK (laatste_versie > 0 OR (instemming IS NULL AND laatste_evaluatie IS NULL
                                AND evaluatie_uiterlijk IS NULL)),
  CHECK ((vastgesteld_op IS NULL) = (evaluatie_uiterlijk IS NULL))
) STRICT;
-- One plan per student and school: a change is a new version of it, not a second plan.
CREATE UNIQUE INDEX opps_leerling_school ON opps (leerling_id, school);
CREATE INDEX opps_swv ON opps (swv, plaatsingsdatum);
CREATE INDEX opps_school ON opps (school, plaatsingsdatum);

-- The versions of a plan, each set once and never changed.
CREATE TABLE opp_versies (
  opp_id                INTEGER NOT NULL REFERENCES opps (id),
  nummer                INTEGER NOT NULL CHECK (nummer >= 1),
  swv                   TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  vastgesteld_op        TEXT NOT NULL CHECK (date(vastgesteld_op) = vastgesteld_op),
  vastgesteld_door      TEXT NOT NULL,
  uitstroombestemming   TEXT NOT NULL CHECK (length(uitstroombestemming) BETWEEN 1 AND 4000),
  uitstroomprofiel      TEXT CHECK (uitstroomprofiel IS NULL OR uitstroomprofiel IN
                                    ('vervolgonderwijs', 'arbeidsmarkt', 'dagbesteding')),
  bevorderende_factoren TEXT NOT NULL CHECK (length(bevorderende_factoren) BETWEEN 1 AND 4000),
  belemmerende_factoren TEXT NOT NULL CHECK (length(belemmerende_factoren) BETWEEN 1 AND 4000),
  ondersteuning         TEXT NOT NULL CHECK (length(ondersteuning) BETWEEN 1 AND 4000),
  afwijkingen           TEXT NOT NULL DEFAULT '' CHECK (length(afwijkingen) <= 4000),
  -- The handelingsdeel's goals as a JSON array of texts: at least one.
  doelen                TEXT NOT NULL CHECK (json_valid(doelen) AND json_type(doelen) = 'array'
                                             AND json_array_length(doelen) BETWEEN 1 AND 20),
  -- The student's own view (hoorrecht, seed 000 #4), or why it could not be asked.
  hoorrecht_gehoord     INTEGER NOT NULL CHECK (hoorrecht_gehoord IN (0, 1)),
  hoorrecht_zienswijze  TEXT NOT NULL DEFAULT '',
  hoorrecht_reden       TEXT NOT NULL DEFAULT '',
  CHECK (hoorrecht_gehoord = 0 OR length(hoorrecht_zienswijze) >= 1),
  CHECK (hoorrecht_gehoord = 1 OR length(hoorrecht_reden) >= 1),
  PRIMARY KEY (opp_id, nummer)
) STRICT;

-- The steps of the parents' consent on a version's handelingsdeel: asked, then given or
-- refused (WPO art. 40a, WEC art. 41a).
CREATE TABLE opp_instemmingen (
  id           INTEGER PRIMARY KEY,
  opp_id       INTEGER NOT NULL,
  versie       INTEGER NOT NULL,
  swv          TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  status       TEXT NOT NULL CHECK (status IN ('gevraagd', 'gegeven', 'geweigerd')),
  datum        TEXT NOT NULL CHECK (date(datum) = datum),
  door         TEXT NOT NULL,
  toelichting  TEXT NOT NULL DEFAULT '' CHECK (length(toelichting) <= 4000),
  FOREIGN KEY (opp_id, versie) REFERENCES opp_versies (opp_id, nummer)
) STRICT;
CREATE INDEX opp_instemmingen_opp ON opp_instemmingen (opp_id, versie, id);
-- Asked once and answered once per version.
CREATE UNIQUE INDEX opp_instemmingen_een_vraag ON opp_instemmingen (opp_id, versie)
  WHERE status = 'gevraagd';
CREATE UNIQUE INDEX opp_instemmingen_een_antwoord ON opp_instemmingen (opp_id, versie)
  WHERE status <> 'gevraagd';

-- The evaluations with the parents (at least yearly).
CREATE TABLE opp_evaluaties (
  id         INTEGER PRIMARY KEY,
  opp_id     INTEGER NOT NULL REFERENCES opps (id),
  swv        TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  datum      TEXT NOT NULL CHECK (date(datum) = datum),
  met_wie    TEXT NOT NULL CHECK (length(met_wie) BETWEEN 1 AND 1000),
  conclusie  TEXT NOT NULL CHECK (length(conclusie) BETWEEN 1 AND 4000),
  door       TEXT NOT NULL
) STRICT;
CREATE INDEX opp_evaluaties_opp ON opp_evaluaties (opp_id, id);

-- Versions, consent steps and evaluations are records of what was set and answered: never
-- changed or deleted.
CREATE TRIGGER opp_versies_geen_wijziging BEFORE UPDATE ON opp_versies
BEGIN SELECT RAISE(ABORT, 'opp_versies zijn onveranderlijk'); END;
CREATE TRIGGER opp_versies_geen_verwijdering BEFORE DELETE ON opp_versies
BEGIN SELECT RAISE(ABORT, 'opp_versies zijn onveranderlijk'); END;
CREATE TRIGGER opp_instemmingen_geen_wijziging BEFORE UPDATE ON opp_instemmingen
BEGIN SELECT RAISE(ABORT, 'opp_instemmingen zijn onveranderlijk'); END;
CREATE TRIGGER opp_instemmingen_geen_verwijdering BEFORE DELETE ON opp_instemmingen
BEGIN SELECT RAISE(ABORT, 'opp_instemmingen zijn onveranderlijk'); END;
CREATE TRIGGER opp_evaluaties_geen_wijziging BEFORE UPDATE ON opp_evaluaties
BEGIN SELECT RAISE(ABORT, 'opp_evaluaties zijn onveranderlijk'); END;
CREATE TRIGGER opp_evaluaties_geen_verwijdering BEFORE DELETE ON opp_evaluaties
BEGIN SELECT RAISE(ABORT, 'opp_evaluaties zijn onveranderlijk'); END;
-- A plan is never deleted either (its versions point at it).
CREATE TRIGGER opps_geen_verwijdering BEFORE DELETE ON opps
BEGIN SELECT RAISE(ABORT, 'opps worden niet verwijderd'); END;
