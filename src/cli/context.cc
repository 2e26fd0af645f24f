#include "cli/context.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/basisondersteuning_config.h"
#include "store/key_file.h"
#include "store/sodium_crypto.h"

namespace passend::cli {

domain::Result<std::unique_ptr<Context>> OpenContext(const std::string& db_path,
                                                     const std::string& key_path,
                                                     const app::PassendConfig& config,
                                                     const std::string& vakanties_path,
                                                     domain::Vakantieregio vakantieregio,
                                                     const std::string& ondersteuning_path) {
  namespace fs = std::filesystem;
  const fs::path parent = fs::path(db_path).parent_path();
  std::error_code ec;
  if (!parent.empty()) fs::create_directories(parent, ec);
  auto context = std::make_unique<Context>();
  PASSEND_ASSIGN_OR_RETURN(
      auto key,
      store::LoadOrCreateKey(key_path.empty() ? store::DefaultKeyPath(db_path) : key_path));
  context->vault = store::MakeSodiumVault(key);
  PASSEND_ASSIGN_OR_RETURN(context->store, store::sqlite::SqliteStore::Open(db_path));
  context->crypto = store::MakeSodiumCrypto();
  context->accounts = std::make_unique<store::sqlite::SqliteAccounts>(*context->store);
  context->leerlingen = std::make_unique<store::sqlite::SqliteLeerlingen>(*context->store);
  context->auth = std::make_unique<app::AuthService>(
      *context->store, *context->accounts, *context->crypto, context->clock, config.sessie);
  context->inzage = std::make_unique<app::LeerlingenInzage>(*context->store, *context->leerlingen,
                                                            *context->vault, context->clock);
  context->aanmeldingen_store =
      std::make_unique<store::sqlite::SqliteAanmeldingen>(*context->store);
  context->registratie =
      std::make_unique<app::LeerlingRegistratie>(*context->store, *context->vault, context->clock);
  // The zorgplicht terms come from configuration (config/passend.json), never from code.
  context->geschillen_store = std::make_unique<store::sqlite::SqliteGeschillen>(*context->store);
  context->aanmeldingen = std::make_unique<app::AanmeldingService>(
      *context->store, *context->aanmeldingen_store, *context->geschillen_store,
      *context->leerlingen, *context->store, *context->registratie, context->clock,
      config.zorgplicht);
  context->geschillen = std::make_unique<app::GeschilService>(
      *context->store, *context->geschillen_store, *context->aanmeldingen, *context->leerlingen,
      *context->geschillen_store, context->clock, config.gpo);
  context->instellingen = std::make_unique<app::SwvInstellingenService>(
      *context->store, *context->geschillen_store, *context->store, context->clock);
  context->berichten_store = std::make_unique<store::sqlite::SqliteBerichten>(*context->store);
  context->berichten = std::make_unique<app::BerichtService>(
      *context->store, *context->berichten_store, context->clock);
  // The school holidays pause the 4-school-week trigger (docs/verzuim.md). Without the file
  // every weekday counts as a school day: the trigger then comes early, never late.
  app::VerzuimParameters verzuim{config.verzuim, config.vrijstelling, {}, vakantieregio};
  if (std::ifstream in(vakanties_path); in) {
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    auto kalender = app::ParseVakanties(text);
    if (!kalender) {
      return domain::Fail(domain::ErrorCode::kInvalid,
                          vakanties_path + ": " + kalender.error().message, kalender.error().field);
    }
    verzuim.kalender = std::move(*kalender);
  }
  context->verzuim_store = std::make_unique<store::sqlite::SqliteVerzuim>(*context->store);
  context->verzuim = std::make_unique<app::VerzuimService>(
      *context->store, *context->verzuim_store, *context->leerlingen, *context->geschillen_store,
      context->clock, std::move(verzuim));
  context->thuiszitters_store =
      std::make_unique<store::sqlite::SqliteThuiszitters>(*context->store);
  context->thuiszitters = std::make_unique<app::ThuiszittersOverzichtService>(
      *context->store, context->clock, *context->thuiszitters_store, *context->verzuim,
      *context->instellingen);
  // The TLV terms and the count date come from configuration (config/passend.json, `tlv`).
  context->tlv_store = std::make_unique<store::sqlite::SqliteTlv>(*context->store);
  context->tlv = std::make_unique<app::TlvService>(
      *context->store, *context->tlv_store, *context->leerlingen, *context->aanmeldingen_store,
      context->clock,
      app::TlvParameters{config.tlv, config.tlv_teldatum_maand, config.tlv_teldatum_dag});
  // The money parameters live next to config/vakanties.json (config/bekostiging.json); a
  // missing file leaves no school years, and the income then says the amounts are missing.
  PASSEND_ASSIGN_OR_RETURN(
      auto bekostiging,
      app::LeesBekostiging((fs::path(vakanties_path).parent_path() / "bekostiging.json").string()));
  const domain::ReserveNorm reserve_norm = bekostiging.reserve;
  const domain::ReserveplanTermijn reserveplan_termijn = bekostiging.reserveplan;
  context->arrangementen_store =
      std::make_unique<store::sqlite::SqliteArrangementen>(*context->store);
  context->geld_store = std::make_unique<store::sqlite::SqliteGeld>(*context->store);
  context->geld = std::make_unique<app::GeldService>(
      *context->store, *context->geld_store, *context->tlv_store, *context->arrangementen_store,
      *context->store, context->clock, std::move(bekostiging), config.tlv_teldatum_maand,
      config.tlv_teldatum_dag);
  context->arrangementen = std::make_unique<app::ArrangementService>(
      *context->store, *context->arrangementen_store, *context->leerlingen, context->clock);
  // The OPP terms come from configuration (config/passend.json, `opp`).
  context->opp_store = std::make_unique<store::sqlite::SqliteOpps>(*context->store);
  context->opp = std::make_unique<app::OppService>(
      *context->store, *context->opp_store, *context->leerlingen, context->clock, config.opp);
  // The taxonomy of support needs and the suggestion parameters (config/ondersteuning.json;
  // docs/placement.md): a missing file means the built-in taxonomy, a malformed one an error.
  PASSEND_ASSIGN_OR_RETURN(auto ondersteuning, app::LeesOndersteuningConfig(ondersteuning_path));
  context->ondersteuning_store =
      std::make_unique<store::sqlite::SqliteOndersteuning>(*context->store);
  // The dekkend aanbod reads the same taxonomy and its distances per level (issue 5 item 7).
  context->dekkend_aanbod_store =
      std::make_unique<store::sqlite::SqliteDekkendAanbod>(*context->store);
  context->dekkend_aanbod = std::make_unique<app::DekkendAanbodService>(
      *context->store, *context->ondersteuning_store, *context->dekkend_aanbod_store,
      *context->store, context->clock, context->afstand, ondersteuning);
  context->ondersteuning = std::make_unique<app::OndersteuningService>(
      *context->store, *context->ondersteuning_store, *context->store, *context->leerlingen,
      context->clock, context->afstand, std::move(ondersteuning));
  // The placement rounds read the same profiles, taxonomy and distances (issue 5 item 5).
  context->plaatsingsronde_store =
      std::make_unique<store::sqlite::SqlitePlaatsingsrondes>(*context->store);
  context->plaatsingsrondes = std::make_unique<app::PlaatsingsrondeService>(
      *context->store, *context->plaatsingsronde_store, *context->ondersteuning_store,
      context->clock, context->afstand, *context->ondersteuning);
  // The national basisondersteuning norm (config/basisondersteuning.json, next to
  // config/ondersteuning.json; docs/basisondersteuning.md): missing means the built-in one.
  PASSEND_ASSIGN_OR_RETURN(
      auto basisnorm,
      app::LeesBasisondersteuningConfig(
          (fs::path(ondersteuning_path).parent_path() / "basisondersteuning.json").string()));
  context->basisondersteuning_store =
      std::make_unique<store::sqlite::SqliteBasisondersteuning>(*context->store);
  context->basisondersteuning = std::make_unique<app::BasisondersteuningService>(
      *context->store, *context->basisondersteuning_store, *context->store, context->clock,
      std::move(basisnorm));
  // Reserve plans use the same threshold rule and the plan duty of config/bekostiging.json
  // (issue 8 items 5 and 6).
  context->reserveplan_store =
      std::make_unique<store::sqlite::SqliteReserveplannen>(*context->store);
  context->reserveplannen = std::make_unique<app::ReserveplanService>(
      *context->store, *context->reserveplan_store, *context->geld_store, *context->store,
      context->clock, reserve_norm, reserveplan_termijn);
  return context;
}

}  // namespace passend::cli
