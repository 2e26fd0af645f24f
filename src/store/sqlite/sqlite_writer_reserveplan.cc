// The reserve plan, objection and multi-year budget writes of SqliteWriter (issue 8 items 5 and
// 6; migration 0017). Every write appends; version and sequence numbers are assigned in the
// same transaction as the event.
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

Result<void> SqliteWriter::InsertReserveplan(app::ReserveplanRecord& record) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO reserveplannen (swv, jaarrekening_jaar, versie, bovenmatige_reserve, toelichting,
      vastgelegd_op, vastgelegd_door)
    VALUES (?1, ?2, (SELECT coalesce(max(versie), 0) + 1 FROM reserveplannen
                     WHERE swv = ?1 AND jaarrekening_jaar = ?2), ?3, ?4, ?5, ?6)
    RETURNING id, versie)sql"));
  const std::string op = domain::FormatIsoTimestamp(record.vastgelegd_op);
  stmt.Bind(1, std::string_view(record.swv))
      .Bind(2, static_cast<int64_t>(record.plan.jaarrekening_jaar))
      .Bind(3, record.bovenmatige_reserve.value())
      .Bind(4, std::string_view(record.plan.toelichting))
      .Bind(5, std::string_view(op))
      .Bind(6, std::string_view(record.vastgelegd_door));
  PASSEND_ASSIGN_OR_RETURN(const bool rij, stmt.Step());
  if (!rij) return domain::Fail(domain::ErrorCode::kInternal, "Het plan is niet opgeslagen.");
  record.id = stmt.Int(0);
  record.versie = static_cast<int>(stmt.Int(1));
  PASSEND_RETURN_IF_ERROR(stmt.Step());
  PASSEND_ASSIGN_OR_RETURN(auto regel, connection_.Prepare(R"sql(
    INSERT INTO reserveplan_regels (plan_id, volgnummer, jaar, bedrag, doel)
    VALUES (?1, ?2, ?3, ?4, ?5))sql"));
  for (size_t i = 0; i < record.plan.regels.size(); ++i) {
    const auto& r = record.plan.regels[i];
    regel.Bind(1, record.id)
        .Bind(2, static_cast<int64_t>(i + 1))
        .Bind(3, static_cast<int64_t>(r.jaar))
        .Bind(4, r.bedrag.value())
        .Bind(5, std::string_view(r.doel));
    PASSEND_RETURN_IF_ERROR(regel.Run());
  }
  return {};
}

Result<void> SqliteWriter::InsertPlanBesluit(int64_t plan, int volgnummer,
                                             const app::PlanBesluitRecord& b) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO reserveplan_besluiten (plan_id, volgnummer, orgaan, akkoord, datum, toelichting,
      vastgelegd_op, vastgelegd_door)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql"));
  const std::string datum = domain::FormatIsoDate(b.besluit.datum);
  const std::string op = domain::FormatIsoTimestamp(b.vastgelegd_op);
  stmt.Bind(1, plan)
      .Bind(2, static_cast<int64_t>(volgnummer))
      .Bind(3, domain::PlanOrgaanCode(b.besluit.orgaan))
      .Bind(4, static_cast<int64_t>(b.besluit.akkoord ? 1 : 0))
      .Bind(5, std::string_view(datum))
      .Bind(6, std::string_view(b.besluit.toelichting))
      .Bind(7, std::string_view(op))
      .Bind(8, std::string_view(b.vastgelegd_door));
  auto inserted = stmt.Run();
  if (!inserted && inserted.error().code == domain::ErrorCode::kConflict) {
    return domain::Fail(domain::ErrorCode::kConflict,
                        "Over dit plan is intussen een ander besluit vastgelegd. Bekijk het plan "
                        "opnieuw.");
  }
  return inserted;
}

Result<int64_t> SqliteWriter::InsertReservebezwaar(const app::ReservebezwaarRecord& record) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO reservebezwaren (swv, jaarrekening_jaar, onderwerp, argumenten, ingediend_op,
      vastgelegd_op, vastgelegd_door)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql"));
  const auto& b = record.bezwaar;
  const std::string ingediend = domain::FormatIsoDate(b.ingediend_op);
  const std::string op = domain::FormatIsoTimestamp(record.vastgelegd_op);
  stmt.Bind(1, std::string_view(record.swv))
      .Bind(2, static_cast<int64_t>(b.jaarrekening_jaar))
      .Bind(3, domain::BezwaarOnderwerpCode(b.onderwerp))
      .Bind(4, std::string_view(b.argumenten))
      .Bind(5, std::string_view(ingediend))
      .Bind(6, std::string_view(op))
      .Bind(7, std::string_view(record.vastgelegd_door));
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  return connection_.LastInsertId();
}

Result<void> SqliteWriter::InsertBezwaarUitspraak(int64_t bezwaar,
                                                  const domain::BezwaarUitspraak& uitspraak,
                                                  domain::Timestamp op, const std::string& door) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO reservebezwaar_uitspraken (bezwaar_id, gegrond, motivering, datum, vastgelegd_op,
      vastgelegd_door)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql"));
  const std::string datum = domain::FormatIsoDate(uitspraak.datum);
  const std::string tijd = domain::FormatIsoTimestamp(op);
  stmt.Bind(1, bezwaar)
      .Bind(2, static_cast<int64_t>(uitspraak.gegrond ? 1 : 0))
      .Bind(3, std::string_view(uitspraak.motivering))
      .Bind(4, std::string_view(datum))
      .Bind(5, std::string_view(tijd))
      .Bind(6, std::string_view(door));
  auto inserted = stmt.Run();
  if (!inserted && inserted.error().code == domain::ErrorCode::kConflict) {
    return domain::Fail(domain::ErrorCode::kConflict, "Op dit bezwaar is al beslist.");
  }
  return inserted;
}

Result<void> SqliteWriter::InsertMeerjarenbegroting(app::MeerjarenbegrotingRecord& record) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO meerjarenbegrotingen (swv, versie, eerste_jaar, toelichting, vastgelegd_op,
      vastgelegd_door)
    VALUES (?1, (SELECT coalesce(max(versie), 0) + 1 FROM meerjarenbegrotingen WHERE swv = ?1),
      ?2, ?3, ?4, ?5)
    RETURNING id, versie)sql"));
  const std::string op = domain::FormatIsoTimestamp(record.vastgelegd_op);
  stmt.Bind(1, std::string_view(record.swv))
      .Bind(2, static_cast<int64_t>(record.begroting.eerste_jaar))
      .Bind(3, std::string_view(record.begroting.toelichting))
      .Bind(4, std::string_view(op))
      .Bind(5, std::string_view(record.vastgelegd_door));
  PASSEND_ASSIGN_OR_RETURN(const bool rij, stmt.Step());
  if (!rij) return domain::Fail(domain::ErrorCode::kInternal, "De begroting is niet opgeslagen.");
  record.id = stmt.Int(0);
  record.versie = static_cast<int>(stmt.Int(1));
  PASSEND_RETURN_IF_ERROR(stmt.Step());
  PASSEND_ASSIGN_OR_RETURN(auto regel, connection_.Prepare(R"sql(
    INSERT INTO meerjarenbegroting_regels (begroting_id, volgnummer, jaar, soort, doel, bedrag)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql"));
  for (size_t i = 0; i < record.begroting.regels.size(); ++i) {
    const auto& r = record.begroting.regels[i];
    regel.Bind(1, record.id)
        .Bind(2, static_cast<int64_t>(i + 1))
        .Bind(3, static_cast<int64_t>(r.jaar))
        .Bind(4, domain::BegrotingSoortCode(r.soort))
        .Bind(5, std::string_view(r.doel))
        .Bind(6, r.bedrag.value());
    PASSEND_RETURN_IF_ERROR(regel.Run());
  }
  return {};
}

Result<void> SqliteWriter::InsertInstemmingStap(int64_t begroting, int volgnummer,
                                                const app::InstemmingStapRecord& s) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO meerjarenbegroting_instemming (begroting_id, volgnummer, stand, datum,
      vastgelegd_op, vastgelegd_door)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql"));
  const std::string datum = domain::FormatIsoDate(s.stap.datum);
  const std::string op = domain::FormatIsoTimestamp(s.vastgelegd_op);
  stmt.Bind(1, begroting)
      .Bind(2, static_cast<int64_t>(volgnummer))
      .Bind(3, domain::OprInstemmingCode(s.stap.stand))
      .Bind(4, std::string_view(datum))
      .Bind(5, std::string_view(op))
      .Bind(6, std::string_view(s.vastgelegd_door));
  auto inserted = stmt.Run();
  if (!inserted && inserted.error().code == domain::ErrorCode::kConflict) {
    return domain::Fail(domain::ErrorCode::kConflict,
                        "Over deze begroting is intussen een andere stap vastgelegd. Bekijk de "
                        "begroting opnieuw.");
  }
  return inserted;
}

}  // namespace passend::store::sqlite
