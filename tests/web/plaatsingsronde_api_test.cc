// The placement round API (issue 5 item 5): an SWV starts a minimum-cost or preference round
// for the children awaiting a place (written, undecided registrations naming a need), the
// proposal respects the places per need and explains every unplaced child, a preference round
// is the same for the same seed, edits and the confirmation are events, nothing is placed, and
// only the SWV itself reads its rounds (another SWV 404, a school 403).
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "support/profielen.h"
#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Ondersteuningsbehoefte;
using domain::Ondersteuningsniveau;
using domain::Rol;
using nlohmann::json;
using testing::Antwoord;

constexpr char kRondes[] = "/api/v1/samenwerkingsverbanden/PO2001/plaatsingsrondes";

class PlaatsingsrondeApi : public ::testing::Test {
 protected:
  void SetUp() override {
    // 13DD00 about 5.6 km north of the children's homes (52.10, 5.10), 14EE00 about 44 km:
    // beyond the default 25 km.
    ASSERT_TRUE(Run([&](app::Writer& w) -> domain::Result<void> {
      PASSEND_RETURN_IF_ERROR(w.PutSchool(School("13DD00", "Basisschool De Linde", 52.15)));
      return w.PutSchool(School("14EE00", "Basisschool Verweg", 52.50));
    }));
    // Places for gedrag at extra: one at 11BB00, two at 13DD00; 14EE00 has room but is too far.
    Profiel("11BB00", {{"gedrag", Ondersteuningsniveau::kExtra, 1, "Kleine groep", "Team"}});
    Profiel("13DD00", {{"gedrag", Ondersteuningsniveau::kExtra, 2, "Gedragsklas", "Team"}});
    Profiel("14EE00", {{"gedrag", Ondersteuningsniveau::kExtra, {}, "Gedragsklas", "Team"}});
    const auto noor = testing::AddLeerling(fixture_.db(), "Noor", "200000007", "10AA00");
    const auto daan = testing::AddLeerling(fixture_.db(), "Daan", "200000019", "10AA01");
    const auto evi = testing::AddLeerling(fixture_.db(), "Evi", "200000020", "10AA00");
    const auto finn = testing::AddLeerling(fixture_.db(), "Finn", "200000032", "10AA00");
    const auto gijs = testing::AddLeerling(fixture_.db(), "Gijs", "200000044", "10AA00");
    // Five children need gedrag (three places within reach), one needs leren (offered nowhere
    // above basis).
    Aanmelding(fixture_.sanne, "10AA00", {Ondersteuningsbehoefte::kGedrag});
    Aanmelding(fixture_.bram, "10AA01", {Ondersteuningsbehoefte::kGedrag});
    Aanmelding(noor, "10AA00", {Ondersteuningsbehoefte::kGedrag});
    Aanmelding(daan, "10AA01", {Ondersteuningsbehoefte::kGedrag});
    Aanmelding(evi, "10AA00", {Ondersteuningsbehoefte::kGedrag});
    Aanmelding(finn, "10AA00", {Ondersteuningsbehoefte::kLeren});
    // Not awaiting a place: no need named, decided, or verbal only.
    Aanmelding(gijs, "10AA00", {});
    Aanmelding(gijs, "10AA01", {Ondersteuningsbehoefte::kGedrag}, /*besloten=*/true);
    Aanmelding(gijs, "11BB00", {Ondersteuningsbehoefte::kGedrag}, false, /*schriftelijk=*/false);
    swv_ = fixture_.Login(Rol::kSwv).token;  // PO2001
  }

  static domain::School School(const char* code, const char* naam, double lat) {
    domain::School s;
    s.code = *domain::Vestigingscode::Parse(code);
    s.naam = naam;
    s.soort = domain::SchoolSoort::kBao;
    s.adres = {"Laan", "2", *domain::Postcode::Parse("1235 CD"), "Noorddorp"};
    s.gemeente = *domain::GemeenteCode::Parse("GM0002");
    s.positie = {lat, 5.1};
    s.bestuur = "10001";
    s.swv = *domain::SwvCode::Parse("PO2001");
    return s;
  }

  bool Run(const std::function<domain::Result<void>(app::Writer&)>& work) {
    return testing::SchrijfIn(*fixture_.db().store, work);
  }

  void Profiel(const char* school, std::vector<domain::ProfielRegel> regels) {
    testing::SlaProfielOp(*fixture_.db().store, school, std::move(regels));
  }

  void Aanmelding(domain::LeerlingId leerling, const char* school,
                  std::vector<Ondersteuningsbehoefte> behoeften, bool besloten = false,
                  bool schriftelijk = true) {
    Run([&](app::Writer& w) -> domain::Result<void> {
      domain::Aanmelding a;
      a.leerling = leerling;
      a.school = *domain::Vestigingscode::Parse(school);
      a.swv = "PO2001";
      a.aanmelddatum = *domain::ParseIsoDate("2025-09-01");
      a.schriftelijk = schriftelijk;
      if (schriftelijk) a.compleet_op = a.aanmelddatum;
      a.ondersteuningsbehoeften = std::move(behoeften);
      if (besloten) {
        a.besluit = domain::Besluit{};
        a.besluit->datum = *domain::ParseIsoDate("2025-09-20");
      }
      PASSEND_RETURN_IF_ERROR(w.InsertAanmelding(a, std::nullopt));
      return {};
    });
  }

  Antwoord Api(const std::string& method, const std::string& path,
               const json& body = json::object(), const std::string& token = "") {
    return testing::Api(fixture_.harness(), method, path, token.empty() ? swv_ : token, body);
  }
  static std::string Veld(const Antwoord& res) {
    const json& fouten = res.body.contains("invalidParams") ? res.body["invalidParams"] : json();
    return fouten.is_array() && !fouten.empty() ? fouten[0].value("name", "") : std::string();
  }
  int64_t Tel(const std::string& sql) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare(sql);
    EXPECT_TRUE(stmt->Step().value_or(false)) << sql;
    return stmt->Int(0);
  }
  static std::map<std::string, int> PerSchool(const json& ronde) {
    std::map<std::string, int> uit;
    for (const auto& r : ronde["regels"]) {
      if (!r["school"].is_null()) ++uit[r["school"]["code"].get<std::string>()];
    }
    return uit;
  }
  static const json& RegelVan(const json& ronde, const std::string& voornaam) {
    for (const auto& r : ronde["regels"]) {
      if (r["leerling"]["naam"].get<std::string>().rfind(voornaam, 0) == 0) return r;
    }
    static const json geen;
    return geen;
  }

  testing::SecurityFixture fixture_;
  std::string swv_;
};

TEST_F(PlaatsingsrondeApi, AMinimumCostRoundProposesWithinThePlacesAndExplainsEveryUnplacedChild) {
  const int64_t inschrijvingen = Tel("SELECT count(*) FROM inschrijvingen");
  const auto res = Api("POST", kRondes, {{"soort", "minimale-kosten"}});
  ASSERT_EQ(res.status, 201) << res.tekst;
  const json& ronde = res.body;
  EXPECT_EQ(ronde["stand"], "voorstel");
  EXPECT_EQ(ronde["soort"], "minimale-kosten");
  EXPECT_TRUE(ronde["seed"].is_null());
  EXPECT_EQ(ronde["maxAfstandKm"], 25);
  // Six children await a place; the one without a need, the decided and the verbal are out.
  ASSERT_EQ(ronde["regels"].size(), 6u) << ronde.dump(2);
  EXPECT_EQ(ronde["kinderen"], 6);
  // Three places for gedrag within reach: all used, none exceeded; 14EE00 is too far.
  const auto per_school = PerSchool(ronde);
  EXPECT_EQ(per_school, (std::map<std::string, int>{{"11BB00", 1}, {"13DD00", 2}}));
  EXPECT_EQ(ronde["voorgesteld"], 3);
  EXPECT_EQ(ronde["nietGeplaatst"], 3);
  for (const auto& r : ronde["regels"]) {
    EXPECT_FALSE(r["leerling"]["naam"].get<std::string>().empty());
    if (r["school"].is_null()) {
      EXPECT_FALSE(r["reden"].is_null()) << r.dump();
      EXPECT_FALSE(r["toelichting"].get<std::string>().empty()) << r.dump();
      EXPECT_TRUE(r["afstandMeter"].is_null());
    } else {
      EXPECT_TRUE(r["reden"].is_null());
      ASSERT_TRUE(r["afstandMeter"].is_number()) << r.dump();
      EXPECT_EQ(r["afstandMeter"].get<int64_t>() > 0, r["school"]["code"] == "13DD00");
    }
  }
  // Which need has no place within reach.
  const json& finn = RegelVan(ronde, "Finn");
  EXPECT_EQ(finn["reden"], "geen-school");
  EXPECT_EQ(finn["toelichting"], "Geen school binnen bereik biedt leren op niveau extra.");
  int geen_plaats = 0;
  for (const auto& r : ronde["regels"]) {
    if (r["reden"] == "geen-plaats-voor-behoefte") {
      ++geen_plaats;
      EXPECT_NE(r["toelichting"].get<std::string>().find("gedrag"), std::string::npos);
    }
  }
  EXPECT_EQ(geen_plaats, 2);
  // Stored, with its event; nothing is placed or decided.
  EXPECT_EQ(res.content_type.rfind("application/json", 0), 0u);
  const int64_t id = ronde["id"];
  EXPECT_EQ(Tel("SELECT count(*) FROM events WHERE type = 'PlaatsingsrondeGemaakt' AND subject = "
                "'plaatsingsronde/" +
                std::to_string(id) + "'"),
            1);
  EXPECT_EQ(Tel("SELECT count(*) FROM audit WHERE actie = 'verwerkt'"), 6);
  EXPECT_EQ(Tel("SELECT count(*) FROM inschrijvingen"), inschrijvingen);
  EXPECT_EQ(Tel("SELECT count(*) FROM aanmeldingen WHERE uitkomst IS NOT NULL"), 1);
  // The list and the round itself.
  const auto lijst = Api("GET", kRondes);
  ASSERT_EQ(lijst.status, 200) << lijst.tekst;
  ASSERT_EQ(lijst.body["plaatsingsrondes"].size(), 1u);
  EXPECT_FALSE(lijst.body["plaatsingsrondes"][0].contains("regels"));
  const auto een = Api("GET", std::string(kRondes) + "/" + std::to_string(id));
  ASSERT_EQ(een.status, 200) << een.tekst;
  EXPECT_EQ(een.body["regels"], ronde["regels"]);
  // The read named every child: audited.
  EXPECT_EQ(Tel("SELECT count(*) FROM audit WHERE actie = 'bekeken' AND wat = 'plaatsingsronde " +
                std::to_string(id) + "'"),
            6);
}

TEST_F(PlaatsingsrondeApi, APreferenceRoundIsTheSameForTheSameSeedAndDrawsAndStoresOneOtherwise) {
  const auto a = Api("POST", kRondes, {{"soort", "voorkeur"}, {"seed", 42}});
  ASSERT_EQ(a.status, 201) << a.tekst;
  const auto b = Api("POST", kRondes, {{"soort", "voorkeur"}, {"seed", 42}});
  ASSERT_EQ(b.status, 201) << b.tekst;
  EXPECT_EQ(a.body["seed"], 42);
  ASSERT_EQ(a.body["regels"].size(), 6u);
  for (size_t i = 0; i < a.body["regels"].size(); ++i) {
    EXPECT_EQ(a.body["regels"][i]["aanmelding"], b.body["regels"][i]["aanmelding"]);
    EXPECT_EQ(a.body["regels"][i]["school"], b.body["regels"][i]["school"]);
    EXPECT_EQ(a.body["regels"][i]["lotnummer"], b.body["regels"][i]["lotnummer"]);
    EXPECT_TRUE(a.body["regels"][i]["lotnummer"].is_number());
  }
  // Capacities hold in the preference round too.
  for (const auto& [school, n] : PerSchool(a.body)) {
    EXPECT_LE(n, school == "11BB00" ? 1 : 2) << school;
  }
  const auto zonder = Api("POST", kRondes, {{"soort", "voorkeur"}});
  ASSERT_EQ(zonder.status, 201) << zonder.tekst;
  ASSERT_TRUE(zonder.body["seed"].is_number_integer());
  const auto terug = Api("GET", std::string(kRondes) + "/" + zonder.body["id"].dump());
  EXPECT_EQ(terug.body["seed"], zonder.body["seed"]);
}

TEST_F(PlaatsingsrondeApi, BadParametersAreA400NamingTheField) {
  auto res = Api("POST", kRondes, json::object());
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "soort");
  EXPECT_EQ(res.content_type, "application/problem+json");
  res = Api("POST", kRondes, {{"soort", "snel"}});
  EXPECT_EQ(Veld(res), "soort");
  res = Api("POST", kRondes, {{"soort", "minimale-kosten"}, {"seed", 7}});
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "seed");
  res = Api("POST", kRondes, {{"soort", "minimale-kosten"}, {"maxAfstandKm", 0}});
  EXPECT_EQ(Veld(res), "maxAfstandKm");
  res = Api("POST", kRondes, {{"soort", "voorkeur"}, {"seed", -1}});
  EXPECT_EQ(Veld(res), "seed");
  EXPECT_EQ(Tel("SELECT count(*) FROM plaatsingsrondes"), 0);
}

TEST_F(PlaatsingsrondeApi, EditsAndTheConfirmationAreEventsAndAConfirmedRoundIsFinal) {
  const auto gemaakt = Api("POST", kRondes, {{"soort", "minimale-kosten"}});
  ASSERT_EQ(gemaakt.status, 201) << gemaakt.tekst;
  const int64_t id = gemaakt.body["id"];
  const std::string pad = std::string(kRondes) + "/" + std::to_string(id);
  const json& finn = RegelVan(gemaakt.body, "Finn");
  json geplaatst;
  for (const auto& r : gemaakt.body["regels"]) {
    if (!r["school"].is_null()) geplaatst = r;
  }
  ASSERT_FALSE(geplaatst.is_null());

  // A reason is required; the school must lie in the region.
  auto res =
      Api("POST", pad + "/wijzigingen", {{"aanmelding", finn["aanmelding"]}, {"school", "11BB00"}});
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "reden");
  res = Api("POST", pad + "/wijzigingen",
            {{"aanmelding", finn["aanmelding"]}, {"school", "12CC00"}, {"reden", "VO"}});
  EXPECT_EQ(res.status, 422) << res.tekst;
  EXPECT_EQ(Veld(res), "school");
  res = Api("POST", pad + "/wijzigingen",
            {{"aanmelding", 999999}, {"school", "11BB00"}, {"reden", "x"}});
  EXPECT_EQ(Veld(res), "aanmelding");

  // Finn to 11BB00: allowed, with a warning (it offers leren only at basis).
  res = Api("POST", pad + "/wijzigingen",
            {{"aanmelding", finn["aanmelding"]},
             {"school", "11BB00"},
             {"reden", "Ouders en sbo zijn het eens; de sbo maakt plaats."}});
  ASSERT_EQ(res.status, 201) << res.tekst;
  EXPECT_EQ(res.body["school"], "11BB00");
  EXPECT_TRUE(res.body["gewijzigd"]);
  ASSERT_FALSE(res.body["waarschuwingen"].empty());
  EXPECT_NE(res.body["waarschuwingen"].dump().find("Leren"), std::string::npos) << res.body.dump();
  // A gedrag child without a place to 11BB00: its one place is proposed to another child.
  json zonder_plaats;
  for (const auto& r : gemaakt.body["regels"]) {
    if (r["reden"] == "geen-plaats-voor-behoefte") zonder_plaats = r;
  }
  res = Api("POST", pad + "/wijzigingen",
            {{"aanmelding", zonder_plaats["aanmelding"]},
             {"school", "11BB00"},
             {"reden", "Broertje zit er al."}});
  ASSERT_EQ(res.status, 201) << res.tekst;
  EXPECT_EQ(res.body["waarschuwingen"],
            json::array({"Let op: geen plaats meer voor Gedrag (extra)."}));
  // A placed child escalated instead.
  res = Api("POST", pad + "/wijzigingen",
            {{"aanmelding", geplaatst["aanmelding"]},
             {"school", nullptr},
             {"reden", "Thuiszitter: het SWV regelt een arrangement."}});
  ASSERT_EQ(res.status, 201) << res.tekst;
  EXPECT_TRUE(res.body["school"].is_null());
  EXPECT_EQ(res.body["reden"], "escaleren");

  // The round shows the current lines, in the same order.
  auto ronde = Api("GET", pad);
  ASSERT_EQ(ronde.status, 200);
  EXPECT_EQ(ronde.body["wijzigingen"], 3);
  EXPECT_EQ(RegelVan(ronde.body, "Finn")["school"]["code"], "11BB00");
  EXPECT_EQ(ronde.body["regels"].size(), 6u);
  // The lines are append-only in the database.
  EXPECT_EQ(Tel("SELECT count(*) FROM plaatsingsronde_regels"), 9);
  {
    auto lease = fixture_.db().store->Borrow();
    EXPECT_FALSE((*lease)->Exec("UPDATE plaatsingsronde_regels SET school = NULL").has_value());
    EXPECT_FALSE((*lease)->Exec("DELETE FROM plaatsingsrondes").has_value());
  }

  // Confirmed: an event, a message to each child's parents, nothing placed; final after.
  res = Api("POST", pad + "/bevestiging", {{"toelichting", "Besproken in het OT."}});
  ASSERT_EQ(res.status, 200) << res.tekst;
  EXPECT_EQ(res.body["stand"], "bevestigd");
  EXPECT_EQ(res.body["toelichting"], "Besproken in het OT.");
  const std::string subject = "'plaatsingsronde/" + std::to_string(id) + "'";
  EXPECT_EQ(Tel("SELECT count(*) FROM events WHERE subject = " + subject), 5);
  EXPECT_EQ(Tel("SELECT count(*) FROM events WHERE type = 'PlaatsingsvoorstelGewijzigd'"), 3);
  EXPECT_EQ(Tel("SELECT count(*) FROM events WHERE type = 'PlaatsingsrondeBevestigd'"), 1);
  EXPECT_EQ(Tel("SELECT count(*) FROM berichten"), 6);
  EXPECT_EQ(Tel("SELECT count(*) FROM aanmeldingen WHERE uitkomst IS NOT NULL"), 1);
  res = Api("POST", pad + "/wijzigingen",
            {{"aanmelding", finn["aanmelding"]}, {"school", "13DD00"}, {"reden", "Te laat"}});
  EXPECT_EQ(res.status, 409);
  EXPECT_EQ(Api("POST", pad + "/verwerping").status, 409);
  // A confirmed round's children wait for the school's decision, not for another round.
  res = Api("POST", kRondes, {{"soort", "minimale-kosten"}});
  EXPECT_EQ(res.status, 422) << res.tekst;
}

TEST_F(PlaatsingsrondeApi, ADiscardedRoundChangesNothingAndItsChildrenWaitForTheNext) {
  const auto gemaakt = Api("POST", kRondes, {{"soort", "minimale-kosten"}});
  ASSERT_EQ(gemaakt.status, 201);
  const std::string pad = std::string(kRondes) + "/" + gemaakt.body["id"].dump();
  const auto res = Api("POST", pad + "/verwerping", {{"toelichting", "Profielen eerst bijwerken"}});
  ASSERT_EQ(res.status, 200) << res.tekst;
  EXPECT_EQ(res.body["stand"], "verworpen");
  EXPECT_EQ(Tel("SELECT count(*) FROM berichten"), 0);
  EXPECT_EQ(Api("POST", kRondes, {{"soort", "minimale-kosten"}}).body["regels"].size(), 6u);
}

TEST_F(PlaatsingsrondeApi, OnlyTheSwvItselfReadsItsRoundsAnotherSwvGets404ASchool403) {
  const auto gemaakt = Api("POST", kRondes, {{"soort", "minimale-kosten"}});
  ASSERT_EQ(gemaakt.status, 201);
  const int64_t id = gemaakt.body["id"];
  // swv.test is PO2001: VO2001's rounds do not exist for it.
  EXPECT_EQ(Api("GET", "/api/v1/samenwerkingsverbanden/VO2001/plaatsingsrondes").status, 404);
  EXPECT_EQ(Api("POST", "/api/v1/samenwerkingsverbanden/VO2001/plaatsingsrondes",
                {{"soort", "minimale-kosten"}})
                .status,
            404);
  EXPECT_EQ(
      Api("GET", "/api/v1/samenwerkingsverbanden/VO2001/plaatsingsrondes/" + std::to_string(id))
          .status,
      404);
  // An account of VO2001 does not find PO2001's round under either code.
  const app::Principal vo{0, "swv.vo", Rol::kSwv, "VO2001", {}};
  auto& rondes = fixture_.harness().plaatsingsrondes();
  auto ronde = rondes.Ronde(vo, "test", "VO2001", id);
  ASSERT_FALSE(ronde.has_value());
  EXPECT_EQ(ronde.error().code, domain::ErrorCode::kNotFound);
  EXPECT_EQ(rondes.Ronde(vo, "test", "PO2001", id).error().code, domain::ErrorCode::kNotFound);
  // VO2001 has nobody waiting: a rule refusal, not an empty round.
  EXPECT_EQ(rondes.Start(vo, "test", "VO2001", {}).error().code, domain::ErrorCode::kRegel);
  // Schools, parents and the national roles are not allowed.
  for (Rol rol : {Rol::kSchool, Rol::kOuder, Rol::kInspectie, Rol::kBestuur}) {
    const std::string token = fixture_.Login(rol).token;
    EXPECT_EQ(Api("GET", kRondes, {}, token).status, 403) << domain::RolCode(rol);
    EXPECT_EQ(Api("POST", kRondes, {{"soort", "voorkeur"}}, token).status, 403);
    EXPECT_EQ(Api("GET", std::string(kRondes) + "/" + std::to_string(id), {}, token).status, 403);
  }
}

}  // namespace
}  // namespace passend
