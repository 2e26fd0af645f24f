#include "engine/plaatsing_kosten.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace passend::engine {

namespace {

// Allowed pairs and everything both problems share.
struct Kern {
  std::vector<std::vector<std::pair<int, int64_t>>> opties;  // per child: (school, cost)
  std::vector<std::vector<int64_t>> meter;                   // per child, as opties: metres
  std::vector<std::string> groepen;                          // needs with limited places
  std::vector<int> groep_van;                                // per child
  std::vector<std::string> hoofdbehoefte;
  std::vector<std::string> toelichting;
  std::unordered_map<std::string, int> kind_index, school_index;
};

int NiveauGetal(Niveau n) { return static_cast<int>(n); }

domain::Result<Kern> BouwKern(const VolledigeInstantie& in) {
  Kern k;
  const auto n = static_cast<int>(in.kinderen.size());
  const auto s = static_cast<int>(in.scholen.size());
  for (int i = 0; i < n; ++i) {
    if (in.kinderen[i].id.empty() || !k.kind_index.emplace(in.kinderen[i].id, i).second) {
      return domain::Fail(
          domain::ErrorCode::kInvalid,
          "kinderen: elk kind heeft een eigen, niet-lege id (" + in.kinderen[i].id + ").",
          "kinderen");
    }
  }
  for (int j = 0; j < s; ++j) {
    if (in.scholen[j].id.empty() || !k.school_index.emplace(in.scholen[j].id, j).second) {
      return domain::Fail(
          domain::ErrorCode::kInvalid,
          "scholen: elke school heeft een eigen, niet-lege id (" + in.scholen[j].id + ").",
          "scholen");
    }
    if (in.scholen[j].capaciteit < 0) {
      return domain::Fail(
          domain::ErrorCode::kInvalid,
          "scholen: de capaciteit van " + in.scholen[j].id + " moet 0 of meer zijn.", "capaciteit");
    }
  }
  if (in.niet_geplaatst_kosten < 0) {
    return domain::Fail(domain::ErrorCode::kInvalid, "nietGeplaatstKosten: moet 0 of meer zijn.",
                        "nietGeplaatstKosten");
  }
  if (in.tekort_boete && *in.tekort_boete < 0) {
    return domain::Fail(domain::ErrorCode::kInvalid, "tekortBoete: moet 0 of meer zijn.",
                        "tekortBoete");
  }

  // Distances in whole metres: from the table, or straight-line from the coordinates. The
  // haversine is floating point; rounding once to metres keeps every cost an integer.
  std::vector<std::vector<std::pair<int, int64_t>>> afstand(n);  // per child: (school, metres)
  if (!in.afstanden.empty()) {
    std::vector<std::map<int, int64_t>> tabel(n);
    for (const Afstand& a : in.afstanden) {
      const auto ki = k.kind_index.find(a.kind);
      const auto si = k.school_index.find(a.school);
      if (ki == k.kind_index.end() || si == k.school_index.end()) {
        return domain::Fail(
            domain::ErrorCode::kInvalid,
            "afstanden: onbekend kind of onbekende school (" + a.kind + ", " + a.school + ").",
            "afstanden");
      }
      if (a.meter < 0 || !tabel[ki->second].emplace(si->second, a.meter).second) {
        return domain::Fail(domain::ErrorCode::kInvalid,
                            "afstanden: het paar " + a.kind + ", " + a.school +
                                " heeft een negatieve afstand of staat er twee keer in.",
                            "afstanden");
      }
    }
    for (int i = 0; i < n; ++i) afstand[i].assign(tabel[i].begin(), tabel[i].end());
  } else {
    for (const KindVraag& kind : in.kinderen) {
      if (!kind.locatie) {
        return domain::Fail(domain::ErrorCode::kInvalid,
                            "locatie: kind " + kind.id +
                                " heeft geen locatie; geef locaties of een tabel afstanden.",
                            "locatie");
      }
    }
    for (const SchoolAanbod& school : in.scholen) {
      if (!school.locatie) {
        return domain::Fail(domain::ErrorCode::kInvalid,
                            "locatie: school " + school.id +
                                " heeft geen locatie; geef locaties of een tabel afstanden.",
                            "locatie");
      }
    }
    for (int i = 0; i < n; ++i) {
      afstand[i].reserve(s);
      for (int j = 0; j < s; ++j) {
        const double km = domain::DistanceKm(*in.kinderen[i].locatie, *in.scholen[j].locatie);
        afstand[i].emplace_back(j, std::llround(km * 1000.0));
      }
    }
  }

  // Offered level per (school, need) and the needs with limited places.
  std::vector<std::map<std::string, const Aanbod*, std::less<>>> aanbod(s);
  std::map<std::string, int, std::less<>> groep_index;
  for (int j = 0; j < s; ++j) {
    for (const Aanbod& a : in.scholen[j].aanbod) {
      if (a.behoefte.empty() || !aanbod[j].emplace(a.behoefte, &a).second ||
          (a.plaatsen && *a.plaatsen < 0)) {
        return domain::Fail(domain::ErrorCode::kInvalid,
                            "aanbod: school " + in.scholen[j].id +
                                " noemt een behoefte leeg of twee keer, of met negatieve "
                                "plaatsen.",
                            "aanbod");
      }
      if (a.plaatsen && !groep_index.contains(a.behoefte)) {
        groep_index.emplace(a.behoefte, static_cast<int>(k.groepen.size()));
        k.groepen.push_back(a.behoefte);
      }
    }
  }
  auto geboden = [&](int school, std::string_view behoefte) {
    const auto it = aanbod[school].find(behoefte);
    return it == aanbod[school].end() ? Niveau::kBasis : it->second->niveau;
  };

  k.opties.resize(n);
  k.meter.resize(n);
  k.groep_van.assign(n, -1);
  k.hoofdbehoefte.resize(n);
  k.toelichting.resize(n);
  for (int i = 0; i < n; ++i) {
    const KindVraag& kind = in.kinderen[i];
    // The main need: the one named, or the highest level (first listed on ties).
    std::string hoofd = kind.hoofdbehoefte;
    if (hoofd.empty()) {
      int beste = -1;
      for (const Behoefte& b : kind.behoeften) {
        if (NiveauGetal(b.niveau) > beste) {
          beste = NiveauGetal(b.niveau);
          hoofd = b.naam;
        }
      }
    } else if (std::none_of(kind.behoeften.begin(), kind.behoeften.end(),
                            [&](const Behoefte& b) { return b.naam == hoofd; })) {
      return domain::Fail(
          domain::ErrorCode::kInvalid,
          "hoofdbehoefte: " + hoofd + " staat niet bij de behoeften van kind " + kind.id + ".",
          "hoofdbehoefte");
    }
    k.hoofdbehoefte[i] = hoofd;
    if (const auto it = groep_index.find(hoofd); !hoofd.empty() && it != groep_index.end()) {
      k.groep_van[i] = it->second;
    }
    int bereikbaar = 0;
    std::vector<int> gemist(kind.behoeften.size(), 0);  // reachable schools short per need
    for (const auto& [school, meter] : afstand[i]) {
      if (in.max_afstand_meter && meter > *in.max_afstand_meter) continue;
      ++bereikbaar;
      int64_t tekort = 0;
      for (size_t b = 0; b < kind.behoeften.size(); ++b) {
        const int kort = NiveauGetal(kind.behoeften[b].niveau) -
                         NiveauGetal(geboden(school, kind.behoeften[b].naam));
        if (kort > 0) {
          tekort += kort;
          ++gemist[b];
        }
      }
      if (tekort > 0 && !in.tekort_boete) continue;
      k.opties[i].emplace_back(school, meter + tekort * in.tekort_boete.value_or(0));
      k.meter[i].push_back(meter);
    }
    if (!k.opties[i].empty()) continue;
    if (bereikbaar == 0) {
      k.toelichting[i] = in.max_afstand_meter
                             ? fmt::format("Geen school binnen {} km.",
                                           static_cast<double>(*in.max_afstand_meter) / 1000.0)
                             : std::string("Geen school met een bekende afstand.");
      continue;
    }
    for (size_t b = 0; b < kind.behoeften.size(); ++b) {
      if (gemist[b] == bereikbaar) {
        k.toelichting[i] =
            fmt::format("Geen school binnen bereik biedt {} op niveau {}.", kind.behoeften[b].naam,
                        domain::NiveauCode(kind.behoeften[b].niveau));
        break;
      }
    }
    if (k.toelichting[i].empty()) {
      k.toelichting[i] = "Geen school binnen bereik biedt alle behoeften van dit kind samen.";
    }
  }
  return k;
}

// Hands what both problems share over to the built problem.
template <typename Probleem>
void Verhuis(Kern& k, Gebouwd<Probleem>& uit) {
  uit.hoofdbehoefte = std::move(k.hoofdbehoefte);
  uit.toelichting = std::move(k.toelichting);
  uit.opties.resize(k.opties.size());
  for (size_t i = 0; i < k.opties.size(); ++i) {
    for (size_t o = 0; o < k.opties[i].size(); ++o) {
      uit.opties[i].push_back({k.opties[i][o].first, k.opties[i][o].second, k.meter[i][o]});
    }
  }
}

}  // namespace

domain::Result<Gebouwd<PlaatsingsProbleem>> BouwPlaatsingsProbleem(const VolledigeInstantie& in) {
  PASSEND_ASSIGN_OR_RETURN(Kern k, BouwKern(in));
  Gebouwd<PlaatsingsProbleem> uit;
  PlaatsingsProbleem& p = uit.probleem;
  for (const KindVraag& kind : in.kinderen) p.kinderen.push_back(kind.id);
  p.niet_geplaatst_kosten.assign(in.kinderen.size(), in.niet_geplaatst_kosten);
  for (const SchoolAanbod& school : in.scholen) p.scholen.push_back({school.id, school.capaciteit});
  for (size_t i = 0; i < k.opties.size(); ++i) {
    for (const auto& [school, kosten] : k.opties[i]) {
      p.opties.push_back({static_cast<int>(i), school, kosten});
    }
  }
  p.groepen = k.groepen;
  p.groep_van = k.groep_van;
  for (size_t j = 0; j < in.scholen.size(); ++j) {
    for (const Aanbod& a : in.scholen[j].aanbod) {
      if (!a.plaatsen) continue;
      const int groep = static_cast<int>(std::find(k.groepen.begin(), k.groepen.end(), a.behoefte) -
                                         k.groepen.begin());
      p.groeps_plaatsen.push_back({static_cast<int>(j), groep, *a.plaatsen});
    }
  }
  Verhuis(k, uit);
  return uit;
}

domain::Result<Gebouwd<LotingsProbleem>> BouwLotingsProbleem(const VolledigeInstantie& in,
                                                             uint64_t seed) {
  PASSEND_ASSIGN_OR_RETURN(Kern k, BouwKern(in));
  Gebouwd<LotingsProbleem> uit;
  LotingsProbleem& p = uit.probleem;
  p.seed = seed;
  p.groep_van = k.groep_van;
  for (const SchoolAanbod& school : in.scholen) {
    LotingsSchool ls;
    ls.id = school.id;
    ls.capaciteit = school.capaciteit;
    ls.groeps_plaatsen.assign(k.groepen.size(), -1);
    for (const Aanbod& a : school.aanbod) {
      if (!a.plaatsen) continue;
      const auto g = std::find(k.groepen.begin(), k.groepen.end(), a.behoefte) - k.groepen.begin();
      ls.groeps_plaatsen[g] = *a.plaatsen;
    }
    p.scholen.push_back(std::move(ls));
  }
  for (size_t i = 0; i < in.kinderen.size(); ++i) {
    const KindVraag& kind = in.kinderen[i];
    p.kinderen.push_back(kind.id);
    std::vector<int> lijst;
    if (!kind.voorkeuren.empty()) {
      for (const std::string& id : kind.voorkeuren) {
        const auto it = k.school_index.find(id);
        if (it == k.school_index.end()) {
          return domain::Fail(domain::ErrorCode::kInvalid,
                              "voorkeuren: kind " + kind.id + " noemt onbekende school " + id + ".",
                              "voorkeuren");
        }
        lijst.push_back(it->second);
      }
    } else {
      auto opties = k.opties[i];
      std::stable_sort(opties.begin(), opties.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
      for (const auto& optie : opties) lijst.push_back(optie.first);
    }
    p.voorkeuren.push_back(std::move(lijst));
  }
  for (const auto& [school, kinderen] : in.prioriteiten) {
    const auto si = k.school_index.find(school);
    if (si == k.school_index.end()) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "prioriteiten: onbekende school " + school + ".", "prioriteiten");
    }
    for (const std::string& id : kinderen) {
      const auto ki = k.kind_index.find(id);
      if (ki == k.kind_index.end()) {
        return domain::Fail(domain::ErrorCode::kInvalid,
                            "prioriteiten: onbekend kind " + id + " bij " + school + ".",
                            "prioriteiten");
      }
      p.scholen[si->second].prioriteit.push_back(ki->second);
    }
  }
  Verhuis(k, uit);
  return uit;
}

std::string NietGeplaatstToelichting(NietGeplaatstReden reden, std::string_view hoofdbehoefte,
                                     std::string_view bij_bouwen) {
  if (!bij_bouwen.empty()) return std::string(bij_bouwen);
  if (reden == NietGeplaatstReden::kGeenPlaatsVoorBehoefte && !hoofdbehoefte.empty()) {
    return fmt::format(
        "Geen vrije plaats voor {} binnen bereik: elke school die het biedt, is daarvoor vol.",
        hoofdbehoefte);
  }
  return std::string(RedenTekst(reden));
}

namespace {

// The chosen option of child `i` (its cost and metres), if the school is one of its options.
template <typename Probleem>
void VulOptie(const Gebouwd<Probleem>& g, size_t i, int school, KindUitkomst& uit) {
  for (const GebouwdeOptie& o : g.opties[i]) {
    if (o.school == school) {
      uit.kosten = o.kosten;
      uit.meter = o.meter;
      return;
    }
  }
}

}  // namespace

domain::Result<RondeUitkomst> PlaatsVolledig(const VolledigeInstantie& in) {
  PASSEND_ASSIGN_OR_RETURN(const auto gebouwd, BouwPlaatsingsProbleem(in));
  PASSEND_ASSIGN_OR_RETURN(const PlaatsingsUitkomst u, Plaats(gebouwd.probleem));
  RondeUitkomst uit;
  uit.totale_kosten = u.totale_kosten;
  uit.kinderen.resize(in.kinderen.size());
  for (size_t i = 0; i < in.kinderen.size(); ++i) {
    uit.kinderen[i].hoofdbehoefte = gebouwd.hoofdbehoefte[i];
    uit.kinderen[i].school = u.school_van[i];
    if (u.school_van[i] >= 0) VulOptie(gebouwd, i, u.school_van[i], uit.kinderen[i]);
  }
  for (const NietGeplaatst& ng : u.niet_geplaatst) {
    KindUitkomst& k = uit.kinderen[ng.kind];
    k.reden = std::string(RedenCode(ng.reden));
    k.toelichting =
        NietGeplaatstToelichting(ng.reden, k.hoofdbehoefte, gebouwd.toelichting[ng.kind]);
  }
  return uit;
}

domain::Result<RondeUitkomst> LootVolledig(const VolledigeInstantie& in, uint64_t seed) {
  PASSEND_ASSIGN_OR_RETURN(const auto gebouwd, BouwLotingsProbleem(in, seed));
  PASSEND_ASSIGN_OR_RETURN(const LotingsUitkomst u, Loot(gebouwd.probleem));
  RondeUitkomst uit;
  uit.kinderen.resize(in.kinderen.size());
  for (size_t i = 0; i < in.kinderen.size(); ++i) {
    KindUitkomst& k = uit.kinderen[i];
    k.hoofdbehoefte = gebouwd.hoofdbehoefte[i];
    k.school = u.school_van[i];
    k.lotnummer = u.lotnummer[i];
    if (k.school >= 0) {
      VulOptie(gebouwd, i, k.school, k);
      uit.totale_kosten += k.kosten.value_or(0);
    } else {
      uit.totale_kosten += in.niet_geplaatst_kosten;
    }
  }
  for (const LotingsNietGeplaatst& ng : u.niet_geplaatst) {
    KindUitkomst& k = uit.kinderen[ng.kind];
    k.reden = std::string(LotingsRedenCode(ng.reden));
    k.toelichting = ng.reden == LotingsReden::kGeenVoorkeur && !gebouwd.toelichting[ng.kind].empty()
                        ? gebouwd.toelichting[ng.kind]
                        : std::string(LotingsRedenTekst(ng.reden));
  }
  return uit;
}

}  // namespace passend::engine
