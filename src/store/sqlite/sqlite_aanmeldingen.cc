#include "store/sqlite/sqlite_aanmeldingen.h"

#include <fmt/format.h>

#include "store/sqlite/aanmelding_rows.h"
#include "store/sqlite/paged_query.h"
#include "store/sqlite/scope_sql.h"
#include "store/sqlite/zaak_namen.h"

namespace passend::store::sqlite {

using domain::Result;
using Status = domain::AanmeldingStatusSoort;

namespace {

// Reads a row of the registration columns followed by school name, board and the student's
// name parts.
Result<app::AanmeldingOverzicht> OverzichtFromRow(const Statement& stmt) {
  app::AanmeldingOverzicht o;
  PASSEND_ASSIGN_OR_RETURN(o.aanmelding, AanmeldingFromRow(stmt));
  auto namen = ZaakNamenFromRow(stmt, kAanmeldingColumnCount);
  o.school_naam = std::move(namen.school_naam);
  o.bestuur = std::move(namen.bestuur);
  o.leerling_naam = std::move(namen.leerling_naam);
  o.in_geschil = stmt.Int(kAanmeldingColumnCount + kZaakNamenAantal) != 0;
  return o;
}

// The names and flags OverzichtFromRow reads after the registration columns.
constexpr std::string_view kInGeschil =
    ", EXISTS (SELECT 1 FROM geschillen gg WHERE gg.aanmelding_id = a.id)";

// What an SWV sees (mirrors domain::SwvZiet): with meldingsplicht every registration with a
// support need; always the ones it registered, those in a dispute and the lapsed ones.
constexpr std::string_view kSwvZiet =
    "((a.ondersteuningsbehoeften <> '[]' AND EXISTS (SELECT 1 FROM swv_instellingen i WHERE "
    "i.swv = a.swv AND i.meldingsplicht = 1)) OR a.door_swv = 1 OR EXISTS (SELECT 1 FROM "
    "geschillen gz WHERE gz.aanmelding_id = a.id) OR (a.uitkomst IS NULL AND a.schriftelijk = 1 "
    "AND a.uiterste_beslisdatum < :vandaag))";

// `a` is aanmeldingen, `s` its school, `l` the student.
constexpr std::string_view kFrom =
    " FROM aanmeldingen a JOIN scholen s ON s.code = a.school"
    " JOIN leerlingen l ON l.id = a.leerling_id";

// Mirrors domain::StatusOp over the stored deadline (`uiterste_beslisdatum`, written by the
// domain on every change): decided, verbal, lapsed, due within the warning days, open.
std::string StatusClause(const std::optional<Status>& status) {
  if (!status) return "1";
  switch (*status) {
    case Status::kBesloten:
      return "a.uitkomst IS NOT NULL";
    case Status::kMondeling:
      return "a.uitkomst IS NULL AND a.schriftelijk = 0";
    case Status::kVerlopen:
      return "a.uitkomst IS NULL AND a.schriftelijk = 1 AND a.uiterste_beslisdatum < :vandaag";
    case Status::kBijnaVerlopen:
      return "a.uitkomst IS NULL AND a.schriftelijk = 1 AND a.uiterste_beslisdatum >= :vandaag "
             "AND a.uiterste_beslisdatum <= :signaal";
    case Status::kOpen:
      return "a.uitkomst IS NULL AND a.schriftelijk = 1 AND a.uiterste_beslisdatum > :signaal";
  }
  return "1";
}

// The rows `scope` may see: its scope and, for an SWV, what domain::SwvZiet allows.
std::string Zichtbaar(const app::LeerlingScope& scope) {
  return fmt::format("({}) AND ({})",
                     ScopeClause(scope, {"a.leerling_id", "a.school", "s.bestuur", "a.swv", ""}),
                     scope.soort == app::LeerlingScope::Soort::kSwv ? kSwvZiet : "1");
}

}  // namespace

Result<std::optional<app::AanmeldingOverzicht>> SqliteAanmeldingen::FindAanmelding(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(fmt::format("SELECT {}{}{}{} WHERE a.id = ?", kAanmeldingColumns,
                                            kZaakNamenKolommen, kInGeschil, kFrom)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  return OverzichtFromRow(stmt);
}

Result<app::Page<app::AanmeldingOverzicht>> SqliteAanmeldingen::ListAanmeldingen(
    const app::LeerlingScope& scope, const app::AanmeldingFilter& filter,
    app::StatusPeildatum peildatum, app::PageRequest page) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  const std::string where = fmt::format(
      " WHERE {} AND ({}) AND (:school IS NULL OR a.school = :school)"
      " AND (:swv IS NULL OR a.swv = :swv)"
      " AND (:due IS NULL OR (a.uitkomst IS NULL AND a.uiterste_beslisdatum < :due))",
      Zichtbaar(scope), StatusClause(filter.status));
  const std::string vandaag = domain::FormatIsoDate(peildatum.vandaag);
  const std::string signaal =
      domain::FormatIsoDate(domain::AddDays(peildatum.vandaag, peildatum.signaal_dagen));
  const std::optional<std::string> due =
      filter.due_before ? std::optional<std::string>(domain::FormatIsoDate(*filter.due_before))
                        : std::nullopt;
  auto bind = [&](Statement& stmt) {
    auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
    stmt.Bind(index(":scope"), std::string_view(scope.code))
        .Bind(index(":school"), filter.school)
        .Bind(index(":swv"), filter.swv)
        .Bind(index(":due"), due)
        .Bind(index(":vandaag"), std::string_view(vandaag))
        .Bind(index(":signaal"), std::string_view(signaal));
  };
  return PagedQuery<app::AanmeldingOverzicht>(
      *lease, fmt::format("{}{}{}", kAanmeldingColumns, kZaakNamenKolommen, kInGeschil),
      std::string(kFrom) + where, "a.aanmelddatum DESC, a.id DESC", page, bind,
      [](const Statement& row) { return OverzichtFromRow(row); });
}

Result<std::vector<int64_t>> SqliteAanmeldingen::TelAanmeldingen(const app::LeerlingScope& scope,
                                                                 app::StatusPeildatum peildatum) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  std::string sums;
  for (Status status : domain::kAlleAanmeldingStatussen) {
    if (!sums.empty()) sums += ", ";
    sums += fmt::format("coalesce(sum(CASE WHEN {} THEN 1 ELSE 0 END), 0)", StatusClause(status));
  }
  PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(fmt::format("SELECT {}{} WHERE {}", sums,
                                                                 kFrom, Zichtbaar(scope))));
  const std::string vandaag = domain::FormatIsoDate(peildatum.vandaag);
  const std::string signaal =
      domain::FormatIsoDate(domain::AddDays(peildatum.vandaag, peildatum.signaal_dagen));
  auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
  stmt.Bind(index(":scope"), std::string_view(scope.code))
      .Bind(index(":vandaag"), std::string_view(vandaag))
      .Bind(index(":signaal"), std::string_view(signaal));
  PASSEND_ASSIGN_OR_RETURN([[maybe_unused]] bool row, stmt.Step());
  std::vector<int64_t> counts;
  for (int i = 0; i < static_cast<int>(std::size(domain::kAlleAanmeldingStatussen)); ++i) {
    counts.push_back(stmt.Int(i));
  }
  return counts;
}

}  // namespace passend::store::sqlite
