// The money API (issue 8): the income computed from the records (students on the count date ×
// the norm amounts of config/bekostiging.json, minus the SWV's so TLVs per category), year
// accounts as versions with the signaleringswaarde and the reserve above it, scope per role,
// one event per change, and the national overview. The test clock stands on 1 October 2025,
// the count date of school year 2025-2026; the fixture enrols Sanne and Bram at PO2001's
// primary schools and Lotte at VO2001's.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/bekostiging_config.h"
#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;
using testing::Antwoord;

class GeldApi : public ::testing::Test {
 protected:
  Antwoord Post(const std::string& path, const json& body, const std::string& token) {
    return testing::Api(fixture_.harness(), "POST", path, token, body);
  }
  Antwoord Get(const std::string& path, const std::string& token) {
    return testing::Api(fixture_.harness(), "GET", path, token);
  }
  std::string Token(Rol rol) { return fixture_.Login(rol).token; }
  static json Jaarrekening(int jaar, int64_t baten, int64_t eigen_vermogen) {
    return json{{"jaar", jaar},
                {"batenTotaal", baten},
                {"lastenTotaal", baten - baten / 20},
                {"eigenVermogen", eigen_vermogen},
                {"organisatiekosten", baten / 10}};
  }
  static std::string Veld(const Antwoord& res) {
    const json& fouten = res.body.contains("invalidParams") ? res.body["invalidParams"] : json();
    return fouten.is_array() && !fouten.empty() ? fouten[0].value("name", "") : std::string();
  }
  int64_t Events(const std::string& subject) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare("SELECT count(*) FROM events WHERE subject = ?");
    stmt->Bind(1, std::string_view(subject));
    EXPECT_TRUE(stmt->Step().value_or(false));
    return stmt->Int(0);
  }
  // The shipped norm amounts of 2025-2026 for PO.
  static domain::Normbedragen Po2025() {
    std::ifstream in(std::string(PASSEND_SOURCE_DIR) + "/config/bekostiging.json");
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto config = app::ParseBekostiging(buffer.str());
    EXPECT_TRUE(config.has_value());
    return (*config->Schooljaar(2025))->po;
  }
  // Grants Sanne an so TLV of `categorie` from 1 August 2025 through the TLV API.
  void KenTlvToe(const std::string& categorie) {
    const json aanvraag{{"leerling", fixture_.sanne.value},
                        {"soort", "so"},
                        {"ondersteuningsbehoefte", "Intensieve begeleiding"},
                        {"alGedaan", "Een jaar arrangement"},
                        {"zienswijzeOuders", "Eens"},
                        {"hoorrecht", {{"gehoord", true}, {"zienswijze", "Goed"}}}};
    auto res = Post("/api/v1/tlv-aanvragen", aanvraag, school_);
    ASSERT_EQ(res.status, 201) << res.body.dump();
    const std::string pad = "/api/v1/tlv-aanvragen/" + std::to_string(res.body.value("id", 0));
    for (const char* discipline : {"orthopedagoog", "kinderarts"}) {
      ASSERT_EQ(Post(pad + "/adviezen",
                     {{"discipline", discipline}, {"naam", "Dr. Jansen"}, {"advies", "so"}}, swv_)
                    .status,
                200);
    }
    res = Post(pad + "/besluiten",
               {{"uitkomst", "toegekend"},
                {"categorie", categorie},
                {"ingangsdatum", "2025-08-01"},
                {"einddatum", "2027-07-31"},
                {"motivering", "Passend"}},
               swv_);
    ASSERT_EQ(res.status, 200) << res.body.dump();
  }

  testing::SecurityFixture fixture_;
  std::string school_ = Token(Rol::kSchool);
  std::string swv_ = Token(Rol::kSwv);  // PO2001
};

TEST_F(GeldApi, IncomeIsStudentsOnTheCountDateTimesNormMinusTheSoTlvsPerCategory) {
  const domain::Normbedragen norm = Po2025();
  auto res = Get("/api/v1/samenwerkingsverbanden/PO2001/baten?schooljaar=2025-2026", swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["teldatum"], "2025-10-01");
  EXPECT_EQ(res.body["leerlingen"], 2);  // Sanne and Bram; Lotte is VO2001's
  EXPECT_TRUE(res.body["demobedragen"].get<bool>());
  const json& regels = res.body["regels"];
  EXPECT_EQ(regels[0]["bedrag"], 2 * norm.lichte_ondersteuning.value());
  EXPECT_EQ(regels[1]["bedrag"], 2 * norm.zware_ondersteuning.value());
  const int64_t zonder_tlv = res.body["totaal"].get<int64_t>();
  EXPECT_EQ(zonder_tlv, 2 * (norm.lichte_ondersteuning.value() + norm.zware_ondersteuning.value()));

  KenTlvToe("midden");
  res = Get("/api/v1/samenwerkingsverbanden/PO2001/baten?schooljaar=2025-2026", swv_);
  ASSERT_EQ(res.status, 200);
  const int64_t midden = norm.tlv.at(domain::TlvCategorie::kMidden).value();
  bool gevonden = false;
  for (const json& regel : res.body["regels"]) {
    if (regel["code"] != "tlv-so-midden") continue;
    gevonden = true;
    EXPECT_EQ(regel["aantal"], 1);
    EXPECT_EQ(regel["bedrag"], -midden);
  }
  EXPECT_TRUE(gevonden);
  EXPECT_EQ(res.body["totaal"].get<int64_t>(), zonder_tlv - midden);
  EXPECT_EQ(res.body["tlvsOpTeldatum"]["midden"], 1);
  // 5/12 and 7/12 add up to the school year's total.
  EXPECT_EQ(
      res.body["augustusTotDecember"].get<int64_t>() + res.body["januariTotJuli"].get<int64_t>(),
      res.body["totaal"].get<int64_t>());
}

TEST_F(GeldApi, IncomeWithoutConfiguredAmountsIsARefusalNamingTheSchoolYear) {
  auto res = Get("/api/v1/samenwerkingsverbanden/PO2001/baten?schooljaar=2040-2041", swv_);
  EXPECT_EQ(res.status, 422);
  EXPECT_NE(res.body.value("detail", "").find("2040-2041"), std::string::npos);
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/PO2001/baten?schooljaar=2025", swv_).status, 400);
}

TEST_F(GeldApi, YearAccountsGiveTheThresholdTheExcessAndSharesAndCorrectionsAreVersions) {
  // € 20,000,000.00 income: threshold € 700,000.00; equity € 1,000,000.00 → € 300,000.00 above.
  auto res = Post("/api/v1/samenwerkingsverbanden/PO2001/jaarrekeningen",
                  Jaarrekening(2024, 2'000'000'000, 100'000'000), swv_);
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(res.body["versie"], 1);
  EXPECT_EQ(res.body["signaleringswaarde"], 70'000'000);
  EXPECT_EQ(res.body["bovenmatigeReserve"], 30'000'000);
  EXPECT_EQ(res.body["organisatiekostenAandeelBp"], 1000);
  EXPECT_EQ(res.body["organisatiekostenAandeel"], "10,00 %");
  EXPECT_EQ(res.body["onbesteedAandeelBp"], 500);

  // A small SWV: the minimum of € 250,000.00 applies and nothing is above it.
  res = Post("/api/v1/samenwerkingsverbanden/PO2001/jaarrekeningen",
             Jaarrekening(2024, 500'000'000, 20'000'000), swv_);
  ASSERT_EQ(res.status, 201);
  EXPECT_EQ(res.body["versie"], 2);
  EXPECT_EQ(res.body["signaleringswaarde"], 25'000'000);
  EXPECT_EQ(res.body["bovenmatigeReserve"], 0);

  res = Get("/api/v1/samenwerkingsverbanden/PO2001/jaarrekeningen/2024", swv_);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["versie"], 2);
  EXPECT_EQ(res.body["batenTotaal"], 500'000'000);
  EXPECT_EQ(Events("jaarrekening/PO2001/2024"), 2);
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/PO2001/jaarrekeningen/2023", swv_).status, 404);
  res = Get("/api/v1/samenwerkingsverbanden/PO2001/jaarrekeningen", swv_);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["jaarrekeningen"].size(), 1u);

  // The stored versions cannot be changed behind the event log's back.
  auto lease = fixture_.db().store->Borrow();
  auto update = (*lease)->Prepare("UPDATE jaarrekeningen SET baten_totaal = 1");
  ASSERT_TRUE(update.has_value());
  EXPECT_FALSE(update->Run().has_value());
}

TEST_F(GeldApi, BadFiguresAreRefusedNamingTheField) {
  const std::string pad = "/api/v1/samenwerkingsverbanden/PO2001/jaarrekeningen";
  json zonder = Jaarrekening(2024, 100, 0);
  zonder.erase("eigenVermogen");
  auto res = Post(pad, zonder, swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "eigenVermogen");
  json te_veel = Jaarrekening(2024, 1000, 0);
  te_veel["organisatiekosten"] = 2000;
  res = Post(pad, te_veel, swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "organisatiekosten");
  json komma = Jaarrekening(2024, 1000, 0);
  komma["batenTotaal"] = 10.5;
  res = Post(pad, komma, swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "batenTotaal");
  EXPECT_EQ(Events("jaarrekening/PO2001/2024"), 0);
}

TEST_F(GeldApi, OnlyTheSwvItselfRecordsAndAnotherSwvsFiguresAreMissing) {
  const json cijfers = Jaarrekening(2024, 1'000'000, 0);
  EXPECT_EQ(Post("/api/v1/samenwerkingsverbanden/VO2001/jaarrekeningen", cijfers, swv_).status,
            404);
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/VO2001/baten", swv_).status, 404);
  EXPECT_EQ(Post("/api/v1/samenwerkingsverbanden/PO2001/jaarrekeningen", cijfers, school_).status,
            403);
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/PO2001/baten", school_).status, 403);
  // The Inspectie reads every SWV's figures but records none.
  const std::string inspectie = Token(Rol::kInspectie);
  EXPECT_EQ(
      Get("/api/v1/samenwerkingsverbanden/PO2001/baten?schooljaar=2025-2026", inspectie).status,
      200);
  EXPECT_EQ(Post("/api/v1/samenwerkingsverbanden/PO2001/jaarrekeningen", cijfers, inspectie).status,
            403);
}

TEST_F(GeldApi, TheNationalOverviewCountsSwvsAboveTheThresholdAndTheirTotal) {
  ASSERT_EQ(Post("/api/v1/samenwerkingsverbanden/PO2001/jaarrekeningen",
                 Jaarrekening(2019, 2'000'000'000, 100'000'000), swv_)
                .status,
            201);
  const std::string inspectie = Token(Rol::kInspectie);
  auto res = Get("/api/v1/geld/landelijk?jaar=2019", inspectie);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["aantalSwv"], 1);
  EXPECT_EQ(res.body["bovenSignaleringswaarde"], 1);
  EXPECT_EQ(res.body["totaalBovenmatigeReserve"], 30'000'000);
  EXPECT_EQ(res.body["organisatiekostenAandeelBp"], 1000);
  int in_klassen = 0;
  for (const json& k : res.body["organisatiekostenVerdeling"]) in_klassen += k["aantal"].get<int>();
  EXPECT_EQ(in_klassen, 1);
  res = Get("/api/v1/geld/landelijk?jaar=2018", inspectie);
  EXPECT_EQ(res.body["aantalSwv"], 0);
}

}  // namespace
}  // namespace passend
