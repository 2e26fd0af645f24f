#include "store/sqlite/sqlite_thuiszitters.h"

#include <fmt/format.h>

#include "store/sqlite/row_dates.h"
#include "store/sqlite/scope_sql.h"
#include "store/sqlite/sqlite_verzuim.h"
#include "store/sqlite/zaak_namen.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

// The students of an SWV: those enrolled (open enrolment) at its schools, as everywhere in
// Passend's counts (school_tellingen).
constexpr std::string_view kSwvLeerlingen =
    "coalesce((SELECT sum(t.aantal) FROM scholen sc JOIN school_tellingen t ON t.school = sc.code"
    " WHERE sc.swv = r.code), 0)";

Result<std::vector<app::RegioGegevens>> ReadRegios(Statement& stmt) {
  std::vector<app::RegioGegevens> result;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    result.push_back(app::RegioGegevens{stmt.Text(0), stmt.Text(1), stmt.Int(2)});
  }
  return result;
}

}  // namespace

Result<std::vector<app::ThuiszitterBron>> SqliteThuiszitters::Zaken(
    const app::ThuiszitterSelectie& selectie, const std::optional<app::VerzuimScope>& scope,
    domain::Date van, domain::Date tot, bool met_namen) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // Rows outside the scope never leave the database: the same columns as the case list (the
  // case's child, school, that school's board, SWV and municipality); the consulent only the
  // cases handed over to it (seed 003 §4.3).
  std::string zichtbaar = "1";
  if (scope) {
    zichtbaar = fmt::format("({}){}",
                            ScopeClause(scope->leerlingen, {"v.leerling_id", "v.school",
                                                            "s.bestuur", "v.swv", "v.gemeente"}),
                            scope->alleen_overgedragen ? " AND v.overgedragen_op IS NOT NULL" : "");
  }
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt,
      lease->Prepare(fmt::format(
          "SELECT {}, l.geboortedatum, l.geslacht{} FROM verzuimmeldingen v"
          " LEFT JOIN scholen s ON s.code = v.school JOIN leerlingen l ON l.id = v.leerling_id"
          " WHERE {} AND (:swv IS NULL OR v.swv = :swv)"
          " AND (:gemeente IS NULL OR v.gemeente = :gemeente)"
          " AND v.startdatum <= :tot AND (v.einddatum IS NULL OR v.einddatum > :van)"
          " ORDER BY v.startdatum, v.id",
          kVerzuimColumns, kZaakNamenKolommen, zichtbaar)));
  const std::string van_iso = domain::FormatIsoDate(van);
  const std::string tot_iso = domain::FormatIsoDate(tot);
  auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
  if (const int i = index(":scope"); i > 0) {
    stmt.Bind(i, std::string_view(scope->leerlingen.code));
  }
  stmt.Bind(index(":swv"), selectie.swv)
      .Bind(index(":gemeente"), selectie.gemeente)
      .Bind(index(":van"), std::string_view(van_iso))
      .Bind(index(":tot"), std::string_view(tot_iso));
  std::vector<app::ThuiszitterBron> result;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto record, VerzuimFromRow(stmt));
    app::ThuiszitterBron bron;
    bron.invoer.melding = std::move(record.melding);
    PASSEND_ASSIGN_OR_RETURN(bron.invoer.geboortedatum, OptionalDate(stmt, kVerzuimColumnCount));
    auto geslacht = domain::ParseGeslacht(stmt.Text(kVerzuimColumnCount + 1));
    bron.invoer.geslacht = geslacht ? *geslacht : domain::Geslacht::kOnbekend;
    if (met_namen) {
      bron.leerling_naam = ZaakNamenFromRow(stmt, kVerzuimColumnCount + 2).leerling_naam;
    }
    result.push_back(std::move(bron));
  }
  return result;
}

Result<std::optional<app::RegioGegevens>> SqliteThuiszitters::Regio(
    const app::ThuiszitterSelectie& selectie) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  std::string sql;
  std::string code;
  if (selectie.swv) {
    code = *selectie.swv;
    sql = fmt::format("SELECT r.code, r.naam, {} FROM samenwerkingsverbanden r WHERE r.code = ?",
                      kSwvLeerlingen);
  } else if (selectie.gemeente) {
    // A municipality's per-1,000 base: the students living there (its leerplicht's children).
    code = *selectie.gemeente;
    sql =
        "SELECT r.code, r.naam, (SELECT count(*) FROM leerlingen l WHERE l.gemeente = r.code)"
        " FROM gemeenten r WHERE r.code = ?";
  } else {
    sql =
        "SELECT '', 'Nederland', coalesce((SELECT sum(aantal) FROM school_tellingen), 0) WHERE"
        " ? = ''";
  }
  PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(sql));
  stmt.Bind(1, std::string_view(code));
  PASSEND_ASSIGN_OR_RETURN(auto regios, ReadRegios(stmt));
  if (regios.empty()) return std::nullopt;
  return std::move(regios.front());
}

Result<std::vector<app::RegioGegevens>> SqliteThuiszitters::Swvs() {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(fmt::format(
                     "SELECT r.code, r.naam, {} FROM samenwerkingsverbanden r ORDER BY r.code",
                     kSwvLeerlingen)));
  return ReadRegios(stmt);
}

}  // namespace passend::store::sqlite
