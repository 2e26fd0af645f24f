#include "support/fixture.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <random>

#include "app/registry_service.h"
#include "store/key_file.h"
#include "store/sodium_crypto.h"

namespace passend::testing {

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() /
          ("passend-test-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

TestDb::TestDb(app::AuthConfig config) {
  const std::string db = dir.File("test.db");
  auto key = store::LoadOrCreateKey(store::DefaultKeyPath(db));
  EXPECT_TRUE(key.has_value());
  vault = store::MakeSodiumVault(*key);
  auto opened = store::sqlite::SqliteStore::Open(db);
  EXPECT_TRUE(opened.has_value()) << opened.error().message;
  store = std::move(*opened);
  clock.Set(std::chrono::sys_days{std::chrono::year{2025} / 10 / 1} + std::chrono::hours{9});
  crypto = store::MakeSodiumCrypto(store::PasswordCost::kMinimal);
  accounts = std::make_unique<store::sqlite::SqliteAccounts>(*store);
  leerlingen = std::make_unique<store::sqlite::SqliteLeerlingen>(*store);
  auth = std::make_unique<app::AuthService>(*store, *accounts, *crypto, clock, config);
  inzage = std::make_unique<app::LeerlingenInzage>(*store, *leerlingen, *vault, clock);
  aanmeldingen_store = std::make_unique<store::sqlite::SqliteAanmeldingen>(*store);
  registratie = std::make_unique<app::LeerlingRegistratie>(*store, *vault, clock);
  geschillen_store = std::make_unique<store::sqlite::SqliteGeschillen>(*store);
  aanmeldingen = std::make_unique<app::AanmeldingService>(
      *store, *aanmeldingen_store, *geschillen_store, *leerlingen, *store, *registratie, clock,
      domain::ZorgplichtTermijnen{});
  geschillen =
      std::make_unique<app::GeschilService>(*store, *geschillen_store, *aanmeldingen, *leerlingen,
                                            *geschillen_store, clock, domain::GpoTermijnen{});
  instellingen =
      std::make_unique<app::SwvInstellingenService>(*store, *geschillen_store, *store, clock);
  berichten_store = std::make_unique<store::sqlite::SqliteBerichten>(*store);
  berichten = std::make_unique<app::BerichtService>(*store, *berichten_store, clock);
  verzuim_store = std::make_unique<store::sqlite::SqliteVerzuim>(*store);
  verzuim = std::make_unique<app::VerzuimService>(
      *store, *verzuim_store, *leerlingen, *geschillen_store, clock, app::VerzuimParameters{});
  tlv_store = std::make_unique<store::sqlite::SqliteTlv>(*store);
  tlv = std::make_unique<app::TlvService>(*store, *tlv_store, *leerlingen, *aanmeldingen_store,
                                          clock, app::TlvParameters{});
  opp_store = std::make_unique<store::sqlite::SqliteOpps>(*store);
  opp = std::make_unique<app::OppService>(*store, *opp_store, *leerlingen, clock,
                                          domain::OppTermijnen{});
}

int64_t AddAccount(TestDb& db, const std::string& naam, domain::Rol rol,
                   const std::string& organisatie, std::vector<domain::LeerlingId> kinderen) {
  auto id = db.auth->AddUser(app::Actor{"test", "beheer", "", "test"},
                             app::NieuwAccount{naam, rol, organisatie, std::move(kinderen)},
                             kTestWachtwoord);
  EXPECT_TRUE(id.has_value()) << naam << ": " << id.error().message;
  return id.value_or(0);
}

domain::LeerlingId AddLeerling(TestDb& db, const std::string& voornaam, const std::string& bsn,
                               const std::string& school, const std::string& gemeente) {
  app::LeerlingRegistratie registratie(*db.store, *db.vault, db.clock);
  domain::Leerling leerling = MakeLeerling(voornaam, bsn);
  leerling.woongemeente = *domain::GemeenteCode::Parse(gemeente);
  auto id = registratie.Registreer(
      app::Actor{"test", "school", school, "test"},
      {leerling, *domain::Vestigingscode::Parse(school), *domain::ParseIsoDate("2024-08-19")});
  EXPECT_TRUE(id.has_value()) << voornaam << ": " << id.error().message;
  return id.value_or(domain::LeerlingId{});
}

namespace {

template <typename T>
T Must(domain::Result<T> result) {
  EXPECT_TRUE(result.has_value()) << result.error().message;
  return std::move(*result);
}

domain::School MakeSchool(const std::string& code, const std::string& naam,
                          domain::SchoolSoort soort, const std::string& swv,
                          const std::string& gemeente) {
  domain::School school;
  school.code = Must(domain::Vestigingscode::Parse(code));
  school.naam = naam;
  school.soort = soort;
  school.adres = {"Schoolstraat", "1", Must(domain::Postcode::Parse("1234 AB")), "Testdorp"};
  school.gemeente = Must(domain::GemeenteCode::Parse(gemeente));
  school.positie = {52.1, 5.1};
  school.bestuur = "10001";
  school.swv = Must(domain::SwvCode::Parse(swv));
  return school;
}

}  // namespace

void SeedRegistry(app::UnitOfWork& work) {
  auto result = work.Run(
      [](app::Writer& writer) -> domain::Result<void> {
        auto gm1 = Must(domain::GemeenteCode::Parse("GM0001"));
        auto gm2 = Must(domain::GemeenteCode::Parse("GM0002"));
        PASSEND_RETURN_IF_ERROR(writer.PutGemeente({gm1, "Eerstedorp", "Utrecht"}));
        PASSEND_RETURN_IF_ERROR(writer.PutGemeente({gm2, "Tweedestad", "Utrecht"}));
        PASSEND_RETURN_IF_ERROR(writer.PutSamenwerkingsverband(
            {Must(domain::SwvCode::Parse("PO2001")), "SWV Primair Testregio", {gm1, gm2}}));
        PASSEND_RETURN_IF_ERROR(writer.PutSamenwerkingsverband(
            {Must(domain::SwvCode::Parse("VO2001")), "SWV VO Testregio", {gm1}}));
        PASSEND_RETURN_IF_ERROR(writer.PutBestuur({"10001", "Stichting Testonderwijs"}));
        PASSEND_RETURN_IF_ERROR(writer.PutSchool(MakeSchool(
            "10AA00", "Basisschool De Regenboog", domain::SchoolSoort::kBao, "PO2001", "GM0001")));
        PASSEND_RETURN_IF_ERROR(writer.PutSchool(MakeSchool(
            "10AA01", "Basisschool Het Anker", domain::SchoolSoort::kBao, "PO2001", "GM0002")));
        PASSEND_RETURN_IF_ERROR(writer.PutSchool(
            MakeSchool("11BB00", "SBO De Brug", domain::SchoolSoort::kSbo, "PO2001", "GM0001")));
        PASSEND_RETURN_IF_ERROR(writer.PutSchool(
            MakeSchool("12CC00", "Het Lyceum", domain::SchoolSoort::kVo, "VO2001", "GM0001")));
        return {};
      },
      false);
  ASSERT_TRUE(result.has_value()) << result.error().message;
}

domain::Leerling MakeLeerling(const std::string& voornaam, const std::string& bsn) {
  domain::Leerling leerling;
  leerling.voornaam = voornaam;
  leerling.tussenvoegsel = "van";
  leerling.achternaam = "Dijk";
  leerling.geboortedatum = Must(domain::ParseIsoDate("2016-05-04"));
  leerling.geslacht = domain::Geslacht::kVrouw;
  leerling.bsn = Must(domain::Bsn::Parse(bsn));
  leerling.postcode = Must(domain::Postcode::Parse("9999 ZZ"));
  leerling.woongemeente = Must(domain::GemeenteCode::Parse("GM0001"));
  leerling.woonpositie = {52.1, 5.1};
  leerling.verzorgers.push_back({"M. van Dijk", "moeder", "0612345678", "m@example.nl"});
  return leerling;
}

int64_t CountRows(store::sqlite::SqliteStore& store, const std::string& table) {
  auto lease = Must(store.Borrow());
  auto stmt = Must(lease->Prepare("SELECT count(*) FROM " + table));
  EXPECT_TRUE(stmt.Step().value_or(false));
  return stmt.Int(0);
}

}  // namespace passend::testing
