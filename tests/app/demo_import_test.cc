// The demo import with registrations, disputes, SWV settings and absence cases: stored in
// every status on a fixed date, each step with the event the use case writes, read back
// through the use cases, the demo parent's child with a decision, the demo SWV with
// meldingsplicht and thuiszitters in every state, and in the digest.
#include "app/demo_import.h"

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <set>
#include <string>

#include "app/aanmelding_events.h"
#include "app/demo_accounts.h"
#include "app/geschil_events.h"
#include "app/verzuim_events.h"
#include "app/verzuim_service.h"
#include "store/sqlite/digest.h"
#include "support/dates.h"
#include "support/fixture.h"

namespace passend {
namespace {

using domain::AanmeldingStatusSoort;
using testing::CountRows;
using testing::D;
using testing::TestDb;

// Not the machine's date: the registrations must follow the import's clock.
const domain::Date kVandaag = D(2027, 3, 15);
constexpr const char* kSwvs[] = {"PO2601", "VO2601"};  // the regio's SWVs

int64_t Count(store::sqlite::SqliteStore& store, const std::string& sql) {
  auto lease = store.Borrow();
  EXPECT_TRUE(lease.has_value());
  auto stmt = (*lease)->Prepare(sql);
  EXPECT_TRUE(stmt.has_value()) << sql;
  EXPECT_TRUE(stmt->Step().value_or(false));
  return stmt->Int(0);
}

class DemoImportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new TestDb;
    db_->clock.Set(std::chrono::sys_days{kVandaag} + std::chrono::hours{8});
    app::DemoImport import(*db_->store, *db_->store, *db_->vault, db_->clock);
    auto telling = import.Run(app::CliActor("demo"), engine::DemoOptions{}, nullptr);
    ASSERT_TRUE(telling.has_value()) << telling.error().message;
    telling_ = *telling;
    // With meldingsplicht an SWV sees every registration with a support need, which every
    // demo registration has; without it, only the ones it must act on (domain::SwvZiet). The
    // status counts below need all of them, so every SWV gets it here; what the import
    // stored is kept for the tests of the settings.
    auto ingesteld = db_->store->Run(
        [](app::Writer& writer) -> domain::Result<void> {
          for (const char* swv : kSwvs) {
            PASSEND_ASSIGN_OR_RETURN(auto instellingen, writer.FindSwvInstellingen(swv));
            geimporteerd_[swv] = instellingen;
            instellingen.meldingsplicht = true;
            PASSEND_RETURN_IF_ERROR(writer.PutSwvInstellingen(swv, instellingen));
          }
          return {};
        },
        /*bulk=*/false);
    ASSERT_TRUE(ingesteld.has_value()) << ingesteld.error().message;
  }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }

  // Registrations in `status` over both SWVs, checked against the domain's own verdict.
  static int64_t InStatus(AanmeldingStatusSoort status) {
    int64_t total = 0;
    for (const char* swv : kSwvs) {
      app::AanmeldingFilter filter;
      filter.status = status;
      auto page = db_->aanmeldingen_store->ListAanmeldingen(
          app::LeerlingScope{app::LeerlingScope::Soort::kSwv, swv, {}}, filter,
          app::StatusPeildatum{kVandaag, 7}, app::PageRequest{1, 1000});
      EXPECT_TRUE(page.has_value()) << page.error().message;
      if (!page) continue;
      total += page->total;
      for (const auto& item : page->items) {
        auto domain_status = domain::StatusOp(item.aanmelding, {}, kVandaag);
        EXPECT_TRUE(domain_status.has_value());
        if (domain_status) {
          EXPECT_EQ(domain_status->soort, status);
        }
      }
    }
    return total;
  }

  // Every dispute of both SWVs, read as each SWV reads its own through the use case.
  static std::vector<app::GeschilInzicht> Geschillen() {
    std::vector<app::GeschilInzicht> result;
    for (const char* swv : kSwvs) {
      const app::Principal principal{0, "swv.test", domain::Rol::kSwv, swv, {}};
      auto page = db_->geschillen->Lijst(principal, "test", {}, app::PageRequest{1, 1000});
      EXPECT_TRUE(page.has_value()) << page.error().message;
      if (!page) continue;
      EXPECT_EQ(page->total, static_cast<int64_t>(page->items.size()));
      for (auto& item : page->items) {
        EXPECT_EQ(item.overzicht.geschil.swv, swv);
        result.push_back(std::move(item));
      }
    }
    return result;
  }

  static TestDb* db_;
  static app::DemoTelling telling_;
  static std::map<std::string, domain::SwvInstellingen> geimporteerd_;
};

TestDb* DemoImportTest::db_ = nullptr;
app::DemoTelling DemoImportTest::telling_;
std::map<std::string, domain::SwvInstellingen> DemoImportTest::geimporteerd_;

// Where a dispute stands, as its page shows it: no step yet, the current step (and whether
// its term passed), or how the last step ended.
std::string Stand(const app::GeschilInzicht& inzicht) {
  const domain::Stap* stap = inzicht.geschil.HuidigeStap();
  if (stap == nullptr) return "geopend";
  if (stap->einde) return stap->uitkomst.starts_with("Opgelost") ? "opgelost" : "afgerond";
  if (stap->code == "school") return inzicht.termijn_verstreken ? "school verlopen" : "school";
  return stap->code;
}

TEST_F(DemoImportTest, StoresRegistrationsInEveryStatus) {
  const int64_t stored = CountRows(*db_->store, "aanmeldingen");
  EXPECT_EQ(stored, telling_.aanmeldingen);
  EXPECT_GT(stored, 200);
  int64_t som = 0;
  for (AanmeldingStatusSoort status : domain::kAlleAanmeldingStatussen) {
    const int64_t n = InStatus(status);
    EXPECT_GT(n, 0) << domain::AanmeldingStatusCode(status);
    som += n;
  }
  EXPECT_EQ(som, stored);
}

TEST_F(DemoImportTest, EveryStepHasTheEventTheUseCaseWrites) {
  auto& store = *db_->store;
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'AanmeldingGeregistreerd'"),
            telling_.aanmeldingen);
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'AanmeldingVerlengd'"),
            Count(store, "SELECT count(*) FROM aanmeldingen WHERE verlenging_dagen > 0"));
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'AanmeldingBesloten'"),
            Count(store, "SELECT count(*) FROM aanmeldingen WHERE uitkomst IS NOT NULL"));
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events"), telling_.events);

  // The timeline of a registration that was extended and then decided, read as the API does.
  const int64_t id = Count(store,
                           "SELECT min(id) FROM aanmeldingen WHERE verlenging_dagen > 0 AND "
                           "uitkomst IS NOT NULL");
  ASSERT_GT(id, 0);
  auto found = db_->aanmeldingen_store->FindAanmelding(id);
  ASSERT_TRUE(found.has_value() && found->has_value());
  const domain::Aanmelding& a = (*found)->aanmelding;
  const app::Principal school{0, "school.test", domain::Rol::kSchool, a.school.str(), {}};
  auto events = db_->aanmeldingen->Tijdlijn(school, "test", id);
  ASSERT_TRUE(events.has_value()) << events.error().message;
  ASSERT_EQ(events->size(), 3u);
  EXPECT_EQ((*events)[0].type, "AanmeldingGeregistreerd");
  EXPECT_EQ((*events)[1].type, "AanmeldingVerlengd");
  EXPECT_EQ((*events)[2].type, "AanmeldingBesloten");
  // Each step carries its own day, so the timeline reads like the real thing.
  auto dag = [](const app::Event& e) {
    return domain::Date{std::chrono::floor<std::chrono::days>(e.at)};
  };
  EXPECT_EQ(dag((*events)[0]), a.aanmelddatum);
  EXPECT_EQ(dag((*events)[1]), *a.verlengd_op);
  EXPECT_EQ(dag((*events)[2]), a.besluit->datum);
  EXPECT_EQ((*events)[2].payload, app::BeslotenPayload(*a.besluit));
  EXPECT_EQ((*events)[0].swv, a.swv);
}

TEST_F(DemoImportTest, TheDemoParentSeesADecidedRegistration) {
  auto accounts =
      app::MaakDemoAccounts(app::CliActor("demo"), *db_->auth, *db_->store, *db_->leerlingen);
  ASSERT_TRUE(accounts.has_value()) << accounts.error().message;
  int64_t kind = 0;
  for (const auto& account : *accounts) {
    if (account.rol == domain::Rol::kOuder) kind = std::stoll(account.organisatie.substr(9));
  }
  ASSERT_GT(kind, 0);
  auto page = db_->aanmeldingen_store->ListAanmeldingen(
      app::LeerlingScope{app::LeerlingScope::Soort::kKinderen, "", {domain::LeerlingId{kind}}}, {},
      app::StatusPeildatum{kVandaag, 7}, app::PageRequest{1, 10});
  ASSERT_TRUE(page.has_value());
  ASSERT_GE(page->total, 1);
  EXPECT_TRUE(page->items.front().aanmelding.besluit.has_value());
}

TEST_F(DemoImportTest, DisputesOnEveryStepAreReadableThroughTheUseCase) {
  const auto geschillen = Geschillen();
  EXPECT_EQ(static_cast<int64_t>(geschillen.size()), telling_.geschillen);
  EXPECT_EQ(CountRows(*db_->store, "geschillen"), telling_.geschillen);
  EXPECT_GE(telling_.geschillen, 10);
  EXPECT_LE(telling_.geschillen, 20);
  std::map<std::string, int> per_stand;
  std::set<domain::Onderwerp> zonder_aanmelding;
  for (const auto& inzicht : geschillen) {
    const app::GeschilRecord& r = inzicht.overzicht.geschil;
    SCOPED_TRACE("geschil " + std::to_string(r.id));
    const std::string stand = Stand(inzicht);
    ++per_stand[stand];
    EXPECT_LE(r.geopend_op, kVandaag);
    EXPECT_FALSE(inzicht.steunpunt.naam.empty()) << "the parents know whom to turn to";
    if (r.aanmelding) {
      // The disputed decision is the registration's, a refusal or a place elsewhere.
      auto a = db_->aanmeldingen_store->FindAanmelding(*r.aanmelding);
      ASSERT_TRUE(a.has_value() && a->has_value());
      const domain::Aanmelding& aanmelding = (*a)->aanmelding;
      ASSERT_TRUE(aanmelding.besluit.has_value());
      EXPECT_EQ(r.besluitdatum, aanmelding.besluit->datum);
      EXPECT_NE(aanmelding.besluit->uitkomst, domain::Uitkomst::kToegelaten);
      EXPECT_EQ(r.leerling, aanmelding.leerling);
      EXPECT_TRUE((*a)->in_geschil);
    } else {
      EXPECT_FALSE(r.besluitdatum.has_value());
      EXPECT_NE(r.onderwerp, domain::Onderwerp::kToelating);
      zonder_aanmelding.insert(r.onderwerp);
    }
    if (stand == "swv") {
      ASSERT_EQ(r.stappen.size(), 2u);
      EXPECT_TRUE(r.stappen[0].uitkomst.starts_with("Geen overeenstemming"));
    }
    if (stand == "gpo") {
      // Filed within the 6 weeks; the board's answer date and the GPO's own term show.
      ASSERT_TRUE(r.besluitdatum.has_value());
      EXPECT_LE(r.stappen.back().start, domain::AddDays(*r.besluitdatum, 42));
      EXPECT_TRUE(inzicht.geschil.VerweerUiterlijk().has_value());
      EXPECT_EQ(inzicht.geschil.UiterlijkeDatum(), domain::AddDays(r.stappen.back().start, 70));
    }
    if (stand == "opgelost") {
      EXPECT_EQ(r.stappen.size(), 1u);
      EXPECT_FALSE(inzicht.volgende_stap->code.empty());
    }
    // One dispute in full, as its page reads it.
    const app::Principal school{0, "school.test", domain::Rol::kSchool, r.school.str(), {}};
    auto een = db_->geschillen->Get(school, "test", r.id);
    ASSERT_TRUE(een.has_value()) << een.error().message;
    EXPECT_EQ(Stand(*een), stand);
  }
  for (const char* stand : {"geopend", "school", "school verlopen", "swv", "gpo", "opgelost"}) {
    EXPECT_GT(per_stand[stand], 0) << stand;
  }
  EXPECT_TRUE(zonder_aanmelding.contains(domain::Onderwerp::kOpp));
  EXPECT_TRUE(zonder_aanmelding.contains(domain::Onderwerp::kVerwijdering));
}

TEST_F(DemoImportTest, EachDisputeHasTheEventsAndMessagesOfTheUseCase) {
  auto& store = *db_->store;
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'GeschilGeopend'"),
            telling_.geschillen);
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'AanmeldingInGeschil'"),
            Count(store, "SELECT count(*) FROM geschillen WHERE aanmelding_id IS NOT NULL"));
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'GeschilStapGestart'"),
            Count(store, "SELECT count(*) FROM geschil_stappen"));
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'GeschilStapAfgerond'"),
            Count(store, "SELECT count(*) FROM geschil_stappen WHERE einde IS NOT NULL"));
  // The parents get a message per step, as from GeschilService.
  EXPECT_EQ(Count(store, "SELECT count(*) FROM berichten WHERE link LIKE '/geschillen/%'"),
            Count(store, "SELECT count(*) FROM geschil_stappen") +
                Count(store, "SELECT count(*) FROM geschil_stappen WHERE einde IS NOT NULL"));

  for (const auto& inzicht : Geschillen()) {
    const app::GeschilRecord& r = inzicht.overzicht.geschil;
    SCOPED_TRACE("geschil " + std::to_string(r.id));
    auto events = store.ListEvents(app::GeschilSubject(r.id), 100);
    ASSERT_TRUE(events.has_value());
    size_t verwacht = 1;
    for (const auto& stap : r.stappen) verwacht += stap.einde ? 2 : 1;
    ASSERT_EQ(events->size(), verwacht);
    EXPECT_EQ(events->front().type, "GeschilGeopend");
    EXPECT_EQ(events->front().payload, app::GeopendPayload(r));
    EXPECT_EQ(events->front().swv, r.swv);
    for (size_t i = 1; i < events->size(); ++i) {
      EXPECT_LE((*events)[i - 1].at, (*events)[i].at) << "in the order the steps were taken";
    }
    if (!r.stappen.empty()) {
      // The last event is the one the use case writes for the dispute as it stands now.
      const app::Event& laatste = events->back();
      const bool afgerond = r.stappen.back().einde.has_value();
      EXPECT_EQ(laatste.type, afgerond ? "GeschilStapAfgerond" : "GeschilStapGestart");
      EXPECT_EQ(laatste.payload, afgerond ? app::StapAfgerondPayload(inzicht.geschil)
                                          : app::StapGestartPayload(inzicht.geschil));
      const auto dag = domain::Date{std::chrono::floor<std::chrono::days>(laatste.at)};
      EXPECT_EQ(dag, r.stappen.back().einde.value_or(r.stappen.back().start));
    }
    if (r.aanmelding) {
      auto op_aanmelding = store.ListEvents(app::AanmeldingSubject(*r.aanmelding), 100);
      ASSERT_TRUE(op_aanmelding.has_value());
      EXPECT_EQ(op_aanmelding->back().type, "AanmeldingInGeschil");
      EXPECT_EQ(op_aanmelding->back().payload, app::InGeschilPayload(r.id));
    }
  }
}

TEST_F(DemoImportTest, EverySwvHasASteunpuntAndTheDemoSwvMeldingsplicht) {
  ASSERT_EQ(geimporteerd_.size(), std::size(kSwvs));
  for (const auto& [swv, instellingen] : geimporteerd_) {
    SCOPED_TRACE(swv);
    EXPECT_TRUE(domain::Valideer(instellingen).has_value());
    const domain::Steunpunt& s = instellingen.steunpunt;
    EXPECT_TRUE(s.naam.starts_with("Ouder- en jeugdsteunpunt ")) << s.naam;
    EXPECT_TRUE(s.telefoon.starts_with("0")) << s.telefoon;
    EXPECT_TRUE(s.email.ends_with(".example.nl")) << s.email;
    EXPECT_TRUE(s.website.starts_with("https://") && s.website.ends_with(".example.nl"))
        << s.website;
    // Written as the use case writes a change of settings; an SWV that set interim targets
    // once it measured its baseline changed them a second time.
    auto events = db_->store->ListEvents(app::SwvInstellingenSubject(swv), 10);
    ASSERT_TRUE(events.has_value());
    ASSERT_EQ(events->size(), instellingen.verzuim.tussendoelen ? 2u : 1u);
    for (const app::Event& e : *events) EXPECT_EQ(e.type, "SwvInstellingenGewijzigd");
    EXPECT_EQ(events->back().payload, app::SwvInstellingenPayload(instellingen));
  }
  // The SWV the demo SWV account gets (the first the registry lists) has meldingsplicht.
  auto eerste = db_->store->ListSamenwerkingsverbanden(app::PageRequest{1, 1});
  ASSERT_TRUE(eerste.has_value() && !eerste->items.empty());
  const std::string demo_swv = eerste->items.front().swv.code.str();
  EXPECT_TRUE(geimporteerd_.at(demo_swv).meldingsplicht);
  auto gelezen = db_->instellingen->Get(eerste->items.front().swv.code);
  ASSERT_TRUE(gelezen.has_value());
  EXPECT_EQ(gelezen->steunpunt.website, geimporteerd_.at(demo_swv).steunpunt.website);
}

TEST_F(DemoImportTest, TheDemoSwvSeesItsRegistrations) {
  auto eerste = db_->store->ListSamenwerkingsverbanden(app::PageRequest{1, 1});
  ASSERT_TRUE(eerste.has_value() && !eerste->items.empty());
  const std::string swv = eerste->items.front().swv.code.str();
  ASSERT_TRUE(geimporteerd_.at(swv).meldingsplicht) << "unchanged by the set-up";
  const app::Principal principal{0, "swv.demo", domain::Rol::kSwv, swv, {}};
  auto page = db_->aanmeldingen->Lijst(principal, "test", {}, app::PageRequest{1, 10});
  ASSERT_TRUE(page.has_value()) << page.error().message;
  // With meldingsplicht: every registration of the SWV, not only the lapsed or disputed.
  EXPECT_EQ(page->total,
            Count(*db_->store, "SELECT count(*) FROM aanmeldingen WHERE swv = '" + swv + "'"));
  EXPECT_GT(page->total, 100);
}

TEST_F(DemoImportTest, TheDigestCoversDisputesAndSettings) {
  auto before = store::sqlite::RegistryDigest(*db_->store, *db_->vault);
  ASSERT_TRUE(before.has_value());
  const int64_t id = Count(*db_->store, "SELECT min(geschil_id) FROM geschil_stappen");
  auto zet = [&](const std::string& eigenaar) {
    return db_->store->Run(
        [&](app::Writer& writer) -> domain::Result<void> {
          PASSEND_ASSIGN_OR_RETURN(auto found, writer.FindGeschil(id));
          if (!found) return domain::Fail(domain::ErrorCode::kNotFound, "weg");
          found->stappen.front().eigenaar = eigenaar;
          return writer.UpdateGeschilStappen(*found);
        },
        /*bulk=*/false);
  };
  auto found = db_->geschillen_store->FindGeschil(id);
  ASSERT_TRUE(found.has_value() && found->has_value());
  const std::string eigenaar = (*found)->geschil.stappen.front().eigenaar;
  ASSERT_TRUE(zet("Iemand anders").has_value());
  auto changed = store::sqlite::RegistryDigest(*db_->store, *db_->vault);
  ASSERT_TRUE(zet(eigenaar).has_value());
  auto restored = store::sqlite::RegistryDigest(*db_->store, *db_->vault);
  ASSERT_TRUE(changed.has_value() && restored.has_value());
  EXPECT_NE(*before, *changed);
  EXPECT_EQ(*before, *restored);

  auto steunpunt = [&](const std::string& naam) {
    return db_->store->Run(
        [&](app::Writer& writer) -> domain::Result<void> {
          PASSEND_ASSIGN_OR_RETURN(auto instellingen, writer.FindSwvInstellingen(kSwvs[0]));
          instellingen.steunpunt.naam = naam;
          return writer.PutSwvInstellingen(kSwvs[0], instellingen);
        },
        /*bulk=*/false);
  };
  const std::string naam = geimporteerd_.at(kSwvs[0]).steunpunt.naam;
  ASSERT_TRUE(steunpunt("Ander steunpunt").has_value());
  auto ander = store::sqlite::RegistryDigest(*db_->store, *db_->vault);
  ASSERT_TRUE(steunpunt(naam).has_value());
  auto terug = store::sqlite::RegistryDigest(*db_->store, *db_->vault);
  ASSERT_TRUE(ander.has_value() && terug.has_value());
  EXPECT_NE(*before, *ander);
  EXPECT_EQ(*before, *terug);
}

TEST_F(DemoImportTest, TheDigestCoversRegistrations) {
  auto before = store::sqlite::RegistryDigest(*db_->store, *db_->vault);
  ASSERT_TRUE(before.has_value());
  // Decide one open registration behind the use case's back, then undo it: the digest must
  // notice the one and come back with the other.
  const int64_t id = Count(*db_->store,
                           "SELECT min(id) FROM aanmeldingen WHERE uitkomst IS NULL AND "
                           "schriftelijk = 1");
  auto zet = [&](bool besloten) {
    return db_->store->Run(
        [&](app::Writer& writer) -> domain::Result<void> {
          auto found = writer.FindAanmelding(id);
          if (!found) return std::unexpected(found.error());
          if (!found->has_value()) return domain::Fail(domain::ErrorCode::kNotFound, "weg");
          domain::Aanmelding& a = **found;
          a.besluit.reset();
          if (besloten) {
            a.besluit =
                domain::Besluit{domain::Uitkomst::kIngetrokken, kVandaag, {}, {}, false, false, {}};
          }
          return writer.UpdateAanmelding(a, app::UitersteBeslisdatum(a, {}));
        },
        /*bulk=*/false);
  };
  ASSERT_TRUE(zet(true).has_value());
  auto changed = store::sqlite::RegistryDigest(*db_->store, *db_->vault);
  ASSERT_TRUE(zet(false).has_value());
  auto restored = store::sqlite::RegistryDigest(*db_->store, *db_->vault);
  ASSERT_TRUE(changed.has_value() && restored.has_value());
  EXPECT_NE(*before, *changed);
  EXPECT_EQ(*before, *restored);
}

TEST_F(DemoImportTest, StoresAbsenceCasesWithTheEventsOfTheUseCase) {
  auto& store = *db_->store;
  const int64_t stored = CountRows(store, "verzuimmeldingen");
  EXPECT_EQ(stored, telling_.verzuimmeldingen);
  EXPECT_GT(stored, 100);
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'VerzuimGemeld'"), stored);
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'VerzuimBeeindigd'"),
            Count(store, "SELECT count(*) FROM verzuimmeldingen WHERE einddatum IS NOT NULL"));
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'VerzuimAanbodGedaan'"),
            Count(store, "SELECT count(*) FROM verzuimmeldingen WHERE aanbod_datum IS NOT NULL"));
  EXPECT_EQ(
      Count(store, "SELECT count(*) FROM events WHERE type = 'VerzuimOvergedragen'"),
      Count(store, "SELECT count(*) FROM verzuimmeldingen WHERE overgedragen_op IS NOT NULL"));
  EXPECT_GT(Count(store, "SELECT count(*) FROM verzuimmeldingen WHERE type = 'ziek'"), 0);

  // One case that had an offer, a hand-over and an end: its timeline in order, each event on
  // the day of its step with the use case's payload.
  const int64_t id = Count(store,
                           "SELECT min(id) FROM verzuimmeldingen WHERE aanbod_datum IS NOT NULL "
                           "AND overgedragen_op IS NOT NULL AND einddatum IS NOT NULL");
  ASSERT_GT(id, 0);
  auto found = db_->verzuim_store->FindVerzuim(id);
  ASSERT_TRUE(found.has_value() && found->has_value());
  const app::VerzuimRecord& record = (*found)->record;
  const domain::Verzuimmelding& m = record.melding;
  auto events = store.ListEvents(app::VerzuimSubject(id), 10);
  ASSERT_TRUE(events.has_value());
  ASSERT_EQ(events->size(), 4u);
  auto dag = [](const app::Event& e) {
    return domain::Date{std::chrono::floor<std::chrono::days>(e.at)};
  };
  domain::Verzuimmelding gemeld = m;
  gemeld.id = 0;
  EXPECT_EQ(events->front().type, "VerzuimGemeld");
  EXPECT_EQ(events->front().payload, app::VerzuimGemeldPayload(gemeld));
  EXPECT_EQ(dag(events->front()), m.startdatum);
  EXPECT_EQ(events->front().swv, m.swv.str());
  for (const app::Event& e : *events) {
    if (e.type == "VerzuimAanbodGedaan") {
      EXPECT_EQ(e.payload, app::VerzuimAanbodPayload(*m.aanbod));
      EXPECT_EQ(dag(e), m.aanbod->datum);
    } else if (e.type == "VerzuimOvergedragen") {
      EXPECT_EQ(e.payload, app::VerzuimOvergedragenPayload(
                               *record.overgedragen_op,
                               domain::DaysBetween(m.startdatum, *record.overgedragen_op)));
      EXPECT_EQ(dag(e), *record.overgedragen_op);
    } else if (e.type == "VerzuimBeeindigd") {
      EXPECT_EQ(e.payload, app::VerzuimBeeindigdPayload(*m.einddatum, *m.reden_einde));
      EXPECT_EQ(dag(e), *m.einddatum);
    }
  }
  EXPECT_EQ(events->back().type, "VerzuimBeeindigd");
  for (size_t i = 1; i < events->size(); ++i) EXPECT_LE((*events)[i - 1].at, (*events)[i].at);
}

TEST_F(DemoImportTest, EverySwvHasVerzuimSettingsAndTheDemoSwvInterimTargets) {
  auto& store = *db_->store;
  const domain::VerzuimInstellingen& demo = geimporteerd_.at("PO2601").verzuim;
  EXPECT_EQ(demo.doorzettingsmacht.houder, domain::DoorzettingsmachtHouder::kCommissie);
  EXPECT_TRUE(demo.doorzettingsmacht.naam.starts_with("Doorbraaktafel "));
  EXPECT_TRUE(demo.advies_voor_vrijstelling);
  EXPECT_EQ(demo.vakantieregio, domain::Vakantieregio::kMidden) << "the province of Utrecht";
  ASSERT_TRUE(demo.tussendoelen.has_value());
  EXPECT_GT(demo.tussendoelen->basiswaarde, 0);
  EXPECT_EQ(demo.tussendoelen->doeljaar.Label(), "2028-2029");
  EXPECT_EQ(demo.tussendoelen->doelwaarde, 0);
  EXPECT_EQ(demo.tussendoelen->stappen, 3);
  // One change of settings per SWV, and one more for each SWV that set targets afterwards.
  int64_t plannen = 0;
  for (const auto& [swv, instellingen] : geimporteerd_) {
    EXPECT_TRUE(instellingen.verzuim.vakantieregio.has_value()) << swv;
    if (instellingen.verzuim.tussendoelen) ++plannen;
  }
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'SwvInstellingenGewijzigd'"),
            std::ssize(kSwvs) + plannen);
}

TEST_F(DemoImportTest, Exemptions5aHaveAStatementAndTheAdviceTheirSwvAsksFor) {
  auto& store = *db_->store;
  EXPECT_GT(Count(store, "SELECT count(*) FROM verzuimmeldingen WHERE type = 'vrijstelling-5a'"),
            0);
  EXPECT_EQ(Count(store,
                  "SELECT count(*) FROM verzuimmeldingen WHERE type = 'vrijstelling-5a' AND "
                  "(artsverklaring IS NULL OR artsverklaring > startdatum)"),
            0);
  for (const auto& [swv, instellingen] : geimporteerd_) {
    SCOPED_TRACE(swv);
    const int64_t zonder = Count(
        store, "SELECT count(*) FROM verzuimmeldingen WHERE type = 'vrijstelling-5a' AND swv = '" +
                   swv + "' AND advies_id IS NULL");
    if (instellingen.verzuim.advies_voor_vrijstelling) {
      EXPECT_EQ(zonder, 0);
    }
  }
  // The advice is the SWV's, about the same child, given on or before the start.
  const int64_t adviezen = CountRows(store, "vrijstellingsadviezen");
  EXPECT_GT(adviezen, 0);
  EXPECT_EQ(Count(store,
                  "SELECT count(*) FROM verzuimmeldingen v JOIN vrijstellingsadviezen a ON "
                  "a.id = v.advies_id WHERE a.datum <= v.startdatum AND a.datum <= "
                  "v.artsverklaring AND a.leerling_id = v.leerling_id AND a.swv = v.swv"),
            adviezen);
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'VrijstellingsadviesGegeven'"),
            adviezen);
  const int64_t eerste = Count(store, "SELECT min(id) FROM vrijstellingsadviezen");
  auto events = store.ListEvents("vrijstellingsadvies/" + std::to_string(eerste), 10);
  ASSERT_TRUE(events.has_value());
  ASSERT_EQ(events->size(), 1u);
  auto lijst = db_->verzuim_store->Vrijstellingsadviezen(
      domain::LeerlingId{Count(store, "SELECT leerling_id FROM vrijstellingsadviezen WHERE id = " +
                                          std::to_string(eerste))});
  ASSERT_TRUE(lijst.has_value() && !lijst->empty());
  bool gevonden = false;
  for (const domain::Vrijstellingsadvies& a : *lijst) {
    if (a.id != eerste) continue;
    gevonden = true;
    EXPECT_EQ(events->front().payload, app::VrijstellingsadviesPayload(a));
    EXPECT_EQ(domain::Date{std::chrono::floor<std::chrono::days>(events->front().at)}, a.datum);
  }
  EXPECT_TRUE(gevonden);
}

TEST_F(DemoImportTest, TheDemoSwvHasADecidedAndAnOpenDoorbraak) {
  auto& store = *db_->store;
  const std::string van_demo =
      "FROM verzuim_doorbraken d JOIN verzuimmeldingen v ON v.id = d.verzuim_id WHERE v.swv = "
      "'PO2601'";
  EXPECT_GE(Count(store, "SELECT count(*) " + van_demo + " AND d.besluit_op IS NULL"), 1);
  EXPECT_GE(Count(store, "SELECT count(*) " + van_demo +
                             " AND d.besluit_op IS NOT NULL AND d.besloten_door != '' AND "
                             "d.houder = 'commissie'"),
            1);
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'DoorbraakGevraagd'"),
            CountRows(store, "verzuim_doorbraken"));
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'DoorbraakBesloten'"),
            Count(store, "SELECT count(*) FROM verzuim_doorbraken WHERE besluit_op IS NOT NULL"));

  // The decided one, read back with its case: who took it, and its events in order.
  const int64_t id =
      Count(store, "SELECT min(d.verzuim_id) " + van_demo + " AND d.besluit_op IS NOT NULL");
  auto found = db_->verzuim_store->FindVerzuim(id);
  ASSERT_TRUE(found.has_value() && found->has_value());
  const auto& doorbraken = (*found)->record.doorbraken;
  ASSERT_FALSE(doorbraken.empty());
  const domain::Doorbraak& d = doorbraken.front();
  ASSERT_TRUE(d.besluit_op.has_value());
  EXPECT_NE(d.besloten_door.find(geimporteerd_.at("PO2601").verzuim.doorzettingsmacht.naam),
            std::string::npos)
      << d.besloten_door;
  auto events = store.ListEvents(app::VerzuimSubject(id), 20);
  ASSERT_TRUE(events.has_value());
  std::vector<std::string> types;
  for (const app::Event& e : *events) {
    types.push_back(e.type);
    if (e.type == "DoorbraakGevraagd") {
      EXPECT_EQ(e.payload, app::DoorbraakGevraagdPayload(d));
    }
    if (e.type == "DoorbraakBesloten") {
      EXPECT_EQ(e.payload, app::DoorbraakBeslotenPayload(d));
    }
  }
  const auto gevraagd = std::find(types.begin(), types.end(), "DoorbraakGevraagd");
  const auto besloten = std::find(types.begin(), types.end(), "DoorbraakBesloten");
  ASSERT_NE(gevraagd, types.end());
  ASSERT_NE(besloten, types.end());
  EXPECT_LT(gevraagd, besloten);
  EXPECT_EQ(types.front(), "VerzuimGemeld");
}

// swv.demo, gemeente.demo and consulent.demo (src/app/demo_accounts.cc) see running
// thuiszitters past 4 weeks and past 3 months, with and without an offer, through the use case.
TEST_F(DemoImportTest, TheDemoAccountsSeeThuiszittersInEveryState) {
  auto eerste = db_->store->ListSamenwerkingsverbanden(app::PageRequest{1, 1});
  ASSERT_TRUE(eerste.has_value() && !eerste->items.empty());
  const std::string swv = eerste->items.front().swv.code.str();
  app::SchoolFilter filter;
  filter.swv = eerste->items.front().swv.code;
  filter.soort = domain::SchoolSoort::kBao;
  auto scholen = db_->store->ListScholen(filter, app::PageRequest{1, 1});
  ASSERT_TRUE(scholen.has_value() && !scholen->items.empty());
  const std::string gemeente = scholen->items.front().school.gemeente.str();
  for (const app::Principal& principal :
       {app::Principal{0, "swv.demo", domain::Rol::kSwv, swv, {}},
        app::Principal{0, "gemeente.demo", domain::Rol::kGemeente, gemeente, {}}}) {
    SCOPED_TRACE(principal.gebruikersnaam);
    auto overzicht = db_->verzuim->Thuiszitters(principal, "test", swv);
    ASSERT_TRUE(overzicht.has_value()) << overzicht.error().message;
    int vier_weken_zonder = 0, vier_weken_met = 0, drie_maanden_zonder = 0, drie_maanden_met = 0;
    for (const app::VerzuimInzicht& i : overzicht->thuiszitters) {
      const bool met = i.status.aanbod_gedaan;
      if (i.status.langer_dan_drie_maanden) {
        ++(met ? drie_maanden_met : drie_maanden_zonder);
      } else if (i.status.consulent_vanaf && *i.status.consulent_vanaf <= kVandaag) {
        ++(met ? vier_weken_met : vier_weken_zonder);
      }
    }
    EXPECT_GT(vier_weken_zonder, 0);
    EXPECT_GT(vier_weken_met, 0);
    EXPECT_GT(drie_maanden_zonder, 0);
    EXPECT_GT(drie_maanden_met, 0);
    EXPECT_GT(overzicht->telling.ziek, 0) << "counted beside the thuiszitters";
  }
  // The onderwijsconsulent sees the cases of its SWV handed over to it.
  const app::Principal consulent{0, "consulent.demo", domain::Rol::kConsulent, swv, {}};
  auto page = db_->verzuim->Lijst(consulent, "test", {}, app::PageRequest{1, 100});
  ASSERT_TRUE(page.has_value()) << page.error().message;
  EXPECT_GT(page->total, 0);
  for (const auto& i : page->items) EXPECT_TRUE(i.overzicht.record.overgedragen_op.has_value());
}

TEST_F(DemoImportTest, StoresPlansInEveryConsentStateWithTheEventsTheUseCaseWrites) {
  // Issue 7 item 6: OPPs with each consent state, plans still due, and their events.
  auto& store = *db_->store;
  EXPECT_EQ(CountRows(store, "opps"), telling_.opps);
  EXPECT_GT(telling_.opps, 50);
  for (const char* staat : {"gevraagd", "gegeven", "geweigerd"}) {
    EXPECT_GT(
        Count(store, std::string("SELECT count(*) FROM opps WHERE instemming = '") + staat + "'"),
        0)
        << staat;
  }
  EXPECT_GT(Count(store, "SELECT count(*) FROM opps WHERE laatste_versie = 0"), 0);
  // A refusal keeps the earlier consented version in force.
  EXPECT_EQ(Count(store,
                  "SELECT count(*) FROM opps WHERE instemming = 'geweigerd' AND "
                  "versie_in_werking <> laatste_versie - 1"),
            0);
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'OppVastgesteld'"),
            Count(store, "SELECT count(*) FROM opps WHERE laatste_versie > 0"));
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'OppAangemaakt'"),
            Count(store, "SELECT count(*) FROM opps WHERE laatste_versie = 0"));
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'OppInstemmingGevraagd'"),
            Count(store, "SELECT count(*) FROM opp_instemmingen WHERE status = 'gevraagd'"));
  EXPECT_EQ(Count(store, "SELECT count(*) FROM events WHERE type = 'OppEvaluatieVastgelegd'"),
            CountRows(store, "opp_evaluaties"));
  // vso plans carry an uitstroomprofiel (WEC art. 14a), the others none.
  EXPECT_EQ(Count(store,
                  "SELECT count(*) FROM opp_versies v JOIN opps o ON o.id = v.opp_id WHERE "
                  "(o.onderwijs = 'vso') <> (v.uitstroomprofiel IS NOT NULL)"),
            0);
}

}  // namespace
}  // namespace passend
