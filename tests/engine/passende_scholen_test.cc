// The school finder and the suggestions for one child (issue 5 items 2 and 4): only locations
// that meet every need at the level needed with room, ranked by distance and fit, each with
// its reasons; nearer locations left out say why; distances come from the Afstandsbron.
#include "engine/passende_scholen.h"

#include <gtest/gtest.h>

#include <map>

namespace passend::engine {
namespace {

using domain::Ondersteuningsniveau;

// Fixed distances per school code: a stand-in for road distance.
class TabelAfstand final : public Afstandsbron {
 public:
  explicit TabelAfstand(std::map<double, int64_t> per_lat) : per_lat_(std::move(per_lat)) {}
  std::vector<std::optional<int64_t>> Meters(
      domain::Coordinates, std::span<const domain::Coordinates> naar) const override {
    std::vector<std::optional<int64_t>> uit;
    for (const auto& p : naar) {
      auto it = per_lat_.find(p.lat);
      uit.push_back(it == per_lat_.end() ? std::nullopt : std::optional(it->second));
    }
    return uit;
  }
  std::string_view Soort() const override { return "tabel"; }

 private:
  std::map<double, int64_t> per_lat_;
};

SchoolKandidaat School(const char* code, double lat, std::vector<domain::ProfielRegel> regels,
                       domain::Bezetting bezet = {}) {
  SchoolKandidaat k;
  k.school.code = *domain::Vestigingscode::Parse(code);
  k.school.positie = {lat, 5.0};
  if (!regels.empty()) {
    k.profiel.emplace();
    k.profiel->school = k.school.code;
    k.profiel->regels = std::move(regels);
  }
  k.bezetting = std::move(bezet);
  return k;
}

domain::ProfielRegel Regel(const char* b, Ondersteuningsniveau n,
                           std::optional<int> plaatsen = {}) {
  return domain::ProfielRegel{b, n, plaatsen, "omschrijving", ""};
}

TEST(Afstand, StraightLineInWholeMetres) {
  HemelsbredeAfstand a;
  const domain::Coordinates p[] = {{52.0, 5.0}, {52.01, 5.0}};
  auto m = a.Meters({52.0, 5.0}, p);
  EXPECT_EQ(*m[0], 0);
  EXPECT_EQ(*m[1], 1112);  // 0.01° latitude ≈ 1.112 km
}

TEST(ZoekScholen, OnlyThoseOfferingEveryNeedAtLeastTheLevelNearestFirst) {
  std::vector<SchoolKandidaat> k{
      School("10AA00", 52.00, {}),
      School("11AA00", 52.10, {Regel("gedrag", Ondersteuningsniveau::kExtra, 0)}),
      School("12AA00", 52.05, {Regel("gedrag", Ondersteuningsniveau::kSpecialistisch)}),
      School("13AA00", 52.30, {Regel("gedrag", Ondersteuningsniveau::kExtra)})};
  HemelsbredeAfstand a;
  auto t = ZoekScholen(k, {{"gedrag", Ondersteuningsniveau::kExtra}},
                       domain::Coordinates{52.0, 5.0}, 20'000, a);
  ASSERT_EQ(t.size(), 2u);  // 13AA00 is 33 km away; 10AA00 offers basis only
  EXPECT_EQ(t[0].kandidaat, 2u);
  EXPECT_EQ(t[1].kandidaat, 1u);            // full places do not hide a school in the public finder
  EXPECT_TRUE(t[1].toetsing.vrij.empty());  // the public finder counts no placed children
  // Without a point: every match, by code.
  t = ZoekScholen(k, {{"gedrag", Ondersteuningsniveau::kExtra}}, std::nullopt, std::nullopt, a);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].kandidaat, 1u);
  EXPECT_FALSE(t[0].meter.has_value());
}

TEST(StelVoor, RanksByDistanceAndFitAndSaysWhyNearerOnesWereLeftOut) {
  const std::vector<domain::Vraag> vragen{{"gedrag", Ondersteuningsniveau::kExtra},
                                          {"taal-spraak", Ondersteuningsniveau::kExtra}};
  std::vector<SchoolKandidaat> k{
      // 1 km: basis only.
      School("10AA00", 1, {}),
      // 2 km: gedrag extra, but its 2 places are taken.
      School("11AA00", 2,
             {Regel("gedrag", Ondersteuningsniveau::kExtra, 2),
              Regel("taal-spraak", Ondersteuningsniveau::kExtra)},
             {{"gedrag", 2}}),
      // 3 km: a special school, specialistisch for both (over-provision 2 levels).
      School("12AA00", 3,
             {Regel("gedrag", Ondersteuningsniveau::kSpecialistisch),
              Regel("taal-spraak", Ondersteuningsniveau::kSpecialistisch)}),
      // 8 km: exactly extra for both, one place left.
      School("13AA00", 4,
             {Regel("gedrag", Ondersteuningsniveau::kExtra, 5),
              Regel("taal-spraak", Ondersteuningsniveau::kExtra)},
             {{"gedrag", 4}}),
      // 30 km: out of reach.
      School("14AA00", 5,
             {Regel("gedrag", Ondersteuningsniveau::kExtra),
              Regel("taal-spraak", Ondersteuningsniveau::kExtra)}),
      // No route known.
      School("15AA00", 6, {})};
  TabelAfstand a({{1, 1'000}, {2, 2'000}, {3, 3'000}, {4, 8'000}, {5, 30'000}});
  SuggestieParameters p;
  p.max_meter = 25'000;
  p.overschot_meter = 5'000;
  auto s = StelVoor(k, vragen, {0, 0}, a, p);
  EXPECT_EQ(s.binnen_bereik, 4u);
  ASSERT_EQ(s.suggesties.size(), 2u);
  // 13AA00: 8,000 m + 0; 12AA00: 3,000 m + 2 × 5,000 = 13,000.
  EXPECT_EQ(s.suggesties[0].kandidaat, 3u);
  EXPECT_EQ(s.suggesties[0].score, 8'000);
  EXPECT_EQ(s.suggesties[0].toetsing.vrij.at("gedrag"), 1);
  EXPECT_EQ(s.suggesties[0].toetsing.voldaan.size(), 2u);
  EXPECT_EQ(s.suggesties[1].kandidaat, 2u);
  EXPECT_EQ(s.suggesties[1].score, 13'000);
  ASSERT_EQ(s.afgevallen.size(), 2u);
  EXPECT_EQ(s.afgevallen[0].kandidaat, 0u);
  ASSERT_EQ(s.afgevallen[0].tekorten.size(), 2u);
  EXPECT_FALSE(s.afgevallen[0].tekorten[0].vol);
  EXPECT_EQ(s.afgevallen[1].kandidaat, 1u);
  ASSERT_EQ(s.afgevallen[1].tekorten.size(), 1u);
  EXPECT_TRUE(s.afgevallen[1].tekorten[0].vol);

  // With a small penalty the nearer special school comes first.
  p.overschot_meter = 1'000;
  s = StelVoor(k, vragen, {0, 0}, a, p);
  EXPECT_EQ(s.suggesties[0].kandidaat, 2u);
}

TEST(StelVoor, WithoutAFitEveryLocationInReachSaysWhy) {
  std::vector<SchoolKandidaat> k{School("10AA00", 1, {}), School("11AA00", 2, {})};
  TabelAfstand a({{1, 1'000}, {2, 2'000}});
  auto s = StelVoor(k, {{"zien", Ondersteuningsniveau::kSpecialistisch}}, {0, 0}, a, {});
  EXPECT_TRUE(s.suggesties.empty());
  ASSERT_EQ(s.afgevallen.size(), 2u);
  EXPECT_EQ(s.afgevallen[0].tekorten[0].geboden, Ondersteuningsniveau::kBasis);
}

}  // namespace
}  // namespace passend::engine
