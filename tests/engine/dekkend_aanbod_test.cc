// The dekkend aanbod (issue 5 item 7): per need × level × municipality the demand, the places
// in the municipality and the nearest provider; a gap when the only provider is beyond the
// level's distance or when the demand exceeds the places; none when covered.
#include "engine/dekkend_aanbod.h"

#include <gtest/gtest.h>

#include <cmath>

namespace passend::engine {
namespace {

using domain::Ondersteuningsniveau;

// 1 degree of latitude is exactly 100 km here, so the expected distances are exact.
class LatAfstand final : public Afstandsbron {
 public:
  std::vector<std::optional<int64_t>> Meters(
      domain::Coordinates van, std::span<const domain::Coordinates> naar) const override {
    std::vector<std::optional<int64_t>> uit;
    for (const auto& p : naar) uit.push_back(std::llround(std::abs(p.lat - van.lat) * 100'000));
    return uit;
  }
  std::string_view Soort() const override { return "test"; }
};

SchoolKandidaat School(const char* code, const char* gemeente, double lat,
                       std::vector<domain::ProfielRegel> regels, domain::Bezetting bezet = {}) {
  SchoolKandidaat k;
  k.school.code = *domain::Vestigingscode::Parse(code);
  k.school.gemeente = *domain::GemeenteCode::Parse(gemeente);
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

const DekkingRegel& Vind(const DekkendAanbod& d, std::string_view behoefte,
                         Ondersteuningsniveau niveau, size_t gemeente) {
  for (const auto& r : d.regels) {
    if (r.behoefte == behoefte && r.niveau == niveau && r.gemeente == gemeente) return r;
  }
  ADD_FAILURE() << "geen regel " << behoefte;
  return d.regels.front();
}

class DekkendAanbodTest : public ::testing::Test {
 protected:
  // Two municipalities 30 km apart; the default distances: extra 20 km, specialistisch 40 km.
  std::vector<DekkingGemeente> gemeenten{{"GM0001", "Noord", domain::Coordinates{52.0, 5.0}},
                                         {"GM0002", "Zuid", domain::Coordinates{51.7, 5.0}}};
  std::vector<std::string> behoeften{"gedrag", "zien"};
  LatAfstand afstand;
  DekkendAanbodParameters parameters;
};

TEST_F(DekkendAanbodTest, CoveredMunicipalityHasNoGapAndExactCounts) {
  const std::vector<SchoolKandidaat> kandidaten{
      School("00AA00", "GM0001", 52.01, {Regel("gedrag", Ondersteuningsniveau::kExtra, 4)},
             {{"gedrag", 1}}),
      School("00BB00", "GM0001", 52.02, {Regel("gedrag", Ondersteuningsniveau::kSpecialistisch, 3)},
             {{"gedrag", 3}}),
      School("00CC00", "GM0002", 51.70, {})};
  const std::vector<DekkingVraag> vragen{
      {"GM0001", {"gedrag"}, Ondersteuningsniveau::kExtra},
      {"GM0001", {"gedrag", "zien"}, Ondersteuningsniveau::kExtra},
      {"GM0001", {"gedrag"}, Ondersteuningsniveau::kSpecialistisch},
      {"GM0099", {"gedrag"}, Ondersteuningsniveau::kExtra}};  // outside the region: ignored
  const auto d =
      BerekenDekkendAanbod(behoeften, gemeenten, vragen, kandidaten, afstand, parameters);
  // 2 needs × 2 checked levels × 2 municipalities.
  ASSERT_EQ(d.regels.size(), 8u);
  const auto& extra = Vind(d, "gedrag", Ondersteuningsniveau::kExtra, 0);
  EXPECT_EQ(extra.vraag, 2);
  EXPECT_EQ(extra.aanbieders, 2u);  // the specialised school also offers extra
  EXPECT_EQ(extra.plaatsen, 7);
  EXPECT_EQ(extra.vrij, 3);  // (4 − 1) + (3 − 3)
  EXPECT_EQ(extra.plaatsen_binnen_bereik, 7);
  EXPECT_EQ(extra.dichtstbij_meter, 1000);
  EXPECT_EQ(extra.dichtstbij, 0u);
  EXPECT_FALSE(extra.tekorten.Any());
  const auto& spec = Vind(d, "gedrag", Ondersteuningsniveau::kSpecialistisch, 0);
  EXPECT_EQ(spec.vraag, 1);
  EXPECT_EQ(spec.aanbieders, 1u);
  EXPECT_EQ(spec.plaatsen, 3);
  EXPECT_EQ(spec.vrij, 0);
  EXPECT_EQ(spec.dichtstbij_meter, 2000);
  EXPECT_EQ(spec.plaatsen_binnen_bereik, 3);
  EXPECT_FALSE(spec.tekorten.Any());
}

TEST_F(DekkendAanbodTest, OnlyProviderBeyondTheDistanceIsAGap) {
  // Zuid's only extra gedrag provider is in Noord, 29 km away: beyond 20 km for extra, but
  // within 40 km for specialistisch.
  const std::vector<SchoolKandidaat> kandidaten{
      School("00AA00", "GM0001", 51.99, {Regel("gedrag", Ondersteuningsniveau::kSpecialistisch)}),
      School("00CC00", "GM0002", 51.70, {})};
  const auto d = BerekenDekkendAanbod(behoeften, gemeenten, {}, kandidaten, afstand, parameters);
  const auto& extra = Vind(d, "gedrag", Ondersteuningsniveau::kExtra, 1);
  EXPECT_EQ(extra.dichtstbij_meter, 29'000);
  EXPECT_TRUE(extra.tekorten.geen_aanbieder_binnen_afstand);
  EXPECT_FALSE(extra.tekorten.vraag_boven_plaatsen);  // no demand, so no shortage of places
  const auto& spec = Vind(d, "gedrag", Ondersteuningsniveau::kSpecialistisch, 1);
  EXPECT_FALSE(spec.tekorten.geen_aanbieder_binnen_afstand);
  // In Noord the provider is unlimited.
  const auto& noord = Vind(d, "gedrag", Ondersteuningsniveau::kExtra, 0);
  EXPECT_EQ(noord.plaatsen, std::nullopt);
  EXPECT_FALSE(noord.tekorten.Any());
  // Zien has no provider at all: a distance gap at both levels in both municipalities.
  EXPECT_FALSE(Vind(d, "zien", Ondersteuningsniveau::kExtra, 0).dichtstbij_meter.has_value());
  EXPECT_EQ(d.tekorten_afstand, 1 + 4);
  EXPECT_EQ(d.tekorten_plaatsen, 0);
  EXPECT_EQ(d.tekorten_met_vraag, 0);
}

TEST_F(DekkendAanbodTest, DemandAboveThePlacesIsAGap) {
  const std::vector<SchoolKandidaat> kandidaten{
      School("00AA00", "GM0001", 52.0, {Regel("gedrag", Ondersteuningsniveau::kExtra, 2)}),
      School("00CC00", "GM0002", 51.7, {Regel("gedrag", Ondersteuningsniveau::kExtra, 2)})};
  const std::vector<DekkingVraag> vragen{{"GM0001", {"gedrag"}, Ondersteuningsniveau::kExtra},
                                         {"GM0001", {"gedrag"}, Ondersteuningsniveau::kExtra},
                                         {"GM0001", {"gedrag"}, Ondersteuningsniveau::kExtra},
                                         {"GM0002", {"gedrag"}, Ondersteuningsniveau::kExtra},
                                         {"GM0002", {"gedrag"}, Ondersteuningsniveau::kExtra}};
  const auto d =
      BerekenDekkendAanbod(behoeften, gemeenten, vragen, kandidaten, afstand, parameters);
  const auto& noord = Vind(d, "gedrag", Ondersteuningsniveau::kExtra, 0);
  EXPECT_EQ(noord.vraag, 3);
  EXPECT_EQ(noord.plaatsen, 2);
  EXPECT_EQ(noord.plaatsen_binnen_bereik, 2);  // Zuid's school is 30 km away
  EXPECT_TRUE(noord.tekorten.vraag_boven_plaatsen);
  EXPECT_FALSE(noord.tekorten.geen_aanbieder_binnen_afstand);
  const auto& zuid = Vind(d, "gedrag", Ondersteuningsniveau::kExtra, 1);
  EXPECT_EQ(zuid.vraag, 2);  // equal to the places: covered
  EXPECT_FALSE(zuid.tekorten.Any());
  EXPECT_EQ(d.tekorten_plaatsen, 1);
  EXPECT_EQ(d.tekorten_met_vraag, 1);
}

TEST_F(DekkendAanbodTest, PlacesInANeighbourWithinReachCoverTheDemand) {
  gemeenten[1].punt = domain::Coordinates{51.9, 5.0};  // Zuid now 10 km from Noord
  const std::vector<SchoolKandidaat> kandidaten{
      School("00AA00", "GM0001", 52.0, {Regel("gedrag", Ondersteuningsniveau::kExtra, 5)})};
  std::vector<DekkingVraag> vragen(5, {"GM0002", {"gedrag"}, Ondersteuningsniveau::kExtra});
  auto d = BerekenDekkendAanbod(behoeften, gemeenten, vragen, kandidaten, afstand, parameters);
  const auto& zuid = Vind(d, "gedrag", Ondersteuningsniveau::kExtra, 1);
  EXPECT_EQ(zuid.plaatsen, 0);  // none in Zuid itself
  EXPECT_EQ(zuid.aanbieders, 0u);
  EXPECT_EQ(zuid.plaatsen_binnen_bereik, 5);
  EXPECT_EQ(zuid.dichtstbij_meter, 10'000);
  EXPECT_FALSE(zuid.tekorten.Any());
  // One child more than the places within reach.
  vragen.push_back(vragen.front());
  d = BerekenDekkendAanbod(behoeften, gemeenten, vragen, kandidaten, afstand, parameters);
  EXPECT_TRUE(Vind(d, "gedrag", Ondersteuningsniveau::kExtra, 1).tekorten.vraag_boven_plaatsen);
  EXPECT_EQ(d.tekorten_plaatsen, 1);
}

TEST_F(DekkendAanbodTest, LevelsWithoutADistanceAreNotChecked) {
  parameters.max_meter = {std::nullopt, std::nullopt, int64_t{10'000}};
  const std::vector<SchoolKandidaat> kandidaten{School("00AA00", "GM0001", 52.0, {})};
  const auto d = BerekenDekkendAanbod(behoeften, gemeenten, {}, kandidaten, afstand, parameters);
  ASSERT_EQ(d.regels.size(), 4u);
  for (const auto& r : d.regels) {
    EXPECT_EQ(r.niveau, Ondersteuningsniveau::kSpecialistisch);
    EXPECT_EQ(r.max_meter, 10'000);
    EXPECT_TRUE(r.tekorten.geen_aanbieder_binnen_afstand);
  }
}

TEST_F(DekkendAanbodTest, MunicipalityWithoutAPointHasNoDistanceGap) {
  gemeenten[1].punt = std::nullopt;
  const auto d = BerekenDekkendAanbod(behoeften, gemeenten, {}, {}, afstand, parameters);
  for (const auto& r : d.regels) {
    EXPECT_EQ(r.tekorten.geen_aanbieder_binnen_afstand, r.gemeente == 0) << r.behoefte;
  }
}

}  // namespace
}  // namespace passend::engine
