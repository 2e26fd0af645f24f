#include "engine/loting.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <set>
#include <unordered_map>
#include <utility>

namespace passend::engine {

std::string_view LotingsRedenCode(LotingsReden reden) {
  switch (reden) {
    case LotingsReden::kGeenVoorkeur:
      return "geen-voorkeur";
    case LotingsReden::kAlleKeuzesVol:
      return "alle-keuzes-vol";
  }
  return "onbekend";
}

std::string_view LotingsRedenTekst(LotingsReden reden) {
  switch (reden) {
    case LotingsReden::kGeenVoorkeur:
      return "Het kind heeft geen school opgegeven.";
    case LotingsReden::kAlleKeuzesVol:
      return "Alle opgegeven scholen zijn vol met kinderen die daar voorgaan (voorrang of "
             "lotnummer).";
  }
  return "";
}

std::vector<int64_t> TrekLoten(const std::vector<std::string>& kinderen, uint64_t seed) {
  const size_t n = kinderen.size();
  std::vector<size_t> volgorde(n);
  std::iota(volgorde.begin(), volgorde.end(), size_t{0});
  // Sorted by id (byte-wise), so that the lottery does not depend on the input order.
  std::sort(volgorde.begin(), volgorde.end(),
            [&](size_t a, size_t b) { return kinderen[a] < kinderen[b]; });
  std::mt19937_64 generator(seed);
  for (size_t i = n; i > 1; --i) {
    const size_t j = UniformBelow(generator, i);
    std::swap(volgorde[i - 1], volgorde[j]);
  }
  std::vector<int64_t> lot(n);
  for (size_t p = 0; p < n; ++p) lot[volgorde[p]] = static_cast<int64_t>(p) + 1;
  return lot;
}

namespace {

domain::Result<void> Valideer(const LotingsProbleem& p) {
  const auto n = static_cast<int>(p.kinderen.size());
  const auto s = static_cast<int>(p.scholen.size());
  if (p.voorkeuren.size() != p.kinderen.size()) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "kinderen: geef voor elk kind een lijst met scholen.", "kinderen");
  }
  if (!p.groep_van.empty() && p.groep_van.size() != p.kinderen.size()) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "groep: geef voor elk kind een behoefte of geen.", "groep");
  }
  std::set<std::string_view> ids;
  for (const std::string& id : p.kinderen) {
    if (!ids.insert(id).second) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "kinderen: het kind " + id + " staat er twee keer in.", "kinderen");
    }
  }
  for (int i = 0; i < n; ++i) {
    std::set<int> gezien;
    for (int school : p.voorkeuren[i]) {
      if (school < 0 || school >= s) {
        return domain::Fail(domain::ErrorCode::kInvalid,
                            "kinderen: " + p.kinderen[i] + " noemt een onbekende school.",
                            "kinderen");
      }
      if (!gezien.insert(school).second) {
        return domain::Fail(
            domain::ErrorCode::kInvalid,
            "kinderen: " + p.kinderen[i] + " noemt " + p.scholen[school].id + " twee keer.",
            "kinderen");
      }
    }
  }
  for (const LotingsSchool& school : p.scholen) {
    if (school.capaciteit < 0) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "scholen: de capaciteit van " + school.id + " moet 0 of meer zijn.",
                          "scholen");
    }
    std::set<int> gezien;
    for (int kind : school.prioriteit) {
      if (kind < 0 || kind >= n || !gezien.insert(kind).second) {
        return domain::Fail(domain::ErrorCode::kInvalid,
                            "prioriteiten: de lijst van " + school.id +
                                " noemt een onbekend kind of een kind twee keer.",
                            "prioriteiten");
      }
    }
  }
  return {};
}

}  // namespace

domain::Result<LotingsUitkomst> Loot(const LotingsProbleem& p) {
  PASSEND_RETURN_IF_ERROR(Valideer(p));
  const auto n = static_cast<int>(p.kinderen.size());
  const auto s = static_cast<int>(p.scholen.size());
  LotingsUitkomst uit;
  uit.lotnummer = TrekLoten(p.kinderen, p.seed);
  uit.school_van.assign(n, -1);

  // A school's ranking key for a child: its place on the priority list, else after the whole
  // list by lottery number (issue 5: "one seeded lottery for ties"). Lower is better.
  std::vector<std::unordered_map<int, int64_t>> voorrang(s);
  for (int j = 0; j < s; ++j) {
    const auto& lijst = p.scholen[j].prioriteit;
    for (size_t k = 0; k < lijst.size(); ++k) voorrang[j][lijst[k]] = static_cast<int64_t>(k);
  }
  auto rang = [&](int school, int kind) {
    const auto it = voorrang[school].find(kind);
    if (it != voorrang[school].end()) return it->second;
    return static_cast<int64_t>(p.scholen[school].prioriteit.size()) + uit.lotnummer[kind];
  };
  auto groep_van = [&](int kind) { return p.groep_van.empty() ? -1 : p.groep_van[kind]; };
  auto groeps_limiet = [&](int school, int groep) -> int64_t {
    const auto& plaatsen = p.scholen[school].groeps_plaatsen;
    if (groep < 0 || groep >= static_cast<int>(plaatsen.size())) return -1;
    return plaatsen[groep];
  };

  using Houder = std::set<std::pair<int64_t, int>>;  // (rank, child), best first
  std::vector<Houder> vast(s);
  std::vector<std::unordered_map<int, Houder>> vast_per_groep(s);
  std::vector<size_t> volgende(n, 0);
  // Free children propose in input order; the outcome of deferred acceptance (the
  // student-optimal stable matching) does not depend on that order.
  std::vector<int> vrij(n);
  for (int i = 0; i < n; ++i) vrij[i] = n - 1 - i;
  auto wijs_af = [&](int school, Houder::iterator it) {
    const int kind = it->second;
    const int groep = groep_van(kind);
    if (groeps_limiet(school, groep) >= 0) vast_per_groep[school][groep].erase(*it);
    vast[school].erase(it);
    uit.school_van[kind] = -1;
    vrij.push_back(kind);
  };
  while (!vrij.empty()) {
    const int kind = vrij.back();
    vrij.pop_back();
    if (volgende[kind] >= p.voorkeuren[kind].size()) continue;  // out of choices: unplaced
    const int school = p.voorkeuren[kind][volgende[kind]++];
    const std::pair<int64_t, int> sleutel{rang(school, kind), kind};
    vast[school].insert(sleutel);
    uit.school_van[kind] = school;
    const int groep = groep_van(kind);
    const int64_t limiet = groeps_limiet(school, groep);
    if (limiet >= 0) {
      Houder& groeps_houder = vast_per_groep[school][groep];
      groeps_houder.insert(sleutel);
      if (static_cast<int64_t>(groeps_houder.size()) > limiet) {
        wijs_af(school, vast[school].find(*std::prev(groeps_houder.end())));
      }
    }
    if (static_cast<int64_t>(vast[school].size()) > p.scholen[school].capaciteit) {
      wijs_af(school, std::prev(vast[school].end()));
    }
  }
  for (int i = 0; i < n; ++i) {
    if (uit.school_van[i] >= 0) continue;
    uit.niet_geplaatst.push_back(
        {i, p.voorkeuren[i].empty() ? LotingsReden::kGeenVoorkeur : LotingsReden::kAlleKeuzesVol});
  }
  return uit;
}

}  // namespace passend::engine
