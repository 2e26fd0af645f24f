#include "store/sqlite/sqlite_reserveplan.h"

#include <fmt/format.h>

#include <map>

namespace passend::store::sqlite {

using domain::Result;

namespace {

// Binds `:tekst` and `:getal` where the filter uses them.
void BindFilter(Statement& stmt, const std::string& tekst, int64_t getal) {
  if (int i = sqlite3_bind_parameter_index(stmt.raw(), ":tekst")) {
    stmt.Bind(i, std::string_view(tekst));
  }
  if (int i = sqlite3_bind_parameter_index(stmt.raw(), ":getal")) stmt.Bind(i, getal);
}

// Runs `sql` (with `{}` replaced by `where`) and calls `rij(stmt)` for every row.
template <typename Fn>
Result<void> Lees(Connection& connection, std::string_view sql, std::string_view where,
                  const std::string& tekst, int64_t getal, Fn rij) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection.Prepare(fmt::format(fmt::runtime(sql), where)));
  BindFilter(stmt, tekst, getal);
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(const bool er_is, stmt.Step());
    if (!er_is) return {};
    PASSEND_RETURN_IF_ERROR(rij(stmt));
  }
}

Result<domain::Date> Datum(const Statement& row, int column) {
  return domain::ParseIsoDate(row.Text(column));
}

}  // namespace

Result<std::vector<app::ReserveplanRecord>> SqliteReserveplannen::Plannen(std::string_view where,
                                                                          const std::string& tekst,
                                                                          int64_t getal) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  std::vector<app::ReserveplanRecord> uit;
  std::map<int64_t, size_t> index;
  PASSEND_RETURN_IF_ERROR(Lees(
      *lease,
      "SELECT p.id, p.swv, p.jaarrekening_jaar, p.versie, p.bovenmatige_reserve, p.toelichting,"
      " p.vastgelegd_op, p.vastgelegd_door FROM reserveplannen p WHERE {}"
      " ORDER BY p.swv, p.jaarrekening_jaar, p.versie",
      where, tekst, getal, [&](const Statement& row) -> Result<void> {
        app::ReserveplanRecord r;
        r.id = row.Int(0);
        r.swv = row.Text(1);
        r.plan.jaarrekening_jaar = static_cast<int>(row.Int(2));
        r.versie = static_cast<int>(row.Int(3));
        r.bovenmatige_reserve = domain::Cents(row.Int(4));
        r.plan.toelichting = row.Text(5);
        PASSEND_ASSIGN_OR_RETURN(r.vastgelegd_op, domain::ParseIsoTimestamp(row.Text(6)));
        r.vastgelegd_door = row.Text(7);
        index[r.id] = uit.size();
        uit.push_back(std::move(r));
        return {};
      }));
  if (uit.empty()) return uit;
  PASSEND_RETURN_IF_ERROR(
      Lees(*lease,
           "SELECT r.plan_id, r.jaar, r.bedrag, r.doel FROM reserveplan_regels r"
           " WHERE r.plan_id IN (SELECT p.id FROM reserveplannen p WHERE {})"
           " ORDER BY r.plan_id, r.volgnummer",
           where, tekst, getal, [&](const Statement& row) -> Result<void> {
             uit[index.at(row.Int(0))].plan.regels.push_back(domain::PlanRegel{
                 static_cast<int>(row.Int(1)), domain::Cents(row.Int(2)), row.Text(3)});
             return {};
           }));
  PASSEND_RETURN_IF_ERROR(
      Lees(*lease,
           "SELECT b.plan_id, b.orgaan, b.akkoord, b.datum, b.toelichting, b.vastgelegd_op,"
           " b.vastgelegd_door FROM reserveplan_besluiten b"
           " WHERE b.plan_id IN (SELECT p.id FROM reserveplannen p WHERE {})"
           " ORDER BY b.plan_id, b.volgnummer",
           where, tekst, getal, [&](const Statement& row) -> Result<void> {
             app::PlanBesluitRecord b;
             PASSEND_ASSIGN_OR_RETURN(b.besluit.orgaan, domain::ParsePlanOrgaan(row.Text(1)));
             b.besluit.akkoord = row.Int(2) != 0;
             PASSEND_ASSIGN_OR_RETURN(b.besluit.datum, Datum(row, 3));
             b.besluit.toelichting = row.Text(4);
             PASSEND_ASSIGN_OR_RETURN(b.vastgelegd_op, domain::ParseIsoTimestamp(row.Text(5)));
             b.vastgelegd_door = row.Text(6);
             uit[index.at(row.Int(0))].besluiten.push_back(std::move(b));
             return {};
           }));
  return uit;
}

Result<std::vector<app::ReserveplanRecord>> SqliteReserveplannen::ReserveplannenVan(
    const std::string& swv) {
  return Plannen("p.swv = :tekst", swv, 0);
}

Result<std::vector<app::ReserveplanRecord>> SqliteReserveplannen::ReserveplannenVanJaar(int jaar) {
  return Plannen("p.jaarrekening_jaar = :getal", "", jaar);
}

Result<std::optional<app::ReserveplanRecord>> SqliteReserveplannen::FindReserveplan(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto lijst, Plannen("p.id = :getal", "", id));
  if (lijst.empty()) return std::optional<app::ReserveplanRecord>();
  return std::optional<app::ReserveplanRecord>(std::move(lijst.front()));
}

Result<std::vector<app::ReservebezwaarRecord>> SqliteReserveplannen::Bezwaren(
    std::string_view where, const std::string& tekst, int64_t getal) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  std::vector<app::ReservebezwaarRecord> uit;
  PASSEND_RETURN_IF_ERROR(Lees(
      *lease,
      "SELECT b.id, b.swv, b.jaarrekening_jaar, b.onderwerp, b.argumenten, b.ingediend_op,"
      " b.vastgelegd_op, b.vastgelegd_door, u.gegrond, u.motivering, u.datum, u.vastgelegd_door"
      " FROM reservebezwaren b LEFT JOIN reservebezwaar_uitspraken u ON u.bezwaar_id = b.id"
      " WHERE {} ORDER BY b.id",
      where, tekst, getal, [&](const Statement& row) -> Result<void> {
        app::ReservebezwaarRecord r;
        r.id = row.Int(0);
        r.swv = row.Text(1);
        r.bezwaar.jaarrekening_jaar = static_cast<int>(row.Int(2));
        PASSEND_ASSIGN_OR_RETURN(r.bezwaar.onderwerp, domain::ParseBezwaarOnderwerp(row.Text(3)));
        r.bezwaar.argumenten = row.Text(4);
        PASSEND_ASSIGN_OR_RETURN(r.bezwaar.ingediend_op, Datum(row, 5));
        PASSEND_ASSIGN_OR_RETURN(r.vastgelegd_op, domain::ParseIsoTimestamp(row.Text(6)));
        r.vastgelegd_door = row.Text(7);
        if (!row.IsNull(8)) {
          domain::BezwaarUitspraak u;
          u.gegrond = row.Int(8) != 0;
          u.motivering = row.Text(9);
          PASSEND_ASSIGN_OR_RETURN(u.datum, Datum(row, 10));
          r.uitspraak = std::move(u);
          r.uitspraak_door = row.Text(11);
        }
        uit.push_back(std::move(r));
        return {};
      }));
  return uit;
}

Result<std::vector<app::ReservebezwaarRecord>> SqliteReserveplannen::BezwarenVan(
    const std::string& swv) {
  return Bezwaren("b.swv = :tekst", swv, 0);
}

Result<std::vector<app::ReservebezwaarRecord>> SqliteReserveplannen::BezwarenVanJaar(int jaar) {
  return Bezwaren("b.jaarrekening_jaar = :getal", "", jaar);
}

Result<std::optional<app::ReservebezwaarRecord>> SqliteReserveplannen::FindBezwaar(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto lijst, Bezwaren("b.id = :getal", "", id));
  if (lijst.empty()) return std::optional<app::ReservebezwaarRecord>();
  return std::optional<app::ReservebezwaarRecord>(std::move(lijst.front()));
}

Result<std::vector<app::MeerjarenbegrotingRecord>> SqliteReserveplannen::Begrotingen(
    std::string_view where, const std::string& tekst, int64_t getal) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  std::vector<app::MeerjarenbegrotingRecord> uit;
  std::map<int64_t, size_t> index;
  PASSEND_RETURN_IF_ERROR(
      Lees(*lease,
           "SELECT m.id, m.swv, m.versie, m.eerste_jaar, m.toelichting, m.vastgelegd_op,"
           " m.vastgelegd_door FROM meerjarenbegrotingen m WHERE {} ORDER BY m.versie DESC",
           where, tekst, getal, [&](const Statement& row) -> Result<void> {
             app::MeerjarenbegrotingRecord r;
             r.id = row.Int(0);
             r.swv = row.Text(1);
             r.versie = static_cast<int>(row.Int(2));
             r.begroting.eerste_jaar = static_cast<int>(row.Int(3));
             r.begroting.toelichting = row.Text(4);
             PASSEND_ASSIGN_OR_RETURN(r.vastgelegd_op, domain::ParseIsoTimestamp(row.Text(5)));
             r.vastgelegd_door = row.Text(6);
             index[r.id] = uit.size();
             uit.push_back(std::move(r));
             return {};
           }));
  if (uit.empty()) return uit;
  PASSEND_RETURN_IF_ERROR(Lees(
      *lease,
      "SELECT r.begroting_id, r.jaar, r.soort, r.doel, r.bedrag FROM meerjarenbegroting_regels r"
      " WHERE r.begroting_id IN (SELECT m.id FROM meerjarenbegrotingen m WHERE {})"
      " ORDER BY r.begroting_id, r.volgnummer",
      where, tekst, getal, [&](const Statement& row) -> Result<void> {
        domain::BegrotingRegel r;
        r.jaar = static_cast<int>(row.Int(1));
        PASSEND_ASSIGN_OR_RETURN(r.soort, domain::ParseBegrotingSoort(row.Text(2)));
        r.doel = row.Text(3);
        r.bedrag = domain::Cents(row.Int(4));
        uit[index.at(row.Int(0))].begroting.regels.push_back(std::move(r));
        return {};
      }));
  PASSEND_RETURN_IF_ERROR(
      Lees(*lease,
           "SELECT i.begroting_id, i.stand, i.datum, i.vastgelegd_op, i.vastgelegd_door"
           " FROM meerjarenbegroting_instemming i"
           " WHERE i.begroting_id IN (SELECT m.id FROM meerjarenbegrotingen m WHERE {})"
           " ORDER BY i.begroting_id, i.volgnummer",
           where, tekst, getal, [&](const Statement& row) -> Result<void> {
             app::InstemmingStapRecord s;
             PASSEND_ASSIGN_OR_RETURN(s.stap.stand, domain::ParseOprInstemming(row.Text(1)));
             PASSEND_ASSIGN_OR_RETURN(s.stap.datum, Datum(row, 2));
             PASSEND_ASSIGN_OR_RETURN(s.vastgelegd_op, domain::ParseIsoTimestamp(row.Text(3)));
             s.vastgelegd_door = row.Text(4);
             uit[index.at(row.Int(0))].instemming.push_back(std::move(s));
             return {};
           }));
  return uit;
}

Result<std::vector<app::MeerjarenbegrotingRecord>> SqliteReserveplannen::BegrotingenVan(
    const std::string& swv) {
  return Begrotingen("m.swv = :tekst", swv, 0);
}

Result<std::optional<app::MeerjarenbegrotingRecord>> SqliteReserveplannen::FindBegroting(
    int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto lijst, Begrotingen("m.id = :getal", "", id));
  if (lijst.empty()) return std::optional<app::MeerjarenbegrotingRecord>();
  return std::optional<app::MeerjarenbegrotingRecord>(std::move(lijst.front()));
}

}  // namespace passend::store::sqlite
