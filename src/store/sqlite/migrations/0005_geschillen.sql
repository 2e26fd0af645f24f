-- 0005: each SWV's settings (meldingsplicht, centraal aanmeldpunt, escalation ladder, the
-- ouder- en jeugdsteunpunt) and disputes (geschillen) with their steps (issue 4, §3.6).
-- A dispute keeps the ladder in force when it was opened, so a later change of the SWV's
-- ladder never rewrites a running dispute.

CREATE TABLE swv_instellingen (
  swv                  TEXT PRIMARY KEY REFERENCES samenwerkingsverbanden (code),
  meldingsplicht       INTEGER NOT NULL CHECK (meldingsplicht IN (0, 1)),
  centraal_aanmeldpunt INTEGER NOT NULL CHECK (centraal_aanmeldpunt IN (0, 1)),
  ladder               TEXT NOT NULL CHECK (json_valid(ladder) AND json_type(ladder) = 'array'),
  steunpunt            TEXT NOT NULL CHECK (json_valid(steunpunt) AND json_type(steunpunt) = 'object')
) STRICT;

-- Who registered: the SWV as centraal aanmeldpunt sees what it registered.
ALTER TABLE aanmeldingen ADD COLUMN door_swv INTEGER NOT NULL DEFAULT 0
  CHECK (door_swv IN (0, 1));

CREATE TABLE geschillen (
  id            INTEGER PRIMARY KEY,
  leerling_id   INTEGER NOT NULL REFERENCES leerlingen (id),
  aanmelding_id INTEGER REFERENCES aanmeldingen (id),
  school        TEXT NOT NULL REFERENCES scholen (code),
  swv           TEXT REFERENCES samenwerkingsverbanden (code),
  onderwerp     TEXT NOT NULL CHECK (onderwerp IN ('toelating', 'verwijdering', 'opp')),
  besluitdatum  TEXT CHECK (besluitdatum IS NULL OR date(besluitdatum) = besluitdatum),
  omschrijving  TEXT NOT NULL DEFAULT '',
  geopend_op    TEXT NOT NULL CHECK (date(geopend_op) = geopend_op),
  ladder        TEXT NOT NULL CHECK (json_valid(ladder) AND json_type(ladder) = 'array')
) STRICT;
CREATE INDEX geschillen_leerling ON geschillen (leerling_id);
CREATE INDEX geschillen_aanmelding ON geschillen (aanmelding_id);
CREATE INDEX geschillen_school ON geschillen (school);
CREATE INDEX geschillen_swv ON geschillen (swv);

CREATE TABLE geschil_stappen (
  geschil_id    INTEGER NOT NULL REFERENCES geschillen (id),
  volgnummer    INTEGER NOT NULL CHECK (volgnummer >= 1),
  code          TEXT NOT NULL,
  start         TEXT NOT NULL CHECK (date(start) = start),
  eigenaar      TEXT NOT NULL,
  termijn_dagen INTEGER NOT NULL CHECK (termijn_dagen >= 0),
  einde         TEXT CHECK (einde IS NULL OR date(einde) = einde),
  uitkomst      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (geschil_id, volgnummer)
) STRICT, WITHOUT ROWID;
