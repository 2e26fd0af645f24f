// The placement-round pages (issue 5 item 5): the SWV starts a round from /plaatsingsrondes
// (a bad value comes back beside its field), sees the proposals with distance and needs and
// the unplaced with their reasons, changes one line (a reason is required, the message beside
// that line's field) and confirms; a school neither sees the link nor the pages.
#include <gtest/gtest.h>

#include <regex>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using testing::Pagina;
using testing::Velden;

class PlaatsingsrondePages : public ::testing::Test {
 protected:
  void SetUp() override {
    // One place for gedrag at the sbo; Sanne and Bram both need it.
    auto r = fixture_.db().store->Run(
        [&](app::Writer& w) -> domain::Result<void> {
          domain::Ondersteuningsprofiel p;
          p.school = *domain::Vestigingscode::Parse("11BB00");
          p.swv = "PO2001";
          p.vastgesteld_op = *domain::ParseIsoDate("2025-09-01");
          p.taxonomie_versie = "2026.1";
          p.vastgesteld_door = "test";
          p.regels = {{"gedrag", domain::Ondersteuningsniveau::kExtra, 1, "Kleine groep", ""}};
          PASSEND_RETURN_IF_ERROR(w.InsertOndersteuningsprofiel(p));
          for (auto [leerling, school] :
               {std::pair{fixture_.sanne, "10AA00"}, std::pair{fixture_.bram, "10AA01"}}) {
            domain::Aanmelding a;
            a.leerling = leerling;
            a.school = *domain::Vestigingscode::Parse(school);
            a.swv = "PO2001";
            a.aanmelddatum = *domain::ParseIsoDate("2025-09-01");
            a.compleet_op = a.aanmelddatum;
            a.ondersteuningsbehoeften = {domain::Ondersteuningsbehoefte::kGedrag};
            PASSEND_RETURN_IF_ERROR(w.InsertAanmelding(a, std::nullopt));
          }
          return {};
        },
        false);
    ASSERT_TRUE(r.has_value()) << r.error().message;
    swv_ = fixture_.Login(Rol::kSwv);
  }
  Pagina Get(const std::string& path) { return testing::Bekijk(fixture_.harness(), path, swv_); }
  Pagina Post(const std::string& path, const Velden& velden) {
    return testing::Verstuur(fixture_.harness(), path, swv_, velden);
  }
  static bool Bevat(const std::string& html, const std::string& tekst) {
    return html.find(tekst) != std::string::npos;
  }
  // Starts a minimum-cost round from the form; returns its page path.
  std::string Start() {
    const Pagina p = Post(
        "/plaatsingsrondes",
        {{"soort", "minimale-kosten"}, {"maxAfstandKm", ""}, {"tekortBoete", ""}, {"seed", ""}});
    EXPECT_EQ(p.status, 303) << p.body;
    return p.location;
  }
  // The registration id of the line of `naam` on a round page (its form's hidden field).
  static std::string Aanmelding(const std::string& html, const std::string& naam) {
    std::smatch m;
    const std::regex re(
        "name=\"aanmelding\" value=\"([0-9]+)\"><h3 class=\"utrecht-heading-3\" "
        "id=\"wijzig-[0-9]+-kop\">" +
        naam);
    return std::regex_search(html, m, re) ? m[1].str() : "";
  }

  testing::SecurityFixture fixture_;
  app::Sessie swv_;
};

TEST_F(PlaatsingsrondePages, TheSwvStartsARoundAndSeesProposalsAndTheUnplacedWithReasons) {
  Pagina lijst = Get("/plaatsingsrondes");
  ASSERT_EQ(lijst.status, 200) << lijst.body;
  EXPECT_TRUE(Bevat(lijst.body, "href=\"/plaatsingsrondes\">Plaatsingsrondes</a>"));  // nav
  EXPECT_TRUE(Bevat(lijst.body, "Er zijn nog geen plaatsingsrondes."));
  EXPECT_TRUE(Bevat(lijst.body, "action=\"/plaatsingsrondes\""));
  EXPECT_TRUE(Bevat(lijst.body, ">Ronde starten<"));

  const std::string pad = Start();
  ASSERT_EQ(pad.rfind("/plaatsingsrondes/", 0), 0u) << pad;
  const Pagina ronde = Get(pad);
  ASSERT_EQ(ronde.status, 200) << ronde.body;
  EXPECT_TRUE(Bevat(ronde.body, "<dt>Stand</dt><dd>Voorstel</dd>"));
  EXPECT_TRUE(
      Bevat(ronde.body, "<table class=\"utrecht-table\" aria-labelledby=\"voorstellen-kop\">"));
  EXPECT_TRUE(Bevat(ronde.body, "SBO De Brug"));
  EXPECT_TRUE(Bevat(ronde.body, "0,0 km"));
  EXPECT_TRUE(Bevat(ronde.body, "Gedrag"));
  // One of the two has no place left for gedrag: shown with its reason.
  EXPECT_TRUE(Bevat(ronde.body, "aria-labelledby=\"niet-geplaatst-kop\""));
  EXPECT_TRUE(Bevat(ronde.body, "geen-plaats-voor-behoefte"));
  EXPECT_TRUE(Bevat(ronde.body, "Geen vrije plaats voor gedrag binnen bereik"));
  EXPECT_TRUE(Bevat(ronde.body, "Sanne van Dijk"));
  EXPECT_TRUE(Bevat(ronde.body, "Bram van Dijk"));
  EXPECT_TRUE(Bevat(ronde.body, ">Ronde bevestigen<"));
  EXPECT_TRUE(Bevat(ronde.body, ">Ronde verwerpen<"));
  // The list links it.
  lijst = Get("/plaatsingsrondes");
  EXPECT_TRUE(Bevat(lijst.body, "href=\"" + pad + "\""));
}

TEST_F(PlaatsingsrondePages, ABadValueComesBackBesideItsField) {
  Pagina p = Post("/plaatsingsrondes", {{"soort", "minimale-kosten"}, {"seed", "7"}});
  EXPECT_EQ(p.status, 400);
  EXPECT_TRUE(Bevat(p.body, "Een seed hoort alleen bij een voorkeursronde"));
  EXPECT_TRUE(Bevat(p.body, "value=\"7\""));
  p = Post("/plaatsingsrondes", {{"soort", "voorkeur"}, {"maxAfstandKm", "ver"}});
  EXPECT_EQ(p.status, 400);
  EXPECT_TRUE(Bevat(p.body, "Vul een geheel getal in."));
  EXPECT_TRUE(Bevat(p.body, "value=\"ver\""));
  EXPECT_TRUE(Bevat(p.body, "<option value=\"voorkeur\" selected"));
}

TEST_F(PlaatsingsrondePages, TheSwvChangesOneLineWithAReasonAndConfirms) {
  const std::string pad = Start();
  Pagina ronde = Get(pad);
  const std::string sanne = Aanmelding(ronde.body, "Sanne van Dijk");
  ASSERT_FALSE(sanne.empty()) << ronde.body;
  // Without a reason: the message beside that line's field, nothing stored.
  Pagina p = Post(pad + "/wijzigingen", {{"aanmelding", sanne}, {"school", ""}, {"reden", ""}});
  EXPECT_EQ(p.status, 400);
  EXPECT_TRUE(Bevat(p.body, "id=\"wijzig-" + sanne + "-reden-fout\""));
  EXPECT_TRUE(Bevat(p.body, "Geef de reden van deze wijziging."));
  // Escalated with a reason.
  p = Post(pad + "/wijzigingen",
           {{"aanmelding", sanne}, {"school", ""}, {"reden", "Het SWV zoekt zelf verder."}});
  ASSERT_EQ(p.status, 303) << p.body;
  EXPECT_EQ(p.location, pad);
  ronde = Get(pad);
  EXPECT_TRUE(Bevat(ronde.body, "Gewijzigd door swv.test: Het SWV zoekt zelf verder."));
  EXPECT_TRUE(Bevat(ronde.body, "escaleren"));

  p = Post(pad + "/bevestiging", {{"formulier", "bevestiging"}, {"toelichting", ""}});
  ASSERT_EQ(p.status, 303) << p.body;
  ronde = Get(pad);
  EXPECT_TRUE(Bevat(ronde.body, "<dt>Stand</dt><dd>Bevestigd</dd>"));
  EXPECT_FALSE(Bevat(ronde.body, ">Ronde bevestigen<"));
  EXPECT_FALSE(Bevat(ronde.body, "Voorstellen wijzigen"));
  // Confirmed is final: a late change is refused with a message.
  p = Post(pad + "/wijzigingen", {{"aanmelding", sanne}, {"school", "11BB00"}, {"reden", "x"}});
  EXPECT_EQ(p.status, 409);
}

TEST_F(PlaatsingsrondePages, ASchoolSeesNoLinkAndNoPage) {
  const app::Sessie school = fixture_.Login(Rol::kSchool);
  const Pagina home = testing::Bekijk(fixture_.harness(), "/aanmeldingen", school);
  EXPECT_FALSE(Bevat(home.body, "href=\"/plaatsingsrondes\""));
  EXPECT_EQ(testing::Bekijk(fixture_.harness(), "/plaatsingsrondes", school).status, 403);
}

}  // namespace
}  // namespace passend
