#include "store/sqlite/sqlite_writer.h"

#include "store/sqlite/registry_rows.h"

namespace passend::store::sqlite {

using domain::Result;

Result<Statement*> SqliteWriter::Cached(std::optional<Statement>& slot, std::string_view sql) {
  if (!slot) {
    PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(sql));
    slot.emplace(std::move(stmt));
  }
  return &*slot;
}

Result<void> SqliteWriter::PutGemeente(const domain::Gemeente& gemeente) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt,
      connection_.Prepare("INSERT INTO gemeenten (code, naam, provincie) VALUES (?, ?, ?)"
                          " ON CONFLICT (code) DO UPDATE SET naam = excluded.naam,"
                          " provincie = excluded.provincie"));
  stmt.Bind(1, std::string_view(gemeente.code.str()))
      .Bind(2, std::string_view(gemeente.naam))
      .Bind(3, std::string_view(gemeente.provincie));
  return stmt.Run();
}

Result<void> SqliteWriter::PutSamenwerkingsverband(const domain::Samenwerkingsverband& swv) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt,
      connection_.Prepare("INSERT INTO samenwerkingsverbanden (code, sector, naam) VALUES (?, ?, ?)"
                          " ON CONFLICT (code) DO UPDATE SET naam = excluded.naam"));
  stmt.Bind(1, std::string_view(swv.code.str()))
      .Bind(2, domain::SectorCode(swv.sector()))
      .Bind(3, std::string_view(swv.naam));
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  PASSEND_ASSIGN_OR_RETURN(auto clear,
                           connection_.Prepare("DELETE FROM swv_gemeenten WHERE swv = ?"));
  clear.Bind(1, std::string_view(swv.code.str()));
  PASSEND_RETURN_IF_ERROR(clear.Run());
  PASSEND_ASSIGN_OR_RETURN(
      auto link, connection_.Prepare("INSERT INTO swv_gemeenten (swv, gemeente) VALUES (?, ?)"));
  for (const auto& gemeente : swv.gemeenten) {
    link.Bind(1, std::string_view(swv.code.str())).Bind(2, std::string_view(gemeente.str()));
    PASSEND_RETURN_IF_ERROR(link.Run());
  }
  return {};
}

Result<void> SqliteWriter::PutBestuur(const domain::Bestuur& bestuur) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare("INSERT INTO besturen (code, naam) VALUES (?, ?)"
                                     " ON CONFLICT (code) DO UPDATE SET naam = excluded.naam"));
  stmt.Bind(1, std::string_view(bestuur.code)).Bind(2, std::string_view(bestuur.naam));
  return stmt.Run();
}

Result<void> SqliteWriter::PutSchool(const domain::School& school) {
  PASSEND_RETURN_IF_ERROR(domain::Validate(school));
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO scholen (code, naam, soort, cluster, straat, huisnummer, postcode, plaats,
                         gemeente, lat, lon, bestuur, swv)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
    ON CONFLICT (code) DO UPDATE SET naam = ?2, soort = ?3, cluster = ?4, straat = ?5,
      huisnummer = ?6, postcode = ?7, plaats = ?8, gemeente = ?9, lat = ?10, lon = ?11,
      bestuur = ?12, swv = ?13)sql"));
  stmt.Bind(1, std::string_view(school.code.str()))
      .Bind(2, std::string_view(school.naam))
      .Bind(3, domain::SchoolSoortCode(school.soort));
  if (school.cluster) {
    stmt.Bind(4, static_cast<int64_t>(*school.cluster));
  } else {
    stmt.BindNull(4);
  }
  stmt.Bind(5, std::string_view(school.adres.straat))
      .Bind(6, std::string_view(school.adres.huisnummer))
      .Bind(7, std::string_view(school.adres.postcode.str()))
      .Bind(8, std::string_view(school.adres.plaats))
      .Bind(9, std::string_view(school.gemeente.str()))
      .Bind(10, school.positie.lat)
      .Bind(11, school.positie.lon)
      .Bind(12, std::string_view(school.bestuur))
      .Bind(13, school.swv ? std::optional(school.swv->str()) : std::nullopt);
  return stmt.Run();
}

Result<domain::LeerlingId> SqliteWriter::InsertLeerling(const domain::Leerling& leerling,
                                                        const app::SealedBsn& bsn,
                                                        const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(Statement * stmt, Cached(leerling_, R"sql(
    INSERT INTO leerlingen (id, swv, voornaam, tussenvoegsel, achternaam, geboortedatum,
                            geslacht, bsn_lookup, bsn_sealed, postcode, gemeente, lat, lon)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13))sql"));
  if (leerling.id.value > 0) {
    stmt->Bind(1, leerling.id.value);
  } else {
    stmt->BindNull(1);
  }
  stmt->Bind(2, swv.empty() ? std::nullopt : std::optional(swv))
      .Bind(3, std::string_view(leerling.voornaam))
      .Bind(4, std::string_view(leerling.tussenvoegsel))
      .Bind(5, std::string_view(leerling.achternaam))
      .Bind(6, std::string_view(domain::FormatIsoDate(leerling.geboortedatum)))
      .Bind(7, domain::GeslachtCode(leerling.geslacht))
      .BindBlob(8, bsn.lookup)
      .BindBlob(9, bsn.ciphertext)
      .Bind(10, std::string_view(leerling.postcode.str()))
      .Bind(11, std::string_view(leerling.woongemeente.str()))
      .Bind(12, leerling.woonpositie.lat)
      .Bind(13, leerling.woonpositie.lon);
  PASSEND_RETURN_IF_ERROR(stmt->Run());
  const domain::LeerlingId id{connection_.LastInsertId()};
  PASSEND_ASSIGN_OR_RETURN(Statement * verzorger, Cached(verzorger_, R"sql(
    INSERT INTO verzorgers (leerling_id, swv, naam, relatie, telefoon, email)
    VALUES (?, ?, ?, ?, ?, ?))sql"));
  for (const auto& v : leerling.verzorgers) {
    verzorger->Bind(1, id.value)
        .Bind(2, swv.empty() ? std::nullopt : std::optional(swv))
        .Bind(3, std::string_view(v.naam))
        .Bind(4, std::string_view(v.relatie))
        .Bind(5, std::string_view(v.telefoon))
        .Bind(6, std::string_view(v.email));
    PASSEND_RETURN_IF_ERROR(verzorger->Run());
  }
  return id;
}

Result<void> SqliteWriter::InsertInschrijving(const domain::Inschrijving& inschrijving,
                                              const std::string& swv) {
  PASSEND_RETURN_IF_ERROR(domain::Validate(inschrijving));
  PASSEND_ASSIGN_OR_RETURN(Statement * stmt, Cached(inschrijving_, R"sql(
    INSERT INTO inschrijvingen (leerling_id, school, swv, van, tot) VALUES (?, ?, ?, ?, ?))sql"));
  stmt->Bind(1, inschrijving.leerling.value)
      .Bind(2, std::string_view(inschrijving.school.str()))
      .Bind(3, swv.empty() ? std::nullopt : std::optional(swv))
      .Bind(4, std::string_view(domain::FormatIsoDate(inschrijving.van)))
      .Bind(5, inschrijving.tot ? std::optional(domain::FormatIsoDate(*inschrijving.tot))
                                : std::nullopt);
  return stmt->Run();
}

Result<void> SqliteWriter::SetLeerlingSwv(domain::LeerlingId leerling, const std::string& swv) {
  const auto value = swv.empty() ? std::nullopt : std::optional(swv);
  for (const char* sql : {"UPDATE leerlingen SET swv = ? WHERE id = ?",
                          "UPDATE verzorgers SET swv = ? WHERE leerling_id = ?"}) {
    PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(sql));
    stmt.Bind(1, value).Bind(2, leerling.value);
    PASSEND_RETURN_IF_ERROR(stmt.Run());
  }
  return {};
}

Result<void> SqliteWriter::EndOpenInschrijvingen(domain::LeerlingId leerling, domain::Date tot) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare(
                     "UPDATE inschrijvingen SET tot = ? WHERE leerling_id = ? AND tot IS NULL"));
  stmt.Bind(1, std::string_view(domain::FormatIsoDate(tot))).Bind(2, leerling.value);
  return stmt.Run();
}

Result<std::optional<app::LeerlingRecord>> SqliteWriter::FindLeerling(domain::LeerlingId id) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    SELECT l.voornaam, l.tussenvoegsel, l.achternaam, l.geboortedatum, l.geslacht, l.bsn_lookup,
           l.bsn_sealed, l.postcode, l.gemeente, l.lat, l.lon, l.swv, i.school, i.van
    FROM leerlingen l
    LEFT JOIN inschrijvingen i ON i.leerling_id = l.id AND i.tot IS NULL
    WHERE l.id = ?)sql"));
  stmt.Bind(1, id.value);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  app::LeerlingRecord record;
  record.leerling.id = id;
  record.leerling.voornaam = stmt.Text(0);
  record.leerling.tussenvoegsel = stmt.Text(1);
  record.leerling.achternaam = stmt.Text(2);
  PASSEND_ASSIGN_OR_RETURN(record.leerling.geboortedatum, domain::ParseIsoDate(stmt.Text(3)));
  PASSEND_ASSIGN_OR_RETURN(record.leerling.geslacht, domain::ParseGeslacht(stmt.Text(4)));
  record.bsn = app::SealedBsn{stmt.Blob(6), stmt.Blob(5)};
  PASSEND_ASSIGN_OR_RETURN(record.leerling.postcode, domain::Postcode::Parse(stmt.Text(7)));
  PASSEND_ASSIGN_OR_RETURN(record.leerling.woongemeente, domain::GemeenteCode::Parse(stmt.Text(8)));
  record.leerling.woonpositie = domain::Coordinates{stmt.Real(9), stmt.Real(10)};
  record.swv = stmt.Text(11);
  if (!stmt.IsNull(12)) {
    PASSEND_ASSIGN_OR_RETURN(auto school, domain::Vestigingscode::Parse(stmt.Text(12)));
    PASSEND_ASSIGN_OR_RETURN(auto van, domain::ParseIsoDate(stmt.Text(13)));
    record.inschrijving = domain::Inschrijving{id, std::move(school), van, std::nullopt};
  }
  return record;
}

Result<bool> SqliteWriter::BsnExists(const std::string& lookup) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           connection_.Prepare("SELECT 1 FROM leerlingen WHERE bsn_lookup = ?"));
  stmt.BindBlob(1, lookup);
  return stmt.Step();
}

Result<std::optional<domain::School>> SqliteWriter::FindSchool(const domain::Vestigingscode& code) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           connection_.Prepare(std::string(kSchoolSelect) + " WHERE s.code = ?"));
  stmt.Bind(1, std::string_view(code.str()));
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto school, SchoolPartFromRow(stmt));
  return school;
}

Result<int64_t> SqliteWriter::AppendEvent(const app::Event& event) {
  PASSEND_ASSIGN_OR_RETURN(Statement * stmt, Cached(event_, R"sql(
    INSERT INTO events (at, gebruiker, rol, organisatie, client, type, subject, swv, payload)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))sql"));
  stmt->Bind(1, std::string_view(domain::FormatIsoTimestamp(event.at)))
      .Bind(2, std::string_view(event.actor.gebruiker))
      .Bind(3, std::string_view(event.actor.rol))
      .Bind(4, std::string_view(event.actor.organisatie))
      .Bind(5, std::string_view(event.actor.client))
      .Bind(6, std::string_view(event.type))
      .Bind(7, std::string_view(event.subject))
      .Bind(8, std::string_view(event.swv))
      .Bind(9, std::string_view(event.payload.empty() ? "{}" : event.payload));
  PASSEND_RETURN_IF_ERROR(stmt->Run());
  return connection_.LastInsertId();
}

}  // namespace passend::store::sqlite
