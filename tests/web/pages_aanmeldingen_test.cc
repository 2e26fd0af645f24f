// The registration pages: the list per role, the registration form, extension and decision
// through forms, rule refusals beside their field, and the parent's plain view.
#include <gtest/gtest.h>

#include <regex>
#include <utility>
#include <vector>

#include "support/requests.h"
#include "support/security_fixture.h"
#include "web/html.h"

namespace passend {
namespace {

using domain::Rol;

using testing::Pagina;
using testing::Velden;

class AanmeldingenPages : public ::testing::Test {
 protected:
  Pagina Get(const std::string& path, const app::Sessie& sessie) {
    return testing::Bekijk(fixture_.harness(), path, sessie);
  }

  // Posts a form as the logged-in `sessie`, with its CSRF token unless `csrf` is given.
  Pagina Post(const std::string& path, const app::Sessie& sessie, const Velden& velden,
              const std::optional<std::string>& csrf = std::nullopt) {
    return testing::Verstuur(fixture_.harness(), path, sessie, velden, csrf ? &*csrf : nullptr);
  }

  // A registration made directly through the use case, as `school` (default 10AA00).
  int64_t Registreer(domain::LeerlingId leerling, const std::string& aanmelddatum,
                     const std::string& school = "10AA00") {
    app::Principal principal{0, "school-" + school, Rol::kSchool, school, {}};
    app::NieuweAanmelding nieuw;
    nieuw.leerling = leerling;
    nieuw.school = *domain::Vestigingscode::Parse(school);
    nieuw.aanmelddatum = *domain::ParseIsoDate(aanmelddatum);
    nieuw.ondersteuningsbehoeften = {domain::Ondersteuningsbehoefte::kGedrag};
    auto inzicht = fixture_.db().aanmeldingen->Registreer(principal, "test", nieuw);
    EXPECT_TRUE(inzicht.has_value()) << inzicht.error().message;
    return inzicht ? inzicht->overzicht.aanmelding.id : 0;
  }

  app::AanmeldingInzicht Lees(int64_t id) {
    app::Principal bestuur{0, "bestuur-lezer", Rol::kBestuur, "10001", {}};
    auto inzicht = fixture_.db().aanmeldingen->Get(bestuur, "test", id);
    EXPECT_TRUE(inzicht.has_value()) << id << ": " << inzicht.error().message;
    return inzicht.value_or(app::AanmeldingInzicht{});
  }

  static std::string Pad(int64_t id, const std::string& rest = "") {
    return "/aanmeldingen/" + std::to_string(id) + rest;
  }

  // The markup of the form field (or fieldset) that holds the element with `id`: the message
  // beside a field must be inside it.
  static std::string VeldBlok(const std::string& html, const std::string& id) {
    const size_t at = html.find("id=\"" + id + "\"");
    if (at == std::string::npos) return "";
    // A group carries the id on its fieldset; a single field on its control, inside its div.
    const size_t tag = html.rfind('<', at);
    if (html.compare(tag, 9, "<fieldset") == 0) {
      return html.substr(tag, html.find("</fieldset>", at) - tag);
    }
    const size_t start = html.rfind("<div class=\"utrecht-form-field", at);
    const size_t end = html.find("</div>\n", at);
    if (start == std::string::npos || end == std::string::npos) return "";
    return html.substr(start, end - start);
  }

  // The text of the element with `id` (its first text node).
  static std::string Tekst(const std::string& html, const std::string& id) {
    std::smatch m;
    const std::regex re("id=\"" + id + "\"[^>]*>([^<]*)<");
    return std::regex_search(html, m, re) ? m[1].str() : "";
  }

  static Velden NieuwKind(const std::string& bsn = "999999990") {
    return {{"leerling", ""},
            {"voornamen", "Noor"},
            {"achternaam", "Jansen"},
            {"geslacht", "V"},
            {"geboortedatum", "2019-03-03"},
            {"bsn", bsn},
            {"postcode", "1234 AB"},
            {"huisnummer", "12"},
            {"school", "10AA00"},
            {"aanmelddatum", "2025-09-22"},
            {"schriftelijk", "schriftelijk"},
            {"gewensteStartdatum", "2026-01-05"},
            {"eersteKeuze", "ja"},
            {"ondersteuningsbehoeften", "gedrag"},
            {"ondersteuningsbehoeften", "leren"}};
  }

  static int64_t IdUit(const std::string& location) {
    std::smatch m;
    const std::regex re(R"(^/aanmeldingen/(\d+)\?opgeslagen=)");
    return std::regex_search(location, m, re) ? std::stoll(m[1].str()) : 0;
  }

  testing::SecurityFixture fixture_;
  app::Sessie school_ = fixture_.Login(Rol::kSchool);  // 10AA00
};

TEST_F(AanmeldingenPages, TheListShowsWhatIsInScopeWithItsDeadline) {
  Registreer(fixture_.sanne, "2025-08-01");            // 10AA00, lapsed on 12 September
  Registreer(fixture_.bram, "2025-08-22", "10AA01");   // due 3 October: almost due
  Registreer(fixture_.lotte, "2025-09-22", "12CC00");  // VO2001, open

  const Pagina school = Get("/aanmeldingen", school_);
  ASSERT_EQ(school.status, 200);
  EXPECT_NE(school.body.find("Sanne van Dijk"), std::string::npos);
  EXPECT_EQ(school.body.find("Bram van Dijk"), std::string::npos) << "another school";
  EXPECT_EQ(school.body.find("Lotte van Dijk"), std::string::npos) << "another SWV";
  EXPECT_NE(school.body.find("passend-badge--verlopen\">Verlopen</span>"), std::string::npos);
  EXPECT_NE(school.body.find("Recht op een (tijdelijke) plek"), std::string::npos);
  EXPECT_NE(school.body.find("19 dagen te laat"), std::string::npos);
  EXPECT_NE(school.body.find(">1 verlopen</a>"), std::string::npos) << "counts per status";
  EXPECT_NE(school.body.find(">0 bijna verlopen</a>"), std::string::npos);
  EXPECT_NE(school.body.find("href=\"/aanmeldingen/nieuw\""), std::string::npos);
  EXPECT_NE(school.body.find("href=\"/aanmeldingen\">Aanmeldingen</a>"), std::string::npos)
      << "navigation";

  // The board reads all of its schools, and a board only reads.
  const Pagina bestuur = Get("/aanmeldingen", fixture_.Login(Rol::kBestuur));
  ASSERT_EQ(bestuur.status, 200);
  EXPECT_NE(bestuur.body.find("Sanne van Dijk"), std::string::npos);
  EXPECT_NE(bestuur.body.find("Bram van Dijk"), std::string::npos);
  EXPECT_NE(bestuur.body.find("Lotte van Dijk"), std::string::npos);
  EXPECT_NE(bestuur.body.find("passend-badge--bijna-verlopen\">Bijna verlopen</span>"),
            std::string::npos);
  EXPECT_NE(bestuur.body.find("nog 2 dagen"), std::string::npos);
  EXPECT_NE(bestuur.body.find(">1 verlopen</a>, <a class=\"utrecht-link\" "
                              "href=\"/aanmeldingen?status=bijna-verlopen\">1 bijna verlopen</a>"),
            std::string::npos);
  EXPECT_EQ(bestuur.body.find("href=\"/aanmeldingen/nieuw\""), std::string::npos);

  const Pagina gefilterd =
      Get("/aanmeldingen?status=bijna-verlopen", fixture_.Login(Rol::kBestuur));
  ASSERT_EQ(gefilterd.status, 200);
  EXPECT_NE(gefilterd.body.find("Bram van Dijk"), std::string::npos);
  EXPECT_EQ(gefilterd.body.find("Sanne van Dijk"), std::string::npos);
  EXPECT_NE(gefilterd.body.find("value=\"bijna-verlopen\" selected"), std::string::npos);
  EXPECT_EQ(Get("/aanmeldingen?status=lopend", school_).status, 400);

  // The SWV sees the lapsed registration in its region, nothing of another SWV.
  const Pagina swv = Get("/aanmeldingen", fixture_.Login(Rol::kSwv));
  ASSERT_EQ(swv.status, 200);
  EXPECT_NE(swv.body.find("Sanne van Dijk"), std::string::npos);
  EXPECT_EQ(swv.body.find("Lotte van Dijk"), std::string::npos);
  // Without meldingsplicht neither the row nor the count of Bram's open registration shows.
  EXPECT_EQ(swv.body.find("Bram van Dijk"), std::string::npos);
  EXPECT_NE(swv.body.find(">1 verlopen</a>"), std::string::npos);
  EXPECT_NE(swv.body.find(">0 bijna verlopen</a>"), std::string::npos);

  const Pagina ouder = Get("/aanmeldingen", fixture_.Login(Rol::kOuder));
  ASSERT_EQ(ouder.status, 200);
  EXPECT_NE(ouder.body.find("Sanne van Dijk"), std::string::npos);
  EXPECT_EQ(ouder.body.find("Bram van Dijk"), std::string::npos);
  EXPECT_EQ(ouder.body.find("href=\"/aanmeldingen/nieuw\""), std::string::npos);

  const auto gemeente = fixture_.Login(Rol::kGemeente);
  EXPECT_EQ(Get("/aanmeldingen", gemeente).status, 403);
  EXPECT_EQ(Get("/leerlingen", gemeente).body.find("href=\"/aanmeldingen\""), std::string::npos)
      << "no menu item without the permission";
}

TEST_F(AanmeldingenPages, TheFormOffersTheSchoolsInScope) {
  const Pagina school = Get("/aanmeldingen/nieuw", school_);
  ASSERT_EQ(school.status, 200);
  EXPECT_NE(school.body.find("id=\"school\" name=\"school\" type=\"text\" value=\"10AA00\" "
                             "readonly"),
            std::string::npos);
  EXPECT_NE(school.body.find("value=\"2025-10-01\""), std::string::npos) << "today by default";
  for (auto b : domain::kAlleOndersteuningsbehoeften) {
    EXPECT_NE(school.body.find(web::Escape(domain::OndersteuningsbehoefteNaam(b))),
              std::string::npos)
        << domain::OndersteuningsbehoefteCode(b);
  }
  EXPECT_NE(school.body.find("<legend class=\"utrecht-form-fieldset__legend "
                             "utrecht-form-fieldset__legend--html-legend\">Geslacht</legend>"),
            std::string::npos);

  // An SWV registers only as centraal aanmeldpunt, at its own schools.
  const auto swv_sessie = fixture_.Login(Rol::kSwv);
  const Pagina zonder = Get("/aanmeldingen/nieuw", swv_sessie);
  ASSERT_EQ(zonder.status, 200);
  EXPECT_EQ(zonder.body.find("action=\"/aanmeldingen\""), std::string::npos);
  EXPECT_NE(zonder.body.find("geen centraal aanmeldpunt"), std::string::npos);
  const app::Principal swv_principal{0, "swv.test", Rol::kSwv, "PO2001", {}};
  domain::SwvInstellingen instellingen;
  instellingen.centraal_aanmeldpunt = true;
  ASSERT_TRUE(fixture_.db().instellingen->Wijzig(swv_principal, "test",
                                                 *domain::SwvCode::Parse("PO2001"), instellingen));
  const Pagina swv = Get("/aanmeldingen/nieuw", swv_sessie);
  ASSERT_EQ(swv.status, 200);
  EXPECT_NE(swv.body.find("action=\"/aanmeldingen\""), std::string::npos);
  EXPECT_NE(swv.body.find("<option value=\"10AA01\">"), std::string::npos);
  EXPECT_NE(swv.body.find("<option value=\"11BB00\">"), std::string::npos);
  EXPECT_EQ(swv.body.find("<option value=\"12CC00\">"), std::string::npos) << "another SWV";

  EXPECT_EQ(Get("/aanmeldingen/nieuw", fixture_.Login(Rol::kBestuur)).status, 403);
  EXPECT_EQ(Get("/aanmeldingen/nieuw", fixture_.Login(Rol::kOuder)).status, 403);
}

TEST_F(AanmeldingenPages, AFormErrorKeepsTheValuesAndShowsTheMessageBesideTheField) {
  const int64_t voor = testing::CountRows(*fixture_.db().store, "aanmeldingen");
  const Pagina res = Post("/aanmeldingen", school_, NieuwKind("123456789"));
  EXPECT_EQ(res.status, 400);
  EXPECT_NE(res.body.find("value=\"Noor\""), std::string::npos);
  EXPECT_NE(res.body.find("value=\"Jansen\""), std::string::npos);
  EXPECT_NE(res.body.find("value=\"2026-01-05\""), std::string::npos);
  EXPECT_NE(res.body.find("value=\"gedrag\" checked"), std::string::npos);
  EXPECT_NE(res.body.find("value=\"leren\" checked"), std::string::npos);
  EXPECT_EQ(res.body.find("value=\"zien\" checked"), std::string::npos);
  EXPECT_NE(res.body.find("value=\"V\" checked"), std::string::npos);

  const std::string bsn = VeldBlok(res.body, "bsn");
  const std::string verwacht = domain::Bsn::Parse("123456789").error().message;
  EXPECT_EQ(Tekst(bsn, "bsn-fout"), web::Escape(verwacht)) << bsn;
  EXPECT_NE(bsn.find("aria-invalid=\"true\""), std::string::npos) << bsn;
  EXPECT_NE(bsn.find("aria-describedby=\"bsn-uitleg bsn-fout\""), std::string::npos) << bsn;
  EXPECT_EQ(VeldBlok(res.body, "voornamen").find("aria-invalid"), std::string::npos);
  EXPECT_NE(res.body.find("href=\"#bsn\""), std::string::npos) << "the summary links the field";
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "aanmeldingen"), voor);

  // A missing house number: the message is beside that field.
  Velden zonder = NieuwKind();
  for (auto& [naam, waarde] : zonder) {
    if (naam == "huisnummer") waarde = "";
  }
  const Pagina geen_huisnummer = Post("/aanmeldingen", school_, zonder);
  EXPECT_EQ(geen_huisnummer.status, 400);
  EXPECT_FALSE(Tekst(VeldBlok(geen_huisnummer.body, "huisnummer"), "huisnummer-fout").empty());

  // A student outside the scope is answered at the student number, as not found.
  Velden bram = NieuwKind();
  bram[0].second = std::to_string(fixture_.bram.value);
  const Pagina buiten = Post("/aanmeldingen", school_, bram);
  EXPECT_EQ(buiten.status, 404);
  EXPECT_FALSE(Tekst(VeldBlok(buiten.body, "leerling"), "leerling-fout").empty());
  EXPECT_NE(buiten.body.find("value=\"" + std::to_string(fixture_.bram.value) + "\""),
            std::string::npos);
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "aanmeldingen"), voor);
}

TEST_F(AanmeldingenPages, ARegistrationThroughTheFormIsStoredAndShown) {
  const Pagina res = Post("/aanmeldingen", school_, NieuwKind());
  ASSERT_EQ(res.status, 303) << res.body;
  const int64_t id = IdUit(res.location);
  ASSERT_GT(id, 0) << res.location;
  const auto inzicht = Lees(id);
  const auto& a = inzicht.overzicht.aanmelding;
  EXPECT_EQ(inzicht.overzicht.leerling_naam, "Noor Jansen");
  EXPECT_EQ(a.school.str(), "10AA00");
  EXPECT_TRUE(a.schriftelijk);
  EXPECT_TRUE(a.eerste_keuze);
  EXPECT_FALSE(a.vooraanmelding);
  EXPECT_EQ(a.ondersteuningsbehoeften, (std::vector{domain::Ondersteuningsbehoefte::kGedrag,
                                                    domain::Ondersteuningsbehoefte::kLeren}));
  EXPECT_EQ(domain::FormatIsoDate(*inzicht.status.uiterste_beslisdatum), "2025-11-03");

  const Pagina pagina = Get(res.location, school_);
  ASSERT_EQ(pagina.status, 200);
  EXPECT_NE(pagina.body.find("De aanmelding is vastgelegd."), std::string::npos);
  EXPECT_NE(pagina.body.find("Aanmelding van Noor Jansen"), std::string::npos);
  EXPECT_NE(pagina.body.find("3 november 2025"), std::string::npos);
  EXPECT_NE(pagina.body.find("Schriftelijke aanmelding vastgelegd"), std::string::npos)
      << "timeline";

  // An existing student, by number, registered verbally and not as first choice.
  const Pagina mondeling = Post("/aanmeldingen", school_,
                                {{"leerling", std::to_string(fixture_.sanne.value)},
                                 {"school", "10AA00"},
                                 {"aanmelddatum", "2025-09-30"},
                                 {"schriftelijk", "mondeling"}});
  ASSERT_EQ(mondeling.status, 303) << mondeling.body;
  const auto verbaal = Lees(IdUit(mondeling.location));
  EXPECT_EQ(verbaal.overzicht.aanmelding.leerling, fixture_.sanne);
  EXPECT_FALSE(verbaal.overzicht.aanmelding.schriftelijk);
  EXPECT_FALSE(verbaal.overzicht.aanmelding.eerste_keuze);
  EXPECT_EQ(verbaal.status.soort, domain::AanmeldingStatusSoort::kMondeling);
}

TEST_F(AanmeldingenPages, ExtensionAndDecisionThroughTheForms) {
  const int64_t id = Registreer(fixture_.sanne, "2025-09-22");
  const Pagina leeg = Get(Pad(id), school_);
  ASSERT_EQ(leeg.status, 200);
  EXPECT_NE(leeg.body.find("action=\"" + Pad(id, "/verlenging") + "\""), std::string::npos);
  EXPECT_NE(leeg.body.find("action=\"" + Pad(id, "/besluit") + "\""), std::string::npos);
  EXPECT_NE(leeg.body.find("<option value=\"11BB00\">"), std::string::npos)
      << "other schools of the SWV are suggested";

  const Pagina verlengd =
      Post(Pad(id, "/verlenging"), school_, {{"weken", "2"}, {"reden", "Het onderzoek loopt."}});
  ASSERT_EQ(verlengd.status, 303) << verlengd.body;
  EXPECT_EQ(verlengd.location, Pad(id, "?opgeslagen=verlenging"));
  EXPECT_EQ(Lees(id).overzicht.aanmelding.verlenging_dagen, 14);

  // A second extension is refused by the law, beside the number of weeks; nothing changes.
  const Pagina tweede =
      Post(Pad(id, "/verlenging"), school_, {{"weken", "1"}, {"reden", "Nog even."}});
  EXPECT_EQ(tweede.status, 422);
  EXPECT_NE(Tekst(VeldBlok(tweede.body, "verlenging-weken"), "verlenging-weken-fout")
                .find("één verlenging"),
            std::string::npos)
      << tweede.body;
  EXPECT_NE(tweede.body.find("Nog even."), std::string::npos) << "the reason is kept";
  EXPECT_EQ(Lees(id).overzicht.aanmelding.verlenging_dagen, 14);

  const Pagina besloten = Post(Pad(id, "/besluit"), school_,
                               {{"uitkomst", "elders-geplaatst"},
                                {"metArrangement", "ja"},
                                {"grond", ""},
                                {"andereSchool", "11bb00"},
                                {"andereSchoolAkkoord", "ja"},
                                {"hoorrecht", "gehoord"},
                                {"zienswijze", "Ik wil naar De Brug."},
                                {"datum", "2025-10-01"}});
  ASSERT_EQ(besloten.status, 303) << besloten.body;
  const auto inzicht = Lees(id);
  ASSERT_TRUE(inzicht.overzicht.aanmelding.besluit.has_value());
  const auto& b = *inzicht.overzicht.aanmelding.besluit;
  EXPECT_EQ(b.uitkomst, domain::Uitkomst::kEldersGeplaatst);
  EXPECT_EQ(b.andere_school, "11BB00");
  EXPECT_TRUE(b.andere_school_akkoord);
  EXPECT_TRUE(b.met_arrangement);
  ASSERT_TRUE(b.hoorrecht.has_value());
  EXPECT_EQ(b.hoorrecht->zienswijze, "Ik wil naar De Brug.");

  const Pagina pagina = Get(Pad(id), school_);
  ASSERT_EQ(pagina.status, 200);
  EXPECT_NE(pagina.body.find("Geplaatst op een andere school"), std::string::npos);
  EXPECT_NE(pagina.body.find("Ik wil naar De Brug."), std::string::npos);
  EXPECT_NE(pagina.body.find("Het onderzoek loopt."), std::string::npos);
  EXPECT_NE(pagina.body.find("Beslistermijn verlengd met 2 weken"), std::string::npos);
  EXPECT_NE(pagina.body.find("Besluit: Geplaatst op een andere school (11BB00); de leerling is "
                             "gehoord."),
            std::string::npos);
  EXPECT_NE(pagina.body.find("school.test (School 10AA00)"), std::string::npos) << "who";
  EXPECT_EQ(pagina.body.find("action=\"" + Pad(id, "/besluit") + "\""), std::string::npos)
      << "no forms once decided";
  EXPECT_EQ(pagina.body.find("action=\"" + Pad(id, "/verlenging") + "\""), std::string::npos);
}

TEST_F(AanmeldingenPages, ADecisionWithoutHoorrechtIsRefusedBesideTheFieldAndChangesNothing) {
  const int64_t id = Registreer(fixture_.sanne, "2025-09-22");
  const int64_t events = testing::CountRows(*fixture_.db().store, "events");
  const Pagina res =
      Post(Pad(id, "/besluit"), school_, {{"uitkomst", "toegelaten"}, {"datum", "2025-10-01"}});
  EXPECT_EQ(res.status, 422);
  domain::Besluit zonder;
  zonder.datum = *domain::ParseIsoDate("2025-10-01");
  const std::string verwacht = domain::Valideer(zonder).error().message;
  const std::string blok = VeldBlok(res.body, "besluit-hoorrecht");
  EXPECT_EQ(Tekst(blok, "besluit-hoorrecht-fout"), web::Escape(verwacht)) << blok;
  EXPECT_NE(blok.find("aria-describedby=\"besluit-hoorrecht-uitleg besluit-hoorrecht-fout\""),
            std::string::npos)
      << blok;
  EXPECT_NE(res.body.find("value=\"toegelaten\" checked"), std::string::npos);
  EXPECT_FALSE(Lees(id).overzicht.aanmelding.besluit.has_value());
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "events"), events);

  // Without the form's CSRF token nothing is decided either.
  const Pagina vals = Post(Pad(id, "/besluit"), school_,
                           {{"uitkomst", "ingetrokken"}, {"datum", "2025-10-01"}}, "verkeerd");
  EXPECT_EQ(vals.status, 403);
  EXPECT_FALSE(Lees(id).overzicht.aanmelding.besluit.has_value());
}

TEST_F(AanmeldingenPages, TheParentReadsTheirRightsAndGetsNoForms) {
  const int64_t id = Registreer(fixture_.sanne, "2025-09-22");
  const auto ouder = fixture_.Login(Rol::kOuder);
  const Pagina res = Get(Pad(id), ouder);
  ASSERT_EQ(res.status, 200);
  EXPECT_NE(res.body.find("Uw rechten"), std::string::npos);
  EXPECT_NE(res.body.find("De school beslist uiterlijk op</dt><dd>3 november 2025"),
            std::string::npos);
  EXPECT_NE(res.body.find("binnen 6 weken"), std::string::npos);
  EXPECT_NE(res.body.find("ten hoogste 4 weken"), std::string::npos);
  EXPECT_NE(res.body.find("voorlopige (tijdelijke) plek"), std::string::npos);
  EXPECT_NE(res.body.find("gehoord"), std::string::npos);
  EXPECT_EQ(res.body.find("/verlenging\""), std::string::npos);
  EXPECT_EQ(res.body.find("/besluit\""), std::string::npos);
  EXPECT_EQ(res.body.find("school-10AA00"), std::string::npos) << "staff accounts are not named";
  EXPECT_EQ(Post(Pad(id, "/verlenging"), ouder, {{"weken", "2"}, {"reden", "x"}}).status, 403);

  AddAccount(fixture_.db(), "ouder2.test", Rol::kOuder, "", {fixture_.bram});
  auto ander = fixture_.db().auth->Login("ouder2.test", testing::kTestWachtwoord, "t");
  ASSERT_TRUE(ander.has_value());
  EXPECT_EQ(Get(Pad(id), *ander).status, 404) << "not their child";
  EXPECT_EQ(Get("/aanmeldingen/999999", ouder).status, 404);
  EXPECT_EQ(Get("/aanmeldingen/abc", ouder).status, 404);
}

}  // namespace
}  // namespace passend
