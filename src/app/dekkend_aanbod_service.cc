#include "app/dekkend_aanbod_service.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "app/audit.h"
#include "app/policy.h"
#include "domain/suppression.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

std::unexpected<domain::Error> SwvNietGevonden() {
  return Fail(ErrorCode::kNotFound, "Dit samenwerkingsverband is niet gevonden.");
}

// About 111.2 km per degree of latitude (as the candidates' box in the store).
constexpr double kMeterPerGraad = 111'195.0;

}  // namespace

domain::Ondersteuningsniveau VraagNiveau(std::string_view soort) {
  return soort == "sbo" || soort == "so" || soort == "vso"
             ? domain::Ondersteuningsniveau::kSpecialistisch
             : domain::Ondersteuningsniveau::kExtra;
}

Result<DekkendAanbodRapport> DekkendAanbodService::Lees(const Principal& principal,
                                                        const std::string& client,
                                                        const std::string& code,
                                                        const DekkendAanbodFilter& filter) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kDekkendAanbodLezen));
  // The SWV answers for its own region (zorgplicht); another SWV's region is not in its scope.
  if (principal.rol == domain::Rol::kSwv && principal.organisatie != code) {
    return SwvNietGevonden();
  }
  auto swv_code = domain::SwvCode::Parse(code);
  if (!swv_code) return SwvNietGevonden();
  PASSEND_ASSIGN_OR_RETURN(auto swv, registry_.FindSamenwerkingsverband(*swv_code));
  if (!swv) return SwvNietGevonden();

  const auto& parameters = config_.dekkend_aanbod;
  if (filter.behoefte && !config_.taxonomie.Vind(*filter.behoefte)) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Onbekende ondersteuningsbehoefte '{}'.", *filter.behoefte),
                "behoefte");
  }
  if (filter.niveau && !parameters.MaxMeter(*filter.niveau)) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het niveau {} wordt niet getoetst in het dekkend aanbod.",
                            domain::NiveauCode(*filter.niveau)),
                "niveau");
  }

  DekkendAanbodRapport uit;
  uit.swv = std::move(swv->swv);
  uit.peildatum = domain::Date{std::chrono::floor<std::chrono::days>(clock_.Now())};
  uit.afstand_soort = std::string(afstand_.Soort());
  uit.onderdrukt = domain::IsLandelijk(principal.rol);
  uit.parameters = parameters;
  PASSEND_ASSIGN_OR_RETURN(uit.gemeenten, queries_.RegioGemeenten(code));
  if (filter.gemeente && std::none_of(uit.gemeenten.begin(), uit.gemeenten.end(),
                                      [&](const auto& g) { return g.code == *filter.gemeente; })) {
    return Fail(
        ErrorCode::kInvalid,
        fmt::format("De gemeente '{}' hoort niet bij dit samenwerkingsverband.", *filter.gemeente),
        "gemeente");
  }
  PASSEND_ASSIGN_OR_RETURN(auto vragen, queries_.LeerlingVragen(code));

  // The providers: the region's locations, and the national cluster 1 and 2 locations of the
  // same sector around it (they belong to no SWV but serve its children).
  KandidaatFilter eigen;
  eigen.swv = code;
  eigen.met_bezetting = true;
  PASSEND_ASSIGN_OR_RETURN(uit.locaties, profielen_.Kandidaten(eigen));
  if (!uit.locaties.empty()) {
    double lat_min = 90, lat_max = -90, lon_min = 180, lon_max = -180;
    for (const auto& k : uit.locaties) {
      lat_min = std::min(lat_min, k.school.positie.lat);
      lat_max = std::max(lat_max, k.school.positie.lat);
      lon_min = std::min(lon_min, k.school.positie.lon);
      lon_max = std::max(lon_max, k.school.positie.lon);
    }
    int64_t verste = 0;
    for (const auto& m : parameters.max_meter) verste = std::max(verste, m.value_or(0));
    const domain::Coordinates midden{(lat_min + lat_max) / 2, (lon_min + lon_max) / 2};
    const double half_lat = (lat_max - lat_min) / 2 * kMeterPerGraad;
    const double half_lon =
        (lon_max - lon_min) / 2 * kMeterPerGraad * std::cos(midden.lat * 3.14159265358979 / 180);
    KandidaatFilter rond;
    rond.midden = midden;
    rond.straal_meter = static_cast<int64_t>(std::max(half_lat, half_lon)) + verste;
    rond.met_bezetting = true;
    PASSEND_ASSIGN_OR_RETURN(auto landelijk, profielen_.Kandidaten(rond));
    for (auto& k : landelijk) {
      if (!k.school.swv && domain::SectorOf(k.school.soort) == uit.swv.sector()) {
        uit.locaties.push_back(std::move(k));
      }
    }
  }

  std::vector<std::string> behoeften;
  for (const auto& b : config_.taxonomie.behoeften) {
    if (!filter.behoefte || *filter.behoefte == b.code) behoeften.push_back(b.code);
  }
  std::vector<engine::DekkingGemeente> gemeenten;
  for (const auto& g : uit.gemeenten) gemeenten.push_back({g.code, g.naam, g.punt});
  std::vector<engine::DekkingVraag> invoer;
  std::vector<domain::LeerlingId> geteld;
  for (const auto& v : vragen) {
    invoer.push_back({v.gemeente, v.behoeften, VraagNiveau(v.school_soort)});
    geteld.push_back(v.leerling);
  }
  uit.leerlingen_met_vraag = static_cast<int64_t>(vragen.size());
  engine::DekkendAanbodParameters gekozen = parameters;
  if (filter.niveau) {
    for (size_t i = 0; i < gekozen.max_meter.size(); ++i) {
      if (i != static_cast<size_t>(*filter.niveau)) gekozen.max_meter[i] = std::nullopt;
    }
  }
  uit.aanbod =
      engine::BerekenDekkendAanbod(behoeften, gemeenten, invoer, uit.locaties, afstand_, gekozen);
  std::erase_if(uit.aanbod.regels, [&](const engine::DekkingRegel& r) {
    return (filter.gemeente && uit.gemeenten[r.gemeente].code != *filter.gemeente) ||
           (filter.alleen_tekorten && !r.tekorten.Any());
  });
  engine::TelTekorten(uit.aanbod);

  // The demand is counted from the children's registrations: the SWV's exact figures are a
  // read of their data and audited before they leave; national roles get suppressed
  // aggregates only, from which no child can be read (as the thuiszitters figures).
  if (!uit.onderdrukt) {
    PASSEND_RETURN_IF_ERROR(AuditLeerlingen(work_, clock_, principal.AsActor(client), geteld,
                                            "in telling", "dekkend aanbod"));
  }
  return uit;
}

}  // namespace passend::app
