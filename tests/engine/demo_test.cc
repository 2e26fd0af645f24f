// Tests of the synthetic demo data generator (src/engine/demo.h).

#include "engine/demo.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/demo_structure.h"
#include "engine/demo_students.h"
#include "support/fnv.h"

namespace passend::engine {
namespace {

using domain::SchoolSoort;
using domain::Sector;

// Keeps every record and a running FNV-1a hash of everything the generator emitted.
class RecordingSink : public DemoSink, public testing::Fnv1a {
 public:
  enum Kind { kGemeente, kSwv, kBestuur, kSchool, kLeerling };

  void Add(const domain::Gemeente& g) override {
    Order(kGemeente);
    Mix(g.code.str(), g.naam, g.provincie);
    gemeenten.push_back(g);
  }
  void Add(const domain::Samenwerkingsverband& swv) override {
    Order(kSwv);
    Mix(swv.code.str(), swv.naam);
    for (const auto& g : swv.gemeenten) Mix(g.str());
    swvs.push_back(swv);
  }
  void Add(const domain::Bestuur& b) override {
    Order(kBestuur);
    Mix(b.code, b.naam);
    besturen.push_back(b);
  }
  void Add(const domain::School& s) override {
    Order(kSchool);
    Mix(s.code.str(), s.naam, domain::SchoolSoortCode(s.soort), s.adres.straat, s.adres.huisnummer,
        s.adres.postcode.str(), s.adres.plaats, s.gemeente.str(), s.bestuur,
        s.swv ? s.swv->str() : "-", std::to_string(s.cluster.value_or(0)),
        std::to_string(s.positie.lat), std::to_string(s.positie.lon));
    scholen.push_back(s);
  }
  void Add(const domain::Leerling& l, const domain::Inschrijving& i) override {
    Order(kLeerling);
    Mix(std::to_string(l.id.value), l.voornaam, l.tussenvoegsel, l.achternaam,
        domain::FormatIsoDate(l.geboortedatum), domain::GeslachtCode(l.geslacht), l.bsn.digits(),
        l.postcode.str(), l.woongemeente.str(), std::to_string(l.woonpositie.lat),
        std::to_string(l.woonpositie.lon), i.school.str(), domain::FormatIsoDate(i.van));
    for (const auto& v : l.verzorgers) Mix(v.naam, v.relatie, v.telefoon, v.email);
    leerlingen.push_back(l);
    inschrijvingen.push_back(i);
  }
  void Progress(std::string_view phase, int64_t done, int64_t total) override {
    progress.push_back({std::string(phase), done, total});
  }

  struct ProgressCall {
    std::string phase;
    int64_t done;
    int64_t total;
  };

  bool order_ok = true;
  std::vector<domain::Gemeente> gemeenten;
  std::vector<domain::Samenwerkingsverband> swvs;
  std::vector<domain::Bestuur> besturen;
  std::vector<domain::School> scholen;
  std::vector<domain::Leerling> leerlingen;
  std::vector<domain::Inschrijving> inschrijvingen;
  std::vector<ProgressCall> progress;

 private:
  void Order(Kind kind) {
    if (kind < last_) order_ok = false;
    last_ = kind;
  }
  Kind last_ = kGemeente;
};

const RecordingSink& Regio() {
  static const RecordingSink* sink = [] {
    auto* s = new RecordingSink;
    GenerateDemo(DemoOptions{}, *s);
    return s;
  }();
  return *sink;
}

std::map<std::string, domain::School> SchoolsByCode(const RecordingSink& sink) {
  std::map<std::string, domain::School> result;
  for (const auto& s : sink.scholen) result.emplace(s.code.str(), s);
  return result;
}

TEST(ParseDemoScaleTest, AcceptsRegioAndLand) {
  EXPECT_EQ(ParseDemoScale("regio").value(), DemoScale::kRegio);
  EXPECT_EQ(ParseDemoScale("land").value(), DemoScale::kLand);
  const auto bad = ParseDemoScale("wereld");
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, domain::ErrorCode::kInvalid);
}

TEST(DemoTest, SameSeedGivesIdenticalOutput) {
  RecordingSink again;
  GenerateDemo(DemoOptions{}, again);
  EXPECT_EQ(again.hash, Regio().hash);
  EXPECT_EQ(again.leerlingen.size(), Regio().leerlingen.size());
}

TEST(DemoTest, OtherSeedGivesOtherData) {
  DemoOptions options;
  options.seed = 2;
  RecordingSink other;
  GenerateDemo(options, other);
  EXPECT_NE(other.hash, Regio().hash);
  // Same shape, different people.
  EXPECT_EQ(other.gemeenten.size(), Regio().gemeenten.size());
  EXPECT_NE(other.leerlingen.front().bsn, Regio().leerlingen.front().bsn);
}

TEST(DemoTest, RegioHasPromisedSize) {
  const RecordingSink& r = Regio();
  EXPECT_GE(r.gemeenten.size(), 4u);
  EXPECT_LE(r.gemeenten.size(), 8u);
  ASSERT_EQ(r.swvs.size(), 2u);
  EXPECT_EQ(r.swvs[0].sector(), Sector::kPo);
  EXPECT_EQ(r.swvs[1].sector(), Sector::kVo);
  EXPECT_GE(r.besturen.size(), 3u);
  EXPECT_GE(r.scholen.size(), 60u);
  EXPECT_LE(r.scholen.size(), 80u);

  std::map<SchoolSoort, int> soorten;
  std::set<std::pair<SchoolSoort, int>> clusters;
  for (const auto& s : r.scholen) {
    ++soorten[s.soort];
    if (s.cluster) clusters.insert({s.soort, *s.cluster});
  }
  for (SchoolSoort soort : {SchoolSoort::kBao, SchoolSoort::kSbo, SchoolSoort::kSo,
                            SchoolSoort::kVso, SchoolSoort::kVo, SchoolSoort::kPro}) {
    EXPECT_GT(soorten[soort], 0) << domain::SchoolSoortCode(soort);
  }
  EXPECT_TRUE(clusters.contains({SchoolSoort::kSo, 3}));
  EXPECT_TRUE(clusters.contains({SchoolSoort::kSo, 4}));
  EXPECT_TRUE(clusters.contains({SchoolSoort::kVso, 3}));
  EXPECT_TRUE(clusters.contains({SchoolSoort::kVso, 4}));

  const auto schools = SchoolsByCode(r);
  int64_t po = 0;
  int64_t vo = 0;
  for (const auto& i : r.inschrijvingen) {
    (domain::SectorOf(schools.at(i.school.str()).soort) == Sector::kPo ? po : vo)++;
  }
  EXPECT_GE(po + vo, 24000);
  EXPECT_LE(po + vo, 26000);
  EXPECT_GE(po, 14000);
  EXPECT_LE(po, 15000);
  EXPECT_GE(vo, 10000);
  EXPECT_LE(vo, 11000);
}

TEST(DemoTest, OrganisationsPassValidators) {
  const RecordingSink& r = Regio();
  std::set<std::string> gemeenten, swvs, besturen, scholen;
  for (const auto& g : r.gemeenten) {
    EXPECT_TRUE(domain::GemeenteCode::Parse(g.code.str()).has_value());
    EXPECT_FALSE(g.naam.empty());
    EXPECT_TRUE(gemeenten.insert(g.code.str()).second);
  }
  for (const auto& s : r.swvs) {
    EXPECT_TRUE(domain::SwvCode::Parse(s.code.str()).has_value());
    EXPECT_TRUE(swvs.insert(s.code.str()).second);
    for (const auto& g : s.gemeenten) EXPECT_TRUE(gemeenten.contains(g.str()));
  }
  for (const auto& b : r.besturen) {
    EXPECT_TRUE(domain::ParseBestuurCode(b.code).has_value()) << b.code;
    EXPECT_TRUE(besturen.insert(b.code).second) << b.code;
  }
  for (const auto& s : r.scholen) {
    const auto valid = domain::Validate(s);
    EXPECT_TRUE(valid.has_value()) << s.code.str() << ": " << valid.error().message;
    EXPECT_TRUE(domain::Vestigingscode::Parse(s.code.str()).has_value());
    EXPECT_TRUE(domain::Postcode::Parse(s.adres.postcode.str()).has_value());
    EXPECT_TRUE(scholen.insert(s.code.str()).second) << s.code.str();
    EXPECT_TRUE(gemeenten.contains(s.gemeente.str()));
    EXPECT_TRUE(besturen.contains(s.bestuur));
    if (s.swv) {
      EXPECT_TRUE(swvs.contains(s.swv->str()));
      // Students' SWV follows their school's: so the school's sector must match its SWV's.
      EXPECT_EQ(s.swv->sector(), domain::SectorOf(s.soort));
    }
  }
}

TEST(DemoTest, StudentsPassValidators) {
  const RecordingSink& r = Regio();
  const auto schools = SchoolsByCode(r);
  std::set<std::string> gemeenten;
  for (const auto& g : r.gemeenten) gemeenten.insert(g.code.str());
  const domain::Date peildatum = DemoOptions{}.peildatum;
  ASSERT_EQ(r.leerlingen.size(), r.inschrijvingen.size());
  for (size_t n = 0; n < r.leerlingen.size(); ++n) {
    const domain::Leerling& l = r.leerlingen[n];
    const domain::Inschrijving& i = r.inschrijvingen[n];
    ASSERT_EQ(l.id.value, static_cast<int64_t>(n) + 1);
    ASSERT_EQ(i.leerling, l.id);
    ASSERT_TRUE(domain::Validate(i).has_value());
    ASSERT_FALSE(i.tot.has_value());
    ASSERT_TRUE(i.ActiefOp(peildatum));
    ASSERT_TRUE(l.geboortedatum.ok());
    ASSERT_LT(l.geboortedatum, i.van);
    ASSERT_TRUE(domain::Postcode::Parse(l.postcode.str()).has_value());
    ASSERT_TRUE(gemeenten.contains(l.woongemeente.str()));
    ASSERT_FALSE(l.voornaam.empty());
    ASSERT_FALSE(l.achternaam.empty());
    ASSERT_NE(l.geslacht, domain::Geslacht::kOnbekend);

    const domain::School& school = schools.at(i.school.str());
    const int age = domain::AgeOn(l.geboortedatum, peildatum);
    switch (school.soort) {
      case SchoolSoort::kBao:
      case SchoolSoort::kSbo:
      case SchoolSoort::kSo:
        ASSERT_GE(age, 4);
        ASSERT_LE(age, 13);
        break;
      case SchoolSoort::kVo:
      case SchoolSoort::kPro:
        ASSERT_GE(age, 12);
        ASSERT_LE(age, 18);
        break;
      case SchoolSoort::kVso:
        ASSERT_GE(age, 12);
        ASSERT_LE(age, 20);
        break;
    }

    ASSERT_GE(l.verzorgers.size(), 1u);
    ASSERT_LE(l.verzorgers.size(), 2u);
    for (const auto& v : l.verzorgers) {
      ASSERT_TRUE(v.relatie == "moeder" || v.relatie == "vader" || v.relatie == "voogd");
      ASSERT_EQ(v.telefoon.size(), 11u);
      ASSERT_EQ(v.telefoon.substr(0, 3), "06-");
      ASSERT_TRUE(v.email.ends_with("@example.nl") || v.email.ends_with("@example.com")) << v.email;
      ASSERT_FALSE(v.naam.empty());
    }
  }
}

TEST(DemoTest, BsnsAreValidAndUnique) {
  std::set<std::string> seen;
  for (const auto& l : Regio().leerlingen) {
    ASSERT_TRUE(domain::IsValidBsn(l.bsn.digits()));
    ASSERT_NE(l.bsn.digits().substr(0, 4), "9999");  // the test BSN range stays free
    ASSERT_TRUE(seen.insert(l.bsn.digits()).second);
  }
}

TEST(DemoTest, BsnSequenceIsUniqueBeyondRegio) {
  // The BSN sequence itself, without generating students: the first 200,000 numbers.
  std::set<int64_t> seen;
  BsnReeks probe(3);
  for (int i = 0; i < 200000; ++i) {
    const int64_t bsn = probe.Next();
    char digits[10];
    std::snprintf(digits, sizeof digits, "%09ld", static_cast<long>(bsn));
    ASSERT_TRUE(domain::IsValidBsn(digits)) << i;
    ASSERT_TRUE(seen.insert(bsn).second) << i;
  }
}

TEST(DemoTest, BoysAreOverRepresentedInSpecialEducation) {
  const RecordingSink& r = Regio();
  const auto schools = SchoolsByCode(r);
  int64_t special = 0, special_boys = 0, regular = 0, regular_boys = 0;
  for (size_t n = 0; n < r.leerlingen.size(); ++n) {
    const auto soort = schools.at(r.inschrijvingen[n].school.str()).soort;
    const bool boy = r.leerlingen[n].geslacht == domain::Geslacht::kMan;
    if (soort == SchoolSoort::kSbo || domain::HasCluster(soort)) {
      ++special;
      special_boys += boy;
    } else {
      ++regular;
      regular_boys += boy;
    }
  }
  EXPECT_NEAR(static_cast<double>(special_boys) / special, 0.70, 0.05);
  EXPECT_NEAR(static_cast<double>(regular_boys) / regular, 0.51, 0.03);
}

TEST(DemoTest, SinkReceivesRecordsInContractOrder) {
  const RecordingSink& r = Regio();
  EXPECT_TRUE(r.order_ok);
  // Progress for the students ends with everything done.
  const RecordingSink::ProgressCall* last = nullptr;
  for (const auto& p : r.progress) {
    if (p.phase == "leerlingen") last = &p;
  }
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->done, last->total);
  EXPECT_EQ(last->total, static_cast<int64_t>(r.leerlingen.size()));
}

TEST(DemoTest, LandStructureIsCalibrated) {
  // Only the organisations: cheap, while the 2.5 million students are not generated here.
  DemoOptions options;
  options.scale = DemoScale::kLand;
  const DemoStructure s = BuildStructure(options);
  int po = 0, vo = 0;
  for (const auto& swv : s.swvs) {
    (swv.swv.sector() == Sector::kPo ? po : vo)++;
    const int regio = std::stoi(swv.swv.code.str().substr(2, 2));
    EXPECT_GE(regio, 20);
    EXPECT_LE(regio, 31);
  }
  EXPECT_EQ(po, 75);
  EXPECT_EQ(vo, 75);
  EXPECT_GE(s.besturen.size(), 900u);
  EXPECT_LE(s.besturen.size(), 1100u);
  EXPECT_EQ(s.scholen.size(), 6800u);
  EXPECT_EQ(s.leerlingen, 2500000);

  int64_t special = 0, po_leerlingen = 0, national = 0;
  std::set<std::string> codes;
  for (const auto& d : s.scholen) {
    EXPECT_TRUE(domain::Validate(d.school).has_value());
    EXPECT_TRUE(codes.insert(d.school.code.str()).second);
    if (d.school.soort == SchoolSoort::kSbo || domain::HasCluster(d.school.soort)) {
      special += d.leerlingen;
    }
    if (domain::SectorOf(d.school.soort) == Sector::kPo) po_leerlingen += d.leerlingen;
    if (!d.school.swv) ++national;
  }
  EXPECT_GT(national, 0);
  EXPECT_GE(special * 100, 2 * s.leerlingen);
  EXPECT_LE(special * 100, 4 * s.leerlingen);
  EXPECT_GE(po_leerlingen, 1400000);
  EXPECT_LE(po_leerlingen, 1500000);
}

TEST(ApportionTest, SplitsExactlyWithMinimum) {
  const std::vector<int64_t> weights = {5, 0, 3, 2};
  const auto parts = Apportion(101, weights, 1);
  int64_t sum = 0;
  for (int64_t p : parts) {
    EXPECT_GE(p, 1);
    sum += p;
  }
  EXPECT_EQ(sum, 101);
  EXPECT_GT(parts[0], parts[2]);
}

}  // namespace
}  // namespace passend::engine
