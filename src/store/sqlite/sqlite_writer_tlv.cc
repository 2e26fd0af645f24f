// The TLV request writes of SqliteWriter (issue 7).
#include <fmt/format.h>

#include "store/sqlite/sqlite_tlv.h"
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

Result<int64_t> SqliteWriter::InsertTlvAanvraag(const domain::TlvAanvraag& aanvraag) {
  // Every column, so the demo import stores a decided request in one statement; prepared once
  // per transaction, as it stores tens of thousands. A new request's later columns are empty.
  PASSEND_ASSIGN_OR_RETURN(Statement * cached, Cached(tlv_insert_, R"sql(
    INSERT INTO tlv_aanvragen (leerling_id, school, swv, soort, aangevraagd_op,
      ondersteuningsbehoefte, al_gedaan, zienswijze_ouders, hoorrecht_gehoord,
      hoorrecht_zienswijze, hoorrecht_reden, compleet_op, besluit_op, toegekend, categorie,
      ingangsdatum, einddatum, hele_loopbaan, motivering, bezwaar_op, bezwaar_gronden,
      lbt_advies_op, lbt_advies, bezwaar_beslist_op, bezwaar_gegrond, bezwaar_beslissing,
      evaluatie_gevraagd_op)
    VALUES (:leerling, :school, :swv, :soort, :aangevraagd_op, :ondersteuningsbehoefte,
      :al_gedaan, :zienswijze_ouders, :hoorrecht_gehoord, :hoorrecht_zienswijze,
      :hoorrecht_reden, :compleet_op, :besluit_op, :toegekend, :categorie, :ingangsdatum,
      :einddatum, :hele_loopbaan, :motivering, :bezwaar_op, :bezwaar_gronden, :lbt_advies_op,
      :lbt_advies, :bezwaar_beslist_op, :bezwaar_gegrond, :bezwaar_beslissing,
      :evaluatie_gevraagd_op))sql"));
  Statement& stmt = *cached;
  BindTlvAanvraag(stmt, aanvraag);
  auto inserted = stmt.Run();
  if (!inserted && inserted.error().code == domain::ErrorCode::kConflict) {
    // The partial unique index of migration 0009: one undecided request per child.
    return domain::Fail(domain::ErrorCode::kConflict,
                        "Voor deze leerling loopt al een TLV-aanvraag waarover nog niet is "
                        "besloten. Vul die aan in plaats van een nieuwe te beginnen.",
                        "leerling");
  }
  PASSEND_RETURN_IF_ERROR(inserted);
  return connection_.LastInsertId();
}

Result<void> SqliteWriter::UpdateTlvAanvraag(const domain::TlvAanvraag& aanvraag) {
  // Only what may change after the request: completeness, decision, objection, evaluation.
  PASSEND_ASSIGN_OR_RETURN(Statement * cached, Cached(tlv_update_, R"sql(
    UPDATE tlv_aanvragen SET compleet_op = :compleet_op, besluit_op = :besluit_op,
      toegekend = :toegekend, categorie = :categorie, ingangsdatum = :ingangsdatum,
      einddatum = :einddatum, hele_loopbaan = :hele_loopbaan, motivering = :motivering,
      bezwaar_op = :bezwaar_op, bezwaar_gronden = :bezwaar_gronden,
      lbt_advies_op = :lbt_advies_op, lbt_advies = :lbt_advies,
      bezwaar_beslist_op = :bezwaar_beslist_op, bezwaar_gegrond = :bezwaar_gegrond,
      bezwaar_beslissing = :bezwaar_beslissing, evaluatie_gevraagd_op = :evaluatie_gevraagd_op
    WHERE id = :id)sql"));
  Statement& stmt = *cached;
  BindTlvAanvraag(stmt, aanvraag);
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  if (sqlite3_changes(connection_.raw()) != 1) {
    return domain::Fail(domain::ErrorCode::kNotFound, "Deze TLV-aanvraag is niet gevonden.");
  }
  return {};
}

Result<void> SqliteWriter::InsertTlvAdvies(int64_t aanvraag, const std::string& swv,
                                           const domain::Deskundigenadvies& advies,
                                           const std::string& door) {
  PASSEND_ASSIGN_OR_RETURN(Statement * cached, Cached(tlv_advies_, R"sql(
    INSERT INTO tlv_adviezen (aanvraag_id, swv, discipline, naam, datum, advies, vastgelegd_door)
    VALUES (?, ?, ?, ?, ?, ?, ?))sql"));
  Statement& stmt = *cached;
  stmt.Bind(1, aanvraag)
      .Bind(2, std::string_view(swv))
      .Bind(3, std::string_view(advies.discipline))
      .Bind(4, std::string_view(advies.naam))
      .Bind(5, std::string_view(domain::FormatIsoDate(advies.datum)))
      .Bind(6, std::string_view(advies.advies))
      .Bind(7, std::string_view(door));
  return stmt.Run();
}

Result<std::optional<domain::TlvAanvraag>> SqliteWriter::FindTlvAanvraag(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(
      auto stmt, connection_.Prepare(
                     fmt::format("SELECT {} FROM tlv_aanvragen t WHERE t.id = ?", kTlvColumns)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto aanvraag, TlvAanvraagFromRow(stmt));
  PASSEND_ASSIGN_OR_RETURN(auto adviezen, LoadTlvAdviezen(connection_, {id}));
  if (auto it = adviezen.find(id); it != adviezen.end()) aanvraag.adviezen = std::move(it->second);
  return aanvraag;
}

}  // namespace passend::store::sqlite
