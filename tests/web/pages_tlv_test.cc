// The TLV pages (issue 7): the school's request form (a missing support need comes back beside
// its field) prefilled from the student's file, advices through the form by school and SWV, the
// committee's decision form only for the SWV and only once the request is complete, the
// decision on the page; the parent's view (own child only) with the last day to object and the
// evaluation request on a whole-career TLV; the SWV's objection forms; the register with its
// CSV. The test clock stands on Wednesday 1 October 2025.
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

  // Sanne's request with two advices and the SWV's decision `besluit`; its page's path.
  std::string Besloten(const Velden& besluit) {
    Pagina res = Post("/tlv", Rol::kSchool, Aanvraag("Intensieve begeleiding bij gedrag."));
    EXPECT_EQ(res.status, 303) << res.body;
    const std::string pad = res.location;
    EXPECT_EQ(Post(pad + "/advies", Rol::kSchool, Advies("kinderarts")).status, 303);
    EXPECT_EQ(Post(pad + "/advies", Rol::kSwv, Advies("orthopedagoog")).status, 303);
    res = Post(pad + "/besluit", Rol::kSwv, besluit);
    EXPECT_EQ(res.status, 303) << res.body;
    return pad;
  }
  static Velden Toekenning(const std::string& einddatum, bool hele_loopbaan = false) {
    return {{"formulier", "besluit"}, {"uitkomst", "toegekend"},
            {"categorie", "midden"},  {"ingangsdatum", "2025-10-01"},
            {"einddatum", einddatum}, {"heleLoopbaan", hele_loopbaan ? "ja" : ""},
            {"motivering", ""}};
  }
  static Velden Afwijzing() {
    return {{"formulier", "besluit"},
            {"uitkomst", "afgewezen"},
            {"motivering", "De basisondersteuning en een arrangement zijn nog niet benut."}};
  }
  static bool Bevat(const Pagina& p, const std::string& tekst) {
    return p.body.find(tekst) != std::string::npos;
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

TEST_F(TlvPages, TheParentSeesTheDecisionTheCategoryThePeriodAndTheLastDayToObject) {
  const std::string pad = Besloten(Toekenning("2026-09-30"));
  Pagina res = Get(pad, Rol::kOuder);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(Bevat(res, "Uw kind krijgt een TLV voor")) << res.body;
  EXPECT_TRUE(Bevat(res, "midden (categorie 2)"));
  EXPECT_TRUE(Bevat(res, "van 1 oktober 2025 tot en met 30 september 2026"));
  // Awb: 6 weeks from the decision, with the SWV, then the LBT.
  EXPECT_TRUE(Bevat(res, "De laatste dag daarvoor is <strong>12 november 2025</strong>"));
  EXPECT_TRUE(Bevat(res, "Landelijke Bezwaaradviescommissie"));
  // The file the decision rests on: the advices and the school's request.
  EXPECT_TRUE(Bevat(res, "Het so past bij deze leerling."));
  EXPECT_TRUE(Bevat(res, "Ik wil naar een kleinere klas."));
  // No staff forms, and a TLV with an end date has no evaluation moment.
  EXPECT_FALSE(Bevat(res, "Advies toevoegen"));
  EXPECT_FALSE(Bevat(res, "Bezwaar vastleggen"));
  EXPECT_FALSE(Bevat(res, "Evaluatiemoment"));
  // The list links the child's request.
  EXPECT_TRUE(Bevat(Get("/tlv", Rol::kOuder), "href=\"" + pad + "\""));
}

TEST_F(TlvPages, TheParentSeesTheReasonsOfARefusal) {
  const std::string pad = Besloten(Afwijzing());
  Pagina res = Get(pad, Rol::kOuder);
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(Bevat(res, "Uw kind krijgt geen TLV voor"));
  EXPECT_TRUE(Bevat(res, "De basisondersteuning en een arrangement zijn nog niet benut."));
  EXPECT_TRUE(Bevat(res, "12 november 2025"));
}

TEST_F(TlvPages, AnotherChildsRequestIsNotFoundForTheParent) {
  // Bram's request by his own school (10AA01); the parent is Sanne's.
  app::NieuweTlvAanvraag nieuw;
  nieuw.leerling = fixture_.bram;
  nieuw.soort = domain::TlvSoort::kSbo;
  nieuw.ondersteuningsbehoefte = "Rust";
  nieuw.al_gedaan = "Begeleiding";
  nieuw.zienswijze_ouders = "Eens";
  nieuw.hoorrecht = {true, "Goed", ""};
  auto bram = fixture_.db().tlv->VraagAan(app::Principal{0, "school", Rol::kSchool, "10AA01", {}},
                                          "test", nieuw);
  ASSERT_TRUE(bram.has_value()) << bram.error().message;
  const std::string pad = "/tlv/" + std::to_string(bram->overzicht.aanvraag.id);
  EXPECT_EQ(Get(pad, Rol::kOuder).status, 404);
  EXPECT_EQ(Post(pad + "/evaluatie", Rol::kOuder, {}).status, 404);
  EXPECT_FALSE(Bevat(Get("/tlv", Rol::kOuder), pad));
  EXPECT_EQ(Get(pad, Rol::kSwv).status, 200);  // the same SWV's committee does see it
}

TEST_F(TlvPages, TheParentAsksForAnEvaluationMomentOnAWholeCareerTlv) {
  const std::string pad = Besloten(Toekenning("", true));
  Pagina res = Get(pad, Rol::kOuder);
  EXPECT_TRUE(Bevat(res, "vanaf 1 oktober 2025, voor de hele schoolloopbaan"));
  ASSERT_TRUE(Bevat(res, "Evaluatiemoment vragen"));
  EXPECT_TRUE(Bevat(res, "action=\"" + pad + "/evaluatie\""));
  // The school neither asks nor sees a form.
  EXPECT_EQ(Post(pad + "/evaluatie", Rol::kSchool, {}).status, 403);
  EXPECT_FALSE(Bevat(Get(pad, Rol::kSchool), "Evaluatiemoment vragen"));

  res = Post(pad + "/evaluatie", Rol::kOuder, {{"formulier", "evaluatie"}});
  ASSERT_EQ(res.status, 303) << res.body;
  EXPECT_EQ(res.location, pad);
  res = Get(pad, Rol::kOuder);
  EXPECT_TRUE(Bevat(res, "U heeft op 1 oktober 2025 om een evaluatiemoment gevraagd."));
  EXPECT_FALSE(Bevat(res, "Evaluatiemoment vragen"));
  EXPECT_TRUE(Bevat(Get(pad, Rol::kSwv), "De ouders hebben op 1 oktober 2025 om een"));
}

TEST_F(TlvPages, NoEvaluationMomentOnATlvWithAnEndDate) {
  const std::string pad = Besloten(Toekenning("2026-09-30"));
  Pagina res = Post(pad + "/evaluatie", Rol::kOuder, {{"formulier", "evaluatie"}});
  EXPECT_EQ(res.status, 422);
  EXPECT_TRUE(Bevat(res, "alleen bij een TLV voor de hele schoolloopbaan")) << res.body;
}

TEST_F(TlvPages, TheSwvRecordsTheObjectionAndItsEndThroughTheForms) {
  const std::string pad = Besloten(Afwijzing());
  EXPECT_FALSE(Bevat(Get(pad, Rol::kSchool), "Bezwaar vastleggen"));
  EXPECT_EQ(Post(pad + "/bezwaar", Rol::kSchool, {{"gronden", "x"}}).status, 403);
  ASSERT_TRUE(Bevat(Get(pad, Rol::kSwv), "Bezwaar vastleggen"));

  // Without grounds, and dated before the decision: refused beside the field, values kept.
  Pagina res = Post(pad + "/bezwaar", Rol::kSwv, {{"formulier", "bezwaar"}, {"gronden", ""}});
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "id=\"bezwaar-gronden-fout\"")) << res.body;
  EXPECT_TRUE(Bevat(res, "Beschrijf de gronden van het bezwaar"));
  res =
      Post(pad + "/bezwaar", Rol::kSwv,
           {{"formulier", "bezwaar"}, {"gronden", "Het so past beter."}, {"datum", "2025-09-01"}});
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "id=\"bezwaar-datum-fout\""));
  EXPECT_TRUE(Bevat(res, "Het so past beter."));
  res = Post(pad + "/bezwaar", Rol::kSwv,
             {{"formulier", "bezwaar"}, {"gronden", "Het so past beter."}});
  ASSERT_EQ(res.status, 303) << res.body;

  res = Get(pad, Rol::kSwv);
  EXPECT_FALSE(Bevat(res, "Bezwaar vastleggen"));
  ASSERT_TRUE(Bevat(res, "Afloop van het bezwaar"));
  Velden afronding{{"formulier", "afronding"},
                   {"lbtAdviesOp", "2025-10-01"},
                   {"lbtAdvies", "Het bezwaar is ongegrond."},
                   {"beslissing", "Het besluit blijft staan."}};
  res = Post(pad + "/bezwaar-afronding", Rol::kSwv, afronding);
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "id=\"afronding-gegrond-fout\"")) << res.body;
  EXPECT_TRUE(Bevat(res, "Kies of het bezwaar gegrond is."));
  Velden zonder_datum = afronding;
  zonder_datum[1].second = "";
  zonder_datum.push_back({"gegrond", "nee"});
  res = Post(pad + "/bezwaar-afronding", Rol::kSwv, zonder_datum);
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "id=\"afronding-lbt-op-fout\""));
  afronding.push_back({"gegrond", "nee"});
  ASSERT_EQ(Post(pad + "/bezwaar-afronding", Rol::kSwv, afronding).status, 303);

  res = Get(pad, Rol::kSwv);
  EXPECT_FALSE(Bevat(res, "Afloop van het bezwaar"));
  EXPECT_TRUE(Bevat(res, "Ongegrond op 1 oktober 2025: Het besluit blijft staan."));
  // The parent sees the objection and the decision on it.
  res = Get(pad, Rol::kOuder);
  EXPECT_TRUE(Bevat(res, "Uw bezwaar"));
  EXPECT_TRUE(Bevat(res, "<strong>ongegrond</strong>"));
  EXPECT_TRUE(Bevat(res, "Het besluit blijft staan."));
  EXPECT_TRUE(Bevat(res, "in beroep gaan bij de rechtbank"));
}

TEST_F(TlvPages, TheRegisterCountsPerCategoryWithAChartAndACsv) {
  const std::string pad = Besloten(Toekenning("2026-09-30"));
  const std::string id = pad.substr(std::string("/tlv/").size());
  Pagina res = Get("/tlv/register", Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(Bevat(res, "<svg"));
  EXPECT_TRUE(Bevat(res, "so, midden (categorie 2)"));
  EXPECT_TRUE(Bevat(res, "href=\"" + pad + "\""));
  // Ending within 91 days of a peildatum in July 2026.
  res = Get("/tlv/register?peildatum=2026-07-15", Rol::kSwv);
  EXPECT_TRUE(Bevat(res, "Aflopende TLV&#39;s: 1")) << res.body;
  res = Get("/tlv/register?peildatum=2025-13-01", Rol::kSwv);
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "id=\"register-peildatum-fout\"")) << res.body;

  auto csv = testing::Bekijk(fixture_.harness(), "/tlv/register.csv?peildatum=2025-10-01&actief=ja",
                             fixture_.Login(Rol::kSwv));
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.rfind("aanvraag,leerling,naam,soort,categorie,ingangsdatum,einddatum,"
                           "heleLoopbaan,actief,huidigeSchool,huidigeSchoolSwv\r\n",
                           0),
            0u)
      << csv.body;
  EXPECT_TRUE(Bevat(csv, id + "," + std::to_string(fixture_.sanne.value) + ","));
  EXPECT_TRUE(Bevat(csv, ",so,midden,2025-10-01,2026-09-30,false,true,10AA00,PO2001\r\n"))
      << csv.body;
  // Not active a year later: the active list is empty then.
  csv = Get("/tlv/register.csv?peildatum=2026-10-01", Rol::kSwv);
  EXPECT_FALSE(Bevat(csv, ",so,midden,"));
  // Roles outside the TLV see no register.
  EXPECT_EQ(Get("/tlv/register", Rol::kGemeente).status, 403);
}

TEST_F(TlvPages, ANewRequestStartsFromTheStudentsFile) {
  Pagina res = Get("/tlv/nieuw", Rol::kSchool);
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(Bevat(res, "Kies eerst de leerling"));
  res = Get("/tlv/nieuw?leerling=abc", Rol::kSchool);
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "id=\"tlv-leerling-fout\""));
  // Bram is not at this school: as if he did not exist.
  res = Get("/tlv/nieuw?leerling=" + std::to_string(fixture_.bram.value), Rol::kSchool);
  EXPECT_EQ(res.status, 404);
  EXPECT_TRUE(Bevat(res, "Deze leerling is niet gevonden."));

  // A registration with support needs, then a refused request: both reused.
  app::NieuweAanmelding aanmelding;
  aanmelding.leerling = fixture_.sanne;
  aanmelding.school = *domain::Vestigingscode::Parse("10AA00");
  aanmelding.aanmelddatum = *domain::ParseIsoDate("2025-09-22");
  aanmelding.ondersteuningsbehoeften = {domain::Ondersteuningsbehoefte::kGedrag};
  ASSERT_TRUE(fixture_.db().aanmeldingen->Registreer(
      app::Principal{0, "school", Rol::kSchool, "10AA00", {}}, "test", aanmelding));
  const std::string vorige = Besloten(Afwijzing());
  res = Get("/tlv/nieuw?leerling=" + std::to_string(fixture_.sanne.value), Rol::kSchool);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(Bevat(res, "Overgenomen uit het dossier van Sanne"));
  EXPECT_TRUE(Bevat(res, "href=\"" + vorige + "\""));
  EXPECT_TRUE(Bevat(res, "de ondersteuningsbehoeften uit de aanmelding van 22 september 2025"));
  // In the fields, editable: the previous need and what was tried, not the views.
  EXPECT_TRUE(Bevat(res,
                    ">Intensieve begeleiding bij gedrag.\n\nOndersteuningsbehoeften volgens "
                    "de aanmelding van 22 september 2025: "))
      << res.body;
  EXPECT_TRUE(Bevat(res, ">Een jaar arrangement met ambulante begeleiding.</textarea>"));
  EXPECT_FALSE(Bevat(res, "De ouders steunen de aanvraag."));
  EXPECT_TRUE(Bevat(res, "value=\"so\" selected"));
  EXPECT_TRUE(Bevat(res, ">Aanvraag indienen</button>"));
  // The SWV does not request.
  EXPECT_EQ(Get("/tlv/nieuw?leerling=1", Rol::kSwv).status, 403);
}

}  // namespace
}  // namespace passend
