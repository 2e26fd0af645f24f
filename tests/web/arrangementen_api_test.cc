// The arrangementen API (issue 7 items 1 and 5): the SWV's catalogue (add, change the price,
// deactivate; never deleted), assignments to a student for a period at a school for an amount
// in cents, the early end as its own record, validation (400 naming the field), an inactive
// package (422), scope per role (403 for roles without the permission, 404 outside the scope),
// one event per change, audit on every read of assignments, and the amounts per school for the
// money part. The test clock stands on Wednesday 1 October 2025.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using nlohmann::json;

using testing::Antwoord;

class ArrangementenApi : public ::testing::Test {
 protected:
  Antwoord Post(const std::string& path, const json& body, const std::string& token) {
    return testing::Api(fixture_.harness(), "POST", path, token, body);
  }
  Antwoord Get(const std::string& path, const std::string& token) {
    return testing::Api(fixture_.harness(), "GET", path, token);
  }
  std::string Token(Rol rol) { return fixture_.Login(rol).token; }
  // A second SWV's account (VO2001), for scope.
  std::string AnderSwv() {
    testing::AddAccount(fixture_.db(), "swv.vo", Rol::kSwv, "VO2001");
    auto sessie = fixture_.db().auth->Login("swv.vo", testing::kTestWachtwoord, "test");
    EXPECT_TRUE(sessie.has_value());
    return sessie ? sessie->token : "";
  }
  static json Ambulant() {
    return json{{"soort", "ambulant"},
                {"naam", "Ambulante begeleiding gedrag"},
                {"omschrijving", "Twee uur per week een ambulant begeleider uit het so"},
                {"tarief", "per-leerling-per-jaar"},
                {"bedrag", 450000}};
  }
  int64_t NieuwArrangement() {
    const auto res = Post("/api/v1/arrangementen", Ambulant(), swv_);
    EXPECT_EQ(res.status, 201) << res.body.dump();
    return res.body.value("id", int64_t{0});
  }
  static json Toekenning(int64_t arrangement, domain::LeerlingId leerling,
                         const std::string& school) {
    return json{{"arrangement", arrangement},
                {"leerling", leerling.value},
                {"school", school},
                {"van", "2025-08-01"},
                {"tot", "2026-07-31"}};
  }
  int64_t KenToe(int64_t arrangement, domain::LeerlingId leerling, const std::string& school) {
    const auto res =
        Post("/api/v1/arrangement-toekenningen", Toekenning(arrangement, leerling, school), swv_);
    EXPECT_EQ(res.status, 201) << res.body.dump();
    return res.body.value("id", int64_t{0});
  }
  int64_t Events(const std::string& subject) {
    auto lease = fixture_.db().store->Borrow();
    auto stmt = (*lease)->Prepare("SELECT count(*) FROM events WHERE subject = ?");
    stmt->Bind(1, std::string_view(subject));
    EXPECT_TRUE(stmt->Step().value_or(false));
    return stmt->Int(0);
  }
  int64_t Audit() { return testing::CountRows(*fixture_.db().store, "audit"); }
  static std::string Veld(const Antwoord& res) {
    const json& fouten = res.body.contains("invalidParams") ? res.body["invalidParams"] : json();
    return fouten.is_array() && !fouten.empty() ? fouten[0].value("name", "") : std::string();
  }

  testing::SecurityFixture fixture_;
  std::string swv_ = Token(Rol::kSwv);        // PO2001
  std::string school_ = Token(Rol::kSchool);  // 10AA00: Sanne's school
};

TEST_F(ArrangementenApi, TheSwvAddsToItsCatalogueAndEveryReaderSeesIt) {
  const auto created = Post("/api/v1/arrangementen", Ambulant(), swv_);
  ASSERT_EQ(created.status, 201) << created.body.dump();
  const int64_t id = created.body["id"];
  EXPECT_EQ(created.body["swv"], "PO2001");
  EXPECT_EQ(created.body["soort"], "ambulant");
  EXPECT_EQ(created.body["bedrag"], 450000);  // cents, an integer
  EXPECT_EQ(created.body["bedragWeergave"], "€ 4.500,00");
  EXPECT_EQ(created.body["actief"], true);
  EXPECT_EQ(Events("arrangement/" + std::to_string(id)), 1);

  auto lijst = Get("/api/v1/arrangementen", swv_);
  ASSERT_EQ(lijst.status, 200) << lijst.body.dump();
  ASSERT_EQ(lijst.body["_embedded"]["arrangementen"].size(), 1u);
  EXPECT_EQ(lijst.body["_embedded"]["arrangementen"][0]["naam"], "Ambulante begeleiding gedrag");
  // The catalogue is no personal data: the school, board and parent read it too.
  for (Rol rol : {Rol::kSchool, Rol::kBestuur, Rol::kOuder}) {
    const auto res = Get("/api/v1/arrangementen?swv=PO2001&actief=true", Token(rol));
    EXPECT_EQ(res.status, 200) << domain::RolCode(rol);
    EXPECT_EQ(res.body["totaal"], 1) << domain::RolCode(rol);
  }
  EXPECT_EQ(Get("/api/v1/arrangementen/" + std::to_string(id), school_).status, 200);
  // Another SWV works in its own catalogue: it neither lists nor reads this one.
  const std::string ander = AnderSwv();
  EXPECT_EQ(Get("/api/v1/arrangementen", ander).body["totaal"], 0);
  EXPECT_EQ(Get("/api/v1/arrangementen/" + std::to_string(id), ander).status, 404);
  // Only the SWV keeps a catalogue; national roles and municipalities read none.
  EXPECT_EQ(Post("/api/v1/arrangementen", Ambulant(), school_).status, 403);
  EXPECT_EQ(Get("/api/v1/arrangementen", Token(Rol::kGemeente)).status, 403);
  EXPECT_EQ(Get("/api/v1/arrangementen", Token(Rol::kInspectie)).status, 403);
  EXPECT_EQ(Get("/api/v1/arrangementen?actief=misschien", swv_).status, 400);
}

TEST_F(ArrangementenApi, MalformedCatalogueEntriesAre400NamingTheField) {
  struct Geval {
    const char* veld;
    json waarde;
  };
  for (const Geval& g : {Geval{"naam", ""}, Geval{"soort", "rugzak"}, Geval{"tarief", "per-uur"},
                         Geval{"bedrag", -1}, Geval{"bedrag", "4.500,00"}, Geval{"bedrag", 12.5},
                         Geval{"bedrag", nullptr}}) {
    json body = Ambulant();
    if (g.waarde.is_null()) {
      body.erase(g.veld);
    } else {
      body[g.veld] = g.waarde;
    }
    const auto res = Post("/api/v1/arrangementen", body, swv_);
    EXPECT_EQ(res.status, 400) << g.veld << " " << g.waarde.dump();
    EXPECT_EQ(Veld(res), g.veld) << res.body.dump();
    EXPECT_FALSE(res.body.value("detail", "").empty());
  }
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "arrangementen"), 0);
}

TEST_F(ArrangementenApi, PriceChangesAndDeactivationAreEventsAndNothingIsDeleted) {
  const int64_t id = NieuwArrangement();
  const std::string pad = "/api/v1/arrangementen/" + std::to_string(id) + "/wijzigingen";
  auto res = Post(pad, json{{"bedrag", 480000}}, swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["bedrag"], 480000);
  EXPECT_EQ(res.body["naam"], "Ambulante begeleiding gedrag");  // untouched
  EXPECT_EQ(Post(pad, json::object(), swv_).status, 400);
  EXPECT_EQ(Veld(Post(pad, json{{"bedrag", -5}}, swv_)), "bedrag");
  EXPECT_EQ(Post(pad, json{{"actief", false}}, school_).status, 403);
  EXPECT_EQ(Post(pad, json{{"actief", false}}, AnderSwv()).status, 404);

  // An assignment made before the deactivation keeps its amount.
  const int64_t toekenning = KenToe(id, fixture_.sanne, "10AA00");
  res = Post(pad, json{{"actief", false}}, swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["actief"], false);
  EXPECT_EQ(Events("arrangement/" + std::to_string(id)), 3);  // added, price, deactivated
  EXPECT_EQ(Get("/api/v1/arrangementen?actief=false", swv_).body["totaal"], 1);
  EXPECT_EQ(
      Get("/api/v1/arrangement-toekenningen/" + std::to_string(toekenning), swv_).body["bedrag"],
      480000);
  // A deactivated package is not assigned again: a rule, 422.
  res = Post("/api/v1/arrangement-toekenningen", Toekenning(id, fixture_.bram, "10AA01"), swv_);
  EXPECT_EQ(res.status, 422) << res.body.dump();
  EXPECT_EQ(res.body["title"].is_string(), true);
  EXPECT_NE(res.body.value("detail", "").find("niet meer actief"), std::string::npos);
}

TEST_F(ArrangementenApi, AnAssignmentTakesTheCataloguePriceUnlessGivenAndRefusesBadPeriods) {
  const int64_t id = NieuwArrangement();
  const int64_t audit = Audit();
  auto res =
      Post("/api/v1/arrangement-toekenningen", Toekenning(id, fixture_.sanne, "10AA00"), swv_);
  ASSERT_EQ(res.status, 201) << res.body.dump();
  const int64_t toekenning = res.body["id"];
  EXPECT_EQ(res.body["bedrag"], 450000);
  EXPECT_EQ(res.body["school"], "10AA00");
  EXPECT_EQ(res.body["leerlingNaam"].get<std::string>().rfind("Sanne", 0), 0u);
  EXPECT_TRUE(res.body["einde"].is_null());
  EXPECT_EQ(Events("arrangementtoekenning/" + std::to_string(toekenning)), 1);
  EXPECT_EQ(Audit(), audit + 1);  // the change is audited for the student

  json eigen = Toekenning(id, fixture_.bram, "10AA01");
  eigen["bedrag"] = 125050;
  res = Post("/api/v1/arrangement-toekenningen", eigen, swv_);
  ASSERT_EQ(res.status, 201) << res.body.dump();
  EXPECT_EQ(res.body["bedrag"], 125050);

  struct Geval {
    const char* veld;
    json waarde;
    const char* fout;
  };
  for (const Geval& g :
       {Geval{"tot", "2025-07-31", "tot"}, Geval{"bedrag", -1, "bedrag"},
        Geval{"van", "2025-02-30", "van"}, Geval{"school", "ZZ", "school"},
        Geval{"school", "99ZZ00", "school"}, Geval{"arrangement", 0, "arrangement"},
        Geval{"leerling", "Sanne", "leerling"}}) {
    json body = Toekenning(id, fixture_.sanne, "10AA00");
    body[g.veld] = g.waarde;
    res = Post("/api/v1/arrangement-toekenningen", body, swv_);
    EXPECT_EQ(res.status, 400) << g.veld << " " << res.body.dump();
    EXPECT_EQ(Veld(res), g.fout) << res.body.dump();
  }
  // A student outside the SWV (Lotte is in VO2001) or another SWV's package: 404.
  res = Post("/api/v1/arrangement-toekenningen", Toekenning(id, fixture_.lotte, "12CC00"), swv_);
  EXPECT_EQ(res.status, 404);
  EXPECT_EQ(Veld(res), "leerling");
  res = Post("/api/v1/arrangement-toekenningen", Toekenning(id, fixture_.lotte, "12CC00"),
             AnderSwv());
  EXPECT_EQ(res.status, 404);
  EXPECT_EQ(Veld(res), "arrangement");
  EXPECT_EQ(
      Post("/api/v1/arrangement-toekenningen", Toekenning(id, fixture_.sanne, "10AA00"), school_)
          .status,
      403);
  EXPECT_EQ(testing::CountRows(*fixture_.db().store, "arrangement_toekenningen"), 2);
}

TEST_F(ArrangementenApi, ReadsFollowTheScopeAndAreAuditedPerStudent) {
  const int64_t id = NieuwArrangement();
  const int64_t van_sanne = KenToe(id, fixture_.sanne, "10AA00");
  const int64_t van_bram = KenToe(id, fixture_.bram, "10AA01");
  const std::string ouder = Token(Rol::kOuder);

  int64_t audit = Audit();
  auto res = Get("/api/v1/arrangement-toekenningen", school_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  ASSERT_EQ(res.body["totaal"], 1);  // only where the school gives the support
  EXPECT_EQ(res.body["_embedded"]["toekenningen"][0]["id"], van_sanne);
  EXPECT_EQ(Audit(), audit + 1);
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen/" + std::to_string(van_bram), school_).status,
            404);
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen", Token(Rol::kBestuur)).body["totaal"], 2);
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen", swv_).body["totaal"], 2);
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen", AnderSwv()).body["totaal"], 0);

  // The parent sees the own child's assignment, and nothing of another child.
  audit = Audit();
  res = Get("/api/v1/arrangement-toekenningen/" + std::to_string(van_sanne), ouder);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["arrangementNaam"], "Ambulante begeleiding gedrag");
  EXPECT_EQ(Audit(), audit + 1);
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen/" + std::to_string(van_bram), ouder).status, 404);
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen", ouder).body["totaal"], 1);
  for (Rol rol : {Rol::kGemeente, Rol::kConsulent, Rol::kInspectie, Rol::kMinisterie}) {
    EXPECT_EQ(Get("/api/v1/arrangement-toekenningen", Token(rol)).status, 403)
        << domain::RolCode(rol);
  }

  // Filters: by student, by school, by peildatum.
  const std::string bram = std::to_string(fixture_.bram.value);
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen?leerling=" + bram, swv_).body["totaal"], 1);
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen?school=10AA01", swv_).body["totaal"], 1);
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen?peildatum=2026-07-31", swv_).body["totaal"], 2);
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen?peildatum=2026-08-01", swv_).body["totaal"], 0);
  res = Get("/api/v1/arrangement-toekenningen?peildatum=morgen", swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "peildatum");
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen?leerling=x", swv_).status, 400);
}

TEST_F(ArrangementenApi, AnEarlyEndIsItsOwnRecordOnceWithinThePeriod) {
  const int64_t id = NieuwArrangement();
  const int64_t t = KenToe(id, fixture_.sanne, "10AA00");
  const std::string pad =
      "/api/v1/arrangement-toekenningen/" + std::to_string(t) + "/beeindigingen";
  auto res = Post(pad, json{{"op", "2026-08-01"}, {"reden", "Verhuisd"}}, swv_);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(Veld(res), "op");
  EXPECT_EQ(Veld(Post(pad, json{{"op", "2025-12-31"}}, swv_)), "reden");
  EXPECT_EQ(Post(pad, json{{"reden", "Verhuisd"}}, school_).status, 403);
  EXPECT_EQ(Post(pad, json{{"reden", "Verhuisd"}}, AnderSwv()).status, 404);
  res = Post(pad, json{{"op", "2025-12-31"}, {"reden", "Verhuisd naar een andere regio"}}, swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["einde"]["op"], "2025-12-31");
  EXPECT_EQ(res.body["einde"]["ingetrokken"], false);
  EXPECT_EQ(res.body["tot"], "2026-07-31");  // the assignment itself is unchanged
  EXPECT_EQ(Post(pad, json{{"op", "2025-11-30"}, {"reden", "Nogmaals"}}, swv_).status, 409);
  EXPECT_EQ(Events("arrangementtoekenning/" + std::to_string(t)), 2);
  EXPECT_EQ(Get("/api/v1/arrangement-toekenningen?peildatum=2026-01-01", swv_).body["totaal"], 0);
}

TEST_F(ArrangementenApi, AmountsPerSchoolForTheMoneyPartInWholeCents) {
  const int64_t id = NieuwArrangement();
  KenToe(id, fixture_.sanne, "10AA00");
  KenToe(id, fixture_.bram, "10AA01");
  json ander = Toekenning(id, fixture_.sanne, "10AA00");
  ander["van"] = "2025-09-01";
  ander["bedrag"] = 1;
  const auto extra = Post("/api/v1/arrangement-toekenningen", ander, swv_);
  ASSERT_EQ(extra.status, 201);
  // Withdrawn on its first day: not counted.
  json weg = Toekenning(id, fixture_.bram, "10AA01");
  weg["van"] = "2025-09-15";
  const int64_t ingetrokken =
      Post("/api/v1/arrangement-toekenningen", weg, swv_).body.value("id", int64_t{0});
  ASSERT_EQ(
      Post("/api/v1/arrangement-toekenningen/" + std::to_string(ingetrokken) + "/beeindigingen",
           json{{"op", "2025-09-15"}, {"reden", "Per vergissing toegekend"}}, swv_)
          .status,
      200);

  const std::string pad = "/api/v1/samenwerkingsverbanden/PO2001/arrangement-bedragen";
  auto res = Get(pad + "?van=2025-08-01&tot=2026-07-31", swv_);
  ASSERT_EQ(res.status, 200) << res.body.dump();
  EXPECT_EQ(res.body["totaal"], 900001);
  EXPECT_EQ(res.body["aantal"], 3);
  ASSERT_EQ(res.body["scholen"].size(), 2u);
  EXPECT_EQ(res.body["scholen"][0]["school"], "10AA00");
  EXPECT_EQ(res.body["scholen"][0]["bedrag"], 450001);
  EXPECT_EQ(res.body["scholen"][1]["bedrag"], 450000);
  // The default period is the school year of today (2025-2026).
  EXPECT_EQ(Get(pad, swv_).body["totaal"], 900001);
  EXPECT_EQ(Get(pad + "?van=2026-08-01&tot=2027-07-31", swv_).body["totaal"], 0);
  EXPECT_EQ(Veld(Get(pad + "?van=2026-08-01&tot=2025-07-31", swv_)), "tot");
  // Only the SWV itself.
  EXPECT_EQ(Get(pad, school_).status, 404);
  EXPECT_EQ(Get(pad, AnderSwv()).status, 404);
  EXPECT_EQ(Get(pad, Token(Rol::kInspectie)).status, 403);
}

}  // namespace
}  // namespace passend
