#include "store/sqlite/aanmelding_rows.h"

#include <nlohmann/json.hpp>

#include "store/sqlite/row_dates.h"

namespace passend::store::sqlite {

using domain::Result;
using nlohmann::json;

namespace {

Result<domain::Besluit> BesluitFromJson(domain::Uitkomst uitkomst, domain::Date datum,
                                        const std::string& text) {
  const json j = json::parse(text, nullptr, false);
  if (!j.is_object()) {
    return domain::Fail(domain::ErrorCode::kInternal, "Het opgeslagen besluit is geen JSON.");
  }
  domain::Besluit b;
  b.uitkomst = uitkomst;
  b.datum = datum;
  if (j.contains("grond") && j["grond"].is_string()) {
    PASSEND_ASSIGN_OR_RETURN(b.grond, domain::ParseWeigeringsgrond(j["grond"].get<std::string>()));
  }
  if (j.contains("andereSchool") && j["andereSchool"].is_string()) {
    b.andere_school = j["andereSchool"].get<std::string>();
  }
  b.andere_school_akkoord = j.value("andereSchoolAkkoord", false);
  b.met_arrangement = j.value("metArrangement", false);
  if (j.contains("hoorrecht") && j["hoorrecht"].is_object()) {
    const json& h = j["hoorrecht"];
    b.hoorrecht = domain::Hoorrecht{h.value("gehoord", false), h.value("zienswijze", ""),
                                    h.value("reden", "")};
  }
  return b;
}

json BesluitToJson(const domain::Besluit& b) {
  json j{{"andereSchoolAkkoord", b.andere_school_akkoord}, {"metArrangement", b.met_arrangement}};
  if (b.grond) j["grond"] = std::string(domain::WeigeringsgrondCode(*b.grond));
  if (b.andere_school) j["andereSchool"] = *b.andere_school;
  if (b.hoorrecht) {
    j["hoorrecht"] = {{"gehoord", b.hoorrecht->gehoord},
                      {"zienswijze", b.hoorrecht->zienswijze},
                      {"reden", b.hoorrecht->reden}};
  }
  return j;
}

}  // namespace

Result<domain::Aanmelding> AanmeldingFromRow(const Statement& row) {
  domain::Aanmelding a;
  a.id = row.Int(0);
  a.leerling = domain::LeerlingId{row.Int(1)};
  PASSEND_ASSIGN_OR_RETURN(a.school, domain::Vestigingscode::Parse(row.Text(2)));
  a.swv = row.Text(3);
  PASSEND_ASSIGN_OR_RETURN(a.aanmelddatum, domain::ParseIsoDate(row.Text(4)));
  a.schriftelijk = row.Int(5) != 0;
  PASSEND_ASSIGN_OR_RETURN(a.compleet_op, OptionalDate(row, 6));
  PASSEND_ASSIGN_OR_RETURN(a.gewenste_startdatum, OptionalDate(row, 7));
  a.eerste_keuze = row.Int(8) != 0;
  a.vooraanmelding = row.Int(9) != 0;
  a.door_swv = row.Int(18) != 0;
  const json behoeften = json::parse(row.Text(10), nullptr, false);
  if (behoeften.is_array()) {
    for (const auto& b : behoeften) {
      if (!b.is_string()) continue;
      PASSEND_ASSIGN_OR_RETURN(auto behoefte,
                               domain::ParseOndersteuningsbehoefte(b.get<std::string>()));
      a.ondersteuningsbehoeften.push_back(behoefte);
    }
  }
  a.beslistermijn_dagen = static_cast<int>(row.Int(11));
  a.verlenging_dagen = static_cast<int>(row.Int(12));
  a.verlenging_reden = row.Text(13);
  PASSEND_ASSIGN_OR_RETURN(a.verlengd_op, OptionalDate(row, 14));
  if (!row.IsNull(15)) {
    PASSEND_ASSIGN_OR_RETURN(auto uitkomst, domain::ParseUitkomst(row.Text(15)));
    PASSEND_ASSIGN_OR_RETURN(auto datum, domain::ParseIsoDate(row.Text(16)));
    PASSEND_ASSIGN_OR_RETURN(
        a.besluit, BesluitFromJson(uitkomst, datum, row.IsNull(17) ? "{}" : row.Text(17)));
  }
  return a;
}

void BindAanmelding(Statement& stmt, const domain::Aanmelding& a,
                    const std::optional<domain::Date>& uiterste_beslisdatum) {
  auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
  auto flag = [](bool value) { return static_cast<int64_t>(value ? 1 : 0); };
  json behoeften = json::array();
  for (auto b : a.ondersteuningsbehoeften) {
    behoeften.push_back(std::string(domain::OndersteuningsbehoefteCode(b)));
  }
  const std::optional<std::string> swv =
      a.swv.empty() ? std::nullopt : std::optional<std::string>(a.swv);
  const std::optional<std::string> uitkomst =
      a.besluit ? std::optional<std::string>(std::string(domain::UitkomstCode(a.besluit->uitkomst)))
                : std::nullopt;
  const std::optional<std::string> besluit =
      a.besluit ? std::optional<std::string>(BesluitToJson(*a.besluit).dump()) : std::nullopt;
  const std::optional<domain::Date> besluit_datum =
      a.besluit ? std::optional<domain::Date>(a.besluit->datum) : std::nullopt;
  // Parameters a statement does not use have index 0, which SQLite ignores.
  stmt.Bind(index(":leerling"), a.leerling.value)
      .Bind(index(":school"), std::string_view(a.school.str()))
      .Bind(index(":swv"), swv)
      .Bind(index(":aanmelddatum"), std::string_view(domain::FormatIsoDate(a.aanmelddatum)))
      .Bind(index(":schriftelijk"), flag(a.schriftelijk))
      .Bind(index(":compleet_op"), OptionalIso(a.compleet_op))
      .Bind(index(":gewenste_startdatum"), OptionalIso(a.gewenste_startdatum))
      .Bind(index(":eerste_keuze"), flag(a.eerste_keuze))
      .Bind(index(":vooraanmelding"), flag(a.vooraanmelding))
      .Bind(index(":ondersteuningsbehoeften"), std::string_view(behoeften.dump()))
      .Bind(index(":beslistermijn_dagen"), static_cast<int64_t>(a.beslistermijn_dagen))
      .Bind(index(":uiterste"), OptionalIso(uiterste_beslisdatum))
      .Bind(index(":verlenging_dagen"), static_cast<int64_t>(a.verlenging_dagen))
      .Bind(index(":verlenging_reden"), std::string_view(a.verlenging_reden))
      .Bind(index(":verlengd_op"), OptionalIso(a.verlengd_op))
      .Bind(index(":uitkomst"), uitkomst)
      .Bind(index(":besluit_datum"), OptionalIso(besluit_datum))
      .Bind(index(":besluit"), besluit)
      .Bind(index(":door_swv"), flag(a.door_swv))
      .Bind(index(":id"), a.id);
}

}  // namespace passend::store::sqlite
