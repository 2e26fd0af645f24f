#include "domain/plaatsingsronde.h"

#include <fmt/format.h>

namespace passend::domain {

std::string_view RondeSoortCode(RondeSoort soort) {
  switch (soort) {
    case RondeSoort::kMinimaleKosten:
      return "minimale-kosten";
    case RondeSoort::kVoorkeur:
      return "voorkeur";
  }
  return "";
}

Result<RondeSoort> ParseRondeSoort(std::string_view text) {
  for (RondeSoort s : {RondeSoort::kMinimaleKosten, RondeSoort::kVoorkeur}) {
    if (RondeSoortCode(s) == text) return s;
  }
  return Fail(ErrorCode::kInvalid, "Kies de soort ronde: minimale-kosten of voorkeur.", "soort");
}

std::string_view RondeStandCode(RondeStand stand) {
  switch (stand) {
    case RondeStand::kVoorstel:
      return "voorstel";
    case RondeStand::kBevestigd:
      return "bevestigd";
    case RondeStand::kVerworpen:
      return "verworpen";
  }
  return "";
}

std::string_view RondeStandNaam(RondeStand stand) {
  switch (stand) {
    case RondeStand::kVoorstel:
      return "Voorstel";
    case RondeStand::kBevestigd:
      return "Bevestigd";
    case RondeStand::kVerworpen:
      return "Verworpen";
  }
  return "";
}

const RondeRegel* Plaatsingsronde::Regel(int64_t aanmelding) const {
  for (const RondeRegel& r : regels) {
    if (r.aanmelding == aanmelding) return &r;
  }
  return nullptr;
}

Result<void> KanWijzigen(const Plaatsingsronde& ronde) {
  if (ronde.stand == RondeStand::kVoorstel) return {};
  return Fail(ErrorCode::kConflict,
              fmt::format("Deze plaatsingsronde is al {}; er kan niets meer aan veranderen.",
                          RondeStandCode(ronde.stand)));
}

Result<void> Valideer(RondeSoort soort, const RondeParameters& p) {
  if (p.max_afstand_meter < 1'000 || p.max_afstand_meter > 300'000) {
    return Fail(ErrorCode::kInvalid, "Geef een maximale afstand van 1 tot en met 300 km.",
                "maxAfstandKm");
  }
  if (p.tekort_boete && (*p.tekort_boete < 0 || *p.tekort_boete > 1'000'000)) {
    return Fail(ErrorCode::kInvalid, "De tekortboete is 0 tot en met 1.000.000 (meter per niveau).",
                "tekortBoete");
  }
  if (p.niet_geplaatst_kosten < 0 || p.niet_geplaatst_kosten > 100'000'000) {
    return Fail(ErrorCode::kInvalid,
                "De kosten van niet plaatsen zijn 0 tot en met 100.000.000 (meter).",
                "nietGeplaatstKosten");
  }
  if (p.seed && soort != RondeSoort::kVoorkeur) {
    return Fail(ErrorCode::kInvalid, "Een seed hoort alleen bij een voorkeursronde (loting).",
                "seed");
  }
  return {};
}

Result<void> ValideerReden(std::string_view reden, std::string_view veld, bool verplicht) {
  if (verplicht && reden.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Fail(ErrorCode::kInvalid, "Geef de reden van deze wijziging.", std::string(veld));
  }
  if (reden.size() > kMaxRondeTekst) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("De reden is te lang (ten hoogste {} tekens).", kMaxRondeTekst),
                std::string(veld));
  }
  return {};
}

}  // namespace passend::domain
