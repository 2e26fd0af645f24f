#include "engine/passende_scholen.h"

#include <algorithm>
#include <cmath>

namespace passend::engine {

std::vector<std::optional<int64_t>> HemelsbredeAfstand::Meters(
    domain::Coordinates van, std::span<const domain::Coordinates> naar) const {
  std::vector<std::optional<int64_t>> uit;
  uit.reserve(naar.size());
  for (const auto& punt : naar) {
    // Rounded once to a whole metre: everything after this is integer (docs/placement.md).
    uit.push_back(static_cast<int64_t>(std::llround(domain::DistanceKm(van, punt) * 1000.0)));
  }
  return uit;
}

namespace {

const domain::Ondersteuningsprofiel* ProfielVan(const SchoolKandidaat& k) {
  return k.profiel ? &*k.profiel : nullptr;
}

std::vector<std::optional<int64_t>> AfstandenVan(std::span<const SchoolKandidaat> kandidaten,
                                                 domain::Coordinates van,
                                                 const Afstandsbron& afstand) {
  std::vector<domain::Coordinates> punten;
  punten.reserve(kandidaten.size());
  for (const auto& k : kandidaten) punten.push_back(k.school.positie);
  return afstand.Meters(van, punten);
}

}  // namespace

std::vector<Treffer> ZoekScholen(std::span<const SchoolKandidaat> kandidaten,
                                 const std::vector<domain::Vraag>& vragen,
                                 std::optional<domain::Coordinates> van,
                                 std::optional<int64_t> max_meter, const Afstandsbron& afstand) {
  std::vector<std::optional<int64_t>> meters;
  if (van) meters = AfstandenVan(kandidaten, *van, afstand);
  std::vector<Treffer> treffers;
  for (size_t i = 0; i < kandidaten.size(); ++i) {
    std::optional<int64_t> meter;
    if (van) {
      meter = meters[i];
      if (!meter || (max_meter && *meter > *max_meter)) continue;
    }
    domain::Toetsing toetsing = domain::Toets(ProfielVan(kandidaten[i]), vragen, nullptr);
    if (!toetsing.Past()) continue;
    treffers.push_back(Treffer{i, meter, std::move(toetsing)});
  }
  std::sort(treffers.begin(), treffers.end(), [&](const Treffer& a, const Treffer& b) {
    if (a.meter != b.meter) return a.meter < b.meter;
    return kandidaten[a.kandidaat].school.code < kandidaten[b.kandidaat].school.code;
  });
  return treffers;
}

Suggesties StelVoor(std::span<const SchoolKandidaat> kandidaten,
                    const std::vector<domain::Vraag>& vragen, domain::Coordinates thuis,
                    const Afstandsbron& afstand, const SuggestieParameters& parameters) {
  const auto meters = AfstandenVan(kandidaten, thuis, afstand);
  Suggesties uit;
  std::vector<Afgevallen> tekort;
  for (size_t i = 0; i < kandidaten.size(); ++i) {
    if (!meters[i] || *meters[i] > parameters.max_meter) continue;
    ++uit.binnen_bereik;
    domain::Toetsing toetsing =
        domain::Toets(ProfielVan(kandidaten[i]), vragen, &kandidaten[i].bezetting);
    if (toetsing.Past()) {
      const int64_t score = *meters[i] + toetsing.overschot * parameters.overschot_meter;
      uit.suggesties.push_back(Suggestie{i, *meters[i], score, std::move(toetsing)});
    } else {
      tekort.push_back(Afgevallen{i, *meters[i], std::move(toetsing.tekorten)});
    }
  }
  auto code = [&](size_t i) -> const std::string& { return kandidaten[i].school.code.str(); };
  std::sort(uit.suggesties.begin(), uit.suggesties.end(),
            [&](const Suggestie& a, const Suggestie& b) {
              if (a.score != b.score) return a.score < b.score;
              if (a.meter != b.meter) return a.meter < b.meter;
              return code(a.kandidaat) < code(b.kandidaat);
            });
  if (uit.suggesties.size() > parameters.max_suggesties) {
    uit.suggesties.resize(parameters.max_suggesties);
  }
  // "Nearer schools that were left out say why not": nearer than the farthest suggestion
  // shown, or every location within reach when none fits.
  int64_t grens = parameters.max_meter;
  if (!uit.suggesties.empty()) {
    grens = 0;
    for (const auto& s : uit.suggesties) grens = std::max(grens, s.meter);
  }
  std::sort(tekort.begin(), tekort.end(), [&](const Afgevallen& a, const Afgevallen& b) {
    if (a.meter != b.meter) return a.meter < b.meter;
    return code(a.kandidaat) < code(b.kandidaat);
  });
  for (auto& a : tekort) {
    if (a.meter > grens || uit.afgevallen.size() >= parameters.max_afgevallen) break;
    uit.afgevallen.push_back(std::move(a));
  }
  return uit;
}

}  // namespace passend::engine
