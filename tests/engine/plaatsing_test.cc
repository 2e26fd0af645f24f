// Exact regional placement (src/engine/plaatsing.h, issue 5 items 5 and 6): hand-checked
// optima, capacities, reasons for the unplaced, and a brute-force cross-check.

#include "engine/plaatsing.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "engine/plaatsing_kosten.h"

namespace passend::engine {
namespace {

// A plain instance as issue 5 item 6 writes it: children, schools with capacity, pairs.
PlaatsingsProbleem Probleem(int kinderen, std::vector<int64_t> capaciteit,
                            std::vector<PlaatsingsOptie> opties, int64_t niet_geplaatst) {
  PlaatsingsProbleem p;
  for (int i = 0; i < kinderen; ++i) p.kinderen.push_back(fmt::format("k{}", i + 1));
  p.niet_geplaatst_kosten.assign(kinderen, niet_geplaatst);
  for (size_t j = 0; j < capaciteit.size(); ++j) {
    p.scholen.push_back({fmt::format("s{}", j + 1), capaciteit[j]});
  }
  p.opties = std::move(opties);
  return p;
}

TEST(Plaatsing, FindsTheOptimumWhereNearestFirstIsWorse) {
  // Nearest-first in input order gives k1 → s1 (1) and then k2 → s2 (10): 11. The optimum
  // swaps them: k1 → s2 (2) and k2 → s1 (2): 4.
  auto p = Probleem(2, {1, 1}, {{0, 0, 1}, {0, 1, 2}, {1, 0, 2}, {1, 1, 10}}, 100);
  auto uit = Plaats(p);
  ASSERT_TRUE(uit) << uit.error().message;
  EXPECT_EQ(uit->school_van, (std::vector<int>{1, 0}));
  EXPECT_EQ(uit->totale_kosten, 4);
  EXPECT_TRUE(uit->niet_geplaatst.empty());
}

TEST(Plaatsing, RespectsCapacityAndEscalatesTheChildWhoseAlternativeCostsMost) {
  // Three children want s1 (one place); s2 has room but is far. k3's move to s2 costs least
  // extra (8 − 3 = 5), k2 has no alternative and is escalated at 20.
  auto p = Probleem(3, {1, 5}, {{0, 0, 1}, {0, 1, 9}, {1, 0, 2}, {2, 0, 3}, {2, 1, 8}}, 20);
  auto uit = Plaats(p);
  ASSERT_TRUE(uit);
  // Options: k1 s1 + k3 s2 + k2 out = 1 + 8 + 20 = 29; k2 s1 + k1 s2 + k3 s2 = 2 + 9 + 8 = 19.
  EXPECT_EQ(uit->school_van, (std::vector<int>{1, 0, 1}));
  EXPECT_EQ(uit->totale_kosten, 19);
}

TEST(Plaatsing, GivesEveryUnplacedChildItsReason) {
  PlaatsingsProbleem p = Probleem(5, {1, 3, 3}, {}, 10);
  p.opties = {
      {0, 0, 1},   // k1 takes s1's only place
      {1, 0, 2},   // k2: only s1, now full → scholen-vol
      {2, 1, 50},  // k3: s2 has room but costs more than escalating (10)
      {4, 2, 1},   // k5: s3 has places, but none for its need → geen-plaats-voor-behoefte
  };               // k4 has no school at all → geen-school
  p.groepen = {"gedrag"};
  p.groep_van = {-1, -1, -1, -1, 0};
  p.groeps_plaatsen = {{2, 0, 0}};
  auto uit = Plaats(p);
  ASSERT_TRUE(uit);
  EXPECT_EQ(uit->school_van, (std::vector<int>{0, -1, -1, -1, -1}));
  ASSERT_EQ(uit->niet_geplaatst.size(), 4u);
  EXPECT_EQ(uit->niet_geplaatst[0].reden, NietGeplaatstReden::kScholenVol);
  EXPECT_EQ(uit->niet_geplaatst[1].reden, NietGeplaatstReden::kEscalerenGoedkoper);
  EXPECT_EQ(uit->niet_geplaatst[2].reden, NietGeplaatstReden::kGeenSchool);
  EXPECT_EQ(uit->niet_geplaatst[3].reden, NietGeplaatstReden::kGeenPlaatsVoorBehoefte);
  EXPECT_EQ(uit->totale_kosten, 1 + 4 * 10);
  EXPECT_EQ(RedenCode(NietGeplaatstReden::kGeenPlaatsVoorBehoefte), "geen-plaats-voor-behoefte");
}

TEST(Plaatsing, PlacesRatherThanEscalatesWhenBothCostTheSame) {
  auto p = Probleem(1, {1}, {{0, 0, 10}}, 10);
  auto uit = Plaats(p);
  ASSERT_TRUE(uit);
  EXPECT_EQ(uit->school_van, (std::vector<int>{0}));
  EXPECT_EQ(uit->totale_kosten, 10);
}

TEST(Plaatsing, RejectsNegativeCostsDuplicatePairsAndUnknownSchools) {
  auto negatief = Plaats(Probleem(1, {1}, {{0, 0, -1}}, 10));
  ASSERT_FALSE(negatief);
  EXPECT_EQ(negatief.error().field, "kosten");
  auto dubbel = Plaats(Probleem(1, {1}, {{0, 0, 1}, {0, 0, 2}}, 10));
  ASSERT_FALSE(dubbel);
  EXPECT_NE(dubbel.error().message.find("twee keer"), std::string::npos);
  EXPECT_FALSE(Plaats(Probleem(1, {1}, {{0, 3, 1}}, 10)));
  EXPECT_FALSE(Plaats(Probleem(1, {-1}, {}, 10)));
  auto te_groot = Plaats(Probleem(1, {1}, {{0, 0, std::numeric_limits<int64_t>::max() / 2}}, 10));
  ASSERT_FALSE(te_groot);
  EXPECT_EQ(te_groot.error().field, "kosten");
}

// Every assignment of up to 6 children to 3 schools (or none), checked against capacities and
// places per need; returns {minimum cost, most children placed at that cost}.
std::pair<int64_t, int> BruteForce(const PlaatsingsProbleem& p) {
  const int n = static_cast<int>(p.kinderen.size());
  const int s = static_cast<int>(p.scholen.size());
  std::vector<std::vector<int64_t>> kosten(n, std::vector<int64_t>(s, -1));
  for (const PlaatsingsOptie& o : p.opties) kosten[o.kind][o.school] = o.kosten;
  std::pair<int64_t, int> beste{std::numeric_limits<int64_t>::max(), 0};
  std::vector<int> keuze(n, -1);
  std::function<void(int)> recurse = [&](int i) {
    if (i == n) {
      std::vector<int64_t> bezet(s, 0);
      std::vector<std::vector<int64_t>> groep(s, std::vector<int64_t>(p.groepen.size(), 0));
      int64_t totaal = 0;
      int geplaatst = 0;
      for (int k = 0; k < n; ++k) {
        if (keuze[k] < 0) {
          totaal += p.niet_geplaatst_kosten[k];
          continue;
        }
        ++geplaatst;
        totaal += kosten[k][keuze[k]];
        ++bezet[keuze[k]];
        if (!p.groep_van.empty() && p.groep_van[k] >= 0) ++groep[keuze[k]][p.groep_van[k]];
      }
      for (int j = 0; j < s; ++j) {
        if (bezet[j] > p.scholen[j].capaciteit) return;
      }
      for (const GroepsPlaatsen& gp : p.groeps_plaatsen) {
        if (groep[gp.school][gp.groep] > gp.plaatsen) return;
      }
      if (totaal < beste.first || (totaal == beste.first && geplaatst > beste.second)) {
        beste = {totaal, geplaatst};
      }
      return;
    }
    keuze[i] = -1;
    recurse(i + 1);
    for (int j = 0; j < s; ++j) {
      if (kosten[i][j] < 0) continue;
      keuze[i] = j;
      recurse(i + 1);
    }
    keuze[i] = -1;
  };
  recurse(0);
  return beste;
}

TEST(Plaatsing, EqualsBruteForceOnRandomSmallInstances) {
  std::mt19937_64 rng(20261122);
  auto below = [&](int n) { return static_cast<int>(rng() % static_cast<uint64_t>(n)); };
  for (int ronde = 0; ronde < 400; ++ronde) {
    const int n = 1 + below(6);
    const int s = 1 + below(3);
    PlaatsingsProbleem p;
    for (int i = 0; i < n; ++i) {
      p.kinderen.push_back(fmt::format("k{}", i));
      p.niet_geplaatst_kosten.push_back(below(30));
    }
    for (int j = 0; j < s; ++j) p.scholen.push_back({fmt::format("s{}", j), below(3)});
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < s; ++j) {
        if (below(4) != 0) p.opties.push_back({i, j, below(25)});
      }
    }
    if (ronde % 2 == 1) {  // half the instances also have places per need
      p.groepen = {"gedrag"};
      for (int i = 0; i < n; ++i) p.groep_van.push_back(below(2) == 0 ? 0 : -1);
      for (int j = 0; j < s; ++j) {
        if (below(2) == 0) p.groeps_plaatsen.push_back({j, 0, below(2)});
      }
    }
    auto uit = Plaats(p);
    ASSERT_TRUE(uit) << uit.error().message;
    const auto [kosten, geplaatst] = BruteForce(p);
    EXPECT_EQ(uit->totale_kosten, kosten) << "ronde " << ronde;
    EXPECT_EQ(n - static_cast<int>(uit->niet_geplaatst.size()), geplaatst) << "ronde " << ronde;
    // Capacities and the reported cost hold for the returned assignment itself.
    std::vector<int64_t> bezet(s, 0);
    int64_t totaal = 0;
    for (int i = 0; i < n; ++i) {
      const int j = uit->school_van[i];
      if (j < 0) {
        totaal += p.niet_geplaatst_kosten[i];
        continue;
      }
      ++bezet[j];
      const auto optie = std::find_if(p.opties.begin(), p.opties.end(),
                                      [&](const auto& o) { return o.kind == i && o.school == j; });
      ASSERT_NE(optie, p.opties.end()) << "a child went to a school it has no cost for";
      totaal += optie->kosten;
    }
    EXPECT_EQ(totaal, uit->totale_kosten);
    for (int j = 0; j < s; ++j) EXPECT_LE(bezet[j], p.scholen[j].capaciteit);
  }
}

TEST(Plaatsing, GivesTheSameAnswerTwice) {
  auto p = Probleem(
      4, {2, 2},
      {{0, 0, 5}, {0, 1, 5}, {1, 0, 5}, {1, 1, 5}, {2, 0, 5}, {2, 1, 5}, {3, 0, 5}, {3, 1, 5}}, 9);
  auto a = Plaats(p);
  auto b = Plaats(p);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->school_van, b->school_van);
  EXPECT_EQ(a->totale_kosten, 20);
}

// Builders, since designated initializers that leave members out are warnings here.
KindVraag Kind(std::string id, std::optional<domain::Coordinates> locatie,
               std::vector<Behoefte> behoeften = {}) {
  KindVraag k;
  k.id = std::move(id);
  k.locatie = locatie;
  k.behoeften = std::move(behoeften);
  return k;
}

SchoolAanbod School(std::string id, std::optional<domain::Coordinates> locatie, int64_t capaciteit,
                    std::vector<Aanbod> aanbod = {}) {
  SchoolAanbod s;
  s.id = std::move(id);
  s.locatie = locatie;
  s.capaciteit = capaciteit;
  s.aanbod = std::move(aanbod);
  return s;
}

TEST(PlaatsingKosten, CostIsMetresPlusPenaltyPerLevelShort) {
  VolledigeInstantie in;
  in.kinderen = {Kind("k1", domain::Coordinates{52.0, 5.0}, {{"gedrag", Niveau::kSpecialistisch}})};
  in.scholen = {
      School("s1", domain::Coordinates{52.0, 5.0}, 1, {{"gedrag", Niveau::kBasis, std::nullopt}}),
      // 0.01° latitude north: 1,112 m (haversine on 6371 km).
      School("s2", domain::Coordinates{52.01, 5.0}, 1, {{"gedrag", Niveau::kSpecialistisch, 2}}),
  };
  in.tekort_boete = 5000;
  in.niet_geplaatst_kosten = 100000;
  auto gebouwd = BouwPlaatsingsProbleem(in);
  ASSERT_TRUE(gebouwd) << gebouwd.error().message;
  const auto& opties = gebouwd->probleem.opties;
  ASSERT_EQ(opties.size(), 2u);
  EXPECT_EQ(opties[0].kosten, 2 * 5000);  // same spot, two levels short
  EXPECT_EQ(opties[1].kosten, 1112);
  EXPECT_EQ(gebouwd->hoofdbehoefte[0], "gedrag");
  ASSERT_EQ(gebouwd->probleem.groeps_plaatsen.size(), 1u);
  EXPECT_EQ(gebouwd->probleem.groeps_plaatsen[0].plaatsen, 2);
  auto uit = Plaats(gebouwd->probleem);
  ASSERT_TRUE(uit);
  EXPECT_EQ(uit->school_van[0], 1);
}

TEST(PlaatsingKosten, ExplainsWhichNeedHasNoSchoolWithinReach) {
  VolledigeInstantie in;
  in.kinderen = {Kind("k1", std::nullopt, {{"visueel", Niveau::kSpecialistisch}}),
                 Kind("k2", std::nullopt)};
  in.scholen = {School("s1", std::nullopt, 5), School("s2", std::nullopt, 5)};
  in.afstanden = {{"k1", "s1", 800}, {"k1", "s2", 30000}, {"k2", "s2", 30000}};
  in.max_afstand_meter = 20000;
  in.niet_geplaatst_kosten = 50000;
  auto gebouwd = BouwPlaatsingsProbleem(in);
  ASSERT_TRUE(gebouwd) << gebouwd.error().message;
  EXPECT_TRUE(gebouwd->probleem.opties.empty());
  EXPECT_EQ(gebouwd->toelichting[0],
            "Geen school binnen bereik biedt visueel op niveau specialistisch.");
  EXPECT_EQ(gebouwd->toelichting[1], "Geen school binnen 20 km.");
}

TEST(PlaatsingKosten, RefusesMissingCoordinatesNamingTheField) {
  VolledigeInstantie in;
  in.kinderen = {Kind("k1", std::nullopt)};
  in.scholen = {School("s1", domain::Coordinates{52, 5}, 1)};
  auto gebouwd = BouwPlaatsingsProbleem(in);
  ASSERT_FALSE(gebouwd);
  EXPECT_EQ(gebouwd.error().field, "locatie");
}

TEST(PlaatsingKosten, ARoundGivesEachChildItsSchoolAndDistanceOrTheNeedWithoutAPlace) {
  // One gedrag place at s2 (1,112 m away); two children need it; k3 needs zien, offered nowhere.
  VolledigeInstantie in;
  in.kinderen = {Kind("k1", domain::Coordinates{52.0, 5.0}, {{"gedrag", Niveau::kExtra}}),
                 Kind("k2", domain::Coordinates{52.0, 5.0}, {{"gedrag", Niveau::kExtra}}),
                 Kind("k3", domain::Coordinates{52.0, 5.0}, {{"zien", Niveau::kSpecialistisch}})};
  in.scholen = {School("s1", domain::Coordinates{52.0, 5.0}, 5),
                School("s2", domain::Coordinates{52.01, 5.0}, 5, {{"gedrag", Niveau::kExtra, 1}})};
  in.niet_geplaatst_kosten = 100000;
  auto uit = PlaatsVolledig(in);
  ASSERT_TRUE(uit) << uit.error().message;
  ASSERT_EQ(uit->kinderen.size(), 3u);
  // Which of the two equal children gets the place is the solver's tie; one does.
  const bool eerste = uit->kinderen[0].school == 1;
  const KindUitkomst& in_plaats = uit->kinderen[eerste ? 0 : 1];
  const KindUitkomst& zonder = uit->kinderen[eerste ? 1 : 0];
  EXPECT_EQ(in_plaats.school, 1);
  EXPECT_EQ(in_plaats.meter, 1112);
  EXPECT_EQ(in_plaats.kosten, 1112);
  EXPECT_TRUE(in_plaats.reden.empty());
  EXPECT_EQ(zonder.school, -1);
  EXPECT_EQ(zonder.reden, "geen-plaats-voor-behoefte");
  EXPECT_EQ(zonder.toelichting,
            "Geen vrije plaats voor gedrag binnen bereik: elke school die het biedt, is daarvoor "
            "vol.");
  EXPECT_EQ(uit->kinderen[2].reden, "geen-school");
  EXPECT_EQ(uit->kinderen[2].toelichting,
            "Geen school binnen bereik biedt zien op niveau specialistisch.");
  EXPECT_EQ(uit->totale_kosten, 1112 + 2 * 100000);
  // The preference round on the same instance: same seed, same answer, lottery numbers given.
  auto a = LootVolledig(in, 7);
  auto b = LootVolledig(in, 7);
  ASSERT_TRUE(a && b);
  int geplaatst = 0;
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(a->kinderen[i].school, b->kinderen[i].school);
    EXPECT_EQ(a->kinderen[i].lotnummer, b->kinderen[i].lotnummer);
    EXPECT_TRUE(a->kinderen[i].lotnummer.has_value());
    geplaatst += a->kinderen[i].school >= 0 ? 1 : 0;
  }
  EXPECT_EQ(geplaatst, 1);
  EXPECT_EQ(a->kinderen[2].toelichting,
            "Geen school binnen bereik biedt zien op niveau specialistisch.");
}

}  // namespace
}  // namespace passend::engine
