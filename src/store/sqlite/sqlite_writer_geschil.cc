// The dispute (geschil) and SWV-settings writes of SqliteWriter.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "app/verzuim_instellingen_json.h"
#include "store/sqlite/geschil_rows.h"
#include "store/sqlite/row_dates.h"
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

Result<void> InsertStappen(Connection& connection, const app::GeschilRecord& geschil) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection.Prepare(R"sql(
    INSERT INTO geschil_stappen (geschil_id, volgnummer, code, start, eigenaar, termijn_dagen,
      einde, uitkomst) VALUES (?, ?, ?, ?, ?, ?, ?, ?))sql"));
  int64_t volgnummer = 0;
  for (const auto& stap : geschil.stappen) {
    stmt.Bind(1, geschil.id)
        .Bind(2, ++volgnummer)
        .Bind(3, std::string_view(stap.code))
        .Bind(4, std::string_view(domain::FormatIsoDate(stap.start)))
        .Bind(5, std::string_view(stap.eigenaar))
        .Bind(6, static_cast<int64_t>(stap.termijn_dagen))
        .Bind(7, OptionalIso(stap.einde))
        .Bind(8, std::string_view(stap.uitkomst));
    PASSEND_RETURN_IF_ERROR(stmt.Run());
  }
  return {};
}

}  // namespace

Result<int64_t> SqliteWriter::InsertGeschil(const app::GeschilRecord& geschil) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO geschillen (leerling_id, aanmelding_id, school, swv, onderwerp, besluitdatum,
      omschrijving, geopend_op, ladder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))sql"));
  stmt.Bind(1, geschil.leerling.value);
  if (geschil.aanmelding) {
    stmt.Bind(2, *geschil.aanmelding);
  } else {
    stmt.BindNull(2);
  }
  stmt.Bind(3, std::string_view(geschil.school.str()))
      .Bind(4, geschil.swv.empty() ? std::nullopt : std::optional<std::string>(geschil.swv))
      .Bind(5, std::string_view(domain::OnderwerpCode(geschil.onderwerp)))
      .Bind(6, OptionalIso(geschil.besluitdatum))
      .Bind(7, std::string_view(geschil.omschrijving))
      .Bind(8, std::string_view(domain::FormatIsoDate(geschil.geopend_op)))
      .Bind(9, std::string_view(LadderToJson(geschil.ladder)));
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  app::GeschilRecord stored = geschil;
  stored.id = connection_.LastInsertId();
  PASSEND_RETURN_IF_ERROR(InsertStappen(connection_, stored));
  return stored.id;
}

Result<void> SqliteWriter::UpdateGeschilStappen(const app::GeschilRecord& geschil) {
  // Steps are few (at most one per rung); rewriting them keeps the numbering simple and the
  // event log holds every change.
  PASSEND_ASSIGN_OR_RETURN(auto del,
                           connection_.Prepare("DELETE FROM geschil_stappen WHERE geschil_id = ?"));
  del.Bind(1, geschil.id);
  PASSEND_RETURN_IF_ERROR(del.Run());
  return InsertStappen(connection_, geschil);
}

Result<std::optional<app::GeschilRecord>> SqliteWriter::FindGeschil(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare(
                     fmt::format("SELECT {} FROM geschillen g WHERE g.id = ?", kGeschilColumns)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto geschil, GeschilFromRow(stmt));
  PASSEND_RETURN_IF_ERROR(LoadStappen(connection_, geschil));
  return geschil;
}

Result<void> SqliteWriter::PutSwvInstellingen(const std::string& swv,
                                              const domain::SwvInstellingen& instellingen) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO swv_instellingen (swv, meldingsplicht, centraal_aanmeldpunt, ladder, steunpunt,
      verzuim)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (swv) DO UPDATE SET meldingsplicht = excluded.meldingsplicht,
      centraal_aanmeldpunt = excluded.centraal_aanmeldpunt, ladder = excluded.ladder,
      steunpunt = excluded.steunpunt, verzuim = excluded.verzuim)sql"));
  const auto& s = instellingen.steunpunt;
  const nlohmann::json steunpunt{
      {"naam", s.naam}, {"telefoon", s.telefoon}, {"email", s.email}, {"website", s.website}};
  stmt.Bind(1, std::string_view(swv))
      .Bind(2, int64_t{instellingen.meldingsplicht ? 1 : 0})
      .Bind(3, int64_t{instellingen.centraal_aanmeldpunt ? 1 : 0})
      .Bind(4, std::string_view(LadderToJson(instellingen.ladder)))
      .Bind(5, std::string_view(steunpunt.dump()))
      .Bind(6, std::string_view(app::VerzuimInstellingenJson(instellingen.verzuim).dump()));
  return stmt.Run();
}

Result<domain::SwvInstellingen> SqliteWriter::FindSwvInstellingen(const std::string& swv) {
  return ReadSwvInstellingen(connection_, swv);
}

}  // namespace passend::store::sqlite
