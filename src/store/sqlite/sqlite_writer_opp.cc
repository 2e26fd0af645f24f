// The OPP writes of SqliteWriter (issue 7 item 4; migration 0010): the plan with its stand,
// and its versions, consent steps and evaluations appended.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "store/sqlite/row_dates.h"
#include "store/sqlite/sqlite_opp.h"
#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

// Binds the stand to `:vaststellen_uiterlijk` ... `:evaluatie_uiterlijk`.
void BindStand(Statement& stmt, const domain::OppStand& stand) {
  auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
  stmt.Bind(index(":vaststellen_uiterlijk"),
            std::string_view(domain::FormatIsoDate(stand.vaststellen_uiterlijk)))
      .Bind(index(":vastgesteld_op"), OptionalIso(stand.vastgesteld_op))
      .Bind(index(":laatste_versie"), int64_t{stand.laatste_versie})
      .Bind(index(":instemming"),
            stand.instemming ? std::optional<std::string>(domain::InstemmingCode(*stand.instemming))
                             : std::nullopt)
      .Bind(index(":versie_in_werking"), int64_t{stand.versie_in_werking})
      .Bind(index(":laatste_evaluatie"), OptionalIso(stand.laatste_evaluatie))
      .Bind(index(":evaluatie_uiterlijk"), OptionalIso(stand.evaluatie_uiterlijk));
}

}  // namespace

Result<int64_t> SqliteWriter::InsertOpp(const domain::Opp& opp, const domain::OppStand& stand,
                                        const std::string& door) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO opps (leerling_id, school, swv, onderwijs, plaatsingsdatum, aangemaakt_door,
      vaststellen_uiterlijk, vastgesteld_op, laatste_versie, instemming, versie_in_werking,
      laatste_evaluatie, evaluatie_uiterlijk)
    VALUES (:leerling, :school, :swv, :onderwijs, :plaatsingsdatum, :door,
      :vaststellen_uiterlijk, :vastgesteld_op, :laatste_versie, :instemming, :versie_in_werking,
      :laatste_evaluatie, :evaluatie_uiterlijk))sql"));
  auto index = [&](const char* name) { return sqlite3_bind_parameter_index(stmt.raw(), name); };
  stmt.Bind(index(":leerling"), opp.leerling.value)
      .Bind(index(":school"), std::string_view(opp.school.str()))
      .Bind(index(":swv"), std::string_view(opp.swv.str()))
      .Bind(index(":onderwijs"), domain::SchoolSoortCode(opp.onderwijs))
      .Bind(index(":plaatsingsdatum"), std::string_view(domain::FormatIsoDate(opp.plaatsingsdatum)))
      .Bind(index(":door"), std::string_view(door));
  BindStand(stmt, stand);
  auto inserted = stmt.Run();
  if (!inserted && inserted.error().code == domain::ErrorCode::kConflict) {
    // The unique index of migration 0010: one plan per student and school.
    return domain::Fail(domain::ErrorCode::kConflict,
                        "Deze leerling heeft op deze school al een ontwikkelingsperspectiefplan. "
                        "Stel daarvan een nieuwe versie vast in plaats van een nieuw plan.",
                        "leerling");
  }
  PASSEND_RETURN_IF_ERROR(inserted);
  return connection_.LastInsertId();
}

Result<void> SqliteWriter::InsertOppVersie(int64_t opp, const std::string& swv,
                                           const domain::OppVersie& versie) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO opp_versies (opp_id, nummer, swv, vastgesteld_op, vastgesteld_door,
      uitstroombestemming, uitstroomprofiel, bevorderende_factoren, belemmerende_factoren,
      ondersteuning, afwijkingen, doelen, hoorrecht_gehoord, hoorrecht_zienswijze,
      hoorrecht_reden)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql"));
  const domain::OppInhoud& i = versie.inhoud;
  const std::string doelen = nlohmann::json(i.doelen).dump();
  stmt.Bind(1, opp)
      .Bind(2, int64_t{versie.nummer})
      .Bind(3, std::string_view(swv))
      .Bind(4, std::string_view(domain::FormatIsoDate(versie.vastgesteld_op)))
      .Bind(5, std::string_view(versie.vastgesteld_door))
      .Bind(6, std::string_view(i.uitstroombestemming))
      .Bind(7, i.uitstroomprofiel
                   ? std::optional<std::string>(domain::UitstroomprofielCode(*i.uitstroomprofiel))
                   : std::nullopt)
      .Bind(8, std::string_view(i.bevorderende_factoren))
      .Bind(9, std::string_view(i.belemmerende_factoren))
      .Bind(10, std::string_view(i.ondersteuning))
      .Bind(11, std::string_view(i.afwijkingen))
      .Bind(12, std::string_view(doelen))
      .Bind(13, int64_t{i.hoorrecht.gehoord ? 1 : 0})
      .Bind(14, std::string_view(i.hoorrecht.zienswijze))
      .Bind(15, std::string_view(i.hoorrecht.reden));
  return stmt.Run();
}

Result<void> SqliteWriter::InsertOppInstemming(int64_t opp, const std::string& swv, int versie,
                                               const domain::OppInstemmingStap& stap) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO opp_instemmingen (opp_id, versie, swv, status, datum, door, toelichting)
    VALUES (?, ?, ?, ?, ?, ?, ?))sql"));
  stmt.Bind(1, opp)
      .Bind(2, int64_t{versie})
      .Bind(3, std::string_view(swv))
      .Bind(4, domain::InstemmingCode(stap.status))
      .Bind(5, std::string_view(domain::FormatIsoDate(stap.datum)))
      .Bind(6, std::string_view(stap.door))
      .Bind(7, std::string_view(stap.toelichting));
  return stmt.Run();
}

Result<void> SqliteWriter::InsertOppEvaluatie(int64_t opp, const std::string& swv,
                                              const domain::OppEvaluatie& evaluatie) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO opp_evaluaties (opp_id, swv, datum, met_wie, conclusie, door)
    VALUES (?, ?, ?, ?, ?, ?))sql"));
  stmt.Bind(1, opp)
      .Bind(2, std::string_view(swv))
      .Bind(3, std::string_view(domain::FormatIsoDate(evaluatie.datum)))
      .Bind(4, std::string_view(evaluatie.met_wie))
      .Bind(5, std::string_view(evaluatie.conclusie))
      .Bind(6, std::string_view(evaluatie.door));
  return stmt.Run();
}

Result<void> SqliteWriter::UpdateOppStand(int64_t opp, const domain::OppStand& stand) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    UPDATE opps SET vaststellen_uiterlijk = :vaststellen_uiterlijk,
      vastgesteld_op = :vastgesteld_op, laatste_versie = :laatste_versie,
      instemming = :instemming, versie_in_werking = :versie_in_werking,
      laatste_evaluatie = :laatste_evaluatie, evaluatie_uiterlijk = :evaluatie_uiterlijk
    WHERE id = :id)sql"));
  BindStand(stmt, stand);
  stmt.Bind(sqlite3_bind_parameter_index(stmt.raw(), ":id"), opp);
  PASSEND_RETURN_IF_ERROR(stmt.Run());
  if (sqlite3_changes(connection_.raw()) != 1) {
    return domain::Fail(domain::ErrorCode::kNotFound,
                        "Dit ontwikkelingsperspectiefplan is niet gevonden.");
  }
  return {};
}

Result<std::optional<domain::Opp>> SqliteWriter::FindOpp(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(fmt::format(
                                          "SELECT {} FROM opps o WHERE o.id = ?", kOppColumns)));
  stmt.Bind(1, id);
  PASSEND_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::nullopt;
  PASSEND_ASSIGN_OR_RETURN(auto gelezen, OppFromRow(stmt));
  PASSEND_RETURN_IF_ERROR(LoadOppDelen(connection_, gelezen.first));
  return std::move(gelezen.first);
}

}  // namespace passend::store::sqlite
