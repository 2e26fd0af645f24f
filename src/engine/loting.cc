#include "engine/loting.h"

#include <algorithm>
#include <numeric>
#include <random>
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

namespace {

// The first 8 bytes of an id, big-endian and padded with zero bytes: comparing these as
// integers orders ids byte-wise (unsigned, as std::string does) unless they are equal.
uint64_t Voorvoegsel(std::string_view id) {
  uint64_t v = 0;
  for (size_t k = 0; k < 8; ++k) {
    v = (v << 8) | (k < id.size() ? static_cast<unsigned char>(id[k]) : 0U);
  }
  return v;
}

// The indices of `kinderen` sorted by id byte-wise, equal ids by index.
std::vector<size_t> OpId(const std::vector<std::string>& kinderen) {
  struct Item {
    uint64_t voorvoegsel;
    size_t index;
  };
  std::vector<Item> items(kinderen.size());
  for (size_t i = 0; i < kinderen.size(); ++i) items[i] = {Voorvoegsel(kinderen[i]), i};
  std::sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
    if (a.voorvoegsel != b.voorvoegsel) return a.voorvoegsel < b.voorvoegsel;
    const int c = kinderen[a.index].compare(kinderen[b.index]);
    return c != 0 ? c < 0 : a.index < b.index;
  });
  std::vector<size_t> volgorde(kinderen.size());
  for (size_t i = 0; i < items.size(); ++i) volgorde[i] = items[i].index;
  return volgorde;
}

// TrekLoten on `volgorde`, the children already sorted by id (from OpId).
std::vector<int64_t> Loten(std::vector<size_t> volgorde, uint64_t seed) {
  const size_t n = volgorde.size();
  std::mt19937_64 generator(seed);
  for (size_t i = n; i > 1; --i) {
    const size_t j = UniformBelow(generator, i);
    std::swap(volgorde[i - 1], volgorde[j]);
  }
  std::vector<int64_t> lot(n);
  for (size_t p = 0; p < n; ++p) lot[volgorde[p]] = static_cast<int64_t>(p) + 1;
  return lot;
}

}  // namespace

std::vector<int64_t> TrekLoten(const std::vector<std::string>& kinderen, uint64_t seed) {
  // Sorted by id (byte-wise), so that the lottery does not depend on the input order.
  return Loten(OpId(kinderen), seed);
}

namespace {

domain::Result<void> Valideer(const LotingsProbleem& p, const std::vector<size_t>& op_id) {
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
  // The first repeated id in input order: the smallest second index among equal ids.
  size_t dubbel = p.kinderen.size();
  for (size_t k = 1; k < op_id.size(); ++k) {
    if (p.kinderen[op_id[k]] == p.kinderen[op_id[k - 1]] &&
        (k < 2 || p.kinderen[op_id[k - 1]] != p.kinderen[op_id[k - 2]])) {
      dubbel = std::min(dubbel, op_id[k]);
    }
  }
  if (dubbel < p.kinderen.size()) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "kinderen: het kind " + p.kinderen[dubbel] + " staat er twee keer in.",
                        "kinderen");
  }
  // gezien[j] == i: child i already named school j (a stamp, so nothing is cleared per child).
  std::vector<int> gezien(s, -1);
  for (int i = 0; i < n; ++i) {
    for (int school : p.voorkeuren[i]) {
      if (school < 0 || school >= s) {
        return domain::Fail(domain::ErrorCode::kInvalid,
                            "kinderen: " + p.kinderen[i] + " noemt een onbekende school.",
                            "kinderen");
      }
      if (gezien[school] == i) {
        return domain::Fail(
            domain::ErrorCode::kInvalid,
            "kinderen: " + p.kinderen[i] + " noemt " + p.scholen[school].id + " twee keer.",
            "kinderen");
      }
      gezien[school] = i;
    }
  }
  // genoemd[i] == j: school j's priority list already named child i.
  std::vector<int> genoemd(n, -1);
  for (int j = 0; j < s; ++j) {
    const LotingsSchool& school = p.scholen[j];
    if (school.capaciteit < 0) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          "scholen: de capaciteit van " + school.id + " moet 0 of meer zijn.",
                          "scholen");
    }
    for (int kind : school.prioriteit) {
      if (kind < 0 || kind >= n || genoemd[kind] == j) {
        return domain::Fail(domain::ErrorCode::kInvalid,
                            "prioriteiten: de lijst van " + school.id +
                                " noemt een onbekend kind of een kind twee keer.",
                            "prioriteiten");
      }
      genoemd[kind] = j;
    }
  }
  return {};
}

// A held child at a school: rank in the high 32 bits, child index in the low 32 bits, so the
// largest key is the worst-ranked child. Ranks are below 2^32 (at most 2 × children).
using Sleutel = uint64_t;

Sleutel MaakSleutel(int64_t rang, int kind) {
  return (static_cast<uint64_t>(rang) << 32) | static_cast<uint32_t>(kind);
}

int KindVan(Sleutel sleutel) { return static_cast<int>(sleutel & 0xffffffffU); }

// A max-heap of keys with lazy removal: an entry whose child is no longer held here is stale
// and dropped when it reaches the top; `levend` counts the children still held.
struct Houder {
  std::vector<Sleutel> heap;
  int64_t levend = 0;
};

}  // namespace

domain::Result<LotingsUitkomst> Loot(const LotingsProbleem& p) {
  std::vector<size_t> op_id = OpId(p.kinderen);
  PASSEND_RETURN_IF_ERROR(Valideer(p, op_id));
  const auto n = static_cast<int>(p.kinderen.size());
  const auto s = static_cast<int>(p.scholen.size());
  LotingsUitkomst uit;
  uit.lotnummer = Loten(std::move(op_id), p.seed);
  uit.school_van.assign(n, -1);

  // A school's ranking key for a child: its place on the priority list, else after the whole
  // list by lottery number (issue 5: "one seeded lottery for ties"). Lower is better. The
  // priority entries are grouped per child (counting sort), sorted by school within a child.
  std::vector<int> prio_begin(static_cast<size_t>(n) + 1, 0);
  for (const LotingsSchool& school : p.scholen) {
    for (int kind : school.prioriteit) ++prio_begin[kind + 1];
  }
  for (int i = 0; i < n; ++i) prio_begin[i + 1] += prio_begin[i];
  std::vector<std::pair<int, int64_t>> prio(prio_begin[n]);  // (school, place on its list)
  {
    std::vector<int> vul(prio_begin.begin(), prio_begin.end() - 1);
    for (int j = 0; j < s; ++j) {
      const auto& lijst = p.scholen[j].prioriteit;
      for (size_t k = 0; k < lijst.size(); ++k) {
        prio[vul[lijst[k]]++] = {j, static_cast<int64_t>(k)};
      }
    }
    // Schools were visited in order, so each child's entries are already sorted by school.
  }
  std::vector<int64_t> lijst_lengte(s);  // flat copies of per-school fields read per proposal
  std::vector<int64_t> capaciteit(s);
  for (int j = 0; j < s; ++j) {
    lijst_lengte[j] = static_cast<int64_t>(p.scholen[j].prioriteit.size());
    capaciteit[j] = p.scholen[j].capaciteit;
  }
  auto rang = [&](int school, int kind) {
    const auto eerste = prio.begin() + prio_begin[kind];
    const auto laatste = prio.begin() + prio_begin[kind + 1];
    const auto it = std::lower_bound(eerste, laatste, std::pair<int, int64_t>{school, 0});
    if (it != laatste && it->first == school) return it->second;
    return lijst_lengte[school] + uit.lotnummer[kind];
  };
  auto groep_van = [&](int kind) { return p.groep_van.empty() ? -1 : p.groep_van[kind]; };

  // Per school a heap of held children; per (school, need with a limit) another one, at
  // groep_begin[school] + need.
  std::vector<Houder> vast(s);
  std::vector<size_t> groep_begin(static_cast<size_t>(s) + 1, 0);
  for (int j = 0; j < s; ++j) {
    const int64_t verwacht = std::min<int64_t>(p.scholen[j].capaciteit, n) + 1;
    vast[j].heap.reserve(static_cast<size_t>(verwacht));
    groep_begin[j + 1] = groep_begin[j] + p.scholen[j].groeps_plaatsen.size();
  }
  std::vector<Houder> vast_per_groep(groep_begin[s]);
  auto groeps_houder = [&](int school, int groep) -> Houder* {
    const auto& plaatsen = p.scholen[school].groeps_plaatsen;
    if (groep < 0 || groep >= static_cast<int>(plaatsen.size()) || plaatsen[groep] < 0) {
      return nullptr;
    }
    return &vast_per_groep[groep_begin[school] + groep];
  };
  // Removes and returns the worst-ranked child still held, dropping stale entries on the way.
  auto neem_slechtste = [&](Houder& houder, int school) {
    while (true) {
      std::pop_heap(houder.heap.begin(), houder.heap.end());
      const Sleutel top = houder.heap.back();
      houder.heap.pop_back();
      if (uit.school_van[KindVan(top)] == school) return top;
    }
  };

  std::vector<int> volgende(n, 0);
  // Free children propose in input order; the outcome of deferred acceptance (the
  // student-optimal stable matching) does not depend on that order.
  std::vector<int> vrij(n);
  for (int i = 0; i < n; ++i) vrij[i] = n - 1 - i;
  auto wijs_af = [&](int school, Sleutel sleutel) {
    const int kind = KindVan(sleutel);
    if (Houder* groep = groeps_houder(school, groep_van(kind))) --groep->levend;
    --vast[school].levend;
    uit.school_van[kind] = -1;
    vrij.push_back(kind);
  };
  while (!vrij.empty()) {
    const int kind = vrij.back();
    vrij.pop_back();
    const auto& lijst = p.voorkeuren[kind];
    if (volgende[kind] >= static_cast<int>(lijst.size())) continue;  // out of choices: unplaced
    const int school = lijst[volgende[kind]++];
    const Sleutel sleutel = MaakSleutel(rang(school, kind), kind);
    Houder& houder = vast[school];
    houder.heap.push_back(sleutel);
    std::push_heap(houder.heap.begin(), houder.heap.end());
    ++houder.levend;
    uit.school_van[kind] = school;
    if (Houder* groep = groeps_houder(school, groep_van(kind))) {
      groep->heap.push_back(sleutel);
      std::push_heap(groep->heap.begin(), groep->heap.end());
      ++groep->levend;
      if (groep->levend > p.scholen[school].groeps_plaatsen[groep_van(kind)]) {
        wijs_af(school, neem_slechtste(*groep, school));
      }
    }
    if (houder.levend > capaciteit[school]) {
      wijs_af(school, neem_slechtste(houder, school));
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
