// The TLV API (issue 7 items 2, 3 and 5): a request from the school through two expert
// advices to the committee's decision, each refusal (incomplete 422, category and period 400,
// a late objection 422, a second decision 409), scope per role, audit on reads, one event per
// change, the parents' message on the decision, the evaluation request on a whole-career TLV,
// and the register with its counts and grensverkeer. The test clock stands on Wednesday
// 1 October 2025, which is also the count date.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;

using testing::Antwoord;

class TlvApi : public ::testing::Test {
 protected:
  Antwoord Post(const std::string& path, const json& body, const std::string& token) {
    return testing::Api(fixture_.harness(), "POST", path, token, body);
  }
  Antwoord Get(const std::string& path, const std::string& token) {
    return testing::Api(fixture_.harness(), "GET", path, token);
  }
  static std::string Pad(int64_t id, const std::string& rest = "") {
    return "/api/v1/tlv-aanvragen/" + std::to_string(id) + rest;
  }
  std::string Token(Rol rol) { return fixture_.Login(rol).token; }
  static json Aanvraag(domain::LeerlingId leerling, const std::string& soort) {
    return json{{"leerling", leerling.value},
                {"soort", soort},
                {"ondersteuningsbehoefte", "Intensieve begeleiding bij gedrag en leren"},
                {"alGedaan", "Een jaar arrangement met ambulante begeleiding"},
                {"zienswijzeOuders", "De ouders steunen de aanvraag"},
                {"hoorrecht", {{"gehoord", true}, {"zienswijze", "Ik wil naar een kleine klas"}}}};
  }
  static json Advies(const std::string& discipline) {
    return json{{"discipline", discipline},
                {"naam", "Dr. A. de Vries"},
                {"advies", "Speciaal onderwijs is passend"}};
  }
  // A complete request of Sanne (two advices, one by an orthopedagoog).
  int64_t CompleteAanvraag(const std::string& soort) {
    const auto res = Post("/api/v1/tlv-aanvragen", Aanvraag(fixture_.sanne, soort), school_);
    EXPECT_EQ(res.status, 201) << res.body.dump();
    const int64_t id = res.body.value("id", int64_t{0});
    EXPECT_EQ(Post(Pad(id, "/adviezen"), Advies("kinderarts"), school_).status, 200);
    EXPECT_EQ(Post(Pad(id, "/adviezen"), Advies("orthopedagoog"), swv_).status, 200);
    return id;
  }
  int64_t Events(int64_t id) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare("SELECT count(*) FROM events WHERE subject = ?");
    stmt->Bind(1, std::string_view("tlv-aanvraag/" + std::to_string(id)));
    EXPECT_TRUE(stmt->Step().value_or(false));
    return stmt->Int(0);
  }
  int64_t Audit() { return testing::CountRows(*fixture_.db().store, "audit"); }
  int64_t Berichten() { return testing::CountRows(*fixture_.db().store, "berichten"); }
  static std::string Veld(const Antwoord& res) {
    const json& fouten = res.body.contains("invalidParams") ? res.body["invalidParams"] : json();
    return fouten.is_array() && !fouten.empty() ? fouten[0].value("name", "") : std::string();
  }
  void ZetKlok(const std::string& iso) {
    fixture_.db().clock.Set(std::chrono::sys_days{*domain::ParseIsoDate(iso)} +
                            std::chrono::hours{9});
  }

  testing::SecurityFixture fixture_;
  std::string school_ = Token(Rol::kSchool);  // 10AA00: Sanne's school
  std::string swv_ = Token(Rol::kSwv);        // PO2001
};

TEST_F(TlvApi, TheWholeFlowFromRequestThroughAdvicesToTheDecisionAndTheParentsMessage) {
  const auto created = Post("/api/v1/tlv-aanvragen", Aanvraag(fixture_.sanne, "so"), school_);
  ASSERT_EQ(created.status, 201) << created.body.dump();
  const int64_t id = created.body["id"];
  EXPECT_EQ(created.body["school"], "10AA00");
  EXPECT_EQ(created.body["swv"], "PO2001");  // the school's SWV decides
  EXPECT_EQ(created.body["status"], "open");
  EXPECT_EQ(created.body["compleet"], false);
  EXPECT_TRUE(created.body["beslisUiterlijk"].is_null());
  EXPECT_EQ(created.body["hoorrecht"]["gehoord"], true);
  EXPECT_EQ(Events(id), 1);

  // Domain.md §3.3: without two advices the committee does not decide (422).
  json besluit{{"uitkomst", "toegekend"},
               {"categorie", "midden"},
               {"ingangsdatum", "2025-10-01"},
               {"einddatum", "2026-09-30"}};
  auto res = Post(Pad(id, "/besluiten"), besluit, swv_);
  EXPECT_EQ(res.status, 422) << res.body.dump();
  EXPECT_NE(res.body.value("detail", "").find("niet compleet"), std::string::npos);

  res = Post(Pad(id, "/adviezen"), Advies("kinderarts"), school_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["compleet"], false);  // two advices, but none by a gedragsdeskundige yet
  res = Post(Pad(id, "/adviezen"), Advies("psycholoog"), swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["status"], "compleet");
  EXPECT_EQ(res.body["compleet"], true);
  EXPECT_EQ(res.body["compleetOp"], "2025-10-01");
  EXPECT_EQ(res.body["beslisUiterlijk"], "2025-10-29");  // 4 weeks
  EXPECT_EQ(res.body["adviezen"].size(), 2u);
  EXPECT_EQ(Events(id), 3);

  // Only the SWV's committee decides.
  EXPECT_EQ(Post(Pad(id, "/besluiten"), besluit, school_).status, 403);
  const int64_t berichten = Berichten();
  res = Post(Pad(id, "/besluiten"), besluit, swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["status"], "besloten");
  EXPECT_EQ(res.body["besluit"]["uitkomst"], "toegekend");
  EXPECT_EQ(res.body["besluit"]["categorie"], "midden");
  EXPECT_EQ(res.body["besluit"]["einddatum"], "2026-09-30");
  EXPECT_EQ(res.body["bezwaarUiterlijk"], "2025-11-12");  // 6 weeks
  EXPECT_EQ(Events(id), 4);
  // The parents are told, in the decision's transaction.
  EXPECT_EQ(Berichten(), berichten + 1);
  const auto portaal = Get("/api/v1/berichten", Token(Rol::kOuder));
  ASSERT_EQ(portaal.status, 200) << portaal.body.dump();
  EXPECT_EQ(portaal.body["_embedded"]["berichten"][0]["onderwerp"], "TLV toegekend");
  EXPECT_NE(portaal.body["_embedded"]["berichten"][0]["tekst"].get<std::string>().find(
                "12 november 2025"),
            std::string::npos);

  // Decided once (409); an advice after the decision is refused (422).
  EXPECT_EQ(Post(Pad(id, "/besluiten"), besluit, swv_).status, 409);
  EXPECT_EQ(Post(Pad(id, "/adviezen"), Advies("orthopedagoog"), swv_).status, 422);
  EXPECT_EQ(Events(id), 4);

  // The lists by status.
  EXPECT_EQ(Get("/api/v1/tlv-aanvragen?status=besloten", swv_).body["totaal"], 1);
  EXPECT_EQ(Get("/api/v1/tlv-aanvragen?status=open", swv_).body["totaal"], 0);
  EXPECT_EQ(Get("/api/v1/tlv-aanvragen?status=ergens", swv_).status, 400);
}

TEST_F(TlvApi, MalformedInputAndTheCategoryAndPeriodRulesAre400NamingTheField) {
  json zonder_soort = Aanvraag(fixture_.sanne, "so");
  zonder_soort.erase("soort");
  auto res = Post("/api/v1/tlv-aanvragen", zonder_soort, school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "soort");
  res = Post("/api/v1/tlv-aanvragen", Aanvraag(fixture_.sanne, "cluster-4"), school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "soort");
  json zonder_hoorrecht = Aanvraag(fixture_.sanne, "so");
  zonder_hoorrecht["hoorrecht"] = {{"gehoord", false}};
  res = Post("/api/v1/tlv-aanvragen", zonder_hoorrecht, school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "hoorrecht");
  json zonder_tekst = Aanvraag(fixture_.sanne, "so");
  zonder_tekst["alGedaan"] = " ";
  res = Post("/api/v1/tlv-aanvragen", zonder_tekst, school_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "alGedaan");

  const int64_t so = CompleteAanvraag("so");
  // Law: a category for so and vso.
  res =
      Post(Pad(so, "/besluiten"),
           {{"uitkomst", "toegekend"}, {"ingangsdatum", "2025-10-01"}, {"einddatum", "2026-09-30"}},
           swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "categorie");
  res = Post(Pad(so, "/besluiten"), {{"uitkomst", "toegekend"}, {"categorie", "zwaar"}}, swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "categorie");
  // Domain.md §3.3: at least one school year (start + 1 year − 1 day).
  res = Post(Pad(so, "/besluiten"),
             {{"uitkomst", "toegekend"},
              {"categorie", "laag"},
              {"ingangsdatum", "2025-10-01"},
              {"einddatum", "2026-09-29"}},
             swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "einddatum");
  // A whole-career TLV has no end date.
  res = Post(Pad(so, "/besluiten"),
             {{"uitkomst", "toegekend"},
              {"categorie", "hoog"},
              {"ingangsdatum", "2025-10-01"},
              {"einddatum", "2030-07-31"},
              {"heleLoopbaan", true}},
             swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "einddatum");
  // A refusal needs its reasons and carries no TLV.
  res = Post(Pad(so, "/besluiten"), {{"uitkomst", "afgewezen"}}, swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "motivering");
  res = Post(Pad(so, "/besluiten"), {{"uitkomst", "afgewezen"}, {"datum", "2025-10-02"}}, swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "datum");  // not after today
  EXPECT_EQ(Events(so), 3);       // nothing refused left a trace

  res =
      Post(Pad(so, "/besluiten"),
           {{"uitkomst", "afgewezen"}, {"motivering", "Eerst een arrangement in de eigen school"}},
           swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["besluit"]["uitkomst"], "afgewezen");
  EXPECT_TRUE(res.body["besluit"]["categorie"].is_null());

  // sbo has no category; a decided request frees the child for a new one.
  const int64_t sbo = CompleteAanvraag("sbo");
  res = Post(Pad(sbo, "/besluiten"),
             {{"uitkomst", "toegekend"},
              {"categorie", "laag"},
              {"ingangsdatum", "2025-10-01"},
              {"heleLoopbaan", true}},
             swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "categorie");
  // One undecided request per child (409).
  EXPECT_EQ(Post("/api/v1/tlv-aanvragen", Aanvraag(fixture_.sanne, "so"), school_).status, 409);
}

TEST_F(TlvApi, AnObjectionAfterSixWeeksIs422AndItsEndIsRecordedWithTheLbtAdvice) {
  const int64_t id = CompleteAanvraag("so");
  ASSERT_EQ(Post(Pad(id, "/besluiten"),
                 {{"uitkomst", "toegekend"},
                  {"categorie", "laag"},
                  {"ingangsdatum", "2025-10-01"},
                  {"einddatum", "2026-09-30"}},
                 swv_)
                .status,
            200);
  ZetKlok("2025-11-13");  // decision + 43 days; the sessions of 1 October have expired
  swv_ = Token(Rol::kSwv);
  school_ = Token(Rol::kSchool);
  auto res = Post(Pad(id, "/bezwaren"), {{"gronden", "De categorie is te laag"}}, swv_);
  EXPECT_EQ(res.status, 422) << res.body.dump();
  EXPECT_NE(res.body.value("detail", "").find("12 november 2025"), std::string::npos);
  // Filed with the SWV on the last day: recorded; only the SWV records it.
  const json bezwaar{{"gronden", "De categorie is te laag"}, {"datum", "2025-11-12"}};
  EXPECT_EQ(Post(Pad(id, "/bezwaren"), bezwaar, school_).status, 403);
  res = Post(Pad(id, "/bezwaren"), bezwaar, swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["bezwaar"]["ingediendOp"], "2025-11-12");
  EXPECT_TRUE(res.body["bezwaar"]["gegrond"].is_null());
  EXPECT_EQ(Post(Pad(id, "/bezwaren"), bezwaar, swv_).status, 409);

  const int64_t berichten = Berichten();
  res = Post(Pad(id, "/bezwaren/afronding"),
             {{"lbtAdviesOp", "2025-11-13"},
              {"lbtAdvies", "Het bezwaar is ongegrond"},
              {"gegrond", false},
              {"beslissing", "Het besluit blijft in stand"}},
             swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["bezwaar"]["beslistOp"], "2025-11-13");
  EXPECT_EQ(res.body["bezwaar"]["gegrond"], false);
  EXPECT_EQ(Berichten(), berichten + 1);
  EXPECT_EQ(Events(id), 6);  // request, 2 advices, decision, objection, its end
}

TEST_F(TlvApi, TheParentsAskAnEvaluationOnlyOnAWholeCareerTlv) {
  const int64_t id = CompleteAanvraag("sbo");
  const std::string ouder = Token(Rol::kOuder);
  ASSERT_EQ(
      Post(Pad(id, "/besluiten"),
           {{"uitkomst", "toegekend"}, {"ingangsdatum", "2025-10-01"}, {"einddatum", "2026-09-30"}},
           swv_)
          .status,
      200);
  auto res = Post(Pad(id, "/evaluaties"), json::object(), ouder);
  EXPECT_EQ(res.status, 422) << res.body.dump();

  const int64_t heel = [&] {
    // A second request after the first was decided: for the whole career.
    const auto created = Post("/api/v1/tlv-aanvragen", Aanvraag(fixture_.sanne, "so"), school_);
    EXPECT_EQ(created.status, 201) << created.body.dump();
    const int64_t nieuw = created.body.value("id", int64_t{0});
    Post(Pad(nieuw, "/adviezen"), Advies("orthopedagoog"), swv_);
    Post(Pad(nieuw, "/adviezen"), Advies("kinderarts"), swv_);
    return nieuw;
  }();
  res = Post(Pad(heel, "/besluiten"),
             {{"uitkomst", "toegekend"},
              {"categorie", "hoog"},
              {"ingangsdatum", "2025-10-01"},
              {"heleLoopbaan", true}},
             swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_TRUE(res.body["besluit"]["einddatum"].is_null());
  EXPECT_EQ(Post(Pad(heel, "/evaluaties"), json::object(), school_).status, 403);
  res = Post(Pad(heel, "/evaluaties"), json::object(), ouder);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["evaluatieGevraagdOp"], "2025-10-01");
  EXPECT_EQ(Events(heel), 5);
}

TEST_F(TlvApi, EachRoleSeesTheRequestsInItsScopeAndEveryReadIsAudited) {
  const int64_t id = CompleteAanvraag("so");
  for (Rol rol : {Rol::kSchool, Rol::kBestuur, Rol::kSwv, Rol::kOuder}) {
    const int64_t voor = Audit();
    const auto res = Get(Pad(id), Token(rol));
    EXPECT_EQ(res.status, 200) << domain::RolCode(rol);
    EXPECT_EQ(Audit(), voor + 1) << domain::RolCode(rol);  // audited before the data left
    const auto lijst = Get("/api/v1/tlv-aanvragen", Token(rol));
    EXPECT_EQ(lijst.body["totaal"], 1) << domain::RolCode(rol);
  }
  // Municipalities, consulenten and national roles hold no TLV permission at all.
  for (Rol rol :
       {Rol::kGemeente, Rol::kConsulent, Rol::kInspectie, Rol::kMinisterie, Rol::kBeheer}) {
    EXPECT_EQ(Get(Pad(id), Token(rol)).status, 403) << domain::RolCode(rol);
    EXPECT_EQ(Get("/api/v1/tlvs", Token(rol)).status, 403) << domain::RolCode(rol);
  }
  // Another school and another SWV: as if it did not exist.
  testing::AddAccount(fixture_.db(), "anker.test", Rol::kSchool, "10AA01");
  testing::AddAccount(fixture_.db(), "vo.test", Rol::kSwv, "VO2001");
  for (const char* naam : {"anker.test", "vo.test"}) {
    auto sessie = fixture_.db().auth->Login(naam, testing::kTestWachtwoord, "test-login");
    ASSERT_TRUE(sessie.has_value());
    const int64_t voor = Audit();
    EXPECT_EQ(Get(Pad(id), sessie->token).status, 404) << naam;
    EXPECT_EQ(Get("/api/v1/tlv-aanvragen", sessie->token).body["totaal"], 0) << naam;
    EXPECT_EQ(Post(Pad(id, "/adviezen"), Advies("psycholoog"), sessie->token).status, 404) << naam;
    EXPECT_EQ(Audit(), voor) << naam;
  }
  // A school requests only for its own students; the SWV does not request.
  auto anker = fixture_.db().auth->Login("anker.test", testing::kTestWachtwoord, "test-login");
  EXPECT_EQ(Post("/api/v1/tlv-aanvragen", Aanvraag(fixture_.sanne, "so"), anker->token).status,
            404);
  EXPECT_EQ(Post("/api/v1/tlv-aanvragen", Aanvraag(fixture_.bram, "so"), swv_).status, 403);
}

TEST_F(TlvApi, TheRegisterCountsByKindAndCategoryWarnsBeforeTheEndAndIsAudited) {
  const int64_t id = CompleteAanvraag("so");
  ASSERT_EQ(Post(Pad(id, "/besluiten"),
                 {{"uitkomst", "toegekend"},
                  {"categorie", "midden"},
                  {"ingangsdatum", "2025-10-01"},
                  {"einddatum", "2026-09-30"}},
                 swv_)
                .status,
            200);
  const int64_t voor = Audit();
  auto res = Get("/api/v1/tlvs?peildatum=2025-10-01", swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["swv"], "PO2001");  // the SWV's own register by default
  EXPECT_EQ(res.body["teldatum"], "2025-10-01");
  EXPECT_EQ(res.body["telling"]["totaal"], 1);
  EXPECT_EQ(res.body["telling"]["so"]["midden"], 1);
  EXPECT_EQ(res.body["tellingOpTeldatum"]["so"]["midden"], 1);
  ASSERT_EQ(res.body["tlvs"].size(), 1u);
  EXPECT_EQ(res.body["tlvs"][0]["aanvraag"], id);
  EXPECT_EQ(res.body["eindigenBinnenkort"].size(), 0u);
  EXPECT_EQ(Audit(), voor + 1);

  // Within 3 months of the end: a renewal reminder. The count date is 1 October of the
  // peildatum's school year (2025-2026, which runs to 31 July).
  res = Get("/api/v1/tlvs?peildatum=2026-07-15", swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["eindigenBinnenkort"].size(), 1u);
  EXPECT_EQ(res.body["teldatum"], "2025-10-01");
  // The next school year: it ended on 30 September 2026, so it is neither active nor counted
  // on 1 October 2026.
  res = Get("/api/v1/tlvs?peildatum=2026-10-05&actief=true", swv_);
  EXPECT_EQ(res.body["tlvs"].size(), 0u);
  EXPECT_EQ(res.body["teldatum"], "2026-10-01");
  EXPECT_EQ(res.body["tellingOpTeldatum"]["totaal"], 0);
  EXPECT_EQ(Get("/api/v1/tlvs?peildatum=2026-10-05&actief=false", swv_).body["tlvs"].size(), 1u);
  EXPECT_EQ(Get("/api/v1/tlvs?peildatum=morgen", swv_).status, 400);

  // The parent sees the child's TLV; the school its own requests.
  EXPECT_EQ(Get("/api/v1/tlvs", Token(Rol::kOuder)).body["tlvs"].size(), 1u);
  EXPECT_EQ(Get("/api/v1/tlvs", school_).body["tlvs"].size(), 1u);
}

TEST_F(TlvApi, GrensverkeerShowsATlvUsedAtAVsoSchoolOfAnotherRegionFromBothSides) {
  auto& db = fixture_.db();
  // A second VO region with a vso school (cluster 4), where Lotte moves after her TLV.
  auto klaar = db.store->Run(
      [&](app::Writer& writer) -> domain::Result<void> {
        auto gm2 = *domain::GemeenteCode::Parse("GM0002");
        PASSEND_RETURN_IF_ERROR(writer.PutSamenwerkingsverband(
            {*domain::SwvCode::Parse("VO2002"), "SWV VO Buurregio", {gm2}}));
        domain::School vso;
        vso.code = *domain::Vestigingscode::Parse("13DD00");
        vso.naam = "VSO De Horizon";
        vso.soort = domain::SchoolSoort::kVso;
        vso.cluster = 4;
        vso.adres = {"Schoolstraat", "2", *domain::Postcode::Parse("1234 AB"), "Tweedestad"};
        vso.gemeente = gm2;
        vso.positie = {52.2, 5.2};
        vso.bestuur = "10001";
        vso.swv = *domain::SwvCode::Parse("VO2002");
        return writer.PutSchool(vso);
      },
      false);
  ASSERT_TRUE(klaar.has_value()) << klaar.error().message;

  const app::Principal lyceum{0, "lyceum", Rol::kSchool, "12CC00", {}};
  const app::Principal vo2001{0, "vo2001", Rol::kSwv, "VO2001", {}};
  const app::Principal vo2002{0, "vo2002", Rol::kSwv, "VO2002", {}};
  app::NieuweTlvAanvraag nieuw;
  nieuw.leerling = fixture_.lotte;
  nieuw.soort = domain::TlvSoort::kVso;
  nieuw.ondersteuningsbehoefte = "Structuur en kleine groepen";
  nieuw.al_gedaan = "Een jaar trajectvoorziening";
  nieuw.zienswijze_ouders = "Eens";
  nieuw.hoorrecht = {false, "", "Lotte wilde niet gehoord worden"};
  auto aanvraag = db.tlv->VraagAan(lyceum, "test", nieuw);
  ASSERT_TRUE(aanvraag.has_value()) << aanvraag.error().message;
  const int64_t id = aanvraag->overzicht.aanvraag.id;
  const domain::Date vandaag = *domain::ParseIsoDate("2025-10-01");
  ASSERT_TRUE(
      db.tlv->VoegAdviesToe(lyceum, "test", id, {"psycholoog", "P", vandaag, "vso"}).has_value());
  ASSERT_TRUE(
      db.tlv->VoegAdviesToe(vo2001, "test", id, {"jeugdarts", "J", vandaag, "vso"}).has_value());
  domain::TlvBesluit besluit;
  besluit.toegekend = true;
  besluit.datum = vandaag;
  besluit.categorie = domain::TlvCategorie::kLaag;
  besluit.ingangsdatum = vandaag;
  besluit.einddatum = *domain::ParseIsoDate("2027-07-31");
  ASSERT_TRUE(db.tlv->Beslis(vo2001, "test", id, besluit).has_value());
  auto verhuisd = db.store->Run(
      [&](app::Writer& writer) -> domain::Result<void> {
        PASSEND_RETURN_IF_ERROR(writer.EndOpenInschrijvingen(fixture_.lotte, vandaag));
        return writer.InsertInschrijving(
            {fixture_.lotte, *domain::Vestigingscode::Parse("13DD00"), vandaag, std::nullopt},
            "VO2002");
      },
      false);
  ASSERT_TRUE(verhuisd.has_value()) << verhuisd.error().message;

  auto uit = db.tlv->Register(vo2001, "test", std::nullopt, vandaag, std::nullopt);
  ASSERT_TRUE(uit.has_value()) << uit.error().message;
  ASSERT_EQ(uit->grensverkeer_uit.size(), 1u);
  EXPECT_EQ(uit->grensverkeer_uit[0].huidige_school, "13DD00");
  EXPECT_EQ(uit->grensverkeer_uit[0].huidige_school_swv, "VO2002");
  EXPECT_TRUE(uit->grensverkeer_in.empty());
  EXPECT_EQ(uit->actief_telling.vso.at(domain::TlvCategorie::kLaag), 1);

  auto in = db.tlv->Register(vo2002, "test", std::nullopt, vandaag, std::nullopt);
  ASSERT_TRUE(in.has_value()) << in.error().message;
  EXPECT_TRUE(in->tlvs.empty());  // not its TLV: not in its counts
  ASSERT_EQ(in->grensverkeer_in.size(), 1u);
  EXPECT_EQ(in->grensverkeer_in[0].tlv.swv.str(), "VO2001");
}

}  // namespace
}  // namespace passend
