// The support-profile pages (issue 5 items 2 and 4): the public finder without login (a bad
// postcode comes back beside its field), the profile on the school's page with its versions,
// the school's own profile form (a missing description comes back beside that need's field;
// a saved form makes a new version), and the suggestions page for school and SWV.
#include <gtest/gtest.h>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using testing::Pagina;
using testing::Velden;

class OndersteuningPages : public ::testing::Test {
 protected:
  Pagina Get(const std::string& path, Rol rol) {
    return testing::Bekijk(fixture_.harness(), path, fixture_.Login(rol));
  }
  Pagina Publiek(const std::string& path) {
    return testing::BekijkPubliek(fixture_.harness(), path);
  }
  Pagina Post(const std::string& path, Rol rol, const Velden& velden) {
    return testing::Verstuur(fixture_.harness(), path, fixture_.Login(rol), velden);
  }
  static bool Bevat(const Pagina& p, const std::string& tekst) {
    return p.body.find(tekst) != std::string::npos;
  }

  testing::SecurityFixture fixture_;
};

TEST_F(OndersteuningPages, TheSchoolSavesItsProfileAndEveryoneFindsIt) {
  // A level above basis without a description: the message beside that need's field.
  Pagina res = Post("/mijn-school/ondersteuningsprofiel", Rol::kSchool,
                    {{"mrAdviesOp", "2025-06-01"}, {"niveau-gedrag", "extra"}});
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "id=\"p-omschrijving-gedrag-fout\"") &&
              Bevat(res, "Beschrijf wat de school voor deze behoefte concreet doet"))
      << res.body;
  EXPECT_TRUE(Bevat(res, "value=\"2025-06-01\""));  // what was typed comes back

  res = Post("/mijn-school/ondersteuningsprofiel", Rol::kSchool,
             {{"mrAdviesOp", "2025-06-01"},
              {"niveau-gedrag", "extra"},
              {"plaatsen-gedrag", "4"},
              {"omschrijving-gedrag", "Een gedragsklas met vier plaatsen."},
              {"onderbouwing-gedrag", "Twee gedragsspecialisten."}});
  ASSERT_EQ(res.status, 303) << res.body;
  EXPECT_EQ(res.location, "/scholen/10AA00");

  // The school page shows the profile to anyone.
  res = Publiek("/scholen/10AA00");
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(Bevat(res, "Een gedragsklas met vier plaatsen."));
  EXPECT_TRUE(Bevat(res, "1 juni 2025"));

  // The finder, without login.
  res = Publiek("/scholen?behoefte=gedrag&niveau=extra&nabij=1234%20AB&max=25");
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(Bevat(res, "href=\"/scholen/10AA00\""));
  EXPECT_FALSE(Bevat(res, "href=\"/scholen/10AA01\""));
  EXPECT_TRUE(Bevat(res, "0,0 km"));

  // A second version keeps the first.
  res = Post("/mijn-school/ondersteuningsprofiel", Rol::kSchool,
             {{"niveau-gedrag", "specialistisch"},
              {"omschrijving-gedrag", "Een kleine groep voor gedrag."}});
  ASSERT_EQ(res.status, 303) << res.body;
  res = Publiek("/scholen/10AA00");
  EXPECT_TRUE(Bevat(res, "?versie=1#ondersteuningsprofiel"));
  res = Publiek("/scholen/10AA00?versie=1");
  EXPECT_TRUE(Bevat(res, "Een gedragsklas met vier plaatsen."));
  EXPECT_TRUE(Bevat(res, "eerdere versie"));
  // The form shows the current version.
  res = Get("/mijn-school/ondersteuningsprofiel", Rol::kSchool);
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(Bevat(res, "Een kleine groep voor gedrag."));
  EXPECT_TRUE(Bevat(res, "name=\"_csrf\""));
}

TEST_F(OndersteuningPages, TheFinderPutsABadPostcodeBesideItsField) {
  Pagina res = Publiek("/scholen");
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(Bevat(res, "name=\"behoefte\""));
  res = Publiek("/scholen?behoefte=gedrag&niveau=extra&nabij=12");
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "Geef een postcode zoals 1234 AB")) << res.body;
}

TEST_F(OndersteuningPages, SuggestionsForSchoolAndSwvWithTheReasonsNotForOtherRoles) {
  Pagina res = Get("/leerlingen/" + std::to_string(fixture_.sanne.value) +
                       "/passende-scholen?ondersteuning=gedrag:extra",
                   Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(Bevat(res, "Passende scholen voor Sanne"));
  EXPECT_TRUE(Bevat(res, "Dichterbij, maar niet passend"));
  EXPECT_TRUE(Bevat(res, "biedt Gedrag op niveau basis, nodig: extra"));
  EXPECT_EQ(
      Get("/leerlingen/" + std::to_string(fixture_.sanne.value) + "/passende-scholen", Rol::kSchool)
          .status,
      200);
  EXPECT_EQ(
      Get("/leerlingen/" + std::to_string(fixture_.bram.value) + "/passende-scholen", Rol::kSchool)
          .status,
      404);
  EXPECT_EQ(Get("/leerlingen/" + std::to_string(fixture_.sanne.value) + "/passende-scholen",
                Rol::kGemeente)
                .status,
            403);
}

}  // namespace
}  // namespace passend
