#include "store/sqlite/sqlite_geld.h"

#include <fmt/format.h>

#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

// The latest version per (swv, jaar): a correction replaces what an earlier version said.
constexpr std::string_view kLaatsteVersie =
    "SELECT j.swv, j.jaar, j.versie, j.baten_totaal, j.lasten_totaal, j.eigen_vermogen,"
    " j.organisatiekosten, j.vastgelegd_op, j.vastgelegd_door FROM jaarrekeningen j"
    " WHERE j.versie = (SELECT max(v.versie) FROM jaarrekeningen v"
    "   WHERE v.swv = j.swv AND v.jaar = j.jaar) AND {}"
    " ORDER BY j.jaar DESC, j.swv";

Result<app::JaarrekeningRecord> RecordFromRow(const Statement& row) {
  app::JaarrekeningRecord r;
  r.swv = row.Text(0);
  r.cijfers.jaar = static_cast<int>(row.Int(1));
  r.versie = static_cast<int>(row.Int(2));
  r.cijfers.baten_totaal = domain::Cents(row.Int(3));
  r.cijfers.lasten_totaal = domain::Cents(row.Int(4));
  r.cijfers.eigen_vermogen = domain::Cents(row.Int(5));
  r.cijfers.organisatiekosten = domain::Cents(row.Int(6));
  PASSEND_ASSIGN_OR_RETURN(r.vastgelegd_op, domain::ParseIsoTimestamp(row.Text(7)));
  r.vastgelegd_door = row.Text(8);
  return r;
}

constexpr std::string_view kToewijzingen =
    "SELECT t.id, t.swv, t.school, t.schooljaar, t.doel, t.bedrag, t.omschrijving,"
    " t.vastgelegd_op, t.vastgelegd_door, s.naam FROM toewijzingen t"
    " JOIN scholen s ON s.code = t.school WHERE {} ORDER BY t.id";

Result<app::ToewijzingRecord> ToewijzingFromRow(const Statement& row) {
  app::ToewijzingRecord r;
  r.id = row.Int(0);
  r.swv = row.Text(1);
  r.toewijzing.school = row.Text(2);
  r.toewijzing.schooljaar = domain::SchoolYear(static_cast<int>(row.Int(3)));
  auto doel = domain::ParseDoel(row.Text(4));
  if (!doel) return domain::Fail(domain::ErrorCode::kInternal, "Onbekend doel in toewijzingen.");
  r.toewijzing.doel = *doel;
  r.toewijzing.bedrag = domain::Cents(row.Int(5));
  r.toewijzing.omschrijving = row.Text(6);
  PASSEND_ASSIGN_OR_RETURN(r.vastgelegd_op, domain::ParseIsoTimestamp(row.Text(7)));
  r.vastgelegd_door = row.Text(8);
  r.school_naam = row.Text(9);
  return r;
}

}  // namespace

Result<std::vector<app::ToewijzingRecord>> SqliteGeld::LeesToewijzingen(std::string_view where,
                                                                        const std::string& code,
                                                                        int van, int tot) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           lease->Prepare(fmt::format(fmt::runtime(kToewijzingen), where)));
  stmt.Bind(1, std::string_view(code))
      .Bind(2, static_cast<int64_t>(van))
      .Bind(3, static_cast<int64_t>(tot));
  std::vector<app::ToewijzingRecord> uit;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(const bool rij, stmt.Step());
    if (!rij) break;
    PASSEND_ASSIGN_OR_RETURN(auto record, ToewijzingFromRow(stmt));
    uit.push_back(std::move(record));
  }
  return uit;
}

Result<std::vector<app::ToewijzingRecord>> SqliteGeld::ToewijzingenVan(const std::string& swv,
                                                                       int van, int tot) {
  return LeesToewijzingen("t.swv = ?1 AND t.schooljaar BETWEEN ?2 AND ?3", swv, van, tot);
}

Result<std::vector<app::ToewijzingRecord>> SqliteGeld::ToewijzingenAan(const std::string& school,
                                                                       int van, int tot) {
  return LeesToewijzingen("t.school = ?1 AND t.schooljaar BETWEEN ?2 AND ?3", school, van, tot);
}

Result<int64_t> SqliteGeld::LeerlingenOpTeldatum(const std::string& swv, domain::Date teldatum) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // School by school (index scholen_swv, then inschrijvingen_school), so only the SWV's own
  // enrolments are read. (V)so students are funded through their TLV, not the norm amounts.
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           lease->Prepare("SELECT count(*) FROM scholen s"
                                          " JOIN inschrijvingen i ON i.school = s.code"
                                          " WHERE s.swv = ? AND s.soort NOT IN ('so', 'vso')"
                                          " AND i.van <= ? AND (i.tot IS NULL OR i.tot > ?)"));
  const std::string datum = domain::FormatIsoDate(teldatum);
  stmt.Bind(1, std::string_view(swv))
      .Bind(2, std::string_view(datum))
      .Bind(3, std::string_view(datum));
  PASSEND_ASSIGN_OR_RETURN(const bool rij, stmt.Step());
  return rij ? stmt.Int(0) : 0;
}

Result<std::vector<app::JaarrekeningRecord>> SqliteGeld::Lees(std::string_view where,
                                                              const std::string& swv, int jaar) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto stmt,
                           lease->Prepare(fmt::format(fmt::runtime(kLaatsteVersie), where)));
  auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
  if (int i = index(":swv")) stmt.Bind(i, std::string_view(swv));
  if (int i = index(":jaar")) stmt.Bind(i, static_cast<int64_t>(jaar));
  std::vector<app::JaarrekeningRecord> uit;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(const bool rij, stmt.Step());
    if (!rij) break;
    PASSEND_ASSIGN_OR_RETURN(auto record, RecordFromRow(stmt));
    uit.push_back(std::move(record));
  }
  return uit;
}

Result<std::optional<app::JaarrekeningRecord>> SqliteGeld::FindJaarrekening(const std::string& swv,
                                                                            int jaar) {
  PASSEND_ASSIGN_OR_RETURN(auto rijen, Lees("j.swv = :swv AND j.jaar = :jaar", swv, jaar));
  if (rijen.empty()) return std::optional<app::JaarrekeningRecord>();
  return std::optional<app::JaarrekeningRecord>(std::move(rijen.front()));
}

Result<std::vector<app::JaarrekeningRecord>> SqliteGeld::JaarrekeningenVan(const std::string& swv) {
  return Lees("j.swv = :swv", swv, 0);
}

Result<std::vector<app::JaarrekeningRecord>> SqliteGeld::JaarrekeningenVanJaar(int jaar) {
  return Lees("j.jaar = :jaar", "", jaar);
}

Result<int> SqliteWriter::InsertJaarrekening(const app::JaarrekeningRecord& record) {
  // The next version number is read and written in the same transaction as the event.
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO jaarrekeningen (swv, jaar, versie, baten_totaal, lasten_totaal, eigen_vermogen,
      organisatiekosten, vastgelegd_op, vastgelegd_door)
    VALUES (?1, ?2, (SELECT coalesce(max(versie), 0) + 1 FROM jaarrekeningen
                     WHERE swv = ?1 AND jaar = ?2), ?3, ?4, ?5, ?6, ?7, ?8)
    RETURNING versie)sql"));
  const std::string op = domain::FormatIsoTimestamp(record.vastgelegd_op);
  stmt.Bind(1, std::string_view(record.swv))
      .Bind(2, static_cast<int64_t>(record.cijfers.jaar))
      .Bind(3, record.cijfers.baten_totaal.value())
      .Bind(4, record.cijfers.lasten_totaal.value())
      .Bind(5, record.cijfers.eigen_vermogen.value())
      .Bind(6, record.cijfers.organisatiekosten.value())
      .Bind(7, std::string_view(op))
      .Bind(8, std::string_view(record.vastgelegd_door));
  PASSEND_ASSIGN_OR_RETURN(const bool rij, stmt.Step());
  if (!rij)
    return domain::Fail(domain::ErrorCode::kInternal, "De jaarrekening is niet opgeslagen.");
  const int versie = static_cast<int>(stmt.Int(0));
  PASSEND_RETURN_IF_ERROR(stmt.Step());  // finish the statement so the insert completes
  return versie;
}

Result<int64_t> SqliteWriter::InsertToewijzing(const app::ToewijzingRecord& record) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO toewijzingen (swv, school, schooljaar, doel, bedrag, omschrijving, vastgelegd_op,
      vastgelegd_door)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id)sql"));
  const std::string op = domain::FormatIsoTimestamp(record.vastgelegd_op);
  const auto& t = record.toewijzing;
  stmt.Bind(1, std::string_view(record.swv))
      .Bind(2, std::string_view(t.school))
      .Bind(3, static_cast<int64_t>(t.schooljaar.start_year()))
      .Bind(4, domain::DoelCode(t.doel))
      .Bind(5, t.bedrag.value())
      .Bind(6, std::string_view(t.omschrijving))
      .Bind(7, std::string_view(op))
      .Bind(8, std::string_view(record.vastgelegd_door));
  PASSEND_ASSIGN_OR_RETURN(const bool rij, stmt.Step());
  if (!rij) return domain::Fail(domain::ErrorCode::kInternal, "De toewijzing is niet opgeslagen.");
  const int64_t id = stmt.Int(0);
  PASSEND_RETURN_IF_ERROR(stmt.Step());
  return id;
}

}  // namespace passend::store::sqlite
