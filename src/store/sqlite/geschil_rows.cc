#include "store/sqlite/geschil_rows.h"

#include <nlohmann/json.hpp>

#include "app/verzuim_instellingen_json.h"
#include "store/sqlite/row_dates.h"

namespace passend::store::sqlite {

using domain::Result;
using nlohmann::json;

namespace {

Result<void> Damaged(std::string_view what) {
  return domain::Fail(domain::ErrorCode::kInternal,
                      std::string("Opgeslagen gegevens zijn beschadigd: ") + std::string(what));
}

}  // namespace

std::string LadderToJson(const std::vector<domain::LadderStap>& ladder) {
  json out = json::array();
  for (const auto& stap : ladder) {
    out.push_back({{"code", stap.code}, {"naam", stap.naam}, {"termijnDagen", stap.termijn_dagen}});
  }
  return out.dump();
}

Result<std::vector<domain::LadderStap>> LadderFromJson(std::string_view text) {
  const json j = json::parse(text, nullptr, false);
  if (!j.is_array()) return std::unexpected(Damaged("ladder").error());
  std::vector<domain::LadderStap> ladder;
  for (const json& stap : j) {
    if (!stap.is_object() || !stap.contains("code") || !stap["code"].is_string()) {
      return std::unexpected(Damaged("ladder").error());
    }
    ladder.push_back({stap["code"].get<std::string>(), stap.value("naam", std::string()),
                      stap.value("termijnDagen", 0)});
  }
  return ladder;
}

Result<app::GeschilRecord> GeschilFromRow(const Statement& row) {
  app::GeschilRecord g;
  g.id = row.Int(0);
  g.leerling = domain::LeerlingId{row.Int(1)};
  if (!row.IsNull(2)) g.aanmelding = row.Int(2);
  PASSEND_ASSIGN_OR_RETURN(g.school, domain::Vestigingscode::Parse(row.Text(3)));
  g.swv = row.Text(4);
  PASSEND_ASSIGN_OR_RETURN(g.onderwerp, domain::ParseOnderwerp(row.Text(5)));
  PASSEND_ASSIGN_OR_RETURN(g.besluitdatum, OptionalDate(row, 6));
  g.omschrijving = row.Text(7);
  PASSEND_ASSIGN_OR_RETURN(g.geopend_op, domain::ParseIsoDate(row.Text(8)));
  PASSEND_ASSIGN_OR_RETURN(g.ladder, LadderFromJson(row.Text(9)));
  return g;
}

Result<void> LoadStappen(Connection& connection, app::GeschilRecord& geschil) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection.Prepare(R"sql(
    SELECT code, start, eigenaar, termijn_dagen, einde, uitkomst FROM geschil_stappen
    WHERE geschil_id = ? ORDER BY volgnummer)sql"));
  stmt.Bind(1, geschil.id);
  geschil.stappen.clear();
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    domain::Stap stap;
    stap.code = stmt.Text(0);
    PASSEND_ASSIGN_OR_RETURN(stap.start, domain::ParseIsoDate(stmt.Text(1)));
    stap.eigenaar = stmt.Text(2);
    stap.termijn_dagen = static_cast<int>(stmt.Int(3));
    PASSEND_ASSIGN_OR_RETURN(stap.einde, OptionalDate(stmt, 4));
    stap.uitkomst = stmt.Text(5);
    geschil.stappen.push_back(std::move(stap));
  }
  return {};
}

Result<domain::SwvInstellingen> ReadSwvInstellingen(Connection& connection,
                                                    const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection.Prepare(R"sql(
    SELECT meldingsplicht, centraal_aanmeldpunt, ladder, steunpunt, verzuim FROM swv_instellingen
    WHERE swv = ?)sql"));
  stmt.Bind(1, std::string_view(swv));
  domain::SwvInstellingen instellingen;
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return instellingen;
  instellingen.meldingsplicht = stmt.Int(0) != 0;
  instellingen.centraal_aanmeldpunt = stmt.Int(1) != 0;
  PASSEND_ASSIGN_OR_RETURN(instellingen.ladder, LadderFromJson(stmt.Text(2)));
  const json steunpunt = json::parse(stmt.Text(3), nullptr, false);
  if (!steunpunt.is_object()) return std::unexpected(Damaged("steunpunt").error());
  instellingen.steunpunt = {
      steunpunt.value("naam", std::string()), steunpunt.value("telefoon", std::string()),
      steunpunt.value("email", std::string()), steunpunt.value("website", std::string())};
  auto verzuim = app::ParseVerzuimInstellingen(json::parse(stmt.Text(4), nullptr, false));
  if (!verzuim) return std::unexpected(Damaged("verzuim").error());
  instellingen.verzuim = std::move(*verzuim);
  return instellingen;
}

}  // namespace passend::store::sqlite
