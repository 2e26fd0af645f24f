-- 0004: registrations (aanmeldingen) and their zorgplicht term (issue 4). A verbal
-- registration is recorded too (compleet_op NULL): that record is what stops wegadviseren.
-- `uiterste_beslisdatum` is derived by the domain (ZorgplichtKlok) on every change and stored
-- so that lists can filter on status and due date in SQL; `beslistermijn_dagen` keeps the
-- term in force when the registration was made.

CREATE TABLE aanmeldingen (
  id                      INTEGER PRIMARY KEY,
  leerling_id             INTEGER NOT NULL REFERENCES leerlingen (id),
  school                  TEXT NOT NULL REFERENCES scholen (code),
  swv                     TEXT REFERENCES samenwerkingsverbanden (code),
  aanmelddatum            TEXT NOT NULL CHECK (date(aanmelddatum) = aanmelddatum),
  schriftelijk            INTEGER NOT NULL CHECK (schriftelijk IN (0, 1)),
  compleet_op             TEXT CHECK (compleet_op IS NULL OR date(compleet_op) = compleet_op),
  gewenste_startdatum     TEXT
    CHECK (gewenste_startdatum IS NULL OR date(gewenste_startdatum) = gewenste_startdatum),
  eerste_keuze            INTEGER NOT NULL CHECK (eerste_keuze IN (0, 1)),
  vooraanmelding          INTEGER NOT NULL CHECK (vooraanmelding IN (0, 1)),
  ondersteuningsbehoeften TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(ondersteuningsbehoeften) AND json_type(ondersteuningsbehoeften) = 'array'),
  beslistermijn_dagen     INTEGER NOT NULL CHECK (beslistermijn_dagen > 0),
  uiterste_beslisdatum    TEXT,
  verlenging_dagen        INTEGER NOT NULL DEFAULT 0 CHECK (verlenging_dagen >= 0),
  verlenging_reden        TEXT NOT NULL DEFAULT '',
  verlengd_op             TEXT,
  uitkomst                TEXT
    CHECK (uitkomst IS NULL OR uitkomst IN ('toegelaten', 'elders-geplaatst', 'geweigerd',
                                            'ingetrokken')),
  besluit_datum           TEXT,
  besluit                 TEXT CHECK (besluit IS NULL OR json_valid(besluit)),
  CHECK ((schriftelijk = 1) = (compleet_op IS NOT NULL)),
  CHECK ((uitkomst IS NULL) = (besluit_datum IS NULL))
) STRICT;
CREATE INDEX aanmeldingen_school ON aanmeldingen (school);
CREATE INDEX aanmeldingen_swv ON aanmeldingen (swv);
CREATE INDEX aanmeldingen_leerling ON aanmeldingen (leerling_id);
