// Policy parameters from the configuration file.
#include "app/config.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>

#include "support/dates.h"

namespace passend::app {
namespace {

TEST(Config, TheCommittedFileHoldsTheCurrentLaw) {
  std::ifstream in(std::string(PASSEND_SOURCE_DIR) + "/config/passend.json");
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  auto config = ParseConfig(text);
  ASSERT_TRUE(config.has_value()) << config.error().message;
  EXPECT_EQ(config->zorgplicht.beslistermijn_dagen, 42);   // WPO art. 40: 6 weeks
  EXPECT_EQ(config->zorgplicht.max_verlenging_dagen, 28);  // once at most 4 weeks
  EXPECT_EQ(config->gpo.indienen_dagen, 42);
  EXPECT_EQ(config->gpo.oordeel_dagen, 70);
  EXPECT_EQ(config->sessie.idle, std::chrono::minutes{30});
  EXPECT_EQ(config->sessie.absoluut, std::chrono::hours{8});
  // domain.md §3.5: more than 4 weeks is langdurig; the consultant at 4 weeks; 3 months.
  EXPECT_EQ(config->verzuim.langdurig_relatief_lesweken, 4);
  EXPECT_EQ(config->verzuim.consulent_lesweken, 4);
  EXPECT_EQ(config->verzuim.max_thuis_maanden, 3);
  EXPECT_EQ(config->verzuim.signaal_dagen, 14);
  // domain.md §3.3: 4 weeks to decide, 6 weeks to object, 3 months' reminder, 1 October.
  EXPECT_EQ(config->tlv.beslis_dagen, 28);
  EXPECT_EQ(config->tlv.bezwaar_dagen, 42);
  EXPECT_EQ(config->tlv.signaal_dagen, 91);
  EXPECT_EQ(config->tlv_teldatum_maand, 10);
  EXPECT_EQ(config->tlv_teldatum_dag, 1);
  // domain.md §3.4: the OPP within 6 weeks after placement, evaluated yearly.
  EXPECT_EQ(config->opp.vaststellen_weken, 6);
  EXPECT_EQ(config->opp.evaluatie_maanden, 12);
}

TEST(Config, TheDefaultsInCodeEqualTheCommittedFile) {
  std::ifstream in(std::string(PASSEND_SOURCE_DIR) + "/config/passend.json");
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  auto file = ParseConfig(text);
  auto defaults = ParseConfig("{}");
  ASSERT_TRUE(file.has_value() && defaults.has_value());
  const auto& f = file->verzuim;
  const auto& d = defaults->verzuim;
  EXPECT_EQ(f.langdurig_relatief_lesweken, d.langdurig_relatief_lesweken);
  EXPECT_EQ(f.consulent_lesweken, d.consulent_lesweken);
  EXPECT_EQ(f.max_thuis_maanden, d.max_thuis_maanden);
  EXPECT_EQ(f.signaal_dagen, d.signaal_dagen);
  EXPECT_EQ(file->zorgplicht.beslistermijn_dagen, defaults->zorgplicht.beslistermijn_dagen);
  EXPECT_EQ(file->zorgplicht.max_verlenging_dagen, defaults->zorgplicht.max_verlenging_dagen);
  EXPECT_EQ(file->zorgplicht.signaal_dagen, defaults->zorgplicht.signaal_dagen);
  EXPECT_EQ(file->gpo.indienen_dagen, defaults->gpo.indienen_dagen);
  EXPECT_EQ(file->gpo.verweer_dagen, defaults->gpo.verweer_dagen);
  EXPECT_EQ(file->gpo.oordeel_dagen, defaults->gpo.oordeel_dagen);
  EXPECT_EQ(file->tlv.beslis_dagen, defaults->tlv.beslis_dagen);
  EXPECT_EQ(file->tlv.bezwaar_dagen, defaults->tlv.bezwaar_dagen);
  EXPECT_EQ(file->tlv.signaal_dagen, defaults->tlv.signaal_dagen);
  EXPECT_EQ(file->tlv_teldatum_maand, defaults->tlv_teldatum_maand);
  EXPECT_EQ(file->tlv_teldatum_dag, defaults->tlv_teldatum_dag);
  EXPECT_EQ(file->opp.vaststellen_weken, defaults->opp.vaststellen_weken);
  EXPECT_EQ(file->opp.evaluatie_maanden, defaults->opp.evaluatie_maanden);
}

TEST(Config, MissingKeysKeepTheirDefaultsAndGivenOnesApply) {
  auto config = ParseConfig(R"({"zorgplicht": {"beslistermijnDagen": 35}})");
  ASSERT_TRUE(config.has_value());
  EXPECT_EQ(config->zorgplicht.beslistermijn_dagen, 35);
  EXPECT_EQ(config->zorgplicht.max_verlenging_dagen, 28);
  EXPECT_EQ(config->sessie.max_pogingen_account, 5);
}

TEST(Config, RefusesUnknownKeysAndBadValuesNamingTheKey) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"zorgplicht": {"beslistermijn": 42}})", "zorgplicht.beslistermijn"},
      {R"({"zorgplicht": {"beslistermijnDagen": 0}})", "zorgplicht.beslistermijnDagen"},
      {R"({"zorgplicht": {"beslistermijnDagen": "zes weken"}})", "zorgplicht.beslistermijnDagen"},
      {R"({"gpo": {"oordeelDagen": 7.5}})", "gpo.oordeelDagen"},
      {R"({"onbekend": {}})", "onbekend"},
      {R"({"sessie": {"absoluutUren": 1, "inactiefMinuten": 120}})", "sessie.absoluutUren"},
      {R"({"verzuim": {"consulentLesweken": 0}})", "verzuim.consulentLesweken"},
      {R"({"verzuim": {"drieMaandenDagen": 91}})", "verzuim.drieMaandenDagen"},
      {R"({"verzuim": {"maxThuisMaanden": "drie"}})", "verzuim.maxThuisMaanden"},
      {R"({"verzuim": 4})", "verzuim"},
      {R"({"tlv": {"beslisDagen": 0}})", "tlv.beslisDagen"},
      {R"({"tlv": {"teldatumMaand": 2, "teldatumDag": 30}})", "tlv.teldatumDag"},
  };
  for (const auto& [text, key] : cases) {
    auto config = ParseConfig(text);
    ASSERT_FALSE(config.has_value()) << text;
    EXPECT_EQ(config.error().field, key) << text;
  }
  EXPECT_FALSE(ParseConfig("geen json").has_value());
}

TEST(Config, VerzuimKeysApply) {
  auto config = ParseConfig(R"({"verzuim": {"consulentLesweken": 2, "signaalDagen": 7}})");
  ASSERT_TRUE(config.has_value()) << config.error().message;
  EXPECT_EQ(config->verzuim.consulent_lesweken, 2);
  EXPECT_EQ(config->verzuim.signaal_dagen, 7);
  EXPECT_EQ(config->verzuim.max_thuis_maanden, 3);
}

// --- config/vakanties.json -------------------------------------------------------------------

std::string Vakantiebestand() {
  std::ifstream in(std::string(PASSEND_SOURCE_DIR) + "/config/vakanties.json");
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

using passend::testing::D;

TEST(Vakanties, TheCommittedFileParsesWithItsStatusPerSchoolYear) {
  auto kalender = ParseVakanties(Vakantiebestand());
  ASSERT_TRUE(kalender.has_value()) << kalender.error().message;
  ASSERT_EQ(kalender->jaren.size(), 2u);
  EXPECT_EQ(kalender->jaren[0].schooljaar.Label(), "2025-2026");
  EXPECT_EQ(kalender->jaren[0].status, VakantieStatus::kGepubliceerd);
  EXPECT_EQ(kalender->jaren[1].schooljaar.Label(), "2026-2027");
  EXPECT_EQ(kalender->jaren[1].status, VakantieStatus::kVoorbeeld);  // not verified
  for (auto regio : {domain::Vakantieregio::kNoord, domain::Vakantieregio::kMidden,
                     domain::Vakantieregio::kZuid}) {
    EXPECT_EQ(kalender->Regio(regio).Vakanties().size(), 10u);
  }
}

TEST(Vakanties, TheCommittedFileHoldsTheDatesTheScenarioUses) {
  // tests/scenarios/thuiszitters.md and the domain tests use region noord's 2025-2026 dates.
  auto kalender = ParseVakanties(Vakantiebestand());
  ASSERT_TRUE(kalender.has_value());
  const auto& noord = kalender->Regio(domain::Vakantieregio::kNoord).Vakanties();
  EXPECT_EQ(noord[0].naam, "herfstvakantie 2025-2026");
  EXPECT_EQ(noord[0].eerste, D(2025, 10, 18));
  EXPECT_EQ(noord[0].laatste, D(2025, 10, 26));
  EXPECT_EQ(noord[1].eerste, D(2025, 12, 20));
  EXPECT_EQ(noord[1].laatste, D(2026, 1, 4));
  EXPECT_EQ(noord[2].eerste, D(2026, 2, 21));
  EXPECT_EQ(noord[2].laatste, D(2026, 3, 1));
  const auto& zuid = kalender->Regio(domain::Vakantieregio::kZuid);
  EXPECT_TRUE(zuid.IsVakantie(D(2025, 10, 13)));
  EXPECT_FALSE(kalender->Regio(domain::Vakantieregio::kNoord).IsVakantie(D(2025, 10, 13)));
  EXPECT_TRUE(kalender->Regio(domain::Vakantieregio::kMidden).IsVakantie(D(2026, 8, 30)));
  EXPECT_FALSE(kalender->Regio(domain::Vakantieregio::kNoord).IsVakantie(D(2026, 8, 17)));
}

TEST(Vakanties, RefusesBadFilesNamingTheKey) {
  const std::string periode = R"({"van": "2025-10-18", "totEnMet": "2025-10-26"})";
  const auto jaar = [&](const std::string& status, const std::string& noord) {
    return R"({"2025-2026": {"status": ")" + status + R"(", "herfst": {"noord": )" + noord +
           R"(, "midden": )" + periode + R"(, "zuid": )" + periode + "}}}";
  };
  ASSERT_TRUE(ParseVakanties(jaar("gepubliceerd", periode)).has_value());
  const std::pair<std::string, std::string> cases[] = {
      {jaar("zeker", periode), "2025-2026.status"},
      {jaar("voorbeeld", R"({"van": "2025-10-32", "totEnMet": "2025-10-26"})"),
       "2025-2026.herfst.noord.van"},
      {jaar("voorbeeld", R"({"van": "2025-10-18"})"), "2025-2026.herfst.noord.totEnMet"},
      {jaar("voorbeeld", R"({"van": "2025-10-26", "totEnMet": "2025-10-18"})"),
       "2025-2026.herfst.noord.totEnMet"},
      {jaar("voorbeeld", R"({"van": "2026-10-18", "totEnMet": "2026-10-26"})"),
       "2025-2026.herfst.noord.van"},
      {R"({"2025": {}})", "2025"},
      {R"({"2025-2026": {"status": "voorbeeld", "herfst": {"oost": {}}}})",
       "2025-2026.herfst.oost"},
      {R"({"2025-2026": {"status": "voorbeeld", "herfst": {"noord": )" + periode + "}}}",
       "2025-2026.herfst.midden"},
      {R"({"2025-2026": {"status": "voorbeeld", "herfst": {"noord": )" + periode +
           R"(, "midden": )" + periode + R"(, "zuid": )" + periode +
           R"(}, "extra": {"noord": {"van": "2025-10-20", "totEnMet": "2025-10-21"}, "midden": )" +
           R"({"van": "2025-11-20", "totEnMet": "2025-11-21"}, "zuid": )" +
           R"({"van": "2025-11-20", "totEnMet": "2025-11-21"}}}})",
       "noord"},
  };
  for (const auto& [text, key] : cases) {
    auto kalender = ParseVakanties(text);
    ASSERT_FALSE(kalender.has_value()) << text;
    EXPECT_EQ(kalender.error().field, key) << text;
  }
  EXPECT_FALSE(ParseVakanties("[]").has_value());
}

}  // namespace
}  // namespace passend::app
