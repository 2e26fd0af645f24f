// The dekkend aanbod page (issue 5 item 7): the SWV sees its own region's summary, the charts,
// the map with the gap municipalities named, and the table with the gaps in words; the filters
// narrow it and a bad filter comes back beside its field; national roles choose a region and
// see suppressed counts; schools are refused; the downloads carry the page's filter.
#include <gtest/gtest.h>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Ondersteuningsniveau;
using domain::Rol;
using testing::Pagina;

class DekkendAanbodPages : public ::testing::Test {
 protected:
  void SetUp() override {
    // The sbo offers gedrag at specialistisch with no place left (0); Bram (Tweedestad)
    // registered at 10AA01 with gedrag: demand at extra above the places within reach (a gap).
    auto r = fixture_.db().store->Run(
        [&](app::Writer& w) -> domain::Result<void> {
          domain::Ondersteuningsprofiel p;
          p.school = *domain::Vestigingscode::Parse("11BB00");
          p.swv = "PO2001";
          p.vastgesteld_op = *domain::ParseIsoDate("2025-09-01");
          p.taxonomie_versie = "2026.1";
          p.vastgesteld_door = "test";
          p.regels = {{"gedrag", Ondersteuningsniveau::kSpecialistisch, 0, "Kleine groep", ""}};
          PASSEND_RETURN_IF_ERROR(w.InsertOndersteuningsprofiel(p));
          domain::Aanmelding a;
          a.leerling = fixture_.bram;
          a.school = *domain::Vestigingscode::Parse("10AA01");
          a.swv = "PO2001";
          a.aanmelddatum = *domain::ParseIsoDate("2025-09-01");
          a.compleet_op = a.aanmelddatum;
          a.ondersteuningsbehoeften = {domain::Ondersteuningsbehoefte::kGedrag};
          PASSEND_RETURN_IF_ERROR(w.InsertAanmelding(a, std::nullopt));
          return {};
        },
        false);
    ASSERT_TRUE(r.has_value()) << r.error().message;
  }

  Pagina Get(const std::string& path, Rol rol) {
    return testing::Bekijk(fixture_.harness(), path, fixture_.Login(rol));
  }
  static bool Bevat(const Pagina& p, const std::string& tekst) {
    return p.body.find(tekst) != std::string::npos;
  }

  testing::SecurityFixture fixture_;
};

TEST_F(DekkendAanbodPages, TheSwvSeesSummaryChartMapAndGapsInWords) {
  Pagina res = Get("/dekkend-aanbod", Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(Bevat(res, "<h1 class=\"utrecht-heading-1\">Dekkend aanbod</h1>"));
  EXPECT_TRUE(Bevat(res, "SWV Primair Testregio (PO2001)"));
  EXPECT_TRUE(Bevat(res, "Tekort: vraag boven de plaatsen binnen bereik</dt><dd>1</dd>"))
      << res.body;
  // The gap in words in the table, not only by colour.
  EXPECT_TRUE(Bevat(res, "Tekort: vraag (1) boven de plaatsen binnen 20 km (0)"));
  EXPECT_TRUE(Bevat(res, "Tekort: geen aanbieder binnen 20 km"));  // zien: nobody offers it
  EXPECT_TRUE(Bevat(res, ">Gedekt</span>"));
  // A chart per checked level with a text alternative, and the map with its legend.
  EXPECT_TRUE(Bevat(res, "id=\"grafiek-extra\""));
  EXPECT_TRUE(Bevat(res, "id=\"grafiek-specialistisch\""));
  EXPECT_TRUE(Bevat(res, "<desc id=\"kaart-beschrijving\">"));
  EXPECT_TRUE(Bevat(res, "Gemeenten met een tekort: Eerstedorp ("));
  EXPECT_TRUE(Bevat(res, "Gemeente met een tekort (met naam)"));
  EXPECT_TRUE(Bevat(res, "href=\"/dekkend-aanbod/export?formaat=csv\""));
}

TEST_F(DekkendAanbodPages, FiltersNarrowAndABadFilterComesBackBesideItsField) {
  Pagina res = Get("/dekkend-aanbod?behoefte=gedrag&niveau=extra&alleenTekorten=ja", Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(Bevat(res, "Regels (behoefte × niveau × gemeente)</dt><dd>1</dd>")) << res.body;
  EXPECT_TRUE(Bevat(res, "Tekort: vraag (1) boven de plaatsen binnen 20 km (0)"));
  EXPECT_FALSE(Bevat(res, "Zien (visuele beperking)</td>"));
  EXPECT_TRUE(Bevat(res,
                    "/dekkend-aanbod/export?behoefte=gedrag&amp;niveau=extra&amp;"
                    "alleenTekorten=ja&amp;formaat=xlsx"));
  res = Get("/dekkend-aanbod?behoefte=heimwee", Rol::kSwv);
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "id=\"da-behoefte-fout\"")) << res.body;
  EXPECT_TRUE(Bevat(res, "Onbekende ondersteuningsbehoefte"));

  res = Get("/dekkend-aanbod/export?behoefte=gedrag&alleenTekorten=ja", Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(Bevat(res, "PO2001,gedrag,extra,GM0002,Tweedestad,1,0,0,0,0,11BB00"));
  EXPECT_FALSE(Bevat(res, "GM0001,Eerstedorp,0"));
}

TEST_F(DekkendAanbodPages, NationalRolesChooseARegionAndSeeSuppressedCounts) {
  Pagina res = Get("/dekkend-aanbod", Rol::kInspectie);
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(Bevat(res, "name=\"swv\""));
  res = Get("/dekkend-aanbod?swv=PO2001", Rol::kInspectie);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(Bevat(res, "Tekort: vraag (&lt;5) boven de plaatsen binnen 20 km (0)")) << res.body;
  EXPECT_TRUE(Bevat(res, "type=\"hidden\" name=\"swv\" value=\"PO2001\""));
  res = Get("/dekkend-aanbod?swv=PO9999", Rol::kInspectie);
  EXPECT_EQ(res.status, 404);
  EXPECT_TRUE(Bevat(res, "Dit samenwerkingsverband is niet gevonden."));
}

TEST_F(DekkendAanbodPages, SchoolsAreRefusedAndTheNavigationLinksForTheSwv) {
  EXPECT_EQ(Get("/dekkend-aanbod", Rol::kSchool).status, 403);
  EXPECT_TRUE(Bevat(Get("/", Rol::kSwv), "href=\"/dekkend-aanbod\""));
  EXPECT_FALSE(Bevat(Get("/", Rol::kSchool), "href=\"/dekkend-aanbod\""));
}

}  // namespace
}  // namespace passend
