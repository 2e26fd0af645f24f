-- 0006: messages to parents (berichten). WPO art. 40 / WVO art. 27: the school tells the
-- parents when it extends the decision term, and why; Passend also tells them when a
-- registration is received, decided, or a dispute moves to another step. A message is
-- written in the same transaction as the change it reports; only `gelezen_op` changes later.

CREATE TABLE berichten (
  id          INTEGER PRIMARY KEY,
  leerling_id INTEGER NOT NULL REFERENCES leerlingen (id),
  aangemaakt  TEXT NOT NULL,
  onderwerp   TEXT NOT NULL CHECK (length(onderwerp) BETWEEN 1 AND 200),
  tekst       TEXT NOT NULL,
  link        TEXT NOT NULL DEFAULT '',
  gelezen_op  TEXT
) STRICT;
CREATE INDEX berichten_leerling ON berichten (leerling_id, id);

-- Everything but the read mark is fixed once written.
CREATE TRIGGER berichten_vast BEFORE UPDATE OF leerling_id, aangemaakt, onderwerp, tekst, link
  ON berichten
BEGIN
  SELECT raise(ABORT, 'berichten zijn onveranderlijk');
END;
CREATE TRIGGER berichten_niet_verwijderen BEFORE DELETE ON berichten
BEGIN
  SELECT raise(ABORT, 'berichten worden niet verwijderd');
END;
