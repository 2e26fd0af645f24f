-- 0007: absence cases (verzuimmeldingen) of issue 6 (domain.md §3.5, docs/verzuim.md).
-- `swv` is the register that holds the case (authorization scope, sharding key); `gemeente`
-- is the municipality whose leerplichtambtenaar handles it (the student's woongemeente when
-- the case was registered), the scope of a gemeente account. The derived status (thuiszitter,
-- days at home, triggers) is never stored: the domain computes it on any date. The quarterly
-- register is built from these rows, so it needs no table of its own; rows are never deleted.

CREATE TABLE verzuimmeldingen (
  id                   INTEGER PRIMARY KEY,
  leerling_id          INTEGER NOT NULL REFERENCES leerlingen (id),
  type                 TEXT NOT NULL
    CHECK (type IN ('absoluut-verzuim', 'langdurig-relatief-verzuim', 'relatief-verzuim',
                    'vrijstelling-5a', 'vrijstelling-5b', 'vrijstelling-5c', 'ziek')),
  gemeente             TEXT NOT NULL REFERENCES gemeenten (code),
  school               TEXT REFERENCES scholen (code),
  swv                  TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  startdatum           TEXT NOT NULL CHECK (date(startdatum) = startdatum),
  einddatum            TEXT CHECK (einddatum IS NULL OR date(einddatum) = einddatum),
  reden_einde          TEXT
    CHECK (reden_einde IS NULL OR reden_einde IN ('terug-naar-school', 'andere-school',
                                                  'vrijstelling', 'verhuisd', 'einde-leerplicht',
                                                  'onderwijs-zorgarrangement', 'overig')),
  toelichting_einde    TEXT NOT NULL DEFAULT '',
  aanbod_datum         TEXT CHECK (aanbod_datum IS NULL OR date(aanbod_datum) = aanbod_datum),
  aanbod_omschrijving  TEXT NOT NULL DEFAULT '',
  -- The day the case was handed to the onderwijsconsulent (seed 003 §4.3), if it was.
  overgedragen_op      TEXT CHECK (overgedragen_op IS NULL OR date(overgedragen_op) = overgedragen_op),
  CHECK ((einddatum IS NULL) = (reden_einde IS NULL)),
  CHECK (einddatum IS NULL OR einddatum > startdatum),
  CHECK (aanbod_datum IS NULL OR aanbod_datum >= startdatum),
  CHECK (overgedragen_op IS NULL OR overgedragen_op >= startdatum)
) STRICT;
CREATE INDEX verzuimmeldingen_swv ON verzuimmeldingen (swv, startdatum);
CREATE INDEX verzuimmeldingen_gemeente ON verzuimmeldingen (gemeente);
CREATE INDEX verzuimmeldingen_school ON verzuimmeldingen (school);
CREATE INDEX verzuimmeldingen_leerling ON verzuimmeldingen (leerling_id);
-- One open thuiszitter case per child and type: a second would list (and register) the same
-- child twice. Other types may repeat (relatief verzuim is reported again at every 16 hours).
CREATE UNIQUE INDEX verzuimmeldingen_een_lopende ON verzuimmeldingen (leerling_id, type)
  WHERE einddatum IS NULL AND type IN ('absoluut-verzuim', 'langdurig-relatief-verzuim');
