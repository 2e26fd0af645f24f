#include "store/sqlite/sqlite_basisondersteuning.h"

#include <fmt/format.h>

#include <map>

namespace passend::store::sqlite {

using domain::Result;

namespace {

constexpr std::string_view kInvullingColumns =
    "i.school, i.versie, i.swv, i.norm, i.vastgesteld_op, i.toelichting, i.vastgesteld_door";
constexpr std::string_view kElementColumns =
    "e.school, e.versie, e.element, e.hoe, e.bewijs, e.oordeel, e.toelichting";

Result<domain::BasisInvulling> InvullingFromRow(const Statement& row) {
  domain::BasisInvulling inv;
  PASSEND_ASSIGN_OR_RETURN(inv.school, domain::Vestigingscode::Parse(row.Text(0)));
  inv.versie = static_cast<int>(row.Int(1));
  inv.swv = row.IsNull(2) ? "" : row.Text(2);
  inv.norm = row.Text(3);
  PASSEND_ASSIGN_OR_RETURN(inv.vastgesteld_op, domain::ParseIsoDate(row.Text(4)));
  inv.toelichting = row.Text(5);
  inv.vastgesteld_door = row.Text(6);
  return inv;
}

// Reads kElementColumns from column 2 on (0 and 1 are the school and version).
Result<domain::ElementInvulling> ElementFromRow(const Statement& row) {
  domain::ElementInvulling e;
  e.element = row.Text(2);
  e.hoe = row.Text(3);
  e.bewijs = row.Text(4);
  PASSEND_ASSIGN_OR_RETURN(e.oordeel, domain::ParseOordeel(row.Text(5)));
  e.toelichting = row.Text(6);
  return e;
}

}  // namespace

Result<std::vector<domain::Basisondersteuningsnorm>> SqliteBasisondersteuning::NormVersies(
    const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  std::vector<domain::Basisondersteuningsnorm> versies;
  std::map<int, size_t> index;
  {
    PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(R"sql(
      SELECT versie, label, titel, geldig_vanaf, toelichting, vastgesteld_op, vastgesteld_door
      FROM basisondersteuning_normen WHERE swv = ? ORDER BY versie DESC)sql"));
    stmt.Bind(1, std::string_view(swv));
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      domain::Basisondersteuningsnorm n;
      n.swv = swv;
      n.versie = static_cast<int>(stmt.Int(0));
      n.label = stmt.Text(1);
      n.titel = stmt.Text(2);
      PASSEND_ASSIGN_OR_RETURN(n.geldig_vanaf, domain::ParseIsoDate(stmt.Text(3)));
      n.toelichting = stmt.Text(4);
      PASSEND_ASSIGN_OR_RETURN(n.vastgesteld_op, domain::ParseIsoDate(stmt.Text(5)));
      n.vastgesteld_door = stmt.Text(6);
      index.emplace(n.versie, versies.size());
      versies.push_back(std::move(n));
    }
  }
  if (versies.empty()) return versies;
  {
    PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(R"sql(
      SELECT versie, code, naam, omschrijving FROM basisondersteuning_norm_aspecten
      WHERE swv = ? ORDER BY versie, volgorde)sql"));
    stmt.Bind(1, std::string_view(swv));
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      auto it = index.find(static_cast<int>(stmt.Int(0)));
      if (it == index.end()) continue;
      versies[it->second].aspecten.push_back(
          domain::NormAspect{stmt.Text(1), stmt.Text(2), stmt.Text(3)});
    }
  }
  {
    PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(R"sql(
      SELECT versie, code, aspect, titel, omschrijving FROM basisondersteuning_norm_elementen
      WHERE swv = ? ORDER BY versie, volgorde)sql"));
    stmt.Bind(1, std::string_view(swv));
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      auto it = index.find(static_cast<int>(stmt.Int(0)));
      if (it == index.end()) continue;
      versies[it->second].elementen.push_back(
          domain::NormElement{stmt.Text(1), stmt.Text(2), stmt.Text(3), stmt.Text(4)});
    }
  }
  return versies;
}

Result<std::optional<domain::BasisInvulling>> SqliteBasisondersteuning::FindInvulling(
    const domain::Vestigingscode& school, std::optional<int> versie) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, lease->Prepare(fmt::format(
                     "SELECT {} FROM basisondersteuning_invullingen i WHERE i.school = ?1 "
                     "AND (?2 IS NULL OR i.versie = ?2) ORDER BY i.versie DESC LIMIT 1",
                     kInvullingColumns)));
  stmt.Bind(1, std::string_view(school.str()));
  if (versie) {
    stmt.Bind(2, static_cast<int64_t>(*versie));
  } else {
    stmt.BindNull(2);
  }
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto inv, InvullingFromRow(stmt));
  PASSEND_ASSIGN_OR_RETURN(
      auto elementen,
      lease->Prepare(fmt::format("SELECT {} FROM basisondersteuning_invulling_elementen e "
                                 "WHERE e.school = ? AND e.versie = ? ORDER BY e.volgorde",
                                 kElementColumns)));
  elementen.Bind(1, std::string_view(school.str())).Bind(2, static_cast<int64_t>(inv.versie));
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool more, elementen.Step());
    if (!more) break;
    PASSEND_ASSIGN_OR_RETURN(auto e, ElementFromRow(elementen));
    inv.elementen.push_back(std::move(e));
  }
  return inv;
}

Result<std::vector<app::InvullingVersie>> SqliteBasisondersteuning::InvullingVersies(
    const domain::Vestigingscode& school) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(R"sql(
    SELECT versie, vastgesteld_op, norm, vastgesteld_door FROM basisondersteuning_invullingen
    WHERE school = ? ORDER BY versie DESC)sql"));
  stmt.Bind(1, std::string_view(school.str()));
  std::vector<app::InvullingVersie> versies;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    app::InvullingVersie v;
    v.versie = static_cast<int>(stmt.Int(0));
    PASSEND_ASSIGN_OR_RETURN(v.vastgesteld_op, domain::ParseIsoDate(stmt.Text(1)));
    v.norm = stmt.Text(2);
    v.vastgesteld_door = stmt.Text(3);
    versies.push_back(std::move(v));
  }
  return versies;
}

Result<std::vector<app::RegioInvulling>> SqliteBasisondersteuning::RegioInvullingen(
    const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  std::vector<app::RegioInvulling> regio;
  std::map<std::string, size_t, std::less<>> index;
  {
    PASSEND_ASSIGN_OR_RETURN(
        auto stmt,
        lease->Prepare("SELECT code, naam FROM scholen WHERE swv = ? ORDER BY naam, code"));
    stmt.Bind(1, std::string_view(swv));
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      index.emplace(stmt.Text(0), regio.size());
      regio.push_back(app::RegioInvulling{stmt.Text(0), stmt.Text(1), std::nullopt});
    }
  }
  if (regio.empty()) return regio;
  // The current version of each location of the region: the highest (append-only).
  const std::string huidig =
      "JOIN scholen s ON s.code = i.school AND s.swv = ?1 AND i.versie = (SELECT max(q.versie) "
      "FROM basisondersteuning_invullingen q WHERE q.school = i.school)";
  {
    PASSEND_ASSIGN_OR_RETURN(
        auto stmt, lease->Prepare(fmt::format("SELECT {} FROM basisondersteuning_invullingen i {}",
                                              kInvullingColumns, huidig)));
    stmt.Bind(1, std::string_view(swv));
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      PASSEND_ASSIGN_OR_RETURN(auto inv, InvullingFromRow(stmt));
      auto it = index.find(inv.school.str());
      if (it != index.end()) regio[it->second].invulling = std::move(inv);
    }
  }
  {
    PASSEND_ASSIGN_OR_RETURN(
        auto stmt,
        lease->Prepare(fmt::format(
            "SELECT {} FROM basisondersteuning_invulling_elementen e JOIN "
            "basisondersteuning_invullingen i ON i.school = e.school AND i.versie = e.versie {} "
            "ORDER BY e.school, e.volgorde",
            kElementColumns, huidig)));
    stmt.Bind(1, std::string_view(swv));
    while (true) {
      PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      auto it = index.find(stmt.Text(0));
      if (it == index.end() || !regio[it->second].invulling) continue;
      PASSEND_ASSIGN_OR_RETURN(auto e, ElementFromRow(stmt));
      regio[it->second].invulling->elementen.push_back(std::move(e));
    }
  }
  return regio;
}

}  // namespace passend::store::sqlite
