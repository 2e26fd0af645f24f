#include "store/sqlite/sqlite_opp.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "store/sqlite/paged_query.h"
#include "store/sqlite/row_dates.h"
#include "store/sqlite/scope_sql.h"
#include "store/sqlite/zaak_namen.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

// `o` is opps, `s` the school, `l` the student.
constexpr std::string_view kFrom =
    " FROM opps o JOIN scholen s ON s.code = o.school JOIN leerlingen l ON l.id = o.leerling_id";

// A plan stands in scope by its school, that school's board, its SWV and the child;
// municipalities see none (they hold no OPP permission either).
std::string Zichtbaar(const app::LeerlingScope& scope) {
  return fmt::format("({})",
                     ScopeClause(scope, {"o.leerling_id", "o.school", "s.bestuur", "o.swv", ""}));
}

// The signal filter in SQL, the same comparisons as domain::Signalen over the stored stand.
std::string SignaalClause(const std::optional<domain::OppSignaal>& signaal) {
  if (!signaal) return "1";
  switch (*signaal) {
    case domain::OppSignaal::kVaststellenVerlopen:
      return "o.vastgesteld_op IS NULL AND :vandaag > o.vaststellen_uiterlijk";
    case domain::OppSignaal::kEvaluatieNodig:
      return "o.evaluatie_uiterlijk IS NOT NULL AND :vandaag >= o.evaluatie_uiterlijk";
    case domain::OppSignaal::kInstemmingOpen:
      return "o.instemming = 'gevraagd'";
    case domain::OppSignaal::kInstemmingGeweigerd:
      return "o.instemming = 'geweigerd'";
  }
  return "1";
}

template <typename T>
Result<T> Parsed(Result<T> value, const char* column) {
  if (!value) {
    return domain::Fail(domain::ErrorCode::kInternal,
                        fmt::format("Ongeldige waarde in opps.{}", column));
  }
  return value;
}

Result<app::OppOverzicht> OverzichtFromRow(const Statement& stmt) {
  app::OppOverzicht o;
  PASSEND_ASSIGN_OR_RETURN(auto gelezen, OppFromRow(stmt));
  o.opp = std::move(gelezen.first);
  o.stand = gelezen.second;
  auto namen = ZaakNamenFromRow(stmt, kOppColumnCount);
  o.school_naam = std::move(namen.school_naam);
  o.bestuur = std::move(namen.bestuur);
  o.leerling_naam = std::move(namen.leerling_naam);
  return o;
}

}  // namespace

Result<std::pair<domain::Opp, domain::OppStand>> OppFromRow(const Statement& row) {
  domain::Opp opp;
  domain::OppStand stand;
  opp.id = row.Int(0);
  opp.leerling = domain::LeerlingId{row.Int(1)};
  PASSEND_ASSIGN_OR_RETURN(opp.school,
                           Parsed(domain::Vestigingscode::Parse(row.Text(2)), "school"));
  PASSEND_ASSIGN_OR_RETURN(opp.swv, Parsed(domain::SwvCode::Parse(row.Text(3)), "swv"));
  PASSEND_ASSIGN_OR_RETURN(opp.onderwijs,
                           Parsed(domain::ParseSchoolSoort(row.Text(4)), "onderwijs"));
  PASSEND_ASSIGN_OR_RETURN(opp.plaatsingsdatum,
                           Parsed(domain::ParseIsoDate(row.Text(5)), "plaatsingsdatum"));
  PASSEND_ASSIGN_OR_RETURN(stand.vaststellen_uiterlijk,
                           Parsed(domain::ParseIsoDate(row.Text(6)), "vaststellen_uiterlijk"));
  PASSEND_ASSIGN_OR_RETURN(stand.vastgesteld_op, OptionalDate(row, 7));
  stand.laatste_versie = static_cast<int>(row.Int(8));
  if (!row.IsNull(9)) {
    PASSEND_ASSIGN_OR_RETURN(stand.instemming,
                             Parsed(domain::ParseInstemming(row.Text(9)), "instemming"));
  }
  stand.versie_in_werking = static_cast<int>(row.Int(10));
  PASSEND_ASSIGN_OR_RETURN(stand.laatste_evaluatie, OptionalDate(row, 11));
  PASSEND_ASSIGN_OR_RETURN(stand.evaluatie_uiterlijk, OptionalDate(row, 12));
  return std::make_pair(std::move(opp), stand);
}

Result<void> LoadOppDelen(Connection& connection, domain::Opp& opp) {
  opp.versies.clear();
  opp.evaluaties.clear();
  {
    PASSEND_ASSIGN_OR_RETURN(auto stmt, connection.Prepare(R"sql(
      SELECT nummer, vastgesteld_op, vastgesteld_door, uitstroombestemming, uitstroomprofiel,
        bevorderende_factoren, belemmerende_factoren, ondersteuning, afwijkingen, doelen,
        hoorrecht_gehoord, hoorrecht_zienswijze, hoorrecht_reden
      FROM opp_versies WHERE opp_id = ? ORDER BY nummer)sql"));
    stmt.Bind(1, opp.id);
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      domain::OppVersie v;
      v.nummer = static_cast<int>(stmt.Int(0));
      PASSEND_ASSIGN_OR_RETURN(v.vastgesteld_op,
                               Parsed(domain::ParseIsoDate(stmt.Text(1)), "vastgesteld_op"));
      v.vastgesteld_door = stmt.Text(2);
      v.inhoud.uitstroombestemming = stmt.Text(3);
      if (!stmt.IsNull(4)) {
        PASSEND_ASSIGN_OR_RETURN(
            v.inhoud.uitstroomprofiel,
            Parsed(domain::ParseUitstroomprofiel(stmt.Text(4)), "uitstroomprofiel"));
      }
      v.inhoud.bevorderende_factoren = stmt.Text(5);
      v.inhoud.belemmerende_factoren = stmt.Text(6);
      v.inhoud.ondersteuning = stmt.Text(7);
      v.inhoud.afwijkingen = stmt.Text(8);
      const auto doelen = nlohmann::json::parse(stmt.Text(9), nullptr, false);
      if (!doelen.is_array()) {
        return domain::Fail(domain::ErrorCode::kInternal, "Ongeldige waarde in opp_versies.doelen");
      }
      for (const auto& doel : doelen) {
        if (doel.is_string()) v.inhoud.doelen.push_back(doel.get<std::string>());
      }
      v.inhoud.hoorrecht = domain::Hoorrecht{stmt.Int(10) == 1, stmt.Text(11), stmt.Text(12)};
      opp.versies.push_back(std::move(v));
    }
  }
  {
    PASSEND_ASSIGN_OR_RETURN(auto stmt, connection.Prepare(R"sql(
      SELECT versie, status, datum, door, toelichting FROM opp_instemmingen
      WHERE opp_id = ? ORDER BY versie, id)sql"));
    stmt.Bind(1, opp.id);
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      const int versie = static_cast<int>(stmt.Int(0));
      domain::OppInstemmingStap stap;
      PASSEND_ASSIGN_OR_RETURN(stap.status,
                               Parsed(domain::ParseInstemming(stmt.Text(1)), "instemming"));
      PASSEND_ASSIGN_OR_RETURN(stap.datum, Parsed(domain::ParseIsoDate(stmt.Text(2)), "datum"));
      stap.door = stmt.Text(3);
      stap.toelichting = stmt.Text(4);
      // Version numbers run 1..n without gaps (the primary key and StelVersieVast).
      if (versie >= 1 && versie <= static_cast<int>(opp.versies.size())) {
        opp.versies[static_cast<size_t>(versie - 1)].instemming.push_back(std::move(stap));
      }
    }
  }
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection.Prepare(R"sql(
    SELECT datum, met_wie, conclusie, door FROM opp_evaluaties WHERE opp_id = ?
    ORDER BY datum, id)sql"));
  stmt.Bind(1, opp.id);
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    domain::OppEvaluatie e;
    PASSEND_ASSIGN_OR_RETURN(e.datum, Parsed(domain::ParseIsoDate(stmt.Text(0)), "datum"));
    e.met_wie = stmt.Text(1);
    e.conclusie = stmt.Text(2);
    e.door = stmt.Text(3);
    opp.evaluaties.push_back(std::move(e));
  }
  return {};
}

Result<std::optional<app::OppOverzicht>> SqliteOpps::FindOpp(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           lease->Prepare(fmt::format("SELECT {}{}{} WHERE o.id = ?", kOppColumns,
                                                      kZaakNamenKolommen, kFrom)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto overzicht, OverzichtFromRow(stmt));
  PASSEND_RETURN_IF_ERROR(LoadOppDelen(*lease, overzicht.opp));
  return overzicht;
}

Result<app::Page<app::OppOverzicht>> SqliteOpps::ListOpps(const app::LeerlingScope& scope,
                                                          const app::OppFilter& filter,
                                                          domain::Date vandaag,
                                                          app::PageRequest page) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  const std::string where = fmt::format(
      " WHERE {} AND (:swv IS NULL OR o.swv = :swv) AND (:school IS NULL OR o.school = :school)"
      " AND (:leerling IS NULL OR o.leerling_id = :leerling)"
      " AND (:instemming IS NULL OR o.instemming = :instemming) AND {}",
      Zichtbaar(scope), SignaalClause(filter.signaal));
  const std::string iso = domain::FormatIsoDate(vandaag);
  auto bind = [&](Statement& stmt) {
    auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
    stmt.Bind(index(":scope"), std::string_view(scope.code))
        .Bind(index(":swv"), filter.swv)
        .Bind(index(":school"), filter.school)
        .Bind(index(":instemming"),
              filter.instemming
                  ? std::optional<std::string>(domain::InstemmingCode(*filter.instemming))
                  : std::nullopt);
    if (filter.leerling) {
      stmt.Bind(index(":leerling"), filter.leerling->value);
    } else {
      stmt.BindNull(index(":leerling"));
    }
    if (const int i = index(":vandaag"); i > 0) stmt.Bind(i, std::string_view(iso));
  };
  return PagedQuery<app::OppOverzicht>(*lease, fmt::format("{}{}", kOppColumns, kZaakNamenKolommen),
                                       std::string(kFrom) + where,
                                       "o.plaatsingsdatum DESC, o.id DESC", page, bind,
                                       [](const Statement& row) { return OverzichtFromRow(row); });
}

}  // namespace passend::store::sqlite
