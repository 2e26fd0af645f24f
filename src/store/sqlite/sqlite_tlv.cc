#include "store/sqlite/sqlite_tlv.h"

#include <fmt/format.h>

#include "store/sqlite/paged_query.h"
#include "store/sqlite/row_dates.h"
#include "store/sqlite/scope_sql.h"
#include "store/sqlite/zaak_namen.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

// `t` is tlv_aanvragen, `s` the requesting school, `l` the student.
constexpr std::string_view kFrom =
    " FROM tlv_aanvragen t JOIN scholen s ON s.code = t.school"
    " JOIN leerlingen l ON l.id = t.leerling_id";

// The school the student attends now: the newest open enrolment (as the student's file shows
// it), with its name, kind and SWV, for the register's grensverkeer.
constexpr std::string_view kHuidigeSchool =
    ", coalesce(h.code, ''), coalesce(h.naam, ''), coalesce(h.soort, ''), coalesce(h.swv, '')";
constexpr std::string_view kHuidigeSchoolJoin =
    " LEFT JOIN scholen h ON h.code = (SELECT i.school FROM inschrijvingen i"
    " WHERE i.leerling_id = t.leerling_id AND i.tot IS NULL ORDER BY i.van DESC, i.id DESC"
    " LIMIT 1)";

// A request stands in scope by its requesting school, that school's board, its SWV and the
// child; municipalities see none (they hold no TLV permission either).
std::string Zichtbaar(const app::LeerlingScope& scope) {
  return fmt::format("({})",
                     ScopeClause(scope, {"t.leerling_id", "t.school", "s.bestuur", "t.swv", ""}));
}

template <typename T>
Result<T> Parsed(Result<T> value, const char* column) {
  if (!value) {
    return domain::Fail(domain::ErrorCode::kInternal,
                        fmt::format("Ongeldige waarde in tlv_aanvragen.{}", column));
  }
  return value;
}

Result<app::TlvOverzicht> OverzichtFromRow(const Statement& stmt) {
  app::TlvOverzicht o;
  PASSEND_ASSIGN_OR_RETURN(o.aanvraag, TlvAanvraagFromRow(stmt));
  auto namen = ZaakNamenFromRow(stmt, kTlvColumnCount);
  o.school_naam = std::move(namen.school_naam);
  o.bestuur = std::move(namen.bestuur);
  o.leerling_naam = std::move(namen.leerling_naam);
  return o;
}

// Reads register rows: kTlvColumns, kZaakNamenKolommen, kHuidigeSchool. Only granted
// requests are selected, so TlvVan always answers.
Result<std::vector<app::TlvRegel>> ReadRegels(Statement& stmt) {
  std::vector<app::TlvRegel> result;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto aanvraag, TlvAanvraagFromRow(stmt));
    auto tlv = domain::TlvVan(aanvraag);
    if (!tlv) continue;
    auto namen = ZaakNamenFromRow(stmt, kTlvColumnCount);
    const int h = kTlvColumnCount + kZaakNamenAantal;
    result.push_back(app::TlvRegel{*tlv, std::move(namen.leerling_naam), aanvraag.school.str(),
                                   stmt.Text(h), stmt.Text(h + 1), stmt.Text(h + 2),
                                   stmt.Text(h + 3)});
  }
  return result;
}

// The ids of `items` and their advices, attached in one query.
Result<void> AttachAdviezen(Connection& connection, std::vector<app::TlvOverzicht>& items) {
  std::vector<int64_t> ids;
  for (const auto& item : items) ids.push_back(item.aanvraag.id);
  PASSEND_ASSIGN_OR_RETURN(auto adviezen, LoadTlvAdviezen(connection, ids));
  for (auto& item : items) {
    auto it = adviezen.find(item.aanvraag.id);
    if (it != adviezen.end()) item.aanvraag.adviezen = std::move(it->second);
  }
  return {};
}

}  // namespace

Result<domain::TlvAanvraag> TlvAanvraagFromRow(const Statement& row) {
  domain::TlvAanvraag a;
  a.id = row.Int(0);
  a.leerling = domain::LeerlingId{row.Int(1)};
  PASSEND_ASSIGN_OR_RETURN(a.school, Parsed(domain::Vestigingscode::Parse(row.Text(2)), "school"));
  PASSEND_ASSIGN_OR_RETURN(a.swv, Parsed(domain::SwvCode::Parse(row.Text(3)), "swv"));
  PASSEND_ASSIGN_OR_RETURN(a.soort, Parsed(domain::ParseTlvSoort(row.Text(4)), "soort"));
  PASSEND_ASSIGN_OR_RETURN(a.aangevraagd_op,
                           Parsed(domain::ParseIsoDate(row.Text(5)), "aangevraagd_op"));
  a.ondersteuningsbehoefte = row.Text(6);
  a.al_gedaan = row.Text(7);
  a.zienswijze_ouders = row.Text(8);
  a.hoorrecht = domain::Hoorrecht{row.Int(9) == 1, row.Text(10), row.Text(11)};
  PASSEND_ASSIGN_OR_RETURN(auto besluit_op, OptionalDate(row, 12));
  if (besluit_op) {
    domain::TlvBesluit b;
    b.datum = *besluit_op;
    b.toegekend = row.Int(13) == 1;
    if (!row.IsNull(14)) {
      PASSEND_ASSIGN_OR_RETURN(b.categorie,
                               Parsed(domain::ParseTlvCategorie(row.Text(14)), "categorie"));
    }
    PASSEND_ASSIGN_OR_RETURN(b.ingangsdatum, OptionalDate(row, 15));
    PASSEND_ASSIGN_OR_RETURN(b.einddatum, OptionalDate(row, 16));
    b.hele_loopbaan = row.Int(17) == 1;
    b.motivering = row.Text(18);
    a.besluit = std::move(b);
  }
  PASSEND_ASSIGN_OR_RETURN(auto bezwaar_op, OptionalDate(row, 19));
  if (bezwaar_op) {
    domain::TlvBezwaar z;
    z.ingediend_op = *bezwaar_op;
    z.gronden = row.Text(20);
    PASSEND_ASSIGN_OR_RETURN(z.lbt_advies_op, OptionalDate(row, 21));
    z.lbt_advies = row.Text(22);
    PASSEND_ASSIGN_OR_RETURN(z.beslist_op, OptionalDate(row, 23));
    z.gegrond = row.Int(24) == 1;
    z.beslissing = row.Text(25);
    a.bezwaar = std::move(z);
  }
  PASSEND_ASSIGN_OR_RETURN(a.evaluatie_gevraagd_op, OptionalDate(row, 26));
  return a;
}

void BindTlvAanvraag(Statement& stmt, const domain::TlvAanvraag& a) {
  auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
  auto bind = [&](const char* name, auto&& value) {
    if (const int i = index(name); i > 0) stmt.Bind(i, value);
  };
  auto bind_flag = [&](const char* name, std::optional<bool> value) {
    if (const int i = index(name); i > 0) {
      if (value) {
        stmt.Bind(i, int64_t{*value ? 1 : 0});
      } else {
        stmt.BindNull(i);
      }
    }
  };
  const domain::TlvBesluit* b = a.besluit ? &*a.besluit : nullptr;
  const domain::TlvBezwaar* z = a.bezwaar ? &*a.bezwaar : nullptr;
  bind(":id", a.id);
  bind(":leerling", a.leerling.value);
  bind(":school", std::string_view(a.school.str()));
  bind(":swv", std::string_view(a.swv.str()));
  bind(":soort", domain::TlvSoortCode(a.soort));
  bind(":aangevraagd_op", std::string_view(domain::FormatIsoDate(a.aangevraagd_op)));
  bind(":ondersteuningsbehoefte", std::string_view(a.ondersteuningsbehoefte));
  bind(":al_gedaan", std::string_view(a.al_gedaan));
  bind(":zienswijze_ouders", std::string_view(a.zienswijze_ouders));
  bind_flag(":hoorrecht_gehoord", a.hoorrecht.gehoord);
  bind(":hoorrecht_zienswijze", std::string_view(a.hoorrecht.zienswijze));
  bind(":hoorrecht_reden", std::string_view(a.hoorrecht.reden));
  bind(":compleet_op", OptionalIso(domain::CompleetOp(a)));
  bind(":besluit_op", OptionalIso(b ? std::optional<domain::Date>(b->datum) : std::nullopt));
  bind_flag(":toegekend", b ? std::optional<bool>(b->toegekend) : std::nullopt);
  bind(":categorie", b && b->categorie
                         ? std::optional<std::string>(domain::TlvCategorieCode(*b->categorie))
                         : std::nullopt);
  bind(":ingangsdatum", OptionalIso(b ? b->ingangsdatum : std::nullopt));
  bind(":einddatum", OptionalIso(b ? b->einddatum : std::nullopt));
  bind_flag(":hele_loopbaan", b && b->hele_loopbaan);
  bind(":motivering", std::string_view(b ? b->motivering : ""));
  bind(":bezwaar_op", OptionalIso(z ? std::optional<domain::Date>(z->ingediend_op) : std::nullopt));
  bind(":bezwaar_gronden", std::string_view(z ? z->gronden : ""));
  bind(":lbt_advies_op", OptionalIso(z ? z->lbt_advies_op : std::nullopt));
  bind(":lbt_advies", std::string_view(z ? z->lbt_advies : ""));
  bind(":bezwaar_beslist_op", OptionalIso(z ? z->beslist_op : std::nullopt));
  bind_flag(":bezwaar_gegrond", z && z->gegrond);
  bind(":bezwaar_beslissing", std::string_view(z ? z->beslissing : ""));
  bind(":evaluatie_gevraagd_op", OptionalIso(a.evaluatie_gevraagd_op));
}

Result<std::map<int64_t, std::vector<domain::Deskundigenadvies>>> LoadTlvAdviezen(
    Connection& connection, const std::vector<int64_t>& ids) {
  std::map<int64_t, std::vector<domain::Deskundigenadvies>> result;
  if (ids.empty()) return result;
  // Ids are integers written into the SQL: no injection possible, one query per page.
  std::string lijst;
  for (int64_t id : ids) {
    if (!lijst.empty()) lijst += ',';
    lijst += std::to_string(id);
  }
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection.Prepare(fmt::format(
                     "SELECT aanvraag_id, discipline, naam, datum, advies FROM tlv_adviezen"
                     " WHERE aanvraag_id IN ({}) ORDER BY aanvraag_id, id",
                     lijst)));
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    domain::Deskundigenadvies advies;
    advies.discipline = stmt.Text(1);
    advies.naam = stmt.Text(2);
    PASSEND_ASSIGN_OR_RETURN(advies.datum, Parsed(domain::ParseIsoDate(stmt.Text(3)), "datum"));
    advies.advies = stmt.Text(4);
    result[stmt.Int(0)].push_back(std::move(advies));
  }
  return result;
}

Result<std::optional<app::TlvOverzicht>> SqliteTlv::FindTlvAanvraag(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           lease->Prepare(fmt::format("SELECT {}{}{} WHERE t.id = ?", kTlvColumns,
                                                      kZaakNamenKolommen, kFrom)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  std::vector<app::TlvOverzicht> items;
  PASSEND_ASSIGN_OR_RETURN(auto overzicht, OverzichtFromRow(stmt));
  items.push_back(std::move(overzicht));
  PASSEND_RETURN_IF_ERROR(AttachAdviezen(*lease, items));
  return std::move(items.front());
}

Result<app::Page<app::TlvOverzicht>> SqliteTlv::ListTlvAanvragen(const app::LeerlingScope& scope,
                                                                 const app::TlvFilter& filter,
                                                                 app::PageRequest page) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // open: fewer than the required advices; compleet: with the committee; besloten: decided.
  std::string status = "1";
  if (filter.status == app::TlvStatus::kOpen) {
    status = "t.compleet_op IS NULL AND t.besluit_op IS NULL";
  } else if (filter.status == app::TlvStatus::kCompleet) {
    status = "t.compleet_op IS NOT NULL AND t.besluit_op IS NULL";
  } else if (filter.status == app::TlvStatus::kBesloten) {
    status = "t.besluit_op IS NOT NULL";
  }
  const std::string where =
      fmt::format(" WHERE {} AND (:swv IS NULL OR t.swv = :swv) AND {}", Zichtbaar(scope), status);
  auto bind = [&](Statement& stmt) {
    auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
    stmt.Bind(index(":scope"), std::string_view(scope.code)).Bind(index(":swv"), filter.swv);
  };
  PASSEND_ASSIGN_OR_RETURN(
      auto result, PagedQuery<app::TlvOverzicht>(
                       *lease, fmt::format("{}{}", kTlvColumns, kZaakNamenKolommen),
                       std::string(kFrom) + where, "t.aangevraagd_op DESC, t.id DESC", page, bind,
                       [](const Statement& row) { return OverzichtFromRow(row); }));
  PASSEND_RETURN_IF_ERROR(AttachAdviezen(*lease, result.items));
  return result;
}

Result<std::vector<app::TlvRegel>> SqliteTlv::TlvsVan(const app::LeerlingScope& scope,
                                                      const std::optional<std::string>& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(fmt::format("SELECT {}{}{}{}{} WHERE {} AND t.toegekend = 1"
                                            " AND (:swv IS NULL OR t.swv = :swv)"
                                            " ORDER BY t.ingangsdatum, t.id",
                                            kTlvColumns, kZaakNamenKolommen, kHuidigeSchool, kFrom,
                                            kHuidigeSchoolJoin, Zichtbaar(scope))));
  auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
  stmt.Bind(index(":scope"), std::string_view(scope.code)).Bind(index(":swv"), swv);
  return ReadRegels(stmt);
}

Result<std::vector<app::TlvRegel>> SqliteTlv::TlvsOpScholenVan(const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(fmt::format(
                     "SELECT {}{}{}{}{} WHERE t.toegekend = 1 AND t.swv <> :swv"
                     " AND h.swv = :swv AND h.soort IN ('so', 'vso') ORDER BY t.ingangsdatum, t.id",
                     kTlvColumns, kZaakNamenKolommen, kHuidigeSchool, kFrom, kHuidigeSchoolJoin)));
  stmt.Bind(sqlite3_bind_parameter_index(stmt.raw(), ":swv"), std::string_view(swv));
  return ReadRegels(stmt);
}

}  // namespace passend::store::sqlite
