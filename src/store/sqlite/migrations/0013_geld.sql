-- 0013: money (issue 8; domain.md §3.7; docs/geld.md). All amounts are integer euro cents.
-- Year accounts are versions: a correction is a new version, the latest counts, nothing is
-- changed or deleted (the figures an SWV is judged on must be traceable; seed 002).

CREATE TABLE jaarrekeningen (
  swv                TEXT NOT NULL REFERENCES samenwerkingsverbanden (code),
  jaar               INTEGER NOT NULL CHECK (jaar BETWEEN 2014 AND 2100),
  versie             INTEGER NOT NULL CHECK (versie >= 1),
  baten_totaal       INTEGER NOT NULL CHECK (baten_totaal >= 0),
  lasten_totaal      INTEGER NOT NULL CHECK (lasten_totaal >= 0),
  eigen_vermogen     INTEGER NOT NULL,
  organisatiekosten  INTEGER NOT NULL
                     CHECK (organisatiekosten >= 0 AND organisatiekosten <= lasten_totaal),
  vastgelegd_op      TEXT NOT NULL,
  vastgelegd_door    TEXT NOT NULL,
  PRIMARY KEY (swv, jaar, versie)
) STRICT, WITHOUT ROWID;
CREATE INDEX jaarrekeningen_jaar ON jaarrekeningen (jaar, swv, versie);

CREATE TRIGGER jaarrekeningen_geen_wijziging BEFORE UPDATE ON jaarrekeningen
BEGIN SELECT RAISE(ABORT, 'jaarrekeningen zijn onveranderlijk; leg een nieuwe versie vast'); END;
CREATE TRIGGER jaarrekeningen_geen_verwijdering BEFORE DELETE ON jaarrekeningen
BEGIN SELECT RAISE(ABORT, 'jaarrekeningen zijn onveranderlijk; leg een nieuwe versie vast'); END;

