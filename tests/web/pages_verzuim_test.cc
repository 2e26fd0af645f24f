// The absence-case pages (issue 6): registering with the form (a refused value comes back
// beside its field), the list, one case with its signals, the doorbraak forms (escalate as the
// school, decide as the municipality with who took it), the SWV's advice form before an
// exemption 5 onder a, and scope (the consultant sees nothing before a hand-over). The test
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

class VerzuimPages : public ::testing::Test {
 protected:
  Pagina Get(const std::string& path, Rol rol) {
    return testing::Bekijk(fixture_.harness(), path, fixture_.Login(rol));
  }
  Pagina Post(const std::string& path, Rol rol, const Velden& velden) {
    return testing::Verstuur(fixture_.harness(), path, fixture_.Login(rol), velden);
  }
  // Registers Sanne's langdurig relatief verzuim from 2 June 2025 as her school; the case path.
  std::string Meld() {
    const Pagina res = Post("/verzuim", Rol::kSchool,
                            {{"leerling", std::to_string(fixture_.sanne.value)},
                             {"type", "langdurig-relatief-verzuim"},
                             {"startdatum", "2025-06-02"}});
    EXPECT_EQ(res.status, 303) << res.body;
    EXPECT_TRUE(std::regex_match(res.location, std::regex("/verzuim/[0-9]+"))) << res.location;
    return res.location;
  }

  testing::SecurityFixture fixture_;
};

TEST_F(VerzuimPages, RegisteringShowsTheCaseWithDaysAtHomeAndSignals) {
  // A missing first day comes back beside the field, with what was typed kept.
  Pagina res = Post("/verzuim", Rol::kSchool,
                    {{"leerling", std::to_string(fixture_.sanne.value)},
                     {"type", "langdurig-relatief-verzuim"},
                     {"startdatum", ""}});
  EXPECT_EQ(res.status, 400);
  EXPECT_NE(res.body.find("Vul de eerste verzuimdag in."), std::string::npos);
  EXPECT_NE(res.body.find("value=\"langdurig-relatief-verzuim\" selected"), std::string::npos)
      << res.body;

  const std::string pad = Meld();
  res = Get(pad, Rol::kSchool);
  ASSERT_EQ(res.status, 200);
  EXPECT_NE(res.body.find("Langdurig relatief verzuim: Sanne"), std::string::npos);
  EXPECT_NE(res.body.find("<dt>Dagen thuis</dt><dd>121</dd>"), std::string::npos);
  EXPECT_NE(res.body.find("Langer dan 3 maanden thuis"), std::string::npos);
  // The list shows the case to the SWV as well.
  res = Get("/verzuim", Rol::kSwv);
  ASSERT_EQ(res.status, 200);
  EXPECT_NE(res.body.find("Sanne"), std::string::npos);
  // The consultant sees nothing before the SWV hands the case over (seed 003 §4.3).
  EXPECT_EQ(Get(pad, Rol::kConsulent).status, 404);
  ASSERT_EQ(Post(pad + "/overdracht", Rol::kSwv, {{"formulier", "overdracht"}}).status, 303);
  EXPECT_EQ(Get(pad, Rol::kConsulent).status, 200);
}

TEST_F(VerzuimPages, DoorbraakFromRequestToDecision) {
  const std::string pad = Meld();
  Pagina res = Post(
      pad + "/doorbraak", Rol::kSchool,
      {{"formulier", "doorbraak"}, {"reden", "School en jeugdhulp komen niet tot een aanbod."}});
  ASSERT_EQ(res.status, 303) << res.body;
  res = Get(pad, Rol::kGemeente);
  EXPECT_NE(res.body.find("Doorbraak 1"), std::string::npos);
  EXPECT_NE(res.body.find("Nog niet genomen"), std::string::npos);
  EXPECT_NE(res.body.find("Besluit van wie doorzettingsmacht heeft"), std::string::npos);
  // The school records no decision and sees no decision form.
  EXPECT_EQ(Get(pad, Rol::kSchool).body.find("Besluit van wie doorzettingsmacht heeft"),
            std::string::npos);
  // Who took it is required: the message comes back beside that field.
  res = Post(pad + "/doorbraak-besluit", Rol::kGemeente,
             {{"formulier", "besluit"},
              {"volgnummer", "1"},
              {"besluit", "Plaats op SO De Brug per 1 november."},
              {"beslotenDoor", ""}});
  EXPECT_EQ(res.status, 400);
  EXPECT_NE(res.body.find("Vul in wie het besluit nam"), std::string::npos);
  EXPECT_NE(res.body.find("Plaats op SO De Brug per 1 november."), std::string::npos);
  res = Post(pad + "/doorbraak-besluit", Rol::kGemeente,
             {{"formulier", "besluit"},
              {"volgnummer", "1"},
              {"besluit", "Plaats op SO De Brug per 1 november."},
              {"beslotenDoor", "J. de Vries, wethouder"}});
  ASSERT_EQ(res.status, 303) << res.body;
  EXPECT_NE(Get(pad, Rol::kSwv).body.find("door J. de Vries, wethouder"), std::string::npos);
}

TEST_F(VerzuimPages, AdviceBeforeExemptionThenTheExemptionWithItsTerm) {
  const std::string leerling = std::to_string(fixture_.sanne.value);
  const Velden vrijstelling{{"leerling", leerling},
                            {"type", "vrijstelling-5a"},
                            {"startdatum", "2025-09-01"},
                            {"artsverklaring", "2025-08-20"}};
  // Without the SWV's advice the municipality is told why, above the form.
  Pagina res = Post("/verzuim", Rol::kGemeente, vrijstelling);
  EXPECT_EQ(res.status, 422);
  EXPECT_NE(res.body.find("vraagt eerst zijn advies"), std::string::npos);
  res = Post("/verzuim/advies", Rol::kSwv, {{"leerling", leerling}, {"advies", ""}});
  EXPECT_EQ(res.status, 400);
  res = Post("/verzuim/advies", Rol::kSwv,
             {{"leerling", leerling}, {"advies", "Onderwijs in een kleine groep is mogelijk."}});
  ASSERT_EQ(res.status, 200);
  EXPECT_NE(res.body.find("Advies vastgelegd"), std::string::npos);
  res = Post("/verzuim", Rol::kGemeente, vrijstelling);
  ASSERT_EQ(res.status, 303) << res.body;
  res = Get(res.location, Rol::kGemeente);
  EXPECT_NE(res.body.find("<dt>Vrijstelling geldt tot en met</dt><dd>19 augustus 2026</dd>"),
            std::string::npos)
      << res.body;
}

}  // namespace
}  // namespace passend
