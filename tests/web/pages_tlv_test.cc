// The TLV pages (issue 7): the school's request form (a missing support need comes back beside
// its field), advices through the form by school and SWV, the committee's decision form only
// for the SWV and only once the request is complete, and the decision on the page. The test
// clock stands on Wednesday 1 October 2025.
#include <gtest/gtest.h>

#include <regex>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using testing::Pagina;
using testing::Velden;

class TlvPages : public ::testing::Test {
 protected:
  Pagina Get(const std::string& path, Rol rol) {
    return testing::Bekijk(fixture_.harness(), path, fixture_.Login(rol));
  }
  Pagina Post(const std::string& path, Rol rol, const Velden& velden) {
    return testing::Verstuur(fixture_.harness(), path, fixture_.Login(rol), velden);
  }
  Velden Aanvraag(const std::string& behoefte) {
    return {{"leerling", std::to_string(fixture_.sanne.value)},
            {"soort", "so"},
            {"ondersteuningsbehoefte", behoefte},
            {"alGedaan", "Een jaar arrangement met ambulante begeleiding."},
            {"zienswijzeOuders", "De ouders steunen de aanvraag."},
            {"gehoord", "ja"},
            {"zienswijze", "Ik wil naar een kleinere klas."}};
  }
  Velden Advies(const std::string& discipline) {
    return {{"formulier", "advies"},
            {"discipline", discipline},
            {"naam", "Dr. A. Jansen"},
            {"advies", "Het so past bij deze leerling."}};
  }

  testing::SecurityFixture fixture_;
};

TEST_F(TlvPages, FromRequestThroughAdvicesToTheCommitteesDecision) {
  Pagina res = Post("/tlv", Rol::kSchool, Aanvraag(""));
  EXPECT_EQ(res.status, 400);
  EXPECT_NE(res.body.find("Beschrijf de ondersteuningsbehoefte"), std::string::npos);
  EXPECT_NE(res.body.find("De ouders steunen de aanvraag."), std::string::npos);  // kept

  res = Post("/tlv", Rol::kSchool, Aanvraag("Intensieve begeleiding bij gedrag."));
  ASSERT_EQ(res.status, 303) << res.body;
  const std::string pad = res.location;
  ASSERT_TRUE(std::regex_match(pad, std::regex("/tlv/[0-9]+"))) << pad;

  res = Get(pad, Rol::kSwv);
  ASSERT_EQ(res.status, 200);
  EXPECT_NE(res.body.find("Wacht op adviezen"), std::string::npos);
  EXPECT_EQ(res.body.find("Besluit van de commissie"), std::string::npos);  // not complete yet

  ASSERT_EQ(Post(pad + "/advies", Rol::kSchool, Advies("kinderarts")).status, 303);
  res = Post(pad + "/advies", Rol::kSwv, Advies(""));
  EXPECT_EQ(res.status, 400);
  EXPECT_NE(res.body.find("Vul de discipline in"), std::string::npos);
  ASSERT_EQ(Post(pad + "/advies", Rol::kSwv, Advies("orthopedagoog")).status, 303);

  res = Get(pad, Rol::kSwv);
  EXPECT_NE(res.body.find("Bij de commissie"), std::string::npos);
  EXPECT_NE(res.body.find("Besluit van de commissie"), std::string::npos);
  // The school sees no decision form.
  EXPECT_EQ(Get(pad, Rol::kSchool).body.find("Besluit van de commissie"), std::string::npos);

  const Velden toekenning{{"formulier", "besluit"},    {"uitkomst", "toegekend"},
                          {"categorie", "midden"},     {"ingangsdatum", "2025-10-01"},
                          {"einddatum", "2026-09-29"}, {"motivering", ""}};
  res = Post(pad + "/besluit", Rol::kSwv, toekenning);
  EXPECT_EQ(res.status, 400);  // less than one school year
  EXPECT_NE(res.body.find("Een TLV geldt minstens een schooljaar"), std::string::npos);
  Velden goed = toekenning;
  goed[4].second = "2026-09-30";
  ASSERT_EQ(Post(pad + "/besluit", Rol::kSwv, goed).status, 303);
  res = Get(pad, Rol::kSchool);
  EXPECT_NE(res.body.find("Toegekend op 1 oktober 2025, categorie midden"), std::string::npos)
      << res.body;
  // The list shows the request as decided.
  EXPECT_NE(Get("/tlv", Rol::kSwv).body.find("Besloten"), std::string::npos);
}

}  // namespace
}  // namespace passend
