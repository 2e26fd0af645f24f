#include "store/sqlite/sqlite_dekkend_aanbod.h"

#include <nlohmann/json.hpp>

#include "domain/suppression.h"

namespace passend::store::sqlite {

using domain::Result;

Result<std::vector<app::RegioGemeente>> SqliteDekkendAanbod::RegioGemeenten(
    const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // The region's municipalities and the home municipalities of its students; per municipality
  // the mean home position of those students when there are at least kKleinsteTeTonenAantal
  // (a mean of fewer homes comes too close to one child's address; suppression.h), else the
  // mean of the region's locations there.
  PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(R"sql(
    WITH gem AS (
      SELECT gemeente FROM swv_gemeenten WHERE swv = ?1
      UNION SELECT gemeente FROM leerlingen WHERE swv = ?1),
    thuis AS (
      SELECT gemeente, avg(lat) AS lat, avg(lon) AS lon, count(*) AS n
      FROM leerlingen WHERE swv = ?1 GROUP BY gemeente HAVING count(*) >= ?2),
    loc AS (
      SELECT gemeente, avg(lat) AS lat, avg(lon) AS lon, count(*) AS n
      FROM scholen WHERE swv = ?1 GROUP BY gemeente)
    SELECT g.code, g.naam, coalesce(thuis.lat, loc.lat), coalesce(thuis.lon, loc.lon),
           coalesce(thuis.n, 0), coalesce(loc.n, 0)
    FROM gem JOIN gemeenten g ON g.code = gem.gemeente
      LEFT JOIN thuis ON thuis.gemeente = g.code LEFT JOIN loc ON loc.gemeente = g.code
    ORDER BY g.naam, g.code)sql"));
  stmt.Bind(1, std::string_view(swv)).Bind(2, domain::kKleinsteTeTonenAantal);
  std::vector<app::RegioGemeente> uit;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    app::RegioGemeente g;
    g.code = stmt.Text(0);
    g.naam = stmt.Text(1);
    if (!stmt.IsNull(2)) g.punt = domain::Coordinates{stmt.Real(2), stmt.Real(3)};
    g.leerlingen = stmt.Int(4);
    g.locaties = stmt.Int(5);
    uit.push_back(std::move(g));
  }
  return uit;
}

Result<std::vector<app::LeerlingVraag>> SqliteDekkendAanbod::LeerlingVragen(
    const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // The newest registration per student that was not withdrawn (as LaatsteAanmeldingBehoeften
  // orders: date, then id).
  PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(R"sql(
    SELECT l.id, l.gemeente, a.ondersteuningsbehoeften, s.soort
    FROM leerlingen l
      JOIN aanmeldingen a ON a.id = (
        SELECT b.id FROM aanmeldingen b
        WHERE b.leerling_id = l.id AND (b.uitkomst IS NULL OR b.uitkomst <> 'ingetrokken')
        ORDER BY b.aanmelddatum DESC, b.id DESC LIMIT 1)
      JOIN scholen s ON s.code = a.school
    WHERE l.swv = ?1 AND json_array_length(a.ondersteuningsbehoeften) > 0
    ORDER BY l.id)sql"));
  stmt.Bind(1, std::string_view(swv));
  std::vector<app::LeerlingVraag> uit;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    app::LeerlingVraag v;
    v.leerling = domain::LeerlingId{stmt.Int(0)};
    v.gemeente = stmt.Text(1);
    const auto lijst = nlohmann::json::parse(stmt.Text(2), nullptr, false);
    if (lijst.is_array()) {
      for (const auto& code : lijst) {
        if (code.is_string()) v.behoeften.push_back(code.get<std::string>());
      }
    }
    v.school_soort = stmt.Text(3);
    uit.push_back(std::move(v));
  }
  return uit;
}

}  // namespace passend::store::sqlite
