-- 0003: current enrolments per school, kept by triggers in the same transaction as every
-- enrolment change. The home page, the SWV pages and the statistics then add up about 6,800
-- numbers instead of counting 2.5 million enrolments on every request.

CREATE TABLE school_tellingen (
  school TEXT PRIMARY KEY REFERENCES scholen (code),
  aantal INTEGER NOT NULL DEFAULT 0 CHECK (aantal >= 0)
) STRICT, WITHOUT ROWID;

INSERT INTO school_tellingen (school, aantal)
  SELECT s.code, (SELECT count(*) FROM inschrijvingen i WHERE i.school = s.code AND i.tot IS NULL)
  FROM scholen s;

CREATE TRIGGER school_tellingen_nieuwe_school AFTER INSERT ON scholen
  BEGIN INSERT OR IGNORE INTO school_tellingen (school, aantal) VALUES (NEW.code, 0); END;

-- An enrolment counts while it is open (tot IS NULL), as everywhere else in Passend.
CREATE TRIGGER school_tellingen_inschrijving AFTER INSERT ON inschrijvingen
  WHEN NEW.tot IS NULL
  BEGIN UPDATE school_tellingen SET aantal = aantal + 1 WHERE school = NEW.school; END;

CREATE TRIGGER school_tellingen_einde AFTER UPDATE OF tot ON inschrijvingen
  WHEN OLD.tot IS NULL AND NEW.tot IS NOT NULL
  BEGIN UPDATE school_tellingen SET aantal = aantal - 1 WHERE school = OLD.school; END;

CREATE TRIGGER school_tellingen_heropend AFTER UPDATE OF tot ON inschrijvingen
  WHEN OLD.tot IS NOT NULL AND NEW.tot IS NULL
  BEGIN UPDATE school_tellingen SET aantal = aantal + 1 WHERE school = NEW.school; END;
