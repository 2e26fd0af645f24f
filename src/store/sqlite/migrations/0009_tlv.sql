-- 0009: TLV requests, their expert advices, the committee's decision, the objection and the
-- parents' evaluation request (issue 7; domain.md §3.3; docs/tlv.md). `swv` is the SWV whose
-- committee decides (the requesting school's SWV): authorization scope and sharding key.
-- `compleet_op` is the domain's CompleetOp, stored by the writer so that lists can filter on
-- it; the decision term and the register's questions are computed, never stored. Rows are
-- never deleted: a request is a record of what was asked and decided.

CREATE TABLE tlv_aanvragen (
  id                      INTEGER PRIMARY KEY,
  leerling_id             INTEGER NOT NULL REFERENCES leerlingen (id),
  school                  TEXT NOT NULL REFERENCES scholen (code),
  swv                     TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  soort                   TEXT NOT NULL CHECK (soort IN ('sbo', 'so', 'vso')),
  aangevraagd_op          TEXT NOT NULL CHECK (date(aangevraagd_op) = aangevraagd_op),
  ondersteuningsbehoefte  TEXT NOT NULL CHECK (length(ondersteuningsbehoefte) BETWEEN 1 AND 4000),
  al_gedaan               TEXT NOT NULL CHECK (length(al_gedaan) BETWEEN 1 AND 4000),
  zienswijze_ouders       TEXT NOT NULL CHECK (length(zienswijze_ouders) BETWEEN 1 AND 4000),
  -- Hoorrecht (seed 000 #4): the student's view, or why it could not be asked.
  hoorrecht_gehoord       INTEGER NOT NULL CHECK (hoorrecht_gehoord IN (0, 1)),
  hoorrecht_zienswijze    TEXT NOT NULL DEFAULT '',
  hoorrecht_reden         TEXT NOT NULL DEFAULT '',
  compleet_op             TEXT CHECK (compleet_op IS NULL OR date(compleet_op) = compleet_op),
  -- The committee's decision.
  besluit_op              TEXT CHECK (besluit_op IS NULL OR date(besluit_op) = besluit_op),
  toegekend               INTEGER CHECK (toegekend IS NULL OR toegekend IN (0, 1)),
  categorie               TEXT CHECK (categorie IS NULL OR categorie IN ('laag', 'midden', 'hoog')),
  ingangsdatum            TEXT CHECK (ingangsdatum IS NULL OR date(ingangsdatum) = ingangsdatum),
  einddatum               TEXT CHECK (einddatum IS NULL OR date(einddatum) = einddatum),
  hele_loopbaan           INTEGER NOT NULL DEFAULT 0 CHECK (hele_loopbaan IN (0, 1)),
  motivering              TEXT NOT NULL DEFAULT '',
  -- The objection (Awb: within 6 weeks) and how it ended (the LBT's advice, the decision).
  bezwaar_op              TEXT CHECK (bezwaar_op IS NULL OR date(bezwaar_op) = bezwaar_op),
  bezwaar_gronden         TEXT NOT NULL DEFAULT '',
  lbt_advies_op           TEXT CHECK (lbt_advies_op IS NULL OR date(lbt_advies_op) = lbt_advies_op),
  lbt_advies              TEXT NOT NULL DEFAULT '',
  bezwaar_beslist_op      TEXT
    CHECK (bezwaar_beslist_op IS NULL OR date(bezwaar_beslist_op) = bezwaar_beslist_op),
  bezwaar_gegrond         INTEGER NOT NULL DEFAULT 0 CHECK (bezwaar_gegrond IN (0, 1)),
  bezwaar_beslissing      TEXT NOT NULL DEFAULT '',
  -- Seed 000 #18: the parents' request for an evaluation moment on a whole-career TLV.
  evaluatie_gevraagd_op   TEXT
    CHECK (evaluatie_gevraagd_op IS NULL OR date(evaluatie_gevraagd_op) = evaluatie_gevraagd_op),
  CHECK (hoorrecht_gehoord = 0 OR length(hoorrecht_zienswijze) >= 1),
  CHECK (hoorrecht_gehoord = 1 OR length(hoorrecht_reden) >= 1),
  CHECK (compleet_op IS NULL OR compleet_op >= aangevraagd_op),
  -- A decision only on a complete request, on or after the day it became complete.
  CHECK ((besluit_op IS NULL) = (toegekend IS NULL)),
  CHECK (besluit_op IS NULL OR (compleet_op IS NOT NULL AND besluit_op >= compleet_op)),
  -- Granted: a start; a category for so and vso, none for sbo; an end date unless for the
  -- whole career, never both. Refused: a reason and nothing of a TLV.
  CHECK (toegekend IS NOT 1 OR ingangsdatum IS NOT NULL),
  CHECK (toegekend IS NOT 1 OR (soort = 'sbo') = (categorie IS NULL)),
  CHECK (toegekend IS NOT 1 OR (hele_loopbaan = 1) = (einddatum IS NULL)),
  CHECK (einddatum IS NULL OR einddatum > ingangsdatum),
  CHECK (toegekend IS NOT 0 OR (categorie IS NULL AND ingangsdatum IS NULL AND einddatum IS NULL
                                AND hele_loopbaan = 0 AND length(motivering) >= 1)),
  CHECK (toegekend IS NOT NULL OR (categorie IS NULL AND ingangsdatum IS NULL
                                   AND einddatum IS NULL AND hele_loopbaan = 0)),
  CHECK (bezwaar_op IS NULL OR (besluit_op IS NOT NULL AND bezwaar_op >= besluit_op)),
  CHECK ((bezwaar_op IS NULL) = (bezwaar_gronden = '')),
  CHECK (lbt_advies_op IS NULL OR (bezwaar_op IS NOT NULL AND lbt_advies_op >= bezwaar_op)),
  CHECK ((lbt_advies_op IS NULL) = (bezwaar_beslist_op IS NULL)),
  CHECK (bezwaar_beslist_op IS NULL OR bezwaar_beslist_op >= lbt_advies_op),
  CHECK (evaluatie_gevraagd_op IS NULL OR (toegekend = 1 AND hele_loopbaan = 1
                                           AND evaluatie_gevraagd_op >= besluit_op))
) STRICT;
CREATE INDEX tlv_aanvragen_swv ON tlv_aanvragen (swv, aangevraagd_op);
CREATE INDEX tlv_aanvragen_school ON tlv_aanvragen (school);
CREATE INDEX tlv_aanvragen_leerling ON tlv_aanvragen (leerling_id);
-- One undecided request per child: a second would ask the committee the same thing twice.
CREATE UNIQUE INDEX tlv_aanvragen_een_open ON tlv_aanvragen (leerling_id)
  WHERE besluit_op IS NULL;

-- The expert advices on a request (domain.md §3.3: two, one by an orthopedagoog or
-- psycholoog), in the order they arrived.
CREATE TABLE tlv_adviezen (
  id             INTEGER PRIMARY KEY,
  aanvraag_id    INTEGER NOT NULL REFERENCES tlv_aanvragen (id),
  swv            TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  discipline     TEXT NOT NULL CHECK (length(discipline) BETWEEN 1 AND 100),
  naam           TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  datum          TEXT NOT NULL CHECK (date(datum) = datum),
  advies         TEXT NOT NULL CHECK (length(advies) BETWEEN 1 AND 4000),
  vastgelegd_door TEXT NOT NULL
) STRICT;
CREATE INDEX tlv_adviezen_aanvraag ON tlv_adviezen (aanvraag_id, id);

-- An advice is a record of what an expert said: never changed or deleted.
CREATE TRIGGER tlv_adviezen_geen_wijziging BEFORE UPDATE ON tlv_adviezen
BEGIN SELECT RAISE(ABORT, 'tlv_adviezen zijn onveranderlijk'); END;
CREATE TRIGGER tlv_adviezen_geen_verwijdering BEFORE DELETE ON tlv_adviezen
BEGIN SELECT RAISE(ABORT, 'tlv_adviezen zijn onveranderlijk'); END;
