#include "store/sqlite/sqlite_plaatsingsrondes.h"

#include <nlohmann/json.hpp>

#include "store/sqlite/sqlite_writer.h"

namespace passend::store::sqlite {

using domain::Result;

namespace {

std::vector<std::string> Teksten(const std::string& json_tekst) {
  std::vector<std::string> uit;
  const auto lijst = nlohmann::json::parse(json_tekst, nullptr, false);
  if (!lijst.is_array()) return uit;
  for (const auto& t : lijst) {
    if (t.is_string()) uit.push_back(t.get<std::string>());
  }
  return uit;
}

std::optional<int64_t> OptInt(const Statement& stmt, int kolom) {
  if (stmt.IsNull(kolom)) return std::nullopt;
  return stmt.Int(kolom);
}

Statement& BindOpt(Statement& stmt, int index, const std::optional<int64_t>& waarde) {
  return waarde ? stmt.Bind(index, *waarde) : stmt.BindNull(index);
}

Result<domain::RondeStand> StandVan(const std::string& code) {
  for (auto s : {domain::RondeStand::kVoorstel, domain::RondeStand::kBevestigd,
                 domain::RondeStand::kVerworpen}) {
    if (domain::RondeStandCode(s) == code) return s;
  }
  return domain::Fail(domain::ErrorCode::kInternal, "Onbekende stand van een plaatsingsronde.");
}

// The rounds matching `where` (bound to ?1) with their closing; lines are read apart.
Result<std::vector<domain::Plaatsingsronde>> LeesKoppen(Connection& c, std::string_view where,
                                                        const std::string& waarde) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, c.Prepare(std::string(R"sql(
    SELECT r.id, r.swv, r.soort, r.seed, r.max_afstand_meter, r.tekort_boete,
           r.niet_geplaatst_kosten, r.totale_kosten, r.aangemaakt_op, r.aangemaakt_door,
           a.stand, a.toelichting, a.op, a.door,
           (SELECT count(*) FROM plaatsingsronde_regels g WHERE g.ronde = r.id AND g.gewijzigd = 1)
    FROM plaatsingsrondes r LEFT JOIN plaatsingsronde_afsluitingen a ON a.ronde = r.id
    WHERE )sql") + std::string(where) + " ORDER BY r.id DESC"));
  stmt.Bind(1, std::string_view(waarde));
  std::vector<domain::Plaatsingsronde> uit;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool rij, stmt.Step());
    if (!rij) break;
    domain::Plaatsingsronde r;
    r.id = stmt.Int(0);
    r.swv = stmt.Text(1);
    PASSEND_ASSIGN_OR_RETURN(r.soort, domain::ParseRondeSoort(stmt.Text(2)));
    if (!stmt.IsNull(3)) r.parameters.seed = std::stoull(stmt.Text(3));
    r.parameters.max_afstand_meter = stmt.Int(4);
    r.parameters.tekort_boete = OptInt(stmt, 5);
    r.parameters.niet_geplaatst_kosten = stmt.Int(6);
    r.totale_kosten = stmt.Int(7);
    PASSEND_ASSIGN_OR_RETURN(r.aangemaakt_op, domain::ParseIsoTimestamp(stmt.Text(8)));
    r.aangemaakt_door = stmt.Text(9);
    if (!stmt.IsNull(10)) {
      PASSEND_ASSIGN_OR_RETURN(r.stand, StandVan(stmt.Text(10)));
      r.afsluit_toelichting = stmt.Text(11);
      PASSEND_ASSIGN_OR_RETURN(r.afgesloten_op, domain::ParseIsoTimestamp(stmt.Text(12)));
      r.afgesloten_door = stmt.Text(13);
    }
    r.wijzigingen = stmt.Int(14);
    uit.push_back(std::move(r));
  }
  return uit;
}

// The current lines of round `ronde`: per registration the newest, in the round's order.
Result<void> LeesRegels(Connection& c, domain::Plaatsingsronde& ronde) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, c.Prepare(R"sql(
    SELECT g.id, g.volgorde, g.aanmelding, g.leerling_id, g.aanmeldschool, g.behoeften,
           g.hoofdbehoefte, g.school, g.meter, g.kosten, g.lotnummer, g.reden, g.toelichting,
           g.gewijzigd, g.wijziging_reden, g.waarschuwingen, g.vastgelegd_op, g.vastgelegd_door
    FROM plaatsingsronde_regels g
    WHERE g.ronde = ?1 AND g.id = (SELECT max(h.id) FROM plaatsingsronde_regels h
                                   WHERE h.ronde = g.ronde AND h.aanmelding = g.aanmelding)
    ORDER BY g.volgorde, g.id)sql"));
  stmt.Bind(1, ronde.id);
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool rij, stmt.Step());
    if (!rij) break;
    domain::RondeRegel r;
    r.id = stmt.Int(0);
    r.volgorde = static_cast<int>(stmt.Int(1));
    r.aanmelding = stmt.Int(2);
    r.leerling = domain::LeerlingId{stmt.Int(3)};
    r.aanmeldschool = stmt.Text(4);
    r.behoeften = Teksten(stmt.Text(5));
    r.hoofdbehoefte = stmt.Text(6);
    if (!stmt.IsNull(7)) r.school = stmt.Text(7);
    r.meter = OptInt(stmt, 8);
    r.kosten = OptInt(stmt, 9);
    r.lotnummer = OptInt(stmt, 10);
    r.reden = stmt.Text(11);
    r.toelichting = stmt.Text(12);
    r.gewijzigd = stmt.Int(13) != 0;
    r.wijziging_reden = stmt.Text(14);
    r.waarschuwingen = Teksten(stmt.Text(15));
    PASSEND_ASSIGN_OR_RETURN(r.vastgelegd_op, domain::ParseIsoTimestamp(stmt.Text(16)));
    r.vastgelegd_door = stmt.Text(17);
    ronde.regels.push_back(std::move(r));
  }
  return {};
}

}  // namespace

Result<std::optional<domain::Plaatsingsronde>> LeesPlaatsingsronde(Connection& connection,
                                                                   int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(
      auto koppen, LeesKoppen(connection, "r.id = CAST(?1 AS INTEGER)", std::to_string(id)));
  if (koppen.empty()) return std::nullopt;
  PASSEND_RETURN_IF_ERROR(LeesRegels(connection, koppen.front()));
  return std::move(koppen.front());
}

Result<std::vector<app::WachtendKind>> SqlitePlaatsingsrondes::WachtendeKinderen(
    const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  // Per child the oldest written, undecided registration at a location of the SWV that names
  // a need; a registration already in a confirmed round waits for the school's decision.
  PASSEND_ASSIGN_OR_RETURN(auto stmt, lease->Prepare(R"sql(
    SELECT a.id, a.leerling_id, a.school, a.aanmelddatum, a.ondersteuningsbehoeften, l.lat, l.lon
    FROM aanmeldingen a JOIN leerlingen l ON l.id = a.leerling_id
    WHERE a.swv = ?1 AND a.schriftelijk = 1 AND a.uitkomst IS NULL
      AND a.ondersteuningsbehoeften <> '[]'
      AND a.id = (SELECT b.id FROM aanmeldingen b
                  WHERE b.leerling_id = a.leerling_id AND b.swv = ?1 AND b.schriftelijk = 1
                    AND b.uitkomst IS NULL AND b.ondersteuningsbehoeften <> '[]'
                  ORDER BY b.aanmelddatum, b.id LIMIT 1)
      AND NOT EXISTS (SELECT 1 FROM plaatsingsronde_regels g
                      JOIN plaatsingsronde_afsluitingen s ON s.ronde = g.ronde
                      WHERE g.aanmelding = a.id AND s.stand = 'bevestigd')
    ORDER BY a.id)sql"));
  stmt.Bind(1, std::string_view(swv));
  std::vector<app::WachtendKind> uit;
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool rij, stmt.Step());
    if (!rij) break;
    app::WachtendKind k;
    k.aanmelding = stmt.Int(0);
    k.leerling = domain::LeerlingId{stmt.Int(1)};
    k.aanmeldschool = stmt.Text(2);
    PASSEND_ASSIGN_OR_RETURN(k.aanmelddatum, domain::ParseIsoDate(stmt.Text(3)));
    k.behoeften = Teksten(stmt.Text(4));
    k.thuis = domain::Coordinates{stmt.Real(5), stmt.Real(6)};
    uit.push_back(std::move(k));
  }
  return uit;
}

Result<std::optional<app::RondeOverzicht>> SqlitePlaatsingsrondes::FindRonde(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto ronde, LeesPlaatsingsronde(*lease, id));
  if (!ronde) return std::nullopt;
  app::RondeOverzicht uit;
  uit.ronde = std::move(*ronde);
  PASSEND_ASSIGN_OR_RETURN(auto namen, lease->Prepare(R"sql(
    SELECT DISTINCT l.id, l.voornaam, l.tussenvoegsel, l.achternaam
    FROM plaatsingsronde_regels g JOIN leerlingen l ON l.id = g.leerling_id
    WHERE g.ronde = ?1)sql"));
  namen.Bind(1, id);
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool rij, namen.Step());
    if (!rij) break;
    domain::Leerling l;
    l.voornaam = namen.Text(1);
    l.tussenvoegsel = namen.Text(2);
    l.achternaam = namen.Text(3);
    uit.leerling_namen[namen.Int(0)] = l.VolledigeNaam();
  }
  PASSEND_ASSIGN_OR_RETURN(auto scholen, lease->Prepare(R"sql(
    SELECT s.code, s.naam FROM scholen s
    WHERE s.code IN (SELECT g.school FROM plaatsingsronde_regels g WHERE g.ronde = ?1
                     UNION SELECT g.aanmeldschool FROM plaatsingsronde_regels g
                     WHERE g.ronde = ?1))sql"));
  scholen.Bind(1, id);
  while (true) {
    PASSEND_ASSIGN_OR_RETURN(bool rij, scholen.Step());
    if (!rij) break;
    uit.school_namen[scholen.Text(0)] = scholen.Text(1);
  }
  return uit;
}

Result<std::vector<domain::Plaatsingsronde>> SqlitePlaatsingsrondes::Rondes(
    const std::string& swv) {
  PASSEND_ASSIGN_OR_RETURN(auto lease, store_.Borrow());
  PASSEND_ASSIGN_OR_RETURN(auto rondes, LeesKoppen(*lease, "r.swv = ?1", swv));
  for (auto& r : rondes) PASSEND_RETURN_IF_ERROR(LeesRegels(*lease, r));
  return rondes;
}

// Writer: rounds, lines and closings are appended (migration 0016's triggers refuse the rest).

Result<int64_t> SqliteWriter::InsertPlaatsingsronde(const domain::Plaatsingsronde& ronde) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO plaatsingsrondes (swv, soort, seed, max_afstand_meter, tekort_boete,
      niet_geplaatst_kosten, totale_kosten, aangemaakt_op, aangemaakt_door)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id)sql"));
  const std::string op = domain::FormatIsoTimestamp(ronde.aangemaakt_op);
  const auto& p = ronde.parameters;
  stmt.Bind(1, std::string_view(ronde.swv)).Bind(2, domain::RondeSoortCode(ronde.soort));
  if (p.seed) {
    stmt.Bind(3, std::string_view(std::to_string(*p.seed)));
  } else {
    stmt.BindNull(3);
  }
  stmt.Bind(4, p.max_afstand_meter);
  BindOpt(stmt, 5, p.tekort_boete);
  stmt.Bind(6, p.niet_geplaatst_kosten)
      .Bind(7, ronde.totale_kosten)
      .Bind(8, std::string_view(op))
      .Bind(9, std::string_view(ronde.aangemaakt_door));
  PASSEND_ASSIGN_OR_RETURN(const bool rij, stmt.Step());
  if (!rij) {
    return domain::Fail(domain::ErrorCode::kInternal, "De plaatsingsronde is niet opgeslagen.");
  }
  const int64_t id = stmt.Int(0);
  PASSEND_RETURN_IF_ERROR(stmt.Step());
  for (size_t i = 0; i < ronde.regels.size(); ++i) {
    PASSEND_RETURN_IF_ERROR(InsertRondeRegel(id, ronde.swv, static_cast<int>(i), ronde.regels[i]));
  }
  return id;
}

Result<int64_t> SqliteWriter::InsertRondeRegel(int64_t ronde, const std::string& swv, int volgorde,
                                               const domain::RondeRegel& r) {
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO plaatsingsronde_regels (ronde, swv, volgorde, aanmelding, leerling_id,
      aanmeldschool, behoeften, hoofdbehoefte, school, meter, kosten, lotnummer, reden,
      toelichting, gewijzigd, wijziging_reden, waarschuwingen, vastgelegd_op, vastgelegd_door)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19) RETURNING id)sql"));
  const std::string behoeften = nlohmann::json(r.behoeften).dump();
  const std::string waarschuwingen = nlohmann::json(r.waarschuwingen).dump();
  const std::string op = domain::FormatIsoTimestamp(r.vastgelegd_op);
  stmt.Bind(1, ronde)
      .Bind(2, std::string_view(swv))
      .Bind(3, static_cast<int64_t>(volgorde))
      .Bind(4, r.aanmelding)
      .Bind(5, r.leerling.value)
      .Bind(6, std::string_view(r.aanmeldschool))
      .Bind(7, std::string_view(behoeften))
      .Bind(8, std::string_view(r.hoofdbehoefte))
      .Bind(9, r.school);
  BindOpt(stmt, 10, r.meter);
  BindOpt(stmt, 11, r.kosten);
  BindOpt(stmt, 12, r.lotnummer);
  stmt.Bind(13, std::string_view(r.reden))
      .Bind(14, std::string_view(r.toelichting))
      .Bind(15, static_cast<int64_t>(r.gewijzigd ? 1 : 0))
      .Bind(16, std::string_view(r.wijziging_reden))
      .Bind(17, std::string_view(waarschuwingen))
      .Bind(18, std::string_view(op))
      .Bind(19, std::string_view(r.vastgelegd_door));
  PASSEND_ASSIGN_OR_RETURN(const bool rij, stmt.Step());
  if (!rij) {
    return domain::Fail(domain::ErrorCode::kInternal, "De regel van de ronde is niet opgeslagen.");
  }
  const int64_t id = stmt.Int(0);
  PASSEND_RETURN_IF_ERROR(stmt.Step());
  return id;
}

Result<void> SqliteWriter::InsertRondeAfsluiting(const domain::Plaatsingsronde& ronde) {
  PASSEND_ASSIGN_OR_RETURN(auto bestaand,
                           connection_.Prepare("SELECT 1 FROM plaatsingsronde_afsluitingen "
                                               "WHERE ronde = ?1"));
  bestaand.Bind(1, ronde.id);
  PASSEND_ASSIGN_OR_RETURN(const bool al, bestaand.Step());
  if (al) {
    return domain::Fail(domain::ErrorCode::kConflict,
                        "Deze plaatsingsronde is al bevestigd of verworpen.");
  }
  PASSEND_ASSIGN_OR_RETURN(auto stmt, connection_.Prepare(R"sql(
    INSERT INTO plaatsingsronde_afsluitingen (ronde, swv, stand, toelichting, op, door)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql"));
  const std::string op =
      domain::FormatIsoTimestamp(ronde.afgesloten_op.value_or(domain::Timestamp{}));
  stmt.Bind(1, ronde.id)
      .Bind(2, std::string_view(ronde.swv))
      .Bind(3, domain::RondeStandCode(ronde.stand))
      .Bind(4, std::string_view(ronde.afsluit_toelichting))
      .Bind(5, std::string_view(op))
      .Bind(6, std::string_view(ronde.afgesloten_door));
  return stmt.Run();
}

Result<std::optional<domain::Plaatsingsronde>> SqliteWriter::FindPlaatsingsronde(int64_t id) {
  return LeesPlaatsingsronde(connection_, id);
}

}  // namespace passend::store::sqlite
