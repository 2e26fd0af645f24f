// The dekkend aanbod API (issue 5 item 7): on a small hand-built region the demand, the places,
// the distance to the nearest provider and the gaps come out exactly; the SWV reads only its
// own region (another is 404), schools get 403, national roles get suppressed aggregates; the
// SWV's read is audited per child counted; bad filters name the parameter; CSV and XLSX.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "domain/geo.h"
#include "support/fixture.h"
#include "support/profielen.h"
#include "support/requests.h"
#include "support/security_fixture.h"
#include "web/export_tabel.h"

namespace passend {
namespace {

using domain::Ondersteuningsniveau;
using domain::Rol;
using nlohmann::json;
using testing::Antwoord;

constexpr char kPad[] = "/api/v1/samenwerkingsverbanden/PO2001/dekkend-aanbod";

// The region of the fixture (PO2001: GM0001 Eerstedorp with 10AA00 and the sbo 11BB00,
// GM0002 Tweedestad with 10AA01, all at 52.1, 5.1) plus 15FF00 in GM0001 at 52.5, 5.1.
// Profiles: 10AA00 leren extra (unlimited), 11BB00 gedrag specialistisch (1 place), 15FF00
// horen specialistisch. Registrations: Sanne (GM0001) at the sbo naming gedrag
// (→ specialistisch), Bram (GM0002) at 10AA01 naming gedrag and leren and Daan (GM0002) at
// 10AA01 naming gedrag (→ extra).
class DekkendAanbodApi : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Run([&](app::Writer& w) -> domain::Result<void> {
      domain::School s;
      s.code = *domain::Vestigingscode::Parse("15FF00");
      s.naam = "Basisschool Verweg";
      s.soort = domain::SchoolSoort::kBao;
      s.adres = {"Laan", "2", *domain::Postcode::Parse("1299 ZZ"), "Eerstedorp"};
      s.gemeente = *domain::GemeenteCode::Parse("GM0001");
      s.positie = {52.5, 5.1};
      s.bestuur = "10001";
      s.swv = *domain::SwvCode::Parse("PO2001");
      return w.PutSchool(s);
    }));
    Profiel("10AA00", {Regel("leren", Ondersteuningsniveau::kExtra)});
    Profiel("11BB00", {Regel("gedrag", Ondersteuningsniveau::kSpecialistisch, 1)});
    Profiel("15FF00", {Regel("horen", Ondersteuningsniveau::kSpecialistisch)});
    Aanmelding(fixture_.sanne, "11BB00", {domain::Ondersteuningsbehoefte::kGedrag});
    Aanmelding(fixture_.bram, "10AA01",
               {domain::Ondersteuningsbehoefte::kGedrag, domain::Ondersteuningsbehoefte::kLeren});
    daan_ = testing::AddLeerling(fixture_.db(), "Daan", "999999990", "10AA01", "GM0002");
    Aanmelding(daan_, "10AA01", {domain::Ondersteuningsbehoefte::kGedrag});
  }

  bool Run(const std::function<domain::Result<void>(app::Writer&)>& work) {
    return testing::SchrijfIn(*fixture_.db().store, work);
  }

  void Profiel(const char* school, std::vector<domain::ProfielRegel> regels) {
    testing::SlaProfielOp(*fixture_.db().store, school, std::move(regels));
  }

  void Aanmelding(domain::LeerlingId leerling, const char* school,
                  std::vector<domain::Ondersteuningsbehoefte> behoeften) {
    Run([&](app::Writer& w) -> domain::Result<void> {
      domain::Aanmelding a;
      a.leerling = leerling;
      a.school = *domain::Vestigingscode::Parse(school);
      a.swv = "PO2001";
      a.aanmelddatum = *domain::ParseIsoDate("2025-09-01");
      a.compleet_op = a.aanmelddatum;
      a.ondersteuningsbehoeften = std::move(behoeften);
      PASSEND_RETURN_IF_ERROR(w.InsertAanmelding(a, std::nullopt));
      return {};
    });
  }

  static domain::ProfielRegel Regel(const char* b, Ondersteuningsniveau n,
                                    std::optional<int> plaatsen = {}) {
    return domain::ProfielRegel{b, n, plaatsen, "Concreet aanbod", "Onderbouwing"};
  }

  Antwoord Get(const std::string& path, Rol rol) {
    return testing::Api(fixture_.harness(), "GET", path, fixture_.Login(rol).token);
  }

  static const json& Rij(const json& body, const std::string& behoefte, const std::string& niveau,
                         const std::string& gemeente) {
    for (const auto& r : body["regels"]) {
      if (r["behoefte"] == behoefte && r["niveau"] == niveau && r["gemeente"] == gemeente) {
        return r;
      }
    }
    ADD_FAILURE() << "geen regel " << behoefte << " " << niveau << " " << gemeente;
    static const json leeg = json::object();
    return leeg;
  }

  int64_t Audit(const std::string& actie) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare("SELECT count(*) FROM audit WHERE actie = ? AND wat = ?");
    stmt->Bind(1, std::string_view(actie)).Bind(2, std::string_view("dekkend aanbod"));
    EXPECT_TRUE(stmt->Step().value_or(false));
    return stmt->Int(0);
  }

  static int64_t Meter(double van_lat, double naar_lat) {
    return std::llround(domain::DistanceKm({van_lat, 5.1}, {naar_lat, 5.1}) * 1000.0);
  }

  testing::SecurityFixture fixture_;
  domain::LeerlingId daan_;
};

TEST_F(DekkendAanbodApi, NumbersMatchTheHandBuiltRegion) {
  auto res = Get(kPad, Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.tekst;
  const json& b = res.body;
  EXPECT_EQ(b["samenwerkingsverband"]["code"], "PO2001");
  EXPECT_EQ(b["maxAfstandKm"], json({{"extra", 20}, {"specialistisch", 40}}));
  EXPECT_FALSE(b["onderdrukt"].get<bool>());
  // 12 needs × 2 checked levels × 2 municipalities.
  ASSERT_EQ(b["regels"].size(), 48u);
  ASSERT_EQ(b["gemeenten"].size(), 2u);
  EXPECT_EQ(b["gemeenten"][0]["naam"], "Eerstedorp");
  EXPECT_EQ(b["gemeenten"][0]["positieVan"], "scholen");  // fewer than 5 homes: the schools
  EXPECT_NEAR(b["gemeenten"][0]["positie"]["lat"].get<double>(), (52.1 * 2 + 52.5) / 3, 1e-9);

  // Bram's and Daan's gedrag at extra in Tweedestad: no provider there (0 places); the sbo's
  // one place within reach is not enough.
  const json& gedrag = Rij(b, "gedrag", "extra", "GM0002");
  EXPECT_EQ(gedrag["vraag"], 2);
  EXPECT_EQ(gedrag["plaatsen"], 0);
  EXPECT_EQ(gedrag["aanbiedersInGemeente"], 0);
  EXPECT_EQ(gedrag["plaatsenBinnenBereik"], 1);
  EXPECT_EQ(gedrag["dichtstbijzijndeAanbieder"]["code"], "11BB00");
  EXPECT_EQ(gedrag["dichtstbijzijndeAanbieder"]["afstandMeter"], 0);
  EXPECT_EQ(gedrag["tekorten"], json({"vraag-boven-plaatsen"}));
  // Sanne's gedrag at specialistisch in Eerstedorp: 1 place, none taken: covered.
  const json& spec = Rij(b, "gedrag", "specialistisch", "GM0001");
  EXPECT_EQ(spec["vraag"], 1);
  EXPECT_EQ(spec["plaatsen"], 1);
  EXPECT_EQ(spec["vrij"], 1);
  EXPECT_EQ(spec["plaatsenBinnenBereik"], 1);
  EXPECT_EQ(spec["aanbiedersInGemeente"], 1);
  EXPECT_EQ(spec["tekorten"], json::array());
  // Leren at extra in Eerstedorp: unlimited.
  const json& leren = Rij(b, "leren", "extra", "GM0001");
  EXPECT_TRUE(leren["onbeperkt"].get<bool>());
  EXPECT_TRUE(leren["plaatsen"].is_null());
  EXPECT_EQ(leren["tekorten"], json::array());
  // Leren at extra in Tweedestad: no provider there, but 10AA00 (unlimited) within reach.
  const json& leren2 = Rij(b, "leren", "extra", "GM0002");
  EXPECT_EQ(leren2["vraag"], 1);
  EXPECT_EQ(leren2["plaatsen"], 0);
  EXPECT_TRUE(leren2["plaatsenBinnenBereik"].is_null());
  EXPECT_EQ(leren2["tekorten"], json::array());
  // Horen: the only provider is 15FF00. From Eerstedorp's point within 40 km (specialistisch)
  // but beyond 20 km (extra); from Tweedestad beyond both.
  const double eerstedorp = (52.1 * 2 + 52.5) / 3;
  const json& horen1 = Rij(b, "horen", "specialistisch", "GM0001");
  EXPECT_EQ(horen1["dichtstbijzijndeAanbieder"]["afstandMeter"], Meter(eerstedorp, 52.5));
  EXPECT_EQ(horen1["tekorten"], json::array());
  EXPECT_EQ(Rij(b, "horen", "extra", "GM0001")["tekorten"],
            json({"geen-aanbieder-binnen-afstand"}));
  const json& horen2 = Rij(b, "horen", "specialistisch", "GM0002");
  EXPECT_EQ(horen2["dichtstbijzijndeAanbieder"]["afstandMeter"], Meter(52.1, 52.5));
  EXPECT_EQ(horen2["tekorten"], json({"geen-aanbieder-binnen-afstand"}));
  // Zien: nobody offers it.
  EXPECT_TRUE(Rij(b, "zien", "extra", "GM0001")["dichtstbijzijndeAanbieder"].is_null());

  // Extra: 9 needs without a provider × 2 + horen × 2 = 20; specialistisch: 9 × 2 + leren × 2
  // + horen in Tweedestad = 21. Places: gedrag at extra in Tweedestad.
  EXPECT_EQ(b["samenvatting"]["tekortenAfstand"], 41);
  EXPECT_EQ(b["samenvatting"]["tekortenPlaatsen"], 1);
  EXPECT_EQ(b["samenvatting"]["tekortenMetVraag"], 1);
  EXPECT_EQ(b["samenvatting"]["leerlingenMetVraag"], 3);
}

TEST_F(DekkendAanbodApi, FiltersNarrowTheRowsAndTheSummary) {
  auto res =
      Get(std::string(kPad) + "?behoefte=gedrag&niveau=extra&alleenTekorten=true", Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.tekst;
  ASSERT_EQ(res.body["regels"].size(), 1u);
  EXPECT_EQ(res.body["regels"][0]["gemeente"], "GM0002");
  EXPECT_EQ(res.body["samenvatting"]["tekortenPlaatsen"], 1);
  EXPECT_EQ(res.body["samenvatting"]["tekortenAfstand"], 0);
  res = Get(std::string(kPad) + "?gemeente=GM0001", Rol::kSwv);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["regels"].size(), 24u);

  for (const auto& [query, veld] :
       std::vector<std::pair<std::string, std::string>>{{"?behoefte=heimwee", "behoefte"},
                                                        {"?niveau=basis", "niveau"},
                                                        {"?niveau=hoog", "niveau"},
                                                        {"?gemeente=GM0363", "gemeente"},
                                                        {"?gemeente=Utrecht", "gemeente"},
                                                        {"?alleenTekorten=ja", "alleenTekorten"}}) {
    res = Get(std::string(kPad) + query, Rol::kSwv);
    EXPECT_EQ(res.status, 400) << query;
    ASSERT_TRUE(res.body.contains("invalidParams")) << query << res.tekst;
    EXPECT_EQ(res.body["invalidParams"][0]["name"], veld) << query;
  }
}

TEST_F(DekkendAanbodApi, OnlyTheOwnSwvAndNationalRolesRead) {
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/VO2001/dekkend-aanbod", Rol::kSwv).status, 404);
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/PO9999/dekkend-aanbod", Rol::kInspectie).status,
            404);
  for (Rol rol :
       {Rol::kSchool, Rol::kBestuur, Rol::kGemeente, Rol::kOuder, Rol::kConsulent, Rol::kBeheer}) {
    auto res = Get(kPad, rol);
    EXPECT_EQ(res.status, 403) << domain::RolCode(rol);
    EXPECT_EQ(res.content_type, "application/problem+json");
  }
  EXPECT_EQ(testing::Api(fixture_.harness(), "GET", kPad, "").status, 401);
}

TEST_F(DekkendAanbodApi, NationalRolesGetSuppressedCountsAndNoPlacesLeft) {
  auto res = Get(kPad, Rol::kInspectie);
  ASSERT_EQ(res.status, 200) << res.tekst;
  EXPECT_TRUE(res.body["onderdrukt"].get<bool>());
  const json& gedrag = Rij(res.body, "gedrag", "extra", "GM0002");
  EXPECT_EQ(gedrag["vraag"], "<5");
  EXPECT_EQ(Rij(res.body, "zien", "extra", "GM0002")["vraag"], "0");
  EXPECT_TRUE(Rij(res.body, "gedrag", "specialistisch", "GM0001")["vrij"].is_null());
  EXPECT_EQ(res.body["samenvatting"]["leerlingenMetVraag"], "<5");
  // Suppressed aggregates identify no child: not audited.
  EXPECT_EQ(Audit("in telling"), 0);
}

TEST_F(DekkendAanbodApi, TheSwvsReadIsAuditedPerChildCounted) {
  ASSERT_EQ(Audit("in telling"), 0);
  ASSERT_EQ(Get(kPad, Rol::kSwv).status, 200);
  EXPECT_EQ(Audit("in telling"), 3);  // Sanne, Bram and Daan
  auto lease = fixture_.db().store->Borrow();
  auto stmt = (*lease)->Prepare(
      "SELECT count(*) FROM audit WHERE actie = 'in telling' AND leerling_id = ? AND "
      "gebruiker = 'swv.test'");
  stmt->Bind(1, fixture_.sanne.value);
  EXPECT_TRUE(stmt->Step().value_or(false));
  EXPECT_EQ(stmt->Int(0), 1);
}

TEST_F(DekkendAanbodApi, ExportsAsCsvAndXlsx) {
  auto res = Get(std::string(kPad) + "/export?behoefte=gedrag", Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.tekst;
  EXPECT_EQ(res.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(res.tekst.rfind("swv,behoefte,niveau,gemeente,gemeenteNaam,vraag,plaatsen,", 0), 0u);
  EXPECT_NE(res.tekst.find("PO2001,gedrag,extra,GM0002,Tweedestad,2,0,0,0,1,11BB00,0,20000,"
                           "vraag-boven-plaatsen\r\n"),
            std::string::npos)
      << res.tekst;
  size_t regels = 0;
  for (char c : res.tekst) regels += c == '\n';
  EXPECT_EQ(regels, 1u + 4u);  // header + gedrag × 2 levels × 2 municipalities
  res = Get(std::string(kPad) + "/export?formaat=xlsx", Rol::kSwv);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.content_type, web::kXlsxType);
  EXPECT_EQ(res.tekst.rfind("PK", 0), 0u);  // a zip archive
  EXPECT_EQ(Get(std::string(kPad) + "/export?formaat=pdf", Rol::kSwv).status, 400);
  EXPECT_EQ(Get("/api/v1/samenwerkingsverbanden/VO2001/dekkend-aanbod/export", Rol::kSwv).status,
            404);
}

}  // namespace
}  // namespace passend
