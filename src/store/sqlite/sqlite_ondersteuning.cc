#include "store/sqlite/sqlite_ondersteuning.h"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "store/sqlite/registry_rows.h"
#include "store/sqlite/row_dates.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

constexpr std::string_view kProfielColumns =
    "p.school, p.versie, p.swv, p.vastgesteld_op, p.mr_advies_op, p.taxonomie_versie, "
    "p.toelichting, p.vastgesteld_door";

constexpr std::string_view kRegelColumns =
    "r.school, r.versie, r.behoefte, r.niveau, r.plaatsen, r.omschrijving, r.onderbouwing";

Result<domain::Ondersteuningsprofiel> ProfielFromRow(const Statement& row) {
  domain::Ondersteuningsprofiel p;
  PASSEND_ASSIGN_OR_RETURN(p.school, domain::Vestigingscode::Parse(row.Text(0)));
  p.versie = static_cast<int>(row.Int(1));
  p.swv = row.IsNull(2) ? "" : row.Text(2);
  PASSEND_ASSIGN_OR_RETURN(p.vastgesteld_op, domain::ParseIsoDate(row.Text(3)));
  PASSEND_ASSIGN_OR_RETURN(p.mr_advies_op, OptionalDate(row, 4));
  p.taxonomie_versie = row.Text(5);
  p.toelichting = row.Text(6);
  p.vastgesteld_door = row.Text(7);
  return p;
}

// Reads kRegelColumns from column 2 on (0 and 1 are the school and version).
Result<domain::ProfielRegel> RegelFromRow(const Statement& row) {
  domain::ProfielRegel r;
  r.behoefte = row.Text(2);
  PASSEND_ASSIGN_OR_RETURN(r.niveau, domain::ParseNiveau(row.Text(3)));
  if (!row.IsNull(4)) r.plaatsen = static_cast<int>(row.Int(4));
  r.omschrijving = row.Text(5);
  r.onderbouwing = row.Text(6);
  return r;
}

// The school columns SchoolPartFromRow reads.
constexpr std::string_view kSchoolColumns =
    "s.code, s.naam, s.soort, s.cluster, s.straat, s.huisnummer, s.postcode, s.plaats, "
    "s.gemeente, s.lat, s.lon, s.bestuur, s.swv";

// About 111.2 km per degree of latitude; a degree of longitude shrinks with cos(latitude).
constexpr double kMeterPerGraad = 111'195.0;

}  // namespace

Result<std::optional<domain::Ondersteuningsprofiel>> SqliteOndersteuning::FindProfiel(
    const domain::Vestigingscode& school, std::optional<int> versie) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt,
      lease->Prepare(fmt::format("SELECT {} FROM ondersteuningsprofielen p WHERE p.school = ?1 "
                                 "AND (?2 IS NULL OR p.versie = ?2) ORDER BY p.versie DESC LIMIT 1",
                                 kProfielColumns)));
  stmt.Bind(1, std::string_view(school.str()));
  if (versie) {
    stmt.Bind(2, static_cast<int64_t>(*versie));
  } else {
    stmt.BindNull(2);
  }
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto profiel, ProfielFromRow(stmt));
  PASSEND_ASSIGN_OR_RETURN(
      auto regels,
      lease->Prepare(fmt::format("SELECT {} FROM ondersteuningsprofiel_regels r WHERE r.school = ? "
                                 "AND r.versie = ? ORDER BY r.volgorde",
                                 kRegelColumns)));
  regels.Bind(1, std::string_view(school.str())).Bind(2, static_cast<int64_t>(profiel.versie));
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool more, regels.Step());
    if (!more) break;
    PASSEND_ASSIGN_OR_RETURN(auto regel, RegelFromRow(regels));
    profiel.regels.push_back(std::move(regel));
  }
  return profiel;
}

Result<std::vector<app::ProfielVersie>> SqliteOndersteuning::ProfielVersies(
    const domain::Vestigingscode& school) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           lease->Prepare(fmt::format("SELECT {} FROM ondersteuningsprofielen p "
                                                      "WHERE p.school = ? ORDER BY p.versie DESC",
                                                      kProfielColumns)));
  stmt.Bind(1, std::string_view(school.str()));
  std::vector<app::ProfielVersie> versies;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PASSEND_ASSIGN_OR_RETURN(auto p, ProfielFromRow(stmt));
    versies.push_back(app::ProfielVersie{p.versie, p.vastgesteld_op, p.mr_advies_op,
                                         p.taxonomie_versie, p.vastgesteld_door});
  }
  return versies;
}

Result<std::vector<engine::SchoolKandidaat>> SqliteOndersteuning::Kandidaten(
    const app::KandidaatFilter& filter) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // Only the filters given become conditions (the swv index; a box on lat/lon).
  std::string where = " WHERE 1";
  if (filter.swv) where += " AND s.swv = :swv";
  if (filter.soort) where += " AND s.soort = :soort";
  double lat_min = 0, lat_max = 0, lon_min = 0, lon_max = 0;
  if (filter.midden) {
    const double dlat = static_cast<double>(filter.straal_meter) / kMeterPerGraad;
    const double cos_lat = std::max(0.05, std::cos(filter.midden->lat * 3.14159265358979 / 180));
    const double dlon = dlat / cos_lat;
    lat_min = filter.midden->lat - dlat;
    lat_max = filter.midden->lat + dlat;
    lon_min = filter.midden->lon - dlon;
    lon_max = filter.midden->lon + dlon;
    where += " AND s.lat BETWEEN :lat_min AND :lat_max AND s.lon BETWEEN :lon_min AND :lon_max";
  }
  auto bind = [&](Statement& stmt) {
    auto named = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
    if (filter.swv) stmt.Bind(named(":swv"), std::string_view(*filter.swv));
    if (filter.soort) stmt.Bind(named(":soort"), domain::SchoolSoortCode(*filter.soort));
    if (filter.midden) {
      stmt.Bind(named(":lat_min"), lat_min).Bind(named(":lat_max"), lat_max);
      stmt.Bind(named(":lon_min"), lon_min).Bind(named(":lon_max"), lon_max);
    }
  };
  std::vector<engine::SchoolKandidaat> kandidaten;
  std::map<std::string, size_t> index;
  {
    PASSEND_ASSIGN_OR_RETURN(
        auto stmt, lease->Prepare(fmt::format("SELECT {} FROM scholen s{} ORDER BY s.code",
                                              kSchoolColumns, where)));
    bind(stmt);
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      engine::SchoolKandidaat k;
      PASSEND_ASSIGN_OR_RETURN(k.school, SchoolPartFromRow(stmt));
      index.emplace(k.school.code.str(), kandidaten.size());
      kandidaten.push_back(std::move(k));
    }
  }
  if (kandidaten.empty()) return kandidaten;
  // The current version of each location: the highest (versions are append-only).
  const std::string huidig = fmt::format(
      "JOIN scholen s ON s.code = p.school{} AND p.versie = "
      "(SELECT max(q.versie) FROM ondersteuningsprofielen q WHERE q.school = p.school)",
      where);
  {
    PASSEND_ASSIGN_OR_RETURN(
        auto stmt, lease->Prepare(fmt::format("SELECT {} FROM ondersteuningsprofielen p {}",
                                              kProfielColumns, huidig)));
    bind(stmt);
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      PASSEND_ASSIGN_OR_RETURN(auto profiel, ProfielFromRow(stmt));
      auto it = index.find(profiel.school.str());
      if (it != index.end()) kandidaten[it->second].profiel = std::move(profiel);
    }
  }
  {
    PASSEND_ASSIGN_OR_RETURN(
        auto stmt, lease->Prepare(fmt::format(
                       "SELECT {} FROM ondersteuningsprofiel_regels r JOIN ondersteuningsprofielen "
                       "p ON p.school = r.school AND p.versie = r.versie {} ORDER BY r.school, "
                       "r.volgorde",
                       kRegelColumns, huidig)));
    bind(stmt);
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      auto it = index.find(stmt.Text(0));
      if (it == index.end() || !kandidaten[it->second].profiel) continue;
      PASSEND_ASSIGN_OR_RETURN(auto regel, RegelFromRow(stmt));
      kandidaten[it->second].profiel->regels.push_back(std::move(regel));
    }
  }
  if (filter.met_bezetting) {
    // A place for a need is taken by a student enrolled there now whose admitted registration
    // at that location named the need (docs/placement.md "Places left").
    PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(fmt::format(R"sql(
      SELECT a.school, j.value, count(DISTINCT a.leerling_id)
      FROM aanmeldingen a JOIN scholen s ON s.code = a.school
        JOIN inschrijvingen i ON i.leerling_id = a.leerling_id AND i.school = a.school
          AND i.tot IS NULL,
        json_each(a.ondersteuningsbehoeften) j
      {} AND a.uitkomst = 'toegelaten'
      GROUP BY a.school, j.value)sql",
                                                                   where)));
    bind(stmt);
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      auto it = index.find(stmt.Text(0));
      if (it == index.end()) continue;
      kandidaten[it->second].bezetting[stmt.Text(1)] = static_cast<int>(stmt.Int(2));
    }
  }
  return kandidaten;
}

Result<std::optional<app::PostcodePunt>> SqliteOndersteuning::PostcodePositie(int cijfers) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // PC4 first, then the first three digits: the registry has no postcode table; school
  // addresses are public, home addresses are not used (docs/placement.md "Postcodes").
  for (const std::string& gebied : {std::to_string(cijfers), std::to_string(cijfers / 10)}) {
    PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(R"sql(
      SELECT avg(lat), avg(lon), count(*) FROM scholen
      WHERE substr(postcode, 1, length(?1)) = ?1)sql"));
    stmt.Bind(1, std::string_view(gebied));
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (row && stmt.Int(2) > 0) {
      return app::PostcodePunt{{stmt.Real(0), stmt.Real(1)}, gebied, stmt.Int(2)};
    }
  }
  return std::nullopt;
}

Result<std::optional<app::AanmeldingBehoeften>> SqliteOndersteuning::LaatsteAanmeldingBehoeften(
    domain::LeerlingId leerling) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(R"sql(
    SELECT a.id, a.aanmelddatum, a.ondersteuningsbehoeften, a.school
    FROM aanmeldingen a WHERE a.leerling_id = ? ORDER BY a.aanmelddatum DESC, a.id DESC LIMIT 1)sql"));
  stmt.Bind(1, leerling.value);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  app::AanmeldingBehoeften b;
  b.aanmelding = stmt.Int(0);
  b.school = stmt.Text(3);
  PASSEND_ASSIGN_OR_RETURN(b.aanmelddatum, domain::ParseIsoDate(stmt.Text(1)));
  const auto lijst = nlohmann::json::parse(stmt.Text(2), nullptr, false);
  if (lijst.is_array()) {
    for (const auto& code : lijst) {
      if (code.is_string()) b.behoeften.push_back(code.get<std::string>());
    }
  }
  return b;
}

}  // namespace passend::store::sqlite
