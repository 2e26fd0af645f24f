// The SQLite store: migrations, transactions with their events, the append-only log, BSNs
// at rest.
#include "store/sqlite/sqlite_store.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <iterator>

#include "app/registry_service.h"
#include "store/key_file.h"
#include "store/sqlite/migrations.h"
#include "support/fixture.h"

namespace passend {
namespace {

using testing::CountRows;
using testing::MakeLeerling;
using testing::SeedRegistry;
using testing::TestDb;

domain::Vestigingscode School(const std::string& code) {
  return *domain::Vestigingscode::Parse(code);
}

domain::Date Day(const std::string& iso) { return *domain::ParseIsoDate(iso); }

TEST(Migrations, BringAnEmptyDatabaseToTheLatestVersion) {
  TestDb db;
  EXPECT_EQ(db.store->schema_version(), store::sqlite::Migrations().back().number);
  for (const char* table : {"gemeenten", "samenwerkingsverbanden", "swv_gemeenten", "besturen",
                            "scholen", "leerlingen", "verzorgers", "inschrijvingen", "events"}) {
    EXPECT_EQ(CountRows(*db.store, table), 0) << table;
  }
}

TEST(Migrations, AreNumberedInStrictlyIncreasingOrder) {
  int previous = 0;
  for (const auto& migration : store::sqlite::Migrations()) {
    EXPECT_GT(migration.number, previous) << migration.name;
    previous = migration.number;
  }
}

TEST(Migrations, ReopeningAMigratedDatabaseChangesNothing) {
  TestDb db;
  SeedRegistry(*db.store);
  const std::string path = db.store->path();
  db.store.reset();
  auto reopened = store::sqlite::SqliteStore::Open(path);
  ASSERT_TRUE(reopened.has_value());
  EXPECT_EQ((*reopened)->schema_version(), store::sqlite::Migrations().back().number);
  EXPECT_EQ(CountRows(**reopened, "scholen"), 4);
}

TEST(Store, ForeignKeysAreEnforced) {
  TestDb db;
  auto result = db.store->Run(
      [](app::Writer& writer) -> domain::Result<void> {
        domain::School school;
        school.code = *domain::Vestigingscode::Parse("99ZZ00");
        school.naam = "Nergensschool";
        school.soort = domain::SchoolSoort::kBao;
        school.adres = {"Straat", "1", *domain::Postcode::Parse("1234 AB"), "Nergens"};
        school.gemeente = *domain::GemeenteCode::Parse("GM0999");  // not registered
        school.bestuur = "99999";                                  // not registered
        school.swv = *domain::SwvCode::Parse("PO9999");            // not registered
        return writer.PutSchool(school);
      },
      false);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, domain::ErrorCode::kConflict);
}

TEST(Registratie, WritesTheStudentTheEnrolmentAndOneEventTogether) {
  TestDb db;
  SeedRegistry(*db.store);
  const int64_t events_before = CountRows(*db.store, "events");
  app::LeerlingRegistratie registratie(*db.store, *db.vault, db.clock);
  app::Actor actor{"ib.regenboog", "school", "10AA00", "127.0.0.1"};
  auto id =
      registratie.Registreer(actor, {MakeLeerling("Sanne"), School("10AA00"), Day("2025-08-20")});
  ASSERT_TRUE(id.has_value()) << id.error().message;
  EXPECT_EQ(CountRows(*db.store, "leerlingen"), 1);
  EXPECT_EQ(CountRows(*db.store, "inschrijvingen"), 1);
  EXPECT_EQ(CountRows(*db.store, "verzorgers"), 1);
  EXPECT_EQ(CountRows(*db.store, "events"), events_before + 1);
  EXPECT_EQ(CountRows(*db.store, "audit"), 1) << "a change of personal data is audited";

  auto events = db.store->ListEvents("leerling/" + std::to_string(id->value), 10);
  ASSERT_TRUE(events.has_value());
  ASSERT_EQ(events->size(), 1u);
  const app::Event& event = events->front();
  EXPECT_EQ(event.type, "LeerlingGeregistreerd");
  EXPECT_EQ(event.actor.gebruiker, "ib.regenboog");
  EXPECT_EQ(event.actor.rol, "school");
  EXPECT_EQ(event.swv, "PO2001");
  EXPECT_EQ(event.at, db.clock.Now());
  EXPECT_EQ(event.payload.find("111222333"), std::string::npos) << "a BSN in the event log";
}

TEST(Registratie, AFailedChangeLeavesNeitherStateNorEvent) {
  TestDb db;
  SeedRegistry(*db.store);
  app::LeerlingRegistratie registratie(*db.store, *db.vault, db.clock);
  const app::Actor actor{"ib", "school", "10AA00", "127.0.0.1"};
  ASSERT_TRUE(
      registratie.Registreer(actor, {MakeLeerling("Sanne"), School("10AA00"), Day("2025-08-20")}));
  const int64_t events = CountRows(*db.store, "events");

  // Same BSN again: refused, and nothing of it is stored.
  auto twice =
      registratie.Registreer(actor, {MakeLeerling("Anna"), School("10AA01"), Day("2025-08-20")});
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code, domain::ErrorCode::kConflict);
  EXPECT_EQ(twice.error().message.find("111222333"), std::string::npos);
  // Unknown school: refused.
  auto nowhere = registratie.Registreer(
      actor, {MakeLeerling("Bram", "123456782"), School("99ZZ00"), Day("2025-08-20")});
  ASSERT_FALSE(nowhere.has_value());
  EXPECT_EQ(nowhere.error().code, domain::ErrorCode::kNotFound);

  EXPECT_EQ(CountRows(*db.store, "leerlingen"), 1);
  EXPECT_EQ(CountRows(*db.store, "inschrijvingen"), 1);
  EXPECT_EQ(CountRows(*db.store, "events"), events);
}

TEST(Registratie, EnrollingElsewhereEndsTheOldEnrolmentTheDayBefore) {
  TestDb db;
  SeedRegistry(*db.store);
  app::LeerlingRegistratie registratie(*db.store, *db.vault, db.clock);
  const app::Actor actor{"swv.coordinator", "swv", "PO2001", "127.0.0.1"};
  auto id =
      registratie.Registreer(actor, {MakeLeerling("Sanne"), School("10AA00"), Day("2024-08-20")});
  ASSERT_TRUE(id.has_value());
  ASSERT_TRUE(registratie.SchrijfIn(actor, *id, School("11BB00"), Day("2025-01-06")));

  auto lease = db.store->Borrow();
  ASSERT_TRUE(lease.has_value());
  auto stmt = (*lease)->Prepare("SELECT school, van, tot FROM inschrijvingen ORDER BY id");
  ASSERT_TRUE(stmt.has_value());
  ASSERT_TRUE(stmt->Step().value());
  EXPECT_EQ(stmt->Text(0), "10AA00");
  EXPECT_EQ(stmt->Text(2), "2025-01-05");
  ASSERT_TRUE(stmt->Step().value());
  EXPECT_EQ(stmt->Text(0), "11BB00");
  EXPECT_TRUE(stmt->IsNull(2));

  auto events = db.store->ListEvents("leerling/" + std::to_string(id->value), 10);
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[1].type, "LeerlingIngeschreven");
}

TEST(EventLog, RefusesUpdatesAndDeletes) {
  TestDb db;
  SeedRegistry(*db.store);
  app::LeerlingRegistratie registratie(*db.store, *db.vault, db.clock);
  ASSERT_TRUE(registratie.Registreer({"ib", "school", "10AA00", "x"},
                                     {MakeLeerling("Sanne"), School("10AA00"), Day("2025-08-20")}));
  auto lease = db.store->Borrow();
  ASSERT_TRUE(lease.has_value());
  EXPECT_FALSE((*lease)->Exec("UPDATE events SET type = 'Vervalst'").has_value());
  EXPECT_FALSE((*lease)->Exec("DELETE FROM events").has_value());
  EXPECT_EQ(CountRows(*db.store, "events"), 1);
}

TEST(BsnAtRest, IsNeitherInTheDatabaseFileNorReadableWithAnotherKey) {
  TestDb db;
  SeedRegistry(*db.store);
  app::LeerlingRegistratie registratie(*db.store, *db.vault, db.clock);
  ASSERT_TRUE(registratie.Registreer({"ib", "school", "10AA00", "x"},
                                     {MakeLeerling("Sanne"), School("10AA00"), Day("2025-08-20")}));
  auto lease = db.store->Borrow();
  ASSERT_TRUE((*lease)->Exec("PRAGMA wal_checkpoint(TRUNCATE)").has_value());
  for (const char* suffix : {"", "-wal"}) {
    std::ifstream in(db.dir.File(std::string("test.db") + suffix), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(bytes.find("111222333"), std::string::npos) << "plain BSN in test.db" << suffix;
  }
  auto stmt = (*lease)->Prepare("SELECT bsn_sealed FROM leerlingen");
  ASSERT_TRUE(stmt->Step().value());
  const std::string sealed = stmt->Blob(0);
  EXPECT_EQ(db.vault->Open(sealed)->digits(), "111222333");

  auto other_key = store::LoadOrCreateKey(db.dir.File("other.key"));
  ASSERT_TRUE(other_key.has_value());
  EXPECT_FALSE(store::MakeSodiumVault(*other_key)->Open(sealed).has_value());
}

TEST(KeyFile, IsCreatedWithMode0600AndRefusedWhenOthersCanRead) {
  testing::TempDir dir;
  const std::string path = dir.File("k.key");
  auto first = store::LoadOrCreateKey(path);
  ASSERT_TRUE(first.has_value());
  struct stat info {};
  ASSERT_EQ(stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_EQ(*store::LoadOrCreateKey(path), *first) << "the key is stable across runs";
  chmod(path.c_str(), 0644);
  auto loose = store::LoadOrCreateKey(path);
  ASSERT_FALSE(loose.has_value());
  EXPECT_NE(loose.error().message.find("0600"), std::string::npos);
}

TEST(BsnVault, LookupIsStableAndSealingUsesFreshNonces) {
  TestDb db;
  const auto bsn = *domain::Bsn::Parse("111222333");
  const auto a = db.vault->Seal(bsn);
  const auto b = db.vault->Seal(bsn);
  EXPECT_EQ(a.lookup, b.lookup);
  EXPECT_NE(a.ciphertext, b.ciphertext);
  EXPECT_NE(a.lookup, db.vault->Lookup(*domain::Bsn::Parse("123456782")));
}

}  // namespace
}  // namespace passend

namespace passend {
namespace {

int64_t SchoolCount(store::sqlite::SqliteStore& store, const std::string& code) {
  auto found = store.FindSchool(*domain::Vestigingscode::Parse(code));
  EXPECT_TRUE(found.has_value() && found->has_value()) << code;
  return (found && *found) ? (*found)->aantal_leerlingen : -1;
}

TEST(Tellingen, FollowEveryEnrolmentAndMove) {
  testing::TestDb db;
  testing::SeedRegistry(*db.store);
  app::LeerlingRegistratie registratie(*db.store, *db.vault, db.clock);
  const app::Actor actor{"swv", "swv", "PO2001", "x"};
  auto id = registratie.Registreer(
      actor, {testing::MakeLeerling("Sanne"), *domain::Vestigingscode::Parse("10AA00"),
              *domain::ParseIsoDate("2024-08-19")});
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(SchoolCount(*db.store, "10AA00"), 1);
  ASSERT_TRUE(registratie.SchrijfIn(actor, *id, *domain::Vestigingscode::Parse("11BB00"),
                                    *domain::ParseIsoDate("2025-01-06")));
  EXPECT_EQ(SchoolCount(*db.store, "10AA00"), 0);
  EXPECT_EQ(SchoolCount(*db.store, "11BB00"), 1);
  auto swv = db.store->FindSamenwerkingsverband(*domain::SwvCode::Parse("PO2001"));
  ASSERT_TRUE(swv.has_value() && swv->has_value());
  EXPECT_EQ((*swv)->aantal_leerlingen, 1);
  auto tellingen = db.store->TelLeerlingen(std::nullopt);
  ASSERT_TRUE(tellingen.has_value());
  int64_t total = 0;
  for (const auto& t : *tellingen) total += t.aantal;
  EXPECT_EQ(total, 1);
}

}  // namespace
}  // namespace passend
