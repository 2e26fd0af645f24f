#include "store/sqlite/sqlite_verzuim.h"

#include <fmt/format.h>

#include "store/sqlite/doorbraak_rows.h"
#include "store/sqlite/paged_query.h"
#include "store/sqlite/row_dates.h"
#include "store/sqlite/scope_sql.h"
#include "store/sqlite/zaak_namen.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

// `v` is verzuimmeldingen, `s` its school (absent for absoluut verzuim), `l` the student.
constexpr std::string_view kFrom =
    " FROM verzuimmeldingen v LEFT JOIN scholen s ON s.code = v.school"
    " JOIN leerlingen l ON l.id = v.leerling_id";

Result<app::VerzuimOverzicht> OverzichtFromRow(const Statement& stmt) {
  app::VerzuimOverzicht o;
  PASSEND_ASSIGN_OR_RETURN(o.record, VerzuimFromRow(stmt));
  auto namen = ZaakNamenFromRow(stmt, kVerzuimColumnCount);
  o.school_naam = std::move(namen.school_naam);
  o.bestuur = std::move(namen.bestuur);
  o.leerling_naam = std::move(namen.leerling_naam);
  return o;
}

// The rows `scope` may see: the case's school, that school's board, its SWV or municipality
// (the leerplicht of the student's woongemeente), the child; the onderwijsconsulent only the
// cases of its SWV handed over to it (seed 003 §4.3).
std::string Zichtbaar(const app::VerzuimScope& scope) {
  return fmt::format("({}){}",
                     ScopeClause(scope.leerlingen,
                                 {"v.leerling_id", "v.school", "s.bestuur", "v.swv", "v.gemeente"}),
                     scope.alleen_overgedragen ? " AND v.overgedragen_op IS NOT NULL" : "");
}

Result<std::vector<app::VerzuimOverzicht>> ReadAll(Statement& stmt) {
  std::vector<app::VerzuimOverzicht> result;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto item, OverzichtFromRow(stmt));
    result.push_back(std::move(item));
  }
  return result;
}

template <typename T>
Result<T> Parsed(Result<T> value, const char* column) {
  if (!value) {
    return domain::Fail(domain::ErrorCode::kInternal,
                        fmt::format("Ongeldige waarde in verzuimmeldingen.{}", column));
  }
  return value;
}

}  // namespace

Result<app::VerzuimRecord> VerzuimFromRow(const Statement& row) {
  app::VerzuimRecord r;
  auto& m = r.melding;
  m.id = row.Int(0);
  m.leerling = domain::LeerlingId{row.Int(1)};
  PASSEND_ASSIGN_OR_RETURN(m.type, Parsed(domain::ParseVerzuimType(row.Text(2)), "type"));
  PASSEND_ASSIGN_OR_RETURN(m.gemeente,
                           Parsed(domain::GemeenteCode::Parse(row.Text(3)), "gemeente"));
  if (const std::string school = row.Text(4); !school.empty()) {
    PASSEND_ASSIGN_OR_RETURN(m.school, Parsed(domain::Vestigingscode::Parse(school), "school"));
  }
  PASSEND_ASSIGN_OR_RETURN(m.swv, Parsed(domain::SwvCode::Parse(row.Text(5)), "swv"));
  PASSEND_ASSIGN_OR_RETURN(m.startdatum, Parsed(domain::ParseIsoDate(row.Text(6)), "startdatum"));
  PASSEND_ASSIGN_OR_RETURN(m.einddatum, OptionalDate(row, 7));
  if (!row.IsNull(8)) {
    PASSEND_ASSIGN_OR_RETURN(m.reden_einde,
                             Parsed(domain::ParseBeeindiging(row.Text(8)), "reden_einde"));
  }
  m.toelichting_einde = row.Text(9);
  PASSEND_ASSIGN_OR_RETURN(auto aanbod_datum, OptionalDate(row, 10));
  if (aanbod_datum) m.aanbod = domain::PassendAanbod{*aanbod_datum, row.Text(11)};
  PASSEND_ASSIGN_OR_RETURN(r.overgedragen_op, OptionalDate(row, 12));
  PASSEND_ASSIGN_OR_RETURN(m.artsverklaring, OptionalDate(row, 13));
  if (!row.IsNull(14)) m.advies = row.Int(14);
  return r;
}

void BindVerzuim(Statement& stmt, const app::VerzuimRecord& record) {
  const auto& m = record.melding;
  auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
  auto bind = [&](const char* name, auto&& value) {
    if (const int i = index(name); i > 0) stmt.Bind(i, value);
  };
  bind(":id", m.id);
  bind(":leerling", m.leerling.value);
  bind(":type", domain::VerzuimTypeCode(m.type));
  bind(":gemeente", std::string_view(m.gemeente.str()));
  bind(":school", m.school ? std::optional<std::string>(m.school->str()) : std::nullopt);
  bind(":swv", std::string_view(m.swv.str()));
  bind(":startdatum", std::string_view(domain::FormatIsoDate(m.startdatum)));
  bind(":einddatum", OptionalIso(m.einddatum));
  bind(":reden_einde", m.reden_einde
                           ? std::optional<std::string>(domain::BeeindigingCode(*m.reden_einde))
                           : std::nullopt);
  bind(":toelichting_einde", std::string_view(m.toelichting_einde));
  bind(":aanbod_datum",
       OptionalIso(m.aanbod ? std::optional<domain::Date>(m.aanbod->datum) : std::nullopt));
  bind(":aanbod_omschrijving", std::string_view(m.aanbod ? m.aanbod->omschrijving : ""));
  bind(":overgedragen_op", OptionalIso(record.overgedragen_op));
  bind(":artsverklaring", OptionalIso(m.artsverklaring));
  if (const int i = index(":advies"); i > 0) {
    if (m.advies) {
      stmt.Bind(i, *m.advies);
    } else {
      stmt.BindNull(i);
    }
  }
}

Result<std::optional<app::VerzuimOverzicht>> SqliteVerzuim::FindVerzuim(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(fmt::format("SELECT {}{}{} WHERE v.id = ?", kVerzuimColumns,
                                            kZaakNamenKolommen, kFrom)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto overzicht, OverzichtFromRow(stmt));
  PASSEND_ASSIGN_OR_RETURN(overzicht.record.doorbraken, LoadDoorbraken(*lease, id));
  return overzicht;
}

Result<app::Page<app::VerzuimOverzicht>> SqliteVerzuim::ListVerzuim(
    const app::VerzuimScope& scope, const app::VerzuimFilter& filter, app::PageRequest page) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // A case runs on the day when it started on or before it and has not ended (the end date
  // is the first day back, domain::StatusOp).
  const std::string where = fmt::format(
      " WHERE {} AND (:swv IS NULL OR v.swv = :swv)"
      " AND (:gemeente IS NULL OR v.gemeente = :gemeente)"
      " AND (:type IS NULL OR v.type = :type)"
      " AND (:lopend IS NULL OR (:lopend = 1) = (v.einddatum IS NULL OR v.einddatum > :peildatum))",
      Zichtbaar(scope));
  const std::string peildatum = domain::FormatIsoDate(filter.peildatum);
  const std::optional<std::string> type =
      filter.type ? std::optional<std::string>(domain::VerzuimTypeCode(*filter.type))
                  : std::nullopt;
  auto bind = [&](Statement& stmt) {
    auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
    stmt.Bind(index(":scope"), std::string_view(scope.leerlingen.code))
        .Bind(index(":swv"), filter.swv)
        .Bind(index(":gemeente"), filter.gemeente)
        .Bind(index(":type"), type)
        .Bind(index(":peildatum"), std::string_view(peildatum));
    if (filter.lopend) {
      stmt.Bind(index(":lopend"), int64_t{*filter.lopend ? 1 : 0});
    } else {
      stmt.BindNull(index(":lopend"));
    }
  };
  return PagedQuery<app::VerzuimOverzicht>(
      *lease, fmt::format("{}{}", kVerzuimColumns, kZaakNamenKolommen), std::string(kFrom) + where,
      "v.startdatum DESC, v.id DESC", page, bind,
      [](const Statement& row) { return OverzichtFromRow(row); });
}

Result<std::vector<app::VerzuimOverzicht>> SqliteVerzuim::LopendOp(const app::VerzuimScope& scope,
                                                                   const std::string& swv,
                                                                   domain::Date op) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(fmt::format(
                     "SELECT {}{}{} WHERE {} AND v.swv = :swv AND v.startdatum <= :op"
                     " AND (v.einddatum IS NULL OR v.einddatum > :op) ORDER BY v.startdatum, v.id",
                     kVerzuimColumns, kZaakNamenKolommen, kFrom, Zichtbaar(scope))));
  const std::string iso = domain::FormatIsoDate(op);
  auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
  stmt.Bind(index(":scope"), std::string_view(scope.leerlingen.code))
      .Bind(index(":swv"), std::string_view(swv))
      .Bind(index(":op"), std::string_view(iso));
  return ReadAll(stmt);
}

Result<std::vector<domain::RegisterInvoer>> SqliteVerzuim::RegisterInvoerVan(const std::string& swv,
                                                                             domain::Date tot) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // Only the date of birth and the sex leave the student table: the register is anonymised.
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           lease->Prepare(fmt::format(
                               "SELECT {}, l.geboortedatum, l.geslacht FROM verzuimmeldingen v"
                               " JOIN leerlingen l ON l.id = v.leerling_id"
                               " WHERE v.swv = ? AND v.startdatum <= ? ORDER BY v.startdatum, v.id",
                               kVerzuimColumns)));
  stmt.Bind(1, std::string_view(swv)).Bind(2, std::string_view(domain::FormatIsoDate(tot)));
  std::vector<domain::RegisterInvoer> result;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto record, VerzuimFromRow(stmt));
    domain::RegisterInvoer invoer;
    invoer.melding = std::move(record.melding);
    PASSEND_ASSIGN_OR_RETURN(invoer.geboortedatum, OptionalDate(stmt, kVerzuimColumnCount));
    auto geslacht = domain::ParseGeslacht(stmt.Text(kVerzuimColumnCount + 1));
    invoer.geslacht = geslacht ? *geslacht : domain::Geslacht::kOnbekend;
    result.push_back(std::move(invoer));
  }
  return result;
}

Result<std::vector<domain::Vrijstellingsadvies>> SqliteVerzuim::Vrijstellingsadviezen(
    domain::LeerlingId leerling) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  return ReadVrijstellingsadviezen(*lease, leerling, std::nullopt);
}

}  // namespace passend::store::sqlite
