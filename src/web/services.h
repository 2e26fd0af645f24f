#pragma once
// The use cases the web layer calls; built once by the CLI and shared by all handlers.

#include "app/aanmelding_service.h"
#include "app/arrangement_service.h"
#include "app/auth_service.h"
#include "app/basisondersteuning_service.h"
#include "app/bericht_service.h"
#include "app/dekkend_aanbod_service.h"
#include "app/geld_service.h"
#include "app/geschil_service.h"
#include "app/leerlingen_service.h"
#include "app/ondersteuning_service.h"
#include "app/opp_service.h"
#include "app/plaatsingsronde_service.h"
#include "app/registry_service.h"
#include "app/reserveplan_service.h"
#include "app/swv_instellingen_service.h"
#include "app/thuiszitters_overzicht_service.h"
#include "app/tlv_service.h"
#include "app/verzuim_service.h"

namespace passend::web {

/// References to the application's use cases (owned by the caller).
struct Services {
  app::PubliekRegister& publiek;
  app::AuthService& auth;
  app::LeerlingenInzage& leerlingen;
  app::AanmeldingService& aanmeldingen;
  app::GeschilService& geschillen;
  app::SwvInstellingenService& instellingen;
  app::BerichtService& berichten;
  app::VerzuimService& verzuim;
  app::ThuiszittersOverzichtService& thuiszitters;
  app::TlvService& tlv;
  app::ArrangementService& arrangementen;
  app::GeldService& geld;
  app::OppService& opp;
  app::OndersteuningService& ondersteuning;
  bool secure_cookies = false;  // set the cookies' Secure flag (served over TLS)
  /// Reserve plans, objections and multi-year budgets (issue 8 items 5 and 6); set after
  /// construction like the others below. Their routes are registered only when set.
  app::ReserveplanService* reserveplannen = nullptr;
  /// The basisondersteuning (issue 5 item 3); set after construction, so that the positional
  /// initialisers above stay as they are. Its routes are registered only when set.
  app::BasisondersteuningService* basisondersteuning = nullptr;
  /// The placement rounds (issue 5 item 5); set after construction, so that the positional
  /// initialisers above stay as they are. Their routes are registered only when set.
  app::PlaatsingsrondeService* plaatsingsrondes = nullptr;
  /// The dekkend aanbod (issue 5 item 7); set after construction like the others. Its routes
  /// are registered only when set.
  app::DekkendAanbodService* dekkend_aanbod = nullptr;
};

}  // namespace passend::web
