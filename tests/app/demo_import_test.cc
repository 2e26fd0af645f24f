// The demo import with registrations: stored in every status on a fixed date, each step with
// the event the use case writes, the demo parent's child with a decision, and in the digest.
#include "app/demo_import.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "app/aanmelding_events.h"
#include "app/demo_accounts.h"
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
    // demo registration has; without it, only the ones it must act on (domain::SwvZiet).
    auto ingesteld = db_->store->Run(
        [](app::Writer& writer) -> domain::Result<void> {
          domain::SwvInstellingen instellingen;
          instellingen.meldingsplicht = true;
          for (const char* swv : kSwvs) {
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

  static TestDb* db_;
  static app::DemoTelling telling_;
};

TestDb* DemoImportTest::db_ = nullptr;
app::DemoTelling DemoImportTest::telling_;

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

}  // namespace
}  // namespace passend
