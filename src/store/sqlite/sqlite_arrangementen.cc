#include "store/sqlite/sqlite_arrangementen.h"

#include <fmt/format.h>

#include "store/sqlite/paged_query.h"
#include "store/sqlite/row_dates.h"
#include "store/sqlite/scope_sql.h"
#include "store/sqlite/zaak_namen.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

template <typename T>
Result<T> Parsed(Result<T> value, const char* column) {
  if (!value) {
    return domain::Fail(domain::ErrorCode::kInternal,
                        fmt::format("Ongeldige waarde in arrangementen: {}", column));
  }
  return value;
}

// `t` the assignment, `e` its end, `a` its arrangement, `s` the school where the support is
// given, `l` the student.
constexpr std::string_view kToekenningFrom =
    " FROM arrangement_toekenningen t"
    " LEFT JOIN arrangement_toekenning_einden e ON e.toekenning_id = t.id"
    " JOIN arrangementen a ON a.id = t.arrangement_id"
    " JOIN scholen s ON s.code = t.school JOIN leerlingen l ON l.id = t.leerling_id";

// An assignment stands in scope by its SWV, the school where the support is given, that
// school's board and the child; municipalities see none (they hold no permission either).
std::string Zichtbaar(const app::LeerlingScope& scope) {
  return fmt::format("({})",
                     ScopeClause(scope, {"t.leerling_id", "t.school", "s.bestuur", "t.swv", ""}));
}

Result<app::ToekenningOverzicht> OverzichtFromRow(const Statement& row) {
  app::ToekenningOverzicht o;
  PASSEND_ASSIGN_OR_RETURN(o.toekenning, ToekenningFromRow(row));
  PASSEND_ASSIGN_OR_RETURN(auto arrangement, ArrangementFromRow(row, kToekenningAantal));
  o.arrangement_naam = std::move(arrangement.naam);
  o.soort = arrangement.soort;
  o.tarief = arrangement.tarief;
  auto namen = ZaakNamenFromRow(row, kToekenningAantal + kArrangementAantal);
  o.school_naam = std::move(namen.school_naam);
  o.bestuur = std::move(namen.bestuur);
  o.leerling_naam = std::move(namen.leerling_naam);
  return o;
}

}  // namespace

Result<domain::Arrangement> ArrangementFromRow(const Statement& row, int c) {
  domain::Arrangement a;
  a.id = row.Int(c);
  PASSEND_ASSIGN_OR_RETURN(a.swv, Parsed(domain::SwvCode::Parse(row.Text(c + 1)), "swv"));
  PASSEND_ASSIGN_OR_RETURN(a.soort,
                           Parsed(domain::ParseArrangementSoort(row.Text(c + 2)), "soort"));
  a.naam = row.Text(c + 3);
  a.omschrijving = row.Text(c + 4);
  PASSEND_ASSIGN_OR_RETURN(a.tarief, Parsed(domain::ParseTarief(row.Text(c + 5)), "tarief"));
  a.bedrag = domain::Cents(row.Int(c + 6));
  a.actief = row.Int(c + 7) == 1;
  return a;
}

Result<domain::Toekenning> ToekenningFromRow(const Statement& row) {
  domain::Toekenning t;
  t.id = row.Int(0);
  t.arrangement = row.Int(1);
  PASSEND_ASSIGN_OR_RETURN(t.swv, Parsed(domain::SwvCode::Parse(row.Text(2)), "swv"));
  t.leerling = domain::LeerlingId{row.Int(3)};
  PASSEND_ASSIGN_OR_RETURN(t.school, Parsed(domain::Vestigingscode::Parse(row.Text(4)), "school"));
  PASSEND_ASSIGN_OR_RETURN(t.van, Parsed(domain::ParseIsoDate(row.Text(5)), "van"));
  PASSEND_ASSIGN_OR_RETURN(t.tot, Parsed(domain::ParseIsoDate(row.Text(6)), "tot"));
  t.bedrag = domain::Cents(row.Int(7));
  PASSEND_ASSIGN_OR_RETURN(auto op, OptionalDate(row, 8));
  if (op) t.einde = domain::ToekenningEinde{*op, row.Text(9)};
  return t;
}

Result<std::optional<domain::Arrangement>> SqliteArrangementen::FindArrangement(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(fmt::format("SELECT {} FROM arrangementen a WHERE a.id = ?",
                                            kArrangementKolommen)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  return ArrangementFromRow(stmt);
}

Result<app::Page<domain::Arrangement>> SqliteArrangementen::ListArrangementen(
    const app::ArrangementFilter& filter, app::PageRequest page) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  auto bind = [&](Statement& stmt) {
    auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
    stmt.Bind(index(":swv"), filter.swv);
    if (const int i = index(":actief"); i > 0) {
      if (filter.actief) {
        stmt.Bind(i, int64_t{*filter.actief ? 1 : 0});
      } else {
        stmt.BindNull(i);
      }
    }
  };
  return PagedQuery<domain::Arrangement>(
      *lease, kArrangementKolommen,
      " FROM arrangementen a WHERE (:swv IS NULL OR a.swv = :swv)"
      " AND (:actief IS NULL OR a.actief = :actief)",
      "a.swv, a.id", page, bind, [](const Statement& row) { return ArrangementFromRow(row); });
}

Result<std::optional<app::ToekenningOverzicht>> SqliteArrangementen::FindToekenning(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt,
      lease->Prepare(fmt::format("SELECT {}, {}{}{} WHERE t.id = ?", kToekenningKolommen,
                                 kArrangementKolommen, kZaakNamenKolommen, kToekenningFrom)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  return OverzichtFromRow(stmt);
}

Result<app::Page<app::ToekenningOverzicht>> SqliteArrangementen::ListToekenningen(
    const app::LeerlingScope& scope, const app::ToekenningFilter& filter, app::PageRequest page) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // On the peildatum: started, not past the last day (the end's when ended early), and not
  // withdrawn (ended on its first day), as domain::IsLopend.
  const std::string where = fmt::format(
      " WHERE {} AND (:swv IS NULL OR t.swv = :swv)"
      " AND (:leerling IS NULL OR t.leerling_id = :leerling)"
      " AND (:school IS NULL OR t.school = :school)"
      " AND (:arrangement IS NULL OR t.arrangement_id = :arrangement)"
      " AND (:peildatum IS NULL OR (t.van <= :peildatum AND coalesce(e.op, t.tot) >= :peildatum"
      " AND (e.op IS NULL OR e.op <> t.van)))",
      Zichtbaar(scope));
  auto bind = [&](Statement& stmt) {
    auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
    auto bind_int = [&](const char* name, std::optional<int64_t> value) {
      if (value) {
        stmt.Bind(index(name), *value);
      } else {
        stmt.BindNull(index(name));
      }
    };
    stmt.Bind(index(":scope"), std::string_view(scope.code))
        .Bind(index(":swv"), filter.swv)
        .Bind(index(":school"), filter.school)
        .Bind(index(":peildatum"), OptionalIso(filter.peildatum));
    bind_int(":leerling",
             filter.leerling ? std::optional<int64_t>(filter.leerling->value) : std::nullopt);
    bind_int(":arrangement", filter.arrangement);
  };
  return PagedQuery<app::ToekenningOverzicht>(
      *lease,
      fmt::format("{}, {}{}", kToekenningKolommen, kArrangementKolommen, kZaakNamenKolommen),
      std::string(kToekenningFrom) + where, "t.van DESC, t.id DESC", page, bind,
      [](const Statement& row) { return OverzichtFromRow(row); });
}

Result<std::vector<domain::Toekenning>> SqliteArrangementen::ToekenningenMetStartIn(
    const std::string& swv, domain::Date van, domain::Date tot) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt,
      lease->Prepare(fmt::format("SELECT {} FROM arrangement_toekenningen t{}"
                                 " WHERE t.swv = ? AND t.van >= ? AND t.van <= ? ORDER BY t.id",
                                 kToekenningKolommen, kToekenningEindeJoin)));
  stmt.Bind(1, std::string_view(swv))
      .Bind(2, std::string_view(domain::FormatIsoDate(van)))
      .Bind(3, std::string_view(domain::FormatIsoDate(tot)));
  std::vector<domain::Toekenning> result;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto t, ToekenningFromRow(stmt));
    result.push_back(std::move(t));
  }
  return result;
}

}  // namespace passend::store::sqlite
