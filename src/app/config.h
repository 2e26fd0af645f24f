#pragma once
// Policy parameters from configuration (config/passend.json): the law's terms and the
// security settings live in a file, never in code.

#include <map>
#include <string_view>
#include <vector>

#include "app/auth_service.h"
#include "domain/error.h"
#include "domain/geschil.h"
#include "domain/opp.h"
#include "domain/school_year.h"
#include "domain/tlv.h"
#include "domain/verzuim.h"
#include "domain/vrijstelling.h"
#include "domain/zorgplicht.h"

namespace passend::app {

/// Every configurable parameter, with the current law and practice as defaults.
struct PassendConfig {
  AuthConfig sessie;
  domain::ZorgplichtTermijnen zorgplicht;
  domain::GpoTermijnen gpo;
  domain::VerzuimTermijnen verzuim;
  domain::VrijstellingTermijnen vrijstelling;
  domain::TlvTermijnen tlv;
  /// The TLV count date (teldatum) as month and day: 1 October by law (issue 7 item 3).
  int tlv_teldatum_maand = 10;
  int tlv_teldatum_dag = 1;
  /// The OPP terms: set within 6 weeks after placement, evaluated yearly (issue 7 item 4).
  domain::OppTermijnen opp;
};

/// Parses the JSON text of a configuration file. Missing keys keep their default; unknown
/// keys (other than `_`-prefixed comments) and values that are not positive whole numbers are
/// errors that name the key.
domain::Result<PassendConfig> ParseConfig(std::string_view json_text);

/// How far a school year's holiday dates in config/vakanties.json can be trusted.
enum class VakantieStatus {
  kGepubliceerd,  // as rijksoverheid.nl publishes them
  kVoorbeeld,     // example dates, not verified against rijksoverheid.nl: check before use
};

/// One school year of config/vakanties.json.
struct Vakantiejaar {
  domain::SchoolYear schooljaar{0};
  VakantieStatus status = VakantieStatus::kVoorbeeld;
};

/// The school holidays of every region, all school years of the file together.
struct Vakantiekalender {
  std::vector<Vakantiejaar> jaren;  // in file order
  std::map<domain::Vakantieregio, domain::Schoolvakanties> regios;
  /// The holidays of `regio` (none when the file has none for it).
  const domain::Schoolvakanties& Regio(domain::Vakantieregio regio) const;
};

/// Parses the JSON text of config/vakanties.json: per school year (`2025-2026`) a `status`
/// (`gepubliceerd` or `voorbeeld`) and per holiday the dates `van` and `totEnMet` of each of
/// the regions `noord`, `midden` and `zuid`. `_`-prefixed keys are comments. Errors name the
/// key path (`2025-2026.herfstvakantie.noord.van`).
domain::Result<Vakantiekalender> ParseVakanties(std::string_view json_text);

}  // namespace passend::app
