-- 0008: issue 6 continued (domain.md §3.5): each SWV's verzuim settings (holiday region,
-- doorzettingsmacht, advice before an exemption 5 onder a, interim targets; the JSON form of
-- app/verzuim_instellingen_json.h), the SWV's education-perspective advice before an
-- exemption 5 onder a (seed 000 #8), the doctor's statement of that exemption, and the
-- escalations of stuck cases to the regional doorbraakaanpak (seed 000 #9).

ALTER TABLE swv_instellingen ADD COLUMN verzuim TEXT NOT NULL DEFAULT '{}'
  CHECK (json_valid(verzuim) AND json_type(verzuim) = 'object');

CREATE TABLE vrijstellingsadviezen (
  id           INTEGER PRIMARY KEY,
  leerling_id  INTEGER NOT NULL REFERENCES leerlingen (id),
  swv          TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  datum        TEXT NOT NULL CHECK (date(datum) = datum),
  advies       TEXT NOT NULL CHECK (length(advies) BETWEEN 1 AND 4000),
  gegeven_door TEXT NOT NULL
) STRICT;
CREATE INDEX vrijstellingsadviezen_leerling ON vrijstellingsadviezen (leerling_id, swv, datum);

-- Advice rows are a record of what the SWV said: never changed or deleted.
CREATE TRIGGER vrijstellingsadviezen_geen_wijziging BEFORE UPDATE ON vrijstellingsadviezen
BEGIN SELECT RAISE(ABORT, 'vrijstellingsadviezen zijn onveranderlijk'); END;
CREATE TRIGGER vrijstellingsadviezen_geen_verwijdering BEFORE DELETE ON vrijstellingsadviezen
BEGIN SELECT RAISE(ABORT, 'vrijstellingsadviezen zijn onveranderlijk'); END;

ALTER TABLE verzuimmeldingen ADD COLUMN artsverklaring TEXT
  CHECK (artsverklaring IS NULL OR (date(artsverklaring) = artsverklaring
                                    AND type = 'vrijstelling-5a'));
ALTER TABLE verzuimmeldingen ADD COLUMN advies_id INTEGER REFERENCES vrijstellingsadviezen (id);

CREATE TABLE verzuim_doorbraken (
  verzuim_id        INTEGER NOT NULL REFERENCES verzuimmeldingen (id),
  volgnummer        INTEGER NOT NULL CHECK (volgnummer >= 1),
  aangevraagd_op    TEXT NOT NULL CHECK (date(aangevraagd_op) = aangevraagd_op),
  aangevraagd_door  TEXT NOT NULL,
  reden             TEXT NOT NULL CHECK (length(reden) >= 1),
  -- Who held doorzettingsmacht under the SWV's agreement when the case was escalated.
  houder            TEXT NOT NULL CHECK (houder IN ('coordinator', 'commissie', 'wethouder')),
  houder_naam       TEXT NOT NULL DEFAULT '',
  besluit_op        TEXT CHECK (besluit_op IS NULL OR date(besluit_op) = besluit_op),
  besluit           TEXT NOT NULL DEFAULT '',
  besloten_door     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (verzuim_id, volgnummer),
  CHECK (besluit_op IS NULL OR besluit_op >= aangevraagd_op),
  CHECK ((besluit_op IS NULL) = (besluit = '') AND (besluit_op IS NULL) = (besloten_door = ''))
) STRICT;
