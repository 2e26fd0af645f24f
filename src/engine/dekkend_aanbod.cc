#include "engine/dekkend_aanbod.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace passend::engine {

using domain::Ondersteuningsniveau;

DekkendAanbod BerekenDekkendAanbod(std::span<const std::string> behoeften,
                                   std::span<const DekkingGemeente> gemeenten,
                                   std::span<const DekkingVraag> vragen,
                                   std::span<const SchoolKandidaat> kandidaten,
                                   const Afstandsbron& afstand,
                                   const DekkendAanbodParameters& parameters) {
  // Demand: (need, level, municipality) → children.
  std::map<std::string, size_t, std::less<>> gemeente_index;
  for (size_t g = 0; g < gemeenten.size(); ++g) gemeente_index.emplace(gemeenten[g].code, g);
  std::map<std::tuple<std::string, int, size_t>, int64_t> vraag;
  for (const auto& v : vragen) {
    auto it = gemeente_index.find(v.gemeente);
    if (it == gemeente_index.end()) continue;
    for (const auto& b : v.behoeften) {
      ++vraag[{b, static_cast<int>(v.niveau), it->second}];
    }
  }
  // Distances from each municipality's point to every candidate, once.
  std::vector<domain::Coordinates> posities;
  posities.reserve(kandidaten.size());
  for (const auto& k : kandidaten) posities.push_back(k.school.positie);
  std::vector<std::vector<std::optional<int64_t>>> meters(gemeenten.size());
  for (size_t g = 0; g < gemeenten.size(); ++g) {
    if (gemeenten[g].punt) meters[g] = afstand.Meters(*gemeenten[g].punt, posities);
  }

  DekkendAanbod uit;
  for (const auto& behoefte : behoeften) {
    for (const auto niveau : domain::kAlleOndersteuningsniveaus) {
      const auto max_meter = parameters.MaxMeter(niveau);
      if (!max_meter) continue;
      // Which candidates offer this need at this level or higher.
      std::vector<size_t> aanbieders;
      for (size_t k = 0; k < kandidaten.size(); ++k) {
        const auto& profiel = kandidaten[k].profiel;
        const Ondersteuningsniveau geboden =
            profiel ? profiel->NiveauVoor(behoefte) : Ondersteuningsniveau::kBasis;
        if (geboden >= niveau) aanbieders.push_back(k);
      }
      for (size_t g = 0; g < gemeenten.size(); ++g) {
        DekkingRegel r;
        r.behoefte = behoefte;
        r.niveau = niveau;
        r.gemeente = g;
        r.max_meter = max_meter;
        auto v = vraag.find({behoefte, static_cast<int>(niveau), g});
        if (v != vraag.end()) r.vraag = v->second;
        int64_t plaatsen = 0;
        int64_t vrij = 0;
        int64_t bereik = 0;
        bool onbeperkt = false;
        bool bereik_onbeperkt = false;
        for (size_t k : aanbieders) {
          const auto& kandidaat = kandidaten[k];
          const std::optional<int64_t> meter = meters[g].empty() ? std::nullopt : meters[g][k];
          if (meter && (!r.dichtstbij_meter || *meter < *r.dichtstbij_meter)) {
            r.dichtstbij_meter = meter;
            r.dichtstbij = k;
          }
          const bool hier = kandidaat.school.gemeente.str() == gemeenten[g].code;
          const bool binnen = gemeenten[g].punt ? (meter && *meter <= *max_meter) : hier;
          if (!hier && !binnen) continue;
          const domain::ProfielRegel* regel =
              kandidaat.profiel ? kandidaat.profiel->Regel(behoefte) : nullptr;
          // Basis (no rule) and a rule without places are not limited.
          const bool beperkt =
              regel && regel->plaatsen && regel->niveau != Ondersteuningsniveau::kBasis;
          if (binnen) {
            if (beperkt) {
              bereik += *regel->plaatsen;
            } else {
              bereik_onbeperkt = true;
            }
          }
          if (!hier) continue;
          ++r.aanbieders;
          if (!beperkt) {
            onbeperkt = true;
            continue;
          }
          plaatsen += *regel->plaatsen;
          auto bezet = kandidaat.bezetting.find(behoefte);
          const int64_t genomen = bezet == kandidaat.bezetting.end() ? 0 : bezet->second;
          vrij += std::max<int64_t>(0, *regel->plaatsen - genomen);
        }
        if (!onbeperkt) {
          r.plaatsen = plaatsen;
          r.vrij = vrij;
        }
        if (!bereik_onbeperkt) r.plaatsen_binnen_bereik = bereik;
        // Unknown distance (no point) is not a gap: there is nothing to measure from.
        r.tekorten.geen_aanbieder_binnen_afstand =
            gemeenten[g].punt && (!r.dichtstbij_meter || *r.dichtstbij_meter > *max_meter);
        r.tekorten.vraag_boven_plaatsen =
            r.plaatsen_binnen_bereik && r.vraag > *r.plaatsen_binnen_bereik;
        uit.regels.push_back(std::move(r));
      }
    }
  }
  TelTekorten(uit);
  return uit;
}

void TelTekorten(DekkendAanbod& aanbod) {
  aanbod.tekorten_afstand = aanbod.tekorten_plaatsen = aanbod.tekorten_met_vraag = 0;
  for (const auto& r : aanbod.regels) {
    if (r.tekorten.geen_aanbieder_binnen_afstand) ++aanbod.tekorten_afstand;
    if (r.tekorten.vraag_boven_plaatsen) ++aanbod.tekorten_plaatsen;
    if (r.tekorten.Any() && r.vraag > 0) ++aanbod.tekorten_met_vraag;
  }
}

}  // namespace passend::engine
