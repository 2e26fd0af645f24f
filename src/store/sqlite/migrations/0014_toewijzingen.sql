-- 0014: allocations of support money from an SWV to its school locations (issue 8 items 3
-- and 7; docs/geld.md). Amounts are integer euro cents. Append-only: a correction is a new
-- record with a signed amount and a reason; nothing is changed or deleted.

CREATE TABLE toewijzingen (
  id               INTEGER PRIMARY KEY,
  swv              TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  school           TEXT NOT NULL REFERENCES scholen (code),
  schooljaar       INTEGER NOT NULL CHECK (schooljaar BETWEEN 2014 AND 2100),
  doel             TEXT NOT NULL CHECK (doel IN ('basisondersteuning', 'extra-ondersteuning',
                                                 'arrangementen', 'personeel', 'anders')),
  bedrag           INTEGER NOT NULL CHECK (bedrag <> 0),
  omschrijving     TEXT NOT NULL DEFAULT '',
  vastgelegd_op    TEXT NOT NULL,
  vastgelegd_door  TEXT NOT NULL
) STRICT;
CREATE INDEX toewijzingen_swv ON toewijzingen (swv, schooljaar, school);
CREATE INDEX toewijzingen_school ON toewijzingen (school, schooljaar);

CREATE TRIGGER toewijzingen_geen_wijziging BEFORE UPDATE ON toewijzingen
BEGIN SELECT RAISE(ABORT, 'toewijzingen zijn onveranderlijk; leg een correctie vast'); END;
CREATE TRIGGER toewijzingen_geen_verwijdering BEFORE DELETE ON toewijzingen
BEGIN SELECT RAISE(ABORT, 'toewijzingen zijn onveranderlijk; leg een correctie vast'); END;
