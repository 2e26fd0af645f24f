// The support-needs API (issue 5 items 1, 2 and 4): the public taxonomy, a school's support
// profile with its versions (only the school itself writes, one event per version), the public
// school finder by need, level and distance from a postcode, and the suggestions for one child
// (in scope, audited) with the reasons for each school and for the nearer ones left out.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/profielen.h"
#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Ondersteuningsniveau;
using domain::Rol;
using nlohmann::json;
using testing::Antwoord;

class ScholenApi : public ::testing::Test {
 protected:
  void SetUp() override {
    // Two more locations: 13DD00 about 5.6 km north of the others (52.10, 5.10), 14EE00
    // about 44 km north, beyond the suggestions' 25 km.
    ASSERT_TRUE(Run([&](app::Writer& w) -> domain::Result<void> {
      PASSEND_RETURN_IF_ERROR(
          w.PutSchool(School("13DD00", "Basisschool De Linde", 52.15, "1235 CD")));
      return w.PutSchool(School("14EE00", "Basisschool Verweg", 52.50, "1299 ZZ"));
    }));
  }

  static domain::School School(const char* code, const char* naam, double lat, const char* pc) {
    domain::School s;
    s.code = *domain::Vestigingscode::Parse(code);
    s.naam = naam;
    s.soort = domain::SchoolSoort::kBao;
    s.adres = {"Laan", "2", *domain::Postcode::Parse(pc), "Noorddorp"};
    s.gemeente = *domain::GemeenteCode::Parse("GM0002");
    s.positie = {lat, 5.1};
    s.bestuur = "10001";
    s.swv = *domain::SwvCode::Parse("PO2001");
    return s;
  }

  bool Run(const std::function<domain::Result<void>(app::Writer&)>& work) {
    return testing::SchrijfIn(*fixture_.db().store, work);
  }

  // A stored profile version, as the demo import writes them.
  void Profiel(const char* school, std::vector<domain::ProfielRegel> regels) {
    testing::SlaProfielOp(*fixture_.db().store, school, std::move(regels));
  }

  // A registration of `leerling` at `school` naming `behoeften`, admitted when `toegelaten`.
  void Aanmelding(domain::LeerlingId leerling, const char* school,
                  std::vector<domain::Ondersteuningsbehoefte> behoeften, bool toegelaten) {
    Run([&](app::Writer& w) -> domain::Result<void> {
      domain::Aanmelding a;
      a.leerling = leerling;
      a.school = *domain::Vestigingscode::Parse(school);
      a.swv = "PO2001";
      a.aanmelddatum = *domain::ParseIsoDate("2025-09-01");
      a.compleet_op = a.aanmelddatum;
      a.ondersteuningsbehoeften = std::move(behoeften);
      if (toegelaten) {
        a.besluit = domain::Besluit{};
        a.besluit->datum = *domain::ParseIsoDate("2025-09-20");
      }
      PASSEND_RETURN_IF_ERROR(w.InsertAanmelding(a, std::nullopt));
      return {};
    });
  }

  static domain::ProfielRegel Regel(const char* b, Ondersteuningsniveau n,
                                    std::optional<int> plaatsen = {}) {
    return domain::ProfielRegel{b, n, plaatsen, "Concreet aanbod", "Onderbouwing"};
  }

  Antwoord Get(const std::string& path, const std::string& token = "") {
    return testing::Api(fixture_.harness(), "GET", path, token);
  }
  Antwoord Put(const std::string& path, const json& body, const std::string& token) {
    return testing::Api(fixture_.harness(), "PUT", path, token, body);
  }
  std::string Token(Rol rol) { return fixture_.Login(rol).token; }
  static std::string Veld(const Antwoord& res) {
    const json& fouten = res.body.contains("invalidParams") ? res.body["invalidParams"] : json();
    return fouten.is_array() && !fouten.empty() ? fouten[0].value("name", "") : std::string();
  }
  int64_t Events(const std::string& subject) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare("SELECT count(*) FROM events WHERE subject = ?");
    stmt->Bind(1, std::string_view(subject));
    EXPECT_TRUE(stmt->Step().value_or(false));
    return stmt->Int(0);
  }
  static std::vector<std::string> Codes(const json& lijst) {
    std::vector<std::string> codes;
    for (const auto& s : lijst) codes.push_back(s.value("code", ""));
    return codes;
  }
  std::string Suggesties(domain::LeerlingId id, const std::string& query = "") {
    return "/api/v1/leerlingen/" + std::to_string(id.value) + "/passende-scholen" + query;
  }

  testing::SecurityFixture fixture_;
};

TEST_F(ScholenApi, TheTaxonomyIsPublicVersionedWithTheTwelveNeedsAndThreeLevels) {
  const auto res = Get("/api/v1/ondersteuningsbehoeften");
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["versie"], "2026.1");
  EXPECT_EQ(res.body["geldigVanaf"], "2026-08-01");
  EXPECT_EQ(res.body["behoeften"].size(), 12u);
  EXPECT_EQ(res.body["behoeften"][1]["code"], "gedrag");
  EXPECT_EQ(Codes(res.body["niveaus"]),
            (std::vector<std::string>{"basis", "extra", "specialistisch"}));
}

TEST_F(ScholenApi, TheSchoolRecordsVersionsOfItsOwnProfileEachWithAnEventEveryoneReadsThem) {
  const std::string school = Token(Rol::kSchool);  // 10AA00
  const json body{{"mrAdviesOp", "2025-06-10"},
                  {"toelichting", "Wij zijn een school met een gedragsklas."},
                  {"regels",
                   {{{"behoefte", "gedrag"},
                     {"niveau", "extra"},
                     {"plaatsen", 6},
                     {"omschrijving", "Een gedragsklas van 6 leerlingen"},
                     {"onderbouwing", "Twee gedragsspecialisten"}}}}};
  auto res = Put("/api/v1/scholen/10AA00/ondersteuningsprofiel", body, school);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["profiel"]["versie"], 1);
  EXPECT_EQ(res.body["profiel"]["regels"][0]["plaatsen"], 6);
  EXPECT_EQ(res.body["profiel"]["mrAdviesOp"], "2025-06-10");
  EXPECT_EQ(Events("ondersteuningsprofiel/10AA00"), 1);

  json tweede = body;
  tweede["regels"][0]["niveau"] = "specialistisch";
  res = Put("/api/v1/scholen/10AA00/ondersteuningsprofiel", tweede, school);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["profiel"]["versie"], 2);
  EXPECT_EQ(Events("ondersteuningsprofiel/10AA00"), 2);

  // Public, without logging in: the current version and every earlier one.
  res = Get("/api/v1/scholen/10AA00/ondersteuningsprofiel");
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["profiel"]["regels"][0]["niveau"], "specialistisch");
  EXPECT_EQ(res.body["versies"].size(), 2u);
  res = Get("/api/v1/scholen/10AA00/ondersteuningsprofiel?versie=1");
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["profiel"]["regels"][0]["niveau"], "extra");
  EXPECT_EQ(Get("/api/v1/scholen/10AA00/ondersteuningsprofiel?versie=3").status, 404);
  EXPECT_EQ(Get("/api/v1/scholen/10AA00/ondersteuningsprofiel?versie=nul").status, 400);
  // A location without a profile: null, basis everywhere.
  res = Get("/api/v1/scholen/10AA01/ondersteuningsprofiel");
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(res.body["profiel"].is_null());
  EXPECT_EQ(Get("/api/v1/scholen/99ZZ00/ondersteuningsprofiel").status, 404);
}

TEST_F(ScholenApi, OnlyTheSchoolItselfWritesAndAProfileIsConcrete) {
  const std::string school = Token(Rol::kSchool);
  const json regel{{"behoefte", "gedrag"}, {"niveau", "extra"}, {"omschrijving", "Klas"}};
  const json goed{{"regels", {regel}}};
  EXPECT_EQ(Put("/api/v1/scholen/10AA01/ondersteuningsprofiel", goed, school).status, 403);
  EXPECT_EQ(Put("/api/v1/scholen/10AA00/ondersteuningsprofiel", goed, Token(Rol::kSwv)).status,
            403);
  EXPECT_EQ(Put("/api/v1/scholen/10AA00/ondersteuningsprofiel", goed, "").status, 401);

  json fout = goed;
  fout["regels"][0].erase("omschrijving");
  auto res = Put("/api/v1/scholen/10AA00/ondersteuningsprofiel", fout, school);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "regels[0].omschrijving");
  fout = goed;
  fout["regels"][0]["niveau"] = "basis";
  fout["regels"][0]["plaatsen"] = 3;
  EXPECT_EQ(Veld(Put("/api/v1/scholen/10AA00/ondersteuningsprofiel", fout, school)),
            "regels[0].plaatsen");
  fout = goed;
  fout["regels"][0]["behoefte"] = "paardrijden";
  EXPECT_EQ(Veld(Put("/api/v1/scholen/10AA00/ondersteuningsprofiel", fout, school)),
            "regels[0].behoefte");
  fout = goed;
  fout["regels"][0]["niveau"] = "veel";
  EXPECT_EQ(Veld(Put("/api/v1/scholen/10AA00/ondersteuningsprofiel", fout, school)),
            "regels[0].niveau");
  fout = goed;
  fout["mrAdviesOp"] = "2099-01-01";
  EXPECT_EQ(Veld(Put("/api/v1/scholen/10AA00/ondersteuningsprofiel", fout, school)), "mrAdviesOp");
  EXPECT_EQ(Events("ondersteuningsprofiel/10AA00"), 0);
}

TEST_F(ScholenApi, TheFinderFiltersByNeedAndLevelAndSortsByDistanceFromThePostcode) {
  Profiel("10AA01", {Regel("gedrag", Ondersteuningsniveau::kExtra, 1)});
  Profiel("11BB00", {Regel("gedrag", Ondersteuningsniveau::kSpecialistisch)});
  Profiel("13DD00", {Regel("gedrag", Ondersteuningsniveau::kExtra),
                     Regel("taal-spraak", Ondersteuningsniveau::kExtra)});
  Profiel("14EE00", {Regel("gedrag", Ondersteuningsniveau::kExtra)});
  // 1234 AB: the PC4 area of the first four schools (52.1, 5.1).
  auto res = Get("/api/v1/scholen?ondersteuning=gedrag:extra&nabij=1234AB&max=25");
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(Codes(res.body["_embedded"]["scholen"]),
            (std::vector<std::string>{"10AA01", "11BB00", "13DD00"}));
  EXPECT_EQ(res.body["totaal"], 3);
  EXPECT_EQ(res.body["_embedded"]["scholen"][2]["afstandKm"], 5.6);
  EXPECT_EQ(res.body["nabij"]["postcodegebied"], "1234");
  // Level: only the special school offers specialistisch; several needs must all be met.
  res = Get("/api/v1/scholen?ondersteuning=gedrag:specialistisch&nabij=1234");
  EXPECT_EQ(Codes(res.body["_embedded"]["scholen"]), (std::vector<std::string>{"11BB00"}));
  res = Get("/api/v1/scholen?ondersteuning=gedrag,taal-spraak&nabij=1234%20AB&max=50");
  EXPECT_EQ(Codes(res.body["_embedded"]["scholen"]), (std::vector<std::string>{"13DD00"}));
  // Without a limit the far school comes last; paginated.
  res = Get("/api/v1/scholen?ondersteuning=gedrag&nabij=1234AB&pageSize=2&page=2");
  EXPECT_EQ(Codes(res.body["_embedded"]["scholen"]),
            (std::vector<std::string>{"13DD00", "14EE00"}));
  EXPECT_NE(res.body["_links"]["prev"]["href"].get<std::string>().find("ondersteuning=gedrag"),
            std::string::npos);
  // A postcode not near any school falls back to its first three digits, then refuses.
  res = Get("/api/v1/scholen?ondersteuning=gedrag&nabij=1238");
  EXPECT_EQ(res.body["nabij"]["postcodegebied"], "123");
  res = Get("/api/v1/scholen?ondersteuning=gedrag&nabij=9000AA");
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "nabij");
  EXPECT_EQ(Veld(Get("/api/v1/scholen?ondersteuning=paardrijden")), "ondersteuning");
  EXPECT_EQ(Veld(Get("/api/v1/scholen?nabij=12")), "nabij");
  EXPECT_EQ(Veld(Get("/api/v1/scholen?ondersteuning=gedrag&max=25")), "max");
  // The plain list still works as before.
  res = Get("/api/v1/scholen?swv=PO2001");
  ASSERT_EQ(res.status, 200);
  EXPECT_FALSE(res.body["_embedded"]["scholen"][0].contains("afstandKm"));
}

TEST_F(ScholenApi, SuggestionsMeetEveryNeedWithRoomRankedByDistanceAndFitWithReasons) {
  Profiel("10AA01", {Regel("gedrag", Ondersteuningsniveau::kExtra, 1)});
  Profiel("11BB00", {Regel("gedrag", Ondersteuningsniveau::kSpecialistisch)});
  Profiel("13DD00", {Regel("gedrag", Ondersteuningsniveau::kExtra)});
  Profiel("14EE00", {Regel("gedrag", Ondersteuningsniveau::kExtra)});
  // Sanne's latest registration names gedrag: the default need, at level extra.
  Aanmelding(fixture_.sanne, "10AA01", {domain::Ondersteuningsbehoefte::kGedrag}, false);
  const std::string school = Token(Rol::kSchool);
  const int64_t audit = testing::CountRows(*fixture_.db().store, "audit");
  auto res = Get(Suggesties(fixture_.sanne), school);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "audit"), audit + 1);
  EXPECT_EQ(res.body["bron"], "aanmelding");
  EXPECT_EQ(res.body["behoeften"][0]["niveau"], "extra");
  // 10AA01 at 0 km fits exactly; 11BB00 at 0 km offers a level more (+5 km); 13DD00 at 5.6 km.
  // 14EE00 is beyond 25 km; the VO school is of another sector.
  EXPECT_EQ(Codes(res.body["suggesties"]),
            (std::vector<std::string>{"10AA01", "11BB00", "13DD00"}));
  EXPECT_EQ(res.body["suggesties"][0]["voldaan"][0]["plaatsenVrij"], 1);
  EXPECT_NE(res.body["suggesties"][0]["waarom"].get<std::string>().find("1 plaats vrij"),
            std::string::npos);
  EXPECT_EQ(res.body["suggesties"][2]["afstandKm"], 5.6);
  // The nearer school left out says why.
  ASSERT_EQ(Codes(res.body["afgevallen"]), (std::vector<std::string>{"10AA00"}));
  EXPECT_EQ(res.body["afgevallen"][0]["tekorten"][0]["reden"], "niveau");
  EXPECT_EQ(res.body["afgevallen"][0]["waaromNiet"], "biedt Gedrag op niveau basis, nodig: extra");

  // Bram is enrolled at 10AA01 and was admitted there with gedrag: its one place is taken.
  Aanmelding(fixture_.bram, "10AA01", {domain::Ondersteuningsbehoefte::kGedrag}, true);
  res = Get(Suggesties(fixture_.sanne), school);
  EXPECT_EQ(Codes(res.body["suggesties"]), (std::vector<std::string>{"11BB00", "13DD00"}));
  const auto weg = res.body["afgevallen"];
  ASSERT_EQ(Codes(weg), (std::vector<std::string>{"10AA00", "10AA01"}));
  EXPECT_EQ(weg[1]["tekorten"][0]["reden"], "vol");
  EXPECT_EQ(weg[1]["waaromNiet"], "geen plaats meer voor Gedrag (extra)");

  // Asked needs replace the registration's: nobody offers zien specialistisch within reach.
  res = Get(Suggesties(fixture_.sanne, "?ondersteuning=zien:specialistisch"), school);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body["bron"], "gevraagd");
  EXPECT_TRUE(res.body["suggesties"].empty());
  EXPECT_EQ(res.body["afgevallen"].size(), 4u);
  EXPECT_EQ(Veld(Get(Suggesties(fixture_.sanne, "?ondersteuning=zien:veel"), school)),
            "ondersteuning");
}

TEST_F(ScholenApi, SuggestionsAreForTheSchoolTheSwvAndTheParentOfTheChildOnly) {
  EXPECT_EQ(Get(Suggesties(fixture_.sanne), Token(Rol::kOuder)).status, 200);
  EXPECT_EQ(Get(Suggesties(fixture_.sanne), Token(Rol::kSwv)).status, 200);
  EXPECT_EQ(Get(Suggesties(fixture_.bram), Token(Rol::kOuder)).status, 404);
  EXPECT_EQ(Get(Suggesties(fixture_.bram), Token(Rol::kSchool)).status, 404);  // not its student
  EXPECT_EQ(Get(Suggesties(fixture_.sanne), Token(Rol::kGemeente)).status, 403);
  EXPECT_EQ(Get(Suggesties(fixture_.sanne), Token(Rol::kBestuur)).status, 403);
  EXPECT_EQ(Get(Suggesties(fixture_.sanne), Token(Rol::kInspectie)).status, 403);
  EXPECT_EQ(Get(Suggesties(fixture_.sanne)).status, 401);
  EXPECT_EQ(Get("/api/v1/leerlingen/999999/passende-scholen", Token(Rol::kSwv)).status, 404);
  // Without a registration there are no needs: every school within reach fits.
  const auto res = Get(Suggesties(fixture_.sanne), Token(Rol::kSwv));
  EXPECT_EQ(res.body["bron"], "geen");
  EXPECT_FALSE(res.body["suggesties"].empty());
}

}  // namespace
}  // namespace passend
