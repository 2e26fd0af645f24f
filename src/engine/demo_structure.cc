#include "engine/demo_structure.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string>
#include <utility>

#include "engine/demo_names.h"
#include "engine/rng.h"

namespace passend::engine {
namespace {

using domain::SchoolSoort;
using domain::Sector;

// Random streams per phase, so that changing one phase leaves the others' numbers alone.
constexpr uint64_t kStreamStructuur = 1;

struct SoortDoel {
  int64_t scholen;
  int64_t leerlingen;
};

struct Doelen {
  int swvs_per_sector;
  SoortDoel bao, sbo, so, vso, pro, vo;
  int so_landelijk;   // cluster 1 and 2 so locations, outside the SWVs
  int vso_landelijk;  // cluster 1 and 2 vso locations
};

// `land`: about 2.5 million students, 6,800 locations, 150 SWVs (domain.md §4: 150 SWVs in
// 2019). Split and special-education shares are approximations of DUO's public counts for
// 2023-24: about 1.45 million in PO and 1.0 million in VO; sbo, so and vso together about
// 4 % (sbo ~30k, so ~30k, vso ~36k), pro ~30k. Location counts are scaled to the brief's
// 6,800, which is why a bao location averages ~260 students (DUO: ~6,200 bao locations).
constexpr Doelen kLand{
    75, {5300, 1390000}, {190, 30000}, {165, 30000}, {165, 36000}, {110, 30000}, {870, 984000}, 25,
    20};

// `regio`: one PO and one VO SWV the size of Eemland, about 25,000 students and 66 locations.
constexpr Doelen kRegio{1, {50, 13900}, {2, 320}, {2, 300}, {2, 450}, {1, 330}, {9, 9700}, 0, 0};

template <typename T>
T Must(domain::Result<T> result, const char* what) {
  if (!result) {
    // Only generator bugs get here: every input is produced by this file.
    std::fprintf(stderr, "demo: %s: %s\n", what, result.error().message.c_str());
    std::abort();
  }
  return *std::move(result);
}

// Squared distance on a flat grid of 1/1000 degree, longitude shrunk by cos 52°: integer so
// that the nearest-centre choice is the same on every machine.
int64_t Afstand2(const GemeenteInfo& a, const GemeenteInfo& b) {
  const int64_t dy = std::llround(a.lat * 1000) - std::llround(b.lat * 1000);
  const int64_t dx = (std::llround(a.lon * 1000) - std::llround(b.lon * 1000)) * 616 / 1000;
  return dy * dy + dx * dx;
}

std::vector<DemoGemeente> KiesGemeenten(DemoScale scale) {
  std::vector<const GemeenteInfo*> gekozen;
  for (const GemeenteInfo& g : Gemeenten()) gekozen.push_back(&g);
  if (scale == DemoScale::kRegio) {
    // Keep the regio's municipalities in the order RegioGemeenteCodes() lists them.
    std::vector<const GemeenteInfo*> regio;
    for (std::string_view code : RegioGemeenteCodes()) {
      for (const GemeenteInfo* g : gekozen) {
        if (g->code == code) regio.push_back(g);
      }
    }
    gekozen = std::move(regio);
  }

  // In `land` each province's inhabitants are spread over the municipalities we list, so that
  // provinces keep their real share of the students although most small towns are missing.
  std::vector<int64_t> genoemd(Provincies().size(), 0);
  for (const GemeenteInfo* g : gekozen) genoemd[g->provincie] += g->inwoners_k;

  std::vector<DemoGemeente> result;
  for (const GemeenteInfo* g : gekozen) {
    DemoGemeente d;
    d.info = g;
    d.gemeente.code = Must(domain::GemeenteCode::Parse(g->code), "gemeentecode");
    d.gemeente.naam = std::string(g->naam);
    d.gemeente.provincie = std::string(Provincies()[g->provincie].naam);
    d.gewicht = int64_t{g->inwoners_k} * 1000;
    if (scale == DemoScale::kLand) {
      d.gewicht = d.gewicht * Provincies()[g->provincie].inwoners_k / genoemd[g->provincie];
    }
    result.push_back(std::move(d));
  }
  return result;
}

void VoegSwvToe(DemoStructure& s, Sector sector, int provincie, int volgnummer,
                std::string_view regio_naam, std::vector<int> gemeenten) {
  const bool po = sector == Sector::kPo;
  DemoSwv d;
  d.provincie = provincie;
  d.swv.code =
      Must(domain::SwvCode::Parse(fmt::format("{}{}{:02}", po ? "PO" : "VO",
                                              Provincies()[provincie].duo_regio, volgnummer)),
           "swv-code");
  d.swv.naam = fmt::format("Samenwerkingsverband {} {}",
                           po ? "Passend Primair Onderwijs" : "Voortgezet Onderwijs", regio_naam);
  std::sort(gemeenten.begin(), gemeenten.end());
  int64_t som = 0;
  for (int g : gemeenten) {
    d.swv.gemeenten.push_back(s.gemeenten[g].gemeente.code);
    som += s.gemeenten[g].gewicht;
    d.cumulatief.push_back(som);
  }
  d.gemeenten = std::move(gemeenten);
  s.swvs.push_back(std::move(d));
}

// Real SWV regions form around towns: per province the largest municipalities become centres
// and every other municipality joins the nearest centre.
void MaakSwvsLand(DemoStructure& s, Sector sector, int aantal) {
  const int provincies = static_cast<int>(Provincies().size());
  std::vector<std::vector<int>> per_provincie(provincies);
  std::vector<int64_t> gewichten(provincies, 0);
  for (int i = 0; i < static_cast<int>(s.gemeenten.size()); ++i) {
    const int p = s.gemeenten[i].info->provincie;
    per_provincie[p].push_back(i);
    gewichten[p] += s.gemeenten[i].gewicht;
  }
  const std::vector<int64_t> per_prov = Apportion(aantal, gewichten, 1);
  for (int p = 0; p < provincies; ++p) {
    std::vector<int> leden = per_provincie[p];
    const int k =
        static_cast<int>(std::min<int64_t>(per_prov[p], static_cast<int64_t>(leden.size())));
    if (k == 0) continue;
    std::vector<int> centra = leden;
    std::sort(centra.begin(), centra.end(), [&](int a, int b) {
      if (s.gemeenten[a].gewicht != s.gemeenten[b].gewicht) {
        return s.gemeenten[a].gewicht > s.gemeenten[b].gewicht;
      }
      return a < b;
    });
    centra.resize(k);
    std::vector<std::vector<int>> groepen(k);
    for (int g : leden) {
      int beste = 0;
      int64_t beste_afstand = -1;
      for (int c = 0; c < k; ++c) {
        const int64_t d = Afstand2(*s.gemeenten[g].info, *s.gemeenten[centra[c]].info);
        if (beste_afstand < 0 || d < beste_afstand) {
          beste = c;
          beste_afstand = d;
        }
      }
      groepen[beste].push_back(g);
    }
    for (int c = 0; c < k; ++c) {
      std::string naam = s.gemeenten[centra[c]].gemeente.naam;
      if (groepen[c].size() > 1) naam += " e.o.";
      VoegSwvToe(s, sector, p, c + 1, naam, std::move(groepen[c]));
    }
  }
}

int64_t SwvGewicht(const DemoStructure& s, int swv) { return s.swvs[swv].cumulatief.back(); }

int TrekGemeente(Rng& rng, const DemoSwv& swv) {
  const int64_t target =
      static_cast<int64_t>(rng.Below(static_cast<uint64_t>(swv.cumulatief.back())));
  return swv.gemeenten[PickCumulative(swv.cumulatief, target)];
}

DemoSchool NieuweSchool(SchoolSoort soort, int cluster, int gemeente, int swv) {
  DemoSchool d;
  d.school.soort = soort;
  if (cluster > 0) d.school.cluster = cluster;
  d.gemeente = gemeente;
  d.swv = swv;
  return d;
}

// Places `aantal` locations of `soort` in SWV `swv`. Regular schools follow the population of
// each municipality; special schools sit in the largest town first, then anywhere in the region.
void PlaatsScholen(DemoStructure& s, Rng& rng, int swv, SchoolSoort soort, int64_t aantal,
                   bool per_gemeente) {
  const DemoSwv& regio = s.swvs[swv];
  if (aantal <= 0) return;
  const bool cluster = domain::HasCluster(soort);
  int volgende_cluster = rng.PerMille(500) ? 3 : 4;
  auto cluster_van = [&]() {
    if (!cluster) return 0;
    const int c = volgende_cluster;
    volgende_cluster = 7 - volgende_cluster;  // alternate 3 and 4
    return c;
  };
  if (per_gemeente) {
    std::vector<int64_t> gewichten;
    for (int g : regio.gemeenten) gewichten.push_back(s.gemeenten[g].gewicht);
    const int64_t minimum = soort == SchoolSoort::kBao ? 1 : 0;
    const std::vector<int64_t> per = Apportion(aantal, gewichten, minimum);
    for (size_t i = 0; i < per.size(); ++i) {
      for (int64_t n = 0; n < per[i]; ++n) {
        s.scholen.push_back(NieuweSchool(soort, cluster_van(), regio.gemeenten[i], swv));
      }
    }
    return;
  }
  int grootste = regio.gemeenten[0];
  for (int g : regio.gemeenten) {
    if (s.gemeenten[g].gewicht > s.gemeenten[grootste].gewicht) grootste = g;
  }
  for (int64_t n = 0; n < aantal; ++n) {
    const int g = n == 0 ? grootste : TrekGemeente(rng, regio);
    s.scholen.push_back(NieuweSchool(soort, cluster_van(), g, swv));
  }
}

void MaakScholen(DemoStructure& s, Rng& rng, const Doelen& doelen) {
  std::vector<int> po, vo;
  std::vector<int64_t> po_gewicht, vo_gewicht;
  for (int i = 0; i < static_cast<int>(s.swvs.size()); ++i) {
    const bool is_po = s.swvs[i].swv.sector() == Sector::kPo;
    (is_po ? po : vo).push_back(i);
    (is_po ? po_gewicht : vo_gewicht).push_back(SwvGewicht(s, i));
  }
  // domain.md §2: clusters 1 and 2 are national; the rest of (v)so belongs to an SWV.
  const auto bao = Apportion(doelen.bao.scholen, po_gewicht, 1);
  const auto sbo = Apportion(doelen.sbo.scholen, po_gewicht, 1);
  const auto so = Apportion(doelen.so.scholen - doelen.so_landelijk, po_gewicht, 1);
  for (size_t i = 0; i < po.size(); ++i) {
    PlaatsScholen(s, rng, po[i], SchoolSoort::kBao, bao[i], true);
    PlaatsScholen(s, rng, po[i], SchoolSoort::kSbo, sbo[i], false);
    PlaatsScholen(s, rng, po[i], SchoolSoort::kSo, so[i], false);
  }
  const auto vos = Apportion(doelen.vo.scholen, vo_gewicht, 1);
  const auto pro = Apportion(doelen.pro.scholen, vo_gewicht, 1);
  const auto vso = Apportion(doelen.vso.scholen - doelen.vso_landelijk, vo_gewicht, 1);
  for (size_t i = 0; i < vo.size(); ++i) {
    PlaatsScholen(s, rng, vo[i], SchoolSoort::kVo, vos[i], true);
    PlaatsScholen(s, rng, vo[i], SchoolSoort::kPro, pro[i], false);
    PlaatsScholen(s, rng, vo[i], SchoolSoort::kVso, vso[i], false);
  }

  // National cluster 1 (visual) and 2 (auditory) locations in the larger towns; about one in
  // five is cluster 1, which is far smaller than cluster 2 in reality too.
  std::vector<int64_t> cumulatief;
  int64_t som = 0;
  for (const DemoGemeente& g : s.gemeenten) cumulatief.push_back(som += g.gewicht);
  auto landelijk = [&](SchoolSoort soort, int aantal) {
    for (int n = 0; n < aantal; ++n) {
      const int64_t target = static_cast<int64_t>(rng.Below(static_cast<uint64_t>(som)));
      s.scholen.push_back(
          NieuweSchool(soort, n % 5 == 0 ? 1 : 2, PickCumulative(cumulatief, target), -1));
    }
  };
  landelijk(SchoolSoort::kSo, doelen.so_landelijk);
  landelijk(SchoolSoort::kVso, doelen.vso_landelijk);

  // Students per location: the type's total split over its locations with random sizes.
  const std::pair<SchoolSoort, int64_t> totalen[] = {
      {SchoolSoort::kBao, doelen.bao.leerlingen}, {SchoolSoort::kSbo, doelen.sbo.leerlingen},
      {SchoolSoort::kSo, doelen.so.leerlingen},   {SchoolSoort::kVso, doelen.vso.leerlingen},
      {SchoolSoort::kPro, doelen.pro.leerlingen}, {SchoolSoort::kVo, doelen.vo.leerlingen}};
  for (const auto& [soort, totaal] : totalen) {
    std::vector<int> indexen;
    std::vector<int64_t> gewichten;
    for (int i = 0; i < static_cast<int>(s.scholen.size()); ++i) {
      if (s.scholen[i].school.soort != soort) continue;
      indexen.push_back(i);
      gewichten.push_back(rng.Range(40, 160));
    }
    const auto aantallen = Apportion(totaal, gewichten, 1);
    for (size_t i = 0; i < indexen.size(); ++i) s.scholen[indexen[i]].leerlingen = aantallen[i];
  }
  s.leerlingen = 0;
  for (const DemoSchool& d : s.scholen) s.leerlingen += d.leerlingen;
}

void VulSchoolGegevens(DemoStructure& s, Rng& rng) {
  const auto straten = Straatnamen();
  for (DemoSchool& d : s.scholen) {
    const DemoGemeente& g = s.gemeenten[d.gemeente];
    d.school.naam = SchoolNaam(rng, d.school.soort, d.school.cluster.value_or(0), g.gemeente.naam);
    d.school.adres.straat = std::string(rng.Pick(straten));
    d.school.adres.huisnummer = std::to_string(rng.Range(1, 250));
    d.school.adres.postcode = MakePostcode(rng, *g.info);
    d.school.adres.plaats = g.gemeente.naam;
    d.school.gemeente = g.gemeente.code;
    // Schools lie well inside their municipality: two thirds of its radius.
    d.school.positie = Jitter(rng, {g.info->lat, g.info->lon}, StraalMeter(*g.info) * 2 / 3);
    if (d.swv >= 0) d.school.swv = s.swvs[d.swv].swv.code;
  }
}

// A permutation i -> (offset + i * stride) mod n: distinct codes that do not look sequential.
struct Permutatie {
  uint64_t n, offset, stride;
  Permutatie(Rng& rng, uint64_t size) : n(size), offset(rng.Below(size)), stride(0) {
    do {
      stride = 1 + rng.Below(size - 1);
    } while (std::gcd(stride, size) != 1);
  }
  uint64_t operator()(uint64_t i) const { return (offset + (i % n) * stride) % n; }
};

int ChunkGrootte(Rng& rng, Sector sector) {
  // Boards: many PO boards run one school (eenpitters) while others run twenty; VO boards are
  // fewer and smaller in locations. Tuned so that `land` gets about 1,000 boards.
  if (sector == Sector::kPo) {
    const uint64_t r = rng.Below(1000);
    if (r < 200) return 1;
    if (r < 600) return rng.Range(2, 8);
    return rng.Range(10, 26);
  }
  const uint64_t r = rng.Below(1000);
  if (r < 200) return 1;
  if (r < 700) return rng.Range(2, 4);
  return rng.Range(5, 10);
}

void MaakBesturen(DemoStructure& s, Rng& rng) {
  Permutatie codes(rng, 90000);
  auto nieuw_bestuur = [&](BestuurSoort soort, const std::vector<int>& scholen) {
    domain::Bestuur b;
    b.code = std::to_string(10000 + codes(s.besturen.size()));
    const DemoSchool& eerste = s.scholen[scholen.front()];
    if (scholen.size() == 1 && soort == BestuurSoort::kPrimair) {
      b.naam = "Stichting " + eerste.school.naam;  // an eenpitter carries its school's name
    } else {
      b.naam = BestuurNaam(rng, soort, s.gemeenten[eerste.gemeente].gemeente.naam);
    }
    for (int i : scholen) s.scholen[i].school.bestuur = b.code;
    s.besturen.push_back(std::move(b));
  };
  auto in_stukken = [&](const std::vector<int>& scholen, BestuurSoort soort, auto grootte) {
    for (size_t i = 0; i < scholen.size();) {
      const size_t n = std::min(scholen.size() - i, static_cast<size_t>(grootte()));
      nieuw_bestuur(soort, std::vector<int>(scholen.begin() + i, scholen.begin() + i + n));
      i += n;
    }
  };

  const int provincies = static_cast<int>(Provincies().size());
  std::vector<std::vector<int>> speciaal(provincies);
  std::vector<int> cluster1, cluster2;
  for (int swv = 0; swv < static_cast<int>(s.swvs.size()); ++swv) {
    const Sector sector = s.swvs[swv].swv.sector();
    std::vector<int> regulier;
    for (int i = 0; i < static_cast<int>(s.scholen.size()); ++i) {
      const DemoSchool& d = s.scholen[i];
      if (d.swv != swv) continue;
      const bool wec = domain::HasCluster(d.school.soort);
      (wec ? speciaal[s.swvs[swv].provincie] : regulier).push_back(i);
    }
    in_stukken(regulier, sector == Sector::kPo ? BestuurSoort::kPrimair : BestuurSoort::kVoortgezet,
               [&] { return ChunkGrootte(rng, sector); });
  }
  // (V)so of clusters 3 and 4 is run by a few regional boards per province, often so and vso
  // together.
  for (const std::vector<int>& scholen : speciaal) {
    std::vector<int> gesorteerd = scholen;
    std::sort(gesorteerd.begin(), gesorteerd.end());
    in_stukken(gesorteerd, BestuurSoort::kSpeciaal, [&] { return rng.Range(2, 6); });
  }
  for (int i = 0; i < static_cast<int>(s.scholen.size()); ++i) {
    if (s.scholen[i].swv >= 0) continue;
    (s.scholen[i].school.cluster == 1 ? cluster1 : cluster2).push_back(i);
  }
  if (!cluster1.empty()) in_stukken(cluster1, BestuurSoort::kLandelijk, [] { return 1000; });
  in_stukken(cluster2, BestuurSoort::kLandelijk, [&] { return rng.Range(4, 8); });
}

void MaakSchoolcodes(DemoStructure& s, Rng& rng) {
  // BRIN: 2 digits + 2 letters, 100 * 26 * 26 possibilities.
  Permutatie brins(rng, uint64_t{100} * 26 * 26);
  uint64_t volgende = 0;
  const DemoSchool* vorige = nullptr;
  for (DemoSchool& d : s.scholen) {
    // A VO board often runs several locations of one school in the same town: they share the
    // BRIN and count up the vestiging number.
    if (vorige != nullptr && d.school.soort == SchoolSoort::kVo &&
        vorige->school.soort == SchoolSoort::kVo && vorige->school.bestuur == d.school.bestuur &&
        vorige->gemeente == d.gemeente && vorige->school.code.vestiging() < 99 &&
        rng.PerMille(400)) {
      d.school.code = Must(domain::Vestigingscode::Make(vorige->school.code.brin(),
                                                        vorige->school.code.vestiging() + 1),
                           "vestigingscode");
    } else {
      const uint64_t n = brins(volgende++);
      const int cijfers = static_cast<int>(n / 676);
      const int letters = static_cast<int>(n % 676);
      const char tekst[4] = {
          static_cast<char>('0' + cijfers / 10), static_cast<char>('0' + cijfers % 10),
          static_cast<char>('A' + letters / 26), static_cast<char>('A' + letters % 26)};
      const domain::Brin brin = Must(domain::Brin::Parse(std::string_view(tekst, 4)), "brin");
      d.school.code = Must(domain::Vestigingscode::Make(brin, 0), "vestigingscode");
    }
    vorige = &d;
  }
}

}  // namespace

std::vector<int64_t> Apportion(int64_t total, std::span<const int64_t> weights, int64_t minimum) {
  const int64_t n = static_cast<int64_t>(weights.size());
  std::vector<int64_t> result(weights.size(), 0);
  if (n == 0 || total <= 0) return result;
  if (minimum * n > total) minimum = 0;
  const int64_t rest = total - minimum * n;
  int64_t som = 0;
  for (int64_t w : weights) som += w;
  if (som <= 0) {
    // No weights: split evenly.
    for (int64_t i = 0; i < n; ++i) result[i] = minimum + rest / n + (i < rest % n ? 1 : 0);
    return result;
  }
  std::vector<std::pair<int64_t, int64_t>> resten;  // (remainder, index)
  int64_t verdeeld = 0;
  for (int64_t i = 0; i < n; ++i) {
    // rest * weight stays far below 2^63: at most 2.5e6 * 1e6 here.
    const int64_t deel = rest * weights[i];
    result[i] = minimum + deel / som;
    verdeeld += deel / som;
    resten.emplace_back(deel % som, i);
  }
  std::sort(resten.begin(), resten.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  for (int64_t i = 0; i < rest - verdeeld; ++i) ++result[resten[i].second];
  return result;
}

int PickCumulative(std::span<const int64_t> cumulatief, int64_t target) {
  return static_cast<int>(std::upper_bound(cumulatief.begin(), cumulatief.end(), target) -
                          cumulatief.begin());
}

DemoStructure BuildStructure(const DemoOptions& options) {
  DemoStructure s;
  Rng rng(options.seed, kStreamStructuur);
  const Doelen& doelen = options.scale == DemoScale::kLand ? kLand : kRegio;
  s.gemeenten = KiesGemeenten(options.scale);
  if (options.scale == DemoScale::kLand) {
    MaakSwvsLand(s, Sector::kPo, doelen.swvs_per_sector);
    MaakSwvsLand(s, Sector::kVo, doelen.swvs_per_sector);
  } else {
    std::vector<int> alle(s.gemeenten.size());
    std::iota(alle.begin(), alle.end(), 0);
    const int utrecht = s.gemeenten.front().info->provincie;
    VoegSwvToe(s, Sector::kPo, utrecht, 1, "Eemland", alle);
    VoegSwvToe(s, Sector::kVo, utrecht, 1, "Eemland", alle);
  }
  MaakScholen(s, rng, doelen);
  VulSchoolGegevens(s, rng);
  MaakBesturen(s, rng);
  MaakSchoolcodes(s, rng);
  return s;
}

}  // namespace passend::engine
