#include "engine/plaatsing_kosten.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace passend::engine {

std::optional<Niveau> ParseNiveau(std::string_view tekst) {
  if (tekst == "basis") return Niveau::kBasis;
  if (tekst == "extra") return Niveau::kExtra;
  if (tekst == "gespecialiseerd") return Niveau::kGespecialiseerd;
  return std::nullopt;
}

std::string_view NiveauNaam(Niveau niveau) {
  switch (niveau) {
    case Niveau::kBasis:
      return "basis";
    case Niveau::kExtra:
      return "extra";
    case Niveau::kGespecialiseerd:
      return "gespecialiseerd";
  }
  return "basis";
}

namespace {

// Allowed pairs and everything both problems share.
struct Kern {
  std::vector<std::vector<std::pair<int, int64_t>>> opties;  // per child: (school, cost)
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
                        NiveauNaam(kind.behoeften[b].niveau));
        break;
      }
    }
    if (k.toelichting[i].empty()) {
      k.toelichting[i] = "Geen school binnen bereik biedt alle behoeften van dit kind samen.";
    }
  }
  return k;
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
  uit.hoofdbehoefte = std::move(k.hoofdbehoefte);
  uit.toelichting = std::move(k.toelichting);
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
  uit.hoofdbehoefte = std::move(k.hoofdbehoefte);
  uit.toelichting = std::move(k.toelichting);
  return uit;
}

}  // namespace passend::engine
