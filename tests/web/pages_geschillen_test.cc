// The dispute (geschil) and SWV-settings pages: opening a dispute from the registration page,
// the ladder, the GPO's filing term and the steunpunt on the dispute page, the step forms with
// their messages beside the field, scope, and the SWV's own settings form.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <utility>
#include <vector>

#include "support/dates.h"
#include "support/requests.h"
#include "support/security_fixture.h"
#include "web/geschil_html.h"
#include "web/html.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;
using testing::D;

using testing::Pagina;
using testing::Velden;

class GeschillenPages : public ::testing::Test {
 protected:
  Pagina Get(const std::string& path, const app::Sessie& sessie) {
    return testing::Bekijk(fixture_.harness(), path, sessie);
  }

  // A page without logging in.
  Pagina Publiek(const std::string& path) {
    return testing::BekijkPubliek(fixture_.harness(), path);
  }

  // Posts a form as the logged-in `sessie`, with its CSRF token.
  Pagina Post(const std::string& path, const app::Sessie& sessie, const Velden& velden) {
    return testing::Verstuur(fixture_.harness(), path, sessie, velden);
  }

  // An API call with a JSON body as the school (10AA00), for setting up a case.
  json Api(const std::string& path, const json& body, int verwacht) {
    const auto res =
        testing::Api(fixture_.harness(), "POST", path, fixture_.Login(Rol::kSchool).token, body);
    EXPECT_EQ(res.status, verwacht) << path << ": " << res.tekst;
    return res.body;
  }

  // Sanne's registration at 10AA00, refused on 1 October 2025 (the test clock's day).
  int64_t GeweigerdeAanmelding() {
    const json created = Api("/api/v1/aanmeldingen",
                             {{"school", "10AA00"},
                              {"aanmelddatum", "2025-09-22"},
                              {"schriftelijk", true},
                              {"eersteKeuze", true},
                              {"ondersteuningsbehoeften", {"gedrag"}},
                              {"leerling", fixture_.sanne.value}},
                             201);
    const int64_t id = created.value("id", int64_t{0});
    Api("/api/v1/aanmeldingen/" + std::to_string(id) + "/besluiten",
        {{"uitkomst", "geweigerd"},
         {"grond", "school-vol"},
         {"datum", "2025-10-01"},
         {"hoorrecht", {{"gehoord", true}, {"zienswijze", "Ik wil hier graag naartoe."}}}},
        200);
    return id;
  }

  // A dispute about `aanmelding`, opened by the school through the API.
  int64_t Open(int64_t aanmelding) {
    return Api("/api/v1/geschillen", {{"aanmelding", aanmelding}, {"onderwerp", "toelating"}}, 201)
        .value("id", int64_t{0});
  }

  // The dispute as the service reads it (the SWV reads every dispute in its region).
  domain::Result<app::GeschilInzicht> Lees(int64_t id) {
    const app::Principal swv{0, "swv-lezer", Rol::kSwv, "PO2001", {}};
    return fixture_.db().geschillen->Get(swv, "test", id);
  }

  // The steps of dispute `id` as stored.
  std::vector<domain::Stap> Stappen(int64_t id) {
    auto inzicht = Lees(id);
    EXPECT_TRUE(inzicht.has_value()) << id << ": " << inzicht.error().message;
    return inzicht ? inzicht->geschil.Stappen() : std::vector<domain::Stap>{};
  }

  domain::SwvInstellingen Instellingen() {
    auto instellingen = fixture_.db().instellingen->Get(*domain::SwvCode::Parse("PO2001"));
    EXPECT_TRUE(instellingen.has_value());
    return instellingen.value_or(domain::SwvInstellingen{});
  }

  void StelIn(const domain::SwvInstellingen& instellingen) {
    const app::Principal swv{0, "swv.test", Rol::kSwv, "PO2001", {}};
    ASSERT_TRUE(fixture_.db().instellingen->Wijzig(swv, "test", *domain::SwvCode::Parse("PO2001"),
                                                   instellingen));
  }

  int64_t Events() { return testing::CountRows(*fixture_.db().store, "events"); }

  static std::string Pad(int64_t id, const std::string& rest = "") {
    return "/geschillen/" + std::to_string(id) + rest;
  }

  // The markup of the form field that holds the element with `id`: the message beside a field
  // must be inside it.
  static std::string VeldBlok(const std::string& html, const std::string& id) {
    const size_t at = html.find("id=\"" + id + "\"");
    if (at == std::string::npos) return "";
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

  // The items of the first escalation ladder on the page.
  static std::vector<std::string> Ladder(const std::string& html) {
    const size_t begin = html.find("<ol class=\"utrecht-ordered-list passend-ladder\">");
    const size_t end = html.find("</ol>", begin);
    std::vector<std::string> items;
    if (begin == std::string::npos || end == std::string::npos) return items;
    const std::string ol = html.substr(begin, end - begin);
    const std::regex re("<li[^>]*>(.*?)</li>");
    for (auto it = std::sregex_iterator(ol.begin(), ol.end(), re); it != std::sregex_iterator();
         ++it) {
      items.push_back((*it)[1].str());
    }
    return items;
  }

  static bool Bevat(const std::string& html, const std::string& tekst) {
    return html.find(tekst) != std::string::npos;
  }

  // The message a domain rule gives for starting `code` after the steps `eerder` (each closed).
  static std::string StartMelding(const std::vector<std::string>& eerder, const std::string& code,
                                  const std::string& eigenaar) {
    auto g = domain::Geschil::Create(domain::Onderwerp::kToelating, domain::StandaardLadder(),
                                     D(2025, 10, 1));
    for (const auto& stap : eerder) {
      EXPECT_TRUE(g->StartStap(stap, D(2025, 10, 1), "x"));
      EXPECT_TRUE(g->SluitStap(D(2025, 10, 1), "klaar"));
    }
    auto fout = g->StartStap(code, D(2025, 10, 1), eigenaar);
    EXPECT_FALSE(fout.has_value()) << code;
    return fout ? "" : fout.error().message;
  }

  // The settings form as the SWV would post it, with the terms of `ladder` and the verzuim
  // section as a new SWV finds it (the configuration's holiday region, the coordinator, the
  // advice box ticked, no interim targets).
  static Velden InstellingenVelden(const std::vector<domain::LadderStap>& ladder) {
    Velden velden{{"meldingsplicht", "ja"},
                  {"naam", "Ouder- en Jeugdsteunpunt Eemland"},
                  {"telefoon", "033 123 45 67"},
                  {"email", "steunpunt@swv-eemland.nl"},
                  {"website", "https://www.swv-eemland.nl/ouders"},
                  {"vakantieregio", ""},
                  {"doorzettingsmacht-houder", "coordinator"},
                  {"doorzettingsmacht-naam", ""},
                  {"advies-vrijstelling", "ja"},
                  {"tussendoelen-basisdatum", ""},
                  {"tussendoelen-basiswaarde", ""},
                  {"tussendoelen-doeljaar", ""},
                  {"tussendoelen-doelwaarde", ""},
                  {"tussendoelen-stappen", ""}};
    for (const auto& rung : ladder) {
      velden.push_back({"termijn-" + rung.code, std::to_string(rung.termijn_dagen)});
    }
    return velden;
  }

  testing::SecurityFixture fixture_;
  app::Sessie ouder_ = fixture_.Login(Rol::kOuder);  // Sanne's parent
};

TEST_F(GeschillenPages, AParentOpensADisputeFromTheRegistrationPage) {
  const int64_t aanmelding = GeweigerdeAanmelding();
  const Pagina registratie = Get("/aanmeldingen/" + std::to_string(aanmelding), ouder_);
  ASSERT_EQ(registratie.status, 200);
  ASSERT_TRUE(Bevat(registratie.body, "action=\"/geschillen\"")) << registratie.body;
  ASSERT_TRUE(
      Bevat(registratie.body, "name=\"aanmelding\" value=\"" + std::to_string(aanmelding) + "\""));

  const Pagina geopend = Post("/geschillen", ouder_,
                              {{"aanmelding", std::to_string(aanmelding)},
                               {"omschrijving", "Wij vinden dat er wel plaats is."}});
  ASSERT_EQ(geopend.status, 303) << geopend.body;
  std::smatch m;
  ASSERT_TRUE(std::regex_match(geopend.location, m, std::regex(R"(/geschillen/(\d+))")))
      << geopend.location;
  const int64_t id = std::stoll(m[1].str());
  const auto inzicht = Lees(id);
  ASSERT_TRUE(inzicht.has_value()) << inzicht.error().message;
  EXPECT_EQ(inzicht->overzicht.geschil.aanmelding, aanmelding);
  EXPECT_EQ(inzicht->overzicht.geschil.omschrijving, "Wij vinden dat er wel plaats is.");

  const Pagina pagina = Get(geopend.location, ouder_);
  ASSERT_EQ(pagina.status, 200);
  EXPECT_TRUE(Bevat(pagina.body, "Geschil over Toelating"));
  EXPECT_TRUE(Bevat(pagina.body, "Wij vinden dat er wel plaats is."));
  const auto ladder = Ladder(pagina.body);
  ASSERT_EQ(ladder.size(), 6u) << pagina.body;
  EXPECT_TRUE(ladder[0].starts_with("School en ouders")) << ladder[0];
  EXPECT_TRUE(ladder[4].starts_with("Geschillencommissie Passend Onderwijs")) << ladder[4];
  // Refused on 1 October: the GPO takes the case until 6 weeks later.
  EXPECT_TRUE(
      Bevat(pagina.body, "Indienen kan tot en met 12 november 2025 (6 weken na het besluit)"))
      << pagina.body;
  EXPECT_TRUE(Bevat(pagina.body, ">Hulp voor ouders</h2>"));
  EXPECT_TRUE(Bevat(pagina.body, "action=\"" + Pad(id, "/stappen") + "\""));
  EXPECT_TRUE(Bevat(pagina.body, "<option value=\"school\">School en ouders</option>"));
  EXPECT_TRUE(Bevat(pagina.body, "href=\"/aanmeldingen/" + std::to_string(aanmelding) + "\""));

  // The list shows it too.
  const Pagina lijst = Get("/geschillen", ouder_);
  ASSERT_EQ(lijst.status, 200);
  EXPECT_TRUE(Bevat(lijst.body, "href=\"" + Pad(id) + "\">Sanne van Dijk</a>")) << lijst.body;
  EXPECT_TRUE(Bevat(lijst.body, "Nog geen stap gestart"));
  EXPECT_TRUE(Bevat(lijst.body, ">1 geschil</caption>"));
}

TEST_F(GeschillenPages, AnOverlongDescriptionIsShownBesideItsFieldAndNothingIsOpened) {
  const int64_t aanmelding = GeweigerdeAanmelding();
  const int64_t geschillen = testing::CountRows(*fixture_.db().store, "geschillen");
  const Pagina res =
      Post("/geschillen", ouder_,
           {{"aanmelding", std::to_string(aanmelding)}, {"omschrijving", std::string(4001, 'a')}});
  EXPECT_EQ(res.status, 400);
  const std::string blok = VeldBlok(res.body, "omschrijving");
  EXPECT_EQ(Tekst(blok, "omschrijving-fout"), "Deze tekst is te lang (ten hoogste 4000 tekens).")
      << res.body;
  EXPECT_TRUE(Bevat(blok, "aria-invalid=\"true\"")) << blok;
  EXPECT_TRUE(Bevat(blok, "aria-describedby=\"omschrijving-fout\"")) << blok;
  EXPECT_TRUE(Bevat(res.body, "action=\"/geschillen\"")) << "the form again";
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "geschillen"), geschillen);

  // A registration outside the parent's scope is not found, whatever the form says.
  EXPECT_EQ(Post("/geschillen", ouder_, {{"aanmelding", "999999"}}).status, 404);
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "geschillen"), geschillen);
}

TEST_F(GeschillenPages, AStepWithoutOwnerIsRefusedBesideTheFieldAndStoresNothing) {
  const int64_t id = Open(GeweigerdeAanmelding());
  const int64_t events = Events();
  const Pagina res =
      Post(Pad(id, "/stappen"), ouder_, {{"stap", "swv"}, {"start", ""}, {"eigenaar", "  "}});
  EXPECT_EQ(res.status, 400);
  const std::string blok = VeldBlok(res.body, "eigenaar");
  EXPECT_EQ(Tekst(blok, "eigenaar-fout"), web::Escape(StartMelding({}, "swv", ""))) << blok;
  EXPECT_TRUE(Bevat(blok, "aria-invalid=\"true\"")) << blok;
  EXPECT_TRUE(Bevat(blok, "aria-describedby=\"eigenaar-uitleg eigenaar-fout\"")) << blok;
  EXPECT_FALSE(Bevat(VeldBlok(res.body, "stap"), "aria-invalid")) << "only the owner is wrong";
  EXPECT_TRUE(Bevat(res.body, "<option value=\"swv\" selected>")) << "the choice is kept";
  EXPECT_TRUE(Stappen(id).empty());
  EXPECT_EQ(Events(), events);

  // A date that does not exist is a 400 beside the date.
  const Pagina datum = Post(Pad(id, "/stappen"), ouder_,
                            {{"stap", "swv"}, {"start", "2025-02-30"}, {"eigenaar", "Loket"}});
  EXPECT_EQ(datum.status, 400);
  EXPECT_FALSE(Tekst(VeldBlok(datum.body, "start"), "start-fout").empty()) << datum.body;
  EXPECT_TRUE(Bevat(datum.body, "value=\"Loket\"")) << "the owner is kept";
  EXPECT_TRUE(Stappen(id).empty());
}

TEST_F(GeschillenPages, TheLadderOnlyGoesUpAndAClosedStepShowsItsOutcome) {
  const int64_t id = Open(GeweigerdeAanmelding());
  const Pagina gestart =
      Post(Pad(id, "/stappen"), ouder_,
           {{"stap", "swv"}, {"start", "2025-10-01"}, {"eigenaar", "SWV-loket"}});
  ASSERT_EQ(gestart.status, 303) << gestart.body;
  EXPECT_EQ(gestart.location, Pad(id));

  // While the step runs, the page offers to close it; a new step is refused with the reason.
  const Pagina lopend = Get(Pad(id), ouder_);
  EXPECT_TRUE(Bevat(lopend.body, "action=\"" + Pad(id, "/afronding") + "\""));
  EXPECT_FALSE(Bevat(lopend.body, "action=\"" + Pad(id, "/stappen") + "\""));
  EXPECT_TRUE(Bevat(lopend.body, "aria-current=\"step\"><strong>Samenwerkingsverband"))
      << lopend.body;
  const Pagina te_vroeg =
      Post(Pad(id, "/stappen"), ouder_, {{"stap", "gpo"}, {"eigenaar", "Ouders"}});
  EXPECT_EQ(te_vroeg.status, 422);
  EXPECT_TRUE(Bevat(te_vroeg.body, web::Escape("De stap 'Samenwerkingsverband' loopt nog.")))
      << "the reason is on the page: " << te_vroeg.body;
  EXPECT_EQ(Stappen(id).size(), 1u);

  // Closing needs an outcome, beside its field.
  const Pagina zonder = Post(Pad(id, "/afronding"), ouder_, {{"einde", ""}, {"uitkomst", ""}});
  EXPECT_EQ(zonder.status, 400);
  const std::string blok = VeldBlok(zonder.body, "uitkomst");
  EXPECT_FALSE(Tekst(blok, "uitkomst-fout").empty()) << zonder.body;
  EXPECT_TRUE(Bevat(blok, "aria-describedby=\"uitkomst-uitleg uitkomst-fout\"")) << blok;
  EXPECT_FALSE(Stappen(id)[0].einde.has_value());

  const Pagina afgerond = Post(Pad(id, "/afronding"), ouder_,
                               {{"einde", "2025-10-01"}, {"uitkomst", "Geen overeenstemming"}});
  ASSERT_EQ(afgerond.status, 303) << afgerond.body;
  EXPECT_EQ(afgerond.location, Pad(id));
  const Pagina pagina = Get(Pad(id), ouder_);
  ASSERT_EQ(pagina.status, 200);
  EXPECT_TRUE(Bevat(pagina.body, "<td class=\"utrecht-table__cell\">Geen overeenstemming</td>"))
      << pagina.body;
  EXPECT_TRUE(Bevat(pagina.body, "<td class=\"utrecht-table__cell\">SWV-loket</td>"));
  EXPECT_FALSE(Bevat(pagina.body, "<option value=\"school\"")) << "only higher rungs are offered";
  EXPECT_TRUE(Bevat(pagina.body, "<option value=\"gpo\""));

  // A lower rung (a stale or tampered form) is refused by the law's ladder, with the reason.
  const int64_t events = Events();
  const Pagina lager = Post(Pad(id, "/stappen"), ouder_,
                            {{"stap", "school"}, {"start", ""}, {"eigenaar", "Directeur"}});
  EXPECT_EQ(lager.status, 422);
  EXPECT_TRUE(Bevat(lager.body, web::Escape(StartMelding({"swv"}, "school", "Directeur"))))
      << lager.body;
  EXPECT_TRUE(Bevat(lager.body, "value=\"Directeur\"")) << "the owner is kept";
  EXPECT_EQ(Stappen(id).size(), 1u);
  EXPECT_EQ(Events(), events);

  // Too late for the GPO: the message is beside the start date.
  const Pagina laat = Post(Pad(id, "/stappen"), ouder_,
                           {{"stap", "gpo"}, {"start", "2025-11-13"}, {"eigenaar", "Ouders"}});
  EXPECT_EQ(laat.status, 422);
  EXPECT_TRUE(Bevat(Tekst(VeldBlok(laat.body, "start"), "start-fout"), "12 november 2025"))
      << laat.body;
  EXPECT_EQ(Stappen(id).size(), 1u);

  // Closing again when no step runs is refused with the reason on the page.
  const Pagina nogmaals = Post(Pad(id, "/afronding"), ouder_, {{"uitkomst", "Nogmaals"}});
  EXPECT_EQ(nogmaals.status, 422);
  EXPECT_TRUE(Bevat(nogmaals.body, "Er loopt geen stap in dit geschil.")) << nogmaals.body;
}

TEST_F(GeschillenPages, AStaleCloseFormDoesNotCloseALaterStep) {
  const int64_t id = Open(GeweigerdeAanmelding());
  ASSERT_EQ(
      Post(Pad(id, "/stappen"), ouder_, {{"stap", "school"}, {"eigenaar", "Directeur"}}).status,
      303);
  const Pagina eerste = Get(Pad(id), ouder_);
  EXPECT_TRUE(Bevat(eerste.body, "name=\"volgnummer\" value=\"1\"")) << eerste.body;
  ASSERT_EQ(
      Post(Pad(id, "/afronding"), ouder_, {{"volgnummer", "1"}, {"uitkomst", "Niet opgelost"}})
          .status,
      303);
  ASSERT_EQ(Post(Pad(id, "/stappen"), ouder_, {{"stap", "swv"}, {"eigenaar", "SWV-loket"}}).status,
            303);

  // The first step's form, posted again from an old tab, leaves the running step alone.
  const Pagina oud =
      Post(Pad(id, "/afronding"), ouder_, {{"volgnummer", "1"}, {"uitkomst", "Opgelost"}});
  EXPECT_EQ(oud.status, 422);
  EXPECT_TRUE(Bevat(oud.body, "Alleen de huidige stap van het geschil kan worden afgerond."))
      << oud.body;
  const auto stappen = Stappen(id);
  ASSERT_EQ(stappen.size(), 2u);
  EXPECT_FALSE(stappen[1].einde.has_value());
  EXPECT_EQ(stappen[0].uitkomst, "Niet opgelost");
}

TEST_F(GeschillenPages, AtTheTopOfTheLadderARefusalStillShowsItsReason) {
  const int64_t id = Open(GeweigerdeAanmelding());
  ASSERT_EQ(
      Post(Pad(id, "/stappen"), ouder_, {{"stap", "rechter"}, {"eigenaar", "Rechtbank"}}).status,
      303);
  ASSERT_EQ(
      Post(Pad(id, "/afronding"), ouder_, {{"volgnummer", "1"}, {"uitkomst", "Uitspraak"}}).status,
      303);
  const Pagina boven = Get(Pad(id), ouder_);
  EXPECT_FALSE(Bevat(boven.body, "action=\"" + Pad(id, "/stappen") + "\""))
      << "no rung above the last";

  const Pagina lager = Post(Pad(id, "/stappen"), ouder_, {{"stap", "gpo"}, {"eigenaar", "Ouders"}});
  EXPECT_EQ(lager.status, 422);
  EXPECT_TRUE(Bevat(lager.body, web::Escape(StartMelding({"rechter"}, "gpo", "Ouders"))))
      << lager.body;
  EXPECT_EQ(Stappen(id).size(), 1u);
}

TEST_F(GeschillenPages, ScopeAndRoles) {
  const int64_t id = Open(GeweigerdeAanmelding());
  AddAccount(fixture_.db(), "anker.test", Rol::kSchool, "10AA01");
  const auto anker = fixture_.db().auth->Login("anker.test", testing::kTestWachtwoord, "t");
  ASSERT_TRUE(anker.has_value());
  EXPECT_EQ(Get(Pad(id), *anker).status, 404);
  EXPECT_EQ(Post(Pad(id, "/stappen"), *anker, {{"stap", "school"}, {"eigenaar", "x"}}).status, 404);
  EXPECT_EQ(Post(Pad(id, "/afronding"), *anker, {{"uitkomst", "x"}}).status, 404);
  const Pagina leeg = Get("/geschillen", *anker);
  ASSERT_EQ(leeg.status, 200);
  EXPECT_TRUE(Bevat(leeg.body, "Er zijn geen geschillen binnen uw bereik."));
  EXPECT_TRUE(Stappen(id).empty());

  for (Rol rol : {Rol::kSchool, Rol::kBestuur, Rol::kSwv}) {
    EXPECT_EQ(Get(Pad(id), fixture_.Login(rol)).status, 200) << domain::RolCode(rol);
  }
  const auto gemeente = fixture_.Login(Rol::kGemeente);
  EXPECT_EQ(Get("/geschillen", gemeente).status, 403);
  EXPECT_EQ(Get(Pad(id), gemeente).status, 403);
  EXPECT_EQ(Get(Pad(999999), ouder_).status, 404);
  EXPECT_EQ(Get("/geschillen/abc", ouder_).status, 404);
}

TEST_F(GeschillenPages, TheSwvChangesItsSettingsThroughTheForm) {
  const auto swv = fixture_.Login(Rol::kSwv);
  domain::SwvInstellingen eerst;
  eerst.centraal_aanmeldpunt = true;
  eerst.steunpunt.naam = "Steunpunt Oud";
  StelIn(eerst);

  const Pagina huidig = Get("/instellingen", swv);
  ASSERT_EQ(huidig.status, 200);
  EXPECT_TRUE(Bevat(VeldBlok(huidig.body, "centraal"), " checked")) << huidig.body;
  EXPECT_FALSE(Bevat(VeldBlok(huidig.body, "meldingsplicht"), " checked"));
  EXPECT_TRUE(Bevat(huidig.body, "name=\"naam\" type=\"text\" value=\"Steunpunt Oud\""));
  for (const auto& rung : domain::StandaardLadder()) {
    // The GPO's terms are not the SWV's to set: no field for that rung.
    EXPECT_EQ(Bevat(huidig.body, "name=\"termijn-" + rung.code + "\" type=\"text\" value=\"" +
                                     std::to_string(rung.termijn_dagen) + "\""),
              rung.code != domain::kGpoStap)
        << rung.code;
  }
  EXPECT_TRUE(Bevat(huidig.body, "volgt de termijnen van de commissie"));
  EXPECT_FALSE(Bevat(huidig.body, "De instellingen zijn opgeslagen."));

  Velden velden = InstellingenVelden(domain::StandaardLadder());
  for (auto& [naam, waarde] : velden) {
    if (naam == "termijn-school") waarde = "10";
  }
  const Pagina opgeslagen = Post("/instellingen", swv, velden);
  ASSERT_EQ(opgeslagen.status, 303) << opgeslagen.body;
  EXPECT_EQ(opgeslagen.location, "/instellingen?opgeslagen=1");
  const auto nu = Instellingen();
  EXPECT_TRUE(nu.meldingsplicht);
  EXPECT_FALSE(nu.centraal_aanmeldpunt) << "an unticked box is off";
  EXPECT_EQ(nu.steunpunt.naam, "Ouder- en Jeugdsteunpunt Eemland");
  EXPECT_EQ(nu.steunpunt.website, "https://www.swv-eemland.nl/ouders");
  EXPECT_EQ(nu.ladder[0].termijn_dagen, 10);

  const Pagina melding = Get(opgeslagen.location, swv);
  ASSERT_EQ(melding.status, 200);
  EXPECT_TRUE(Bevat(melding.body, "De instellingen zijn opgeslagen."));
  EXPECT_TRUE(Bevat(VeldBlok(melding.body, "meldingsplicht"), " checked"));

  const Pagina publiek = Publiek("/samenwerkingsverbanden/PO2001");
  ASSERT_EQ(publiek.status, 200);
  EXPECT_TRUE(Bevat(publiek.body, "Niet eens met de school?"));
  EXPECT_TRUE(Bevat(publiek.body, "Ouder- en Jeugdsteunpunt Eemland")) << publiek.body;
  EXPECT_TRUE(Bevat(publiek.body, "School en ouders (10 dagen)"));
}

TEST_F(GeschillenPages, ABadSettingIsShownBesideItsFieldAndNothingIsSaved) {
  const auto swv = fixture_.Login(Rol::kSwv);
  const int64_t events = Events();

  Velden http = InstellingenVelden(domain::StandaardLadder());
  for (auto& [naam, waarde] : http) {
    if (naam == "website") waarde = "http://www.swv-eemland.nl";
  }
  const Pagina website = Post("/instellingen", swv, http);
  EXPECT_EQ(website.status, 400);
  domain::SwvInstellingen slecht;
  slecht.steunpunt.website = "http://www.swv-eemland.nl";
  const std::string verwacht = domain::Valideer(slecht).error().message;
  const std::string blok = VeldBlok(website.body, "website");
  EXPECT_EQ(Tekst(blok, "website-fout"), web::Escape(verwacht)) << website.body;
  EXPECT_TRUE(Bevat(blok, "aria-invalid=\"true\"")) << blok;
  EXPECT_TRUE(Bevat(blok, "aria-describedby=\"website-uitleg website-fout\"")) << blok;
  EXPECT_TRUE(Bevat(blok, "value=\"http://www.swv-eemland.nl\"")) << "the typed value is kept";
  EXPECT_TRUE(Bevat(website.body, "value=\"Ouder- en Jeugdsteunpunt Eemland\""));
  EXPECT_FALSE(Bevat(website.body, "De instellingen zijn opgeslagen."));

  Velden abc = InstellingenVelden(domain::StandaardLadder());
  for (auto& [naam, waarde] : abc) {
    if (naam == "termijn-swv") waarde = "abc";
  }
  const Pagina termijn = Post("/instellingen", swv, abc);
  EXPECT_EQ(termijn.status, 400);
  const std::string termijn_blok = VeldBlok(termijn.body, "termijn-swv");
  EXPECT_FALSE(Tekst(termijn_blok, "termijn-swv-fout").empty()) << termijn.body;
  EXPECT_TRUE(Bevat(termijn_blok, "aria-invalid=\"true\"")) << termijn_blok;
  EXPECT_TRUE(Bevat(termijn_blok, "aria-describedby=\"termijn-swv-uitleg termijn-swv-fout\""))
      << termijn_blok;
  EXPECT_TRUE(Bevat(termijn_blok, "value=\"abc\""));
  EXPECT_FALSE(Bevat(VeldBlok(termijn.body, "termijn-school"), "aria-invalid"));

  const auto nu = Instellingen();
  EXPECT_FALSE(nu.meldingsplicht);
  EXPECT_TRUE(nu.steunpunt.naam.empty());
  EXPECT_EQ(Events(), events);

  const auto school = fixture_.Login(Rol::kSchool);
  EXPECT_EQ(Get("/instellingen", school).status, 403);
  EXPECT_EQ(Post("/instellingen", school, InstellingenVelden(domain::StandaardLadder())).status,
            403);
  EXPECT_EQ(Get("/instellingen", ouder_).status, 403);
  EXPECT_FALSE(Instellingen().meldingsplicht);
}

// Sets `naam` to `waarde` in `velden`, and removes it when `waarde` is null (an unticked box).
void Zet(Velden& velden, const std::string& naam, const char* waarde) {
  for (auto it = velden.begin(); it != velden.end(); ++it) {
    if (it->first != naam) continue;
    if (waarde == nullptr) {
      velden.erase(it);
    } else {
      it->second = waarde;
    }
    return;
  }
  if (waarde != nullptr) velden.push_back({naam, waarde});
}

TEST_F(GeschillenPages, TheSwvSetsItsVerzuimSettingsThroughTheForm) {
  const auto swv = fixture_.Login(Rol::kSwv);
  const Pagina leeg = Get("/instellingen", swv);
  ASSERT_EQ(leeg.status, 200);
  EXPECT_TRUE(Bevat(leeg.body, "<h2 class=\"utrecht-heading-2\">Verzuim en thuiszitters</h2>"));
  EXPECT_TRUE(Bevat(leeg.body, "<option value=\"\" selected>Standaard (uit de configuratie)"))
      << "no region of its own: the configuration's";
  // Grouped controls have a fieldset with a legend, every control a label (WCAG 1.3.1).
  EXPECT_TRUE(Bevat(leeg.body, "Doorzettingsmacht</legend>"));
  EXPECT_TRUE(
      Bevat(leeg.body, "Tussendoelen voor kinderen langer dan drie maanden thuis</legend>"));
  for (const char* id :
       {"vakantieregio", "doorzettingsmacht-houder", "doorzettingsmacht-naam",
        "advies-vrijstelling", "tussendoelen-basisdatum", "tussendoelen-basiswaarde",
        "tussendoelen-doeljaar", "tussendoelen-doelwaarde", "tussendoelen-stappen"}) {
    EXPECT_TRUE(Bevat(leeg.body, std::string("for=\"") + id + "\"")) << id;
  }
  EXPECT_TRUE(Bevat(VeldBlok(leeg.body, "advies-vrijstelling"), " checked")) << "on by default";

  Velden velden = InstellingenVelden(domain::StandaardLadder());
  Zet(velden, "vakantieregio", "zuid");
  Zet(velden, "doorzettingsmacht-houder", "commissie");
  Zet(velden, "doorzettingsmacht-naam", "Doorbraaktafel Eemland");
  Zet(velden, "advies-vrijstelling", nullptr);
  Zet(velden, "tussendoelen-basisdatum", "2025-10-01");
  Zet(velden, "tussendoelen-basiswaarde", "12");
  Zet(velden, "tussendoelen-doeljaar", "2028-2029");
  Zet(velden, "tussendoelen-doelwaarde", "0");
  Zet(velden, "tussendoelen-stappen", "3");
  const Pagina opgeslagen = Post("/instellingen", swv, velden);
  ASSERT_EQ(opgeslagen.status, 303) << opgeslagen.body;
  const domain::VerzuimInstellingen nu = Instellingen().verzuim;
  EXPECT_EQ(nu.vakantieregio, domain::Vakantieregio::kZuid);
  EXPECT_EQ(nu.doorzettingsmacht.houder, domain::DoorzettingsmachtHouder::kCommissie);
  EXPECT_EQ(nu.doorzettingsmacht.naam, "Doorbraaktafel Eemland");
  EXPECT_FALSE(nu.advies_voor_vrijstelling) << "an unticked box is off";
  ASSERT_TRUE(nu.tussendoelen.has_value());
  EXPECT_EQ(nu.tussendoelen->basisdatum, D(2025, 10, 1));
  EXPECT_EQ(nu.tussendoelen->basiswaarde, 12);
  EXPECT_EQ(nu.tussendoelen->doeljaar.Label(), "2028-2029");
  EXPECT_EQ(nu.tussendoelen->doelwaarde, 0);
  EXPECT_EQ(nu.tussendoelen->stappen, 3);
  EXPECT_TRUE(Instellingen().meldingsplicht) << "the rest of the form is saved with it";

  const Pagina terug = Get(opgeslagen.location, swv);
  ASSERT_EQ(terug.status, 200);
  EXPECT_TRUE(Bevat(terug.body, "<option value=\"zuid\" selected>Zuid</option>"));
  EXPECT_TRUE(Bevat(terug.body, "<option value=\"commissie\" selected>"));
  EXPECT_TRUE(
      Bevat(VeldBlok(terug.body, "doorzettingsmacht-naam"), "value=\"Doorbraaktafel Eemland\""));
  EXPECT_FALSE(Bevat(VeldBlok(terug.body, "advies-vrijstelling"), " checked"));
  EXPECT_TRUE(Bevat(VeldBlok(terug.body, "tussendoelen-doeljaar"), "value=\"2028-2029\""));
  EXPECT_TRUE(Bevat(VeldBlok(terug.body, "tussendoelen-basisdatum"), "value=\"2025-10-01\""));

  // All five target fields empty: no plan; the configuration's region again.
  const Pagina zonder = Post("/instellingen", swv, InstellingenVelden(domain::StandaardLadder()));
  ASSERT_EQ(zonder.status, 303) << zonder.body;
  EXPECT_FALSE(Instellingen().verzuim.tussendoelen.has_value());
  EXPECT_FALSE(Instellingen().verzuim.vakantieregio.has_value());
  EXPECT_TRUE(Instellingen().verzuim.advies_voor_vrijstelling);
}

TEST_F(GeschillenPages, ARefusedVerzuimSettingIsShownBesideItsFieldAndNothingIsLost) {
  const auto swv = fixture_.Login(Rol::kSwv);
  const int64_t events = Events();
  Velden velden = InstellingenVelden(domain::StandaardLadder());
  Zet(velden, "vakantieregio", "noord");
  Zet(velden, "doorzettingsmacht-houder", "wethouder");
  Zet(velden, "doorzettingsmacht-naam", "wethouder Onderwijs Amersfoort");
  Zet(velden, "tussendoelen-basisdatum", "2026-10-01");
  Zet(velden, "tussendoelen-basiswaarde", "9");
  Zet(velden, "tussendoelen-doeljaar", "2026-2027");  // the base date's own school year
  Zet(velden, "tussendoelen-doelwaarde", "0");
  Zet(velden, "tussendoelen-stappen", "1");

  // The domain's rule, beside the target year's field.
  const Pagina jaar = Post("/instellingen", swv, velden);
  EXPECT_EQ(jaar.status, 400) << jaar.body;
  const std::string blok = VeldBlok(jaar.body, "tussendoelen-doeljaar");
  EXPECT_EQ(Tekst(blok, "tussendoelen-doeljaar-fout"),
            web::Escape("Het doeljaar moet na het schooljaar van de nulmeting (2026-2027) liggen."))
      << jaar.body;
  EXPECT_TRUE(Bevat(blok, "aria-invalid=\"true\"")) << blok;
  EXPECT_TRUE(Bevat(blok,
                    "aria-describedby=\"tussendoelen-doeljaar-uitleg "
                    "tussendoelen-doeljaar-fout\""))
      << blok;
  EXPECT_TRUE(Bevat(blok, "value=\"2026-2027\"")) << "the typed value is kept";
  // Nothing else typed is lost.
  EXPECT_TRUE(Bevat(jaar.body, "<option value=\"noord\" selected>"));
  EXPECT_TRUE(Bevat(jaar.body, "<option value=\"wethouder\" selected>"));
  EXPECT_TRUE(Bevat(VeldBlok(jaar.body, "doorzettingsmacht-naam"),
                    "value=\"wethouder Onderwijs Amersfoort\""));
  EXPECT_TRUE(Bevat(VeldBlok(jaar.body, "tussendoelen-basiswaarde"), "value=\"9\""));
  EXPECT_TRUE(Bevat(VeldBlok(jaar.body, "advies-vrijstelling"), " checked"));
  EXPECT_TRUE(Bevat(jaar.body, "value=\"Ouder- en Jeugdsteunpunt Eemland\""));
  EXPECT_FALSE(Bevat(jaar.body, "id=\"instellingen-fout\"")) << "not repeated above the form";
  EXPECT_FALSE(Bevat(jaar.body, "De instellingen zijn opgeslagen."));

  // A value the form cannot read, in Dutch beside its field.
  Zet(velden, "tussendoelen-doeljaar", "2028-2029");
  Zet(velden, "tussendoelen-stappen", "drie");
  const Pagina stappen = Post("/instellingen", swv, velden);
  EXPECT_EQ(stappen.status, 400);
  const std::string stappen_blok = VeldBlok(stappen.body, "tussendoelen-stappen");
  EXPECT_TRUE(
      Tekst(stappen_blok, "tussendoelen-stappen-fout").starts_with("Vul het aantal stappen"))
      << stappen.body;
  EXPECT_TRUE(Bevat(stappen_blok, "value=\"drie\""));
  EXPECT_FALSE(Bevat(VeldBlok(stappen.body, "tussendoelen-doeljaar"), "aria-invalid"));

  // A partly filled plan names the first missing field.
  Zet(velden, "tussendoelen-stappen", "3");
  Zet(velden, "tussendoelen-basisdatum", "");
  const Pagina datum = Post("/instellingen", swv, velden);
  EXPECT_EQ(datum.status, 400);
  EXPECT_FALSE(
      Tekst(VeldBlok(datum.body, "tussendoelen-basisdatum"), "tussendoelen-basisdatum-fout")
          .empty())
      << datum.body;

  const auto nu = Instellingen();
  EXPECT_FALSE(nu.meldingsplicht);
  EXPECT_FALSE(nu.verzuim.vakantieregio.has_value());
  EXPECT_EQ(nu.verzuim.doorzettingsmacht.houder, domain::DoorzettingsmachtHouder::kCoordinator);
  EXPECT_FALSE(nu.verzuim.tussendoelen.has_value());
  EXPECT_EQ(Events(), events);
}

TEST_F(GeschillenPages, ALadderCodeIsEscapedInTheSettingsForm) {
  domain::SwvInstellingen instellingen;
  instellingen.ladder = {{"a\"><b>x", "Eigen stap", 7}, {"gpo", "Geschillencommissie", 0}};
  StelIn(instellingen);
  const auto swv = fixture_.Login(Rol::kSwv);
  const Pagina pagina = Get("/instellingen", swv);
  ASSERT_EQ(pagina.status, 200);
  EXPECT_FALSE(Bevat(pagina.body, "<b>x")) << pagina.body;

  // The form posts the code as it was, and it is saved.
  Velden velden = InstellingenVelden(instellingen.ladder);
  for (auto& [naam, waarde] : velden) {
    if (naam == "termijn-a\"><b>x") waarde = "14";
  }
  const Pagina opgeslagen = Post("/instellingen", swv, velden);
  ASSERT_EQ(opgeslagen.status, 303) << opgeslagen.body;
  EXPECT_EQ(Instellingen().ladder[0].termijn_dagen, 14);
}

TEST_F(GeschillenPages, TheRegistrationPageOffersADisputeUntilOneRuns) {
  const int64_t aanmelding = GeweigerdeAanmelding();
  const std::string pad = "/aanmeldingen/" + std::to_string(aanmelding);
  const Pagina voor = Get(pad, ouder_);
  ASSERT_EQ(voor.status, 200);
  EXPECT_TRUE(Bevat(voor.body, ">Niet eens met het besluit?</h2>"));
  EXPECT_EQ(Ladder(voor.body).size(), 6u);
  EXPECT_TRUE(Bevat(voor.body, ">Hulp voor ouders</h2>"));
  EXPECT_TRUE(Bevat(voor.body, "action=\"/geschillen\""));
  EXPECT_TRUE(Bevat(voor.body, "Geschil starten</button>"));
  EXPECT_TRUE(Bevat(voor.body, "<label class=\"utrecht-form-label\" for=\"omschrijving\">"));

  const int64_t id = Open(aanmelding);
  const Pagina na = Get(pad, ouder_);
  ASSERT_EQ(na.status, 200);
  EXPECT_TRUE(Bevat(na.body, ">Niet eens met het besluit?</h2>"));
  EXPECT_FALSE(Bevat(na.body, "action=\"/geschillen\"")) << "no second dispute while one runs";
  EXPECT_TRUE(Bevat(na.body, "href=\"" + Pad(id) + "\"")) << na.body;

  // A gemeente reads no disputes, and the registration page is not theirs either.
  EXPECT_EQ(Get(pad, fixture_.Login(Rol::kGemeente)).status, 403);
}

TEST_F(GeschillenPages, NothingToDisputeBeforeADecisionOrALapsedTerm) {
  const json created = Api("/api/v1/aanmeldingen",
                           {{"school", "10AA00"},
                            {"aanmelddatum", "2025-09-22"},
                            {"schriftelijk", true},
                            {"eersteKeuze", true},
                            {"ondersteuningsbehoeften", {"gedrag"}},
                            {"leerling", fixture_.sanne.value}},
                           201);
  const Pagina open = Get("/aanmeldingen/" + std::to_string(created.value("id", 0)), ouder_);
  ASSERT_EQ(open.status, 200);
  EXPECT_TRUE(Bevat(open.body, ">Niet eens met het besluit?</h2>")) << "the ladder is explained";
  EXPECT_FALSE(Bevat(open.body, "action=\"/geschillen\"")) << "no decision to dispute yet";
  EXPECT_TRUE(Bevat(open.body, "Een geschil kan beginnen zodra de school heeft besloten"));
}

TEST(GeschilHtml, TheFilingTermFollowsTheConfiguredTerm) {
  domain::GpoTermijnen gpo;
  gpo.indienen_dagen = 56;
  app::GeschilInzicht g{{},
                        *domain::Geschil::Create(domain::Onderwerp::kToelating,
                                                 domain::StandaardLadder(), D(2025, 10, 1), gpo),
                        std::nullopt,
                        false,
                        {}};
  g.overzicht.geschil.besluitdatum = D(2025, 10, 1);
  const std::string html = web::GpoHtml(g);
  EXPECT_NE(html.find("Indienen kan tot en met 26 november 2025 (8 weken na het besluit)"),
            std::string::npos)
      << html;
}

}  // namespace
}  // namespace passend
