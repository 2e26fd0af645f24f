#pragma once
// A registration (aanmelding) of a child at a school and where it stands on a given day
// (domain.md §3.1). Pure: no I/O and no clock; "today" is always a parameter.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/besluit.h"
#include "domain/codes.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/registry.h"
#include "domain/zorgplicht.h"

namespace passend::domain {

/// Support needs, a fixed list until the need taxonomy of the placement issue exists.
enum class Ondersteuningsbehoefte {
  kLeren,
  kGedrag,
  kSociaalEmotioneel,
  kAandacht,
  kTaalSpraak,
  kZien,
  kHoren,
  kLichamelijk,
  kMedisch,
  kCognitief,
  kBegaafdheid,
  kEmb,  // ernstig meervoudig beperkt
};

/// All support needs, in a fixed order (for listings and tests).
inline constexpr Ondersteuningsbehoefte kAlleOndersteuningsbehoeften[] = {
    Ondersteuningsbehoefte::kLeren,
    Ondersteuningsbehoefte::kGedrag,
    Ondersteuningsbehoefte::kSociaalEmotioneel,
    Ondersteuningsbehoefte::kAandacht,
    Ondersteuningsbehoefte::kTaalSpraak,
    Ondersteuningsbehoefte::kZien,
    Ondersteuningsbehoefte::kHoren,
    Ondersteuningsbehoefte::kLichamelijk,
    Ondersteuningsbehoefte::kMedisch,
    Ondersteuningsbehoefte::kCognitief,
    Ondersteuningsbehoefte::kBegaafdheid,
    Ondersteuningsbehoefte::kEmb};

/// `leren`, `gedrag`, `sociaal-emotioneel`, ... (API and database spelling).
std::string_view OndersteuningsbehoefteCode(Ondersteuningsbehoefte behoefte);
/// Parses OndersteuningsbehoefteCode's spelling (kInvalid naming `ondersteuningsbehoeften`).
Result<Ondersteuningsbehoefte> ParseOndersteuningsbehoefte(std::string_view text);
/// Dutch label for pages (`Leren`, `Gedrag`, `Sociaal-emotioneel`, ...).
std::string_view OndersteuningsbehoefteNaam(Ondersteuningsbehoefte behoefte);

/// One registration as stored.
struct Aanmelding {
  int64_t id = 0;
  LeerlingId leerling;
  Vestigingscode school;
  std::string swv;  // the school's SWV (scope), empty for schools outside any SWV
  Date aanmelddatum{};
  bool schriftelijk = true;
  std::optional<Date> compleet_op;  // the complete written registration; none when verbal
  std::optional<Date> gewenste_startdatum;
  bool eerste_keuze = true;
  bool vooraanmelding = false;
  std::vector<Ondersteuningsbehoefte> ondersteuningsbehoeften;
  int beslistermijn_dagen = 42;  // the term in force when registered
  int verlenging_dagen = 0;
  std::string verlenging_reden;
  std::optional<Date> verlengd_op;
  std::optional<Besluit> besluit;
  bool door_swv = false;  // registered by the SWV as centraal aanmeldpunt
};

/// Checks a new registration: dates that exist, a written one complete on or after the
/// registration date and a verbal one without that date, no support need twice.
Result<void> Valideer(const Aanmelding& aanmelding);

/// Where a registration stands.
enum class AanmeldingStatusSoort {
  kOpen,           // written, open, more than the warning days left
  kBijnaVerlopen,  // written, open, at most the warning days left
  kVerlopen,       // written, open, the term has lapsed: right to provisional placement
  kBesloten,       // decided
  kMondeling,      // verbal: recorded and counted, no clock; ask for it in writing
};

/// All statuses, in a fixed order.
inline constexpr AanmeldingStatusSoort kAlleAanmeldingStatussen[] = {
    AanmeldingStatusSoort::kOpen, AanmeldingStatusSoort::kBijnaVerlopen,
    AanmeldingStatusSoort::kVerlopen, AanmeldingStatusSoort::kBesloten,
    AanmeldingStatusSoort::kMondeling};

/// `open`, `bijna-verlopen`, `verlopen`, `besloten`, `mondeling` (API spelling).
std::string_view AanmeldingStatusCode(AanmeldingStatusSoort soort);
/// Parses AanmeldingStatusCode's spelling (kInvalid naming `status`).
Result<AanmeldingStatusSoort> ParseAanmeldingStatus(std::string_view text);
/// Dutch label for pages (`Open`, `Bijna verlopen`, `Verlopen`, `Besloten`, `Mondeling`).
std::string_view AanmeldingStatusNaam(AanmeldingStatusSoort soort);

/// The status of a registration on one day, with what the reader should do about it.
struct AanmeldingStatus {
  AanmeldingStatusSoort soort = AanmeldingStatusSoort::kOpen;
  std::optional<Date> uiterste_beslisdatum;  // none for a verbal registration
  std::optional<int> dagen_resterend;        // open written registrations only; < 0 lapsed
  bool recht_op_voorlopige_plaatsing = false;
  std::string melding;  // Dutch, one sentence
};

/// The zorgplicht clock of a written registration (kInvalid for a verbal one): the stored
/// term, the extension and the decision replayed onto ZorgplichtKlok.
Result<ZorgplichtKlok> KlokVan(const Aanmelding& aanmelding, const ZorgplichtTermijnen& termijnen);

/// The status on day `op`; `termijnen` gives the warning days and the maximum extension.
Result<AanmeldingStatus> StatusOp(const Aanmelding& aanmelding,
                                  const ZorgplichtTermijnen& termijnen, Date op);

/// Extends the term of `aanmelding` once by `dagen` on day `op`. Rule refusals (verbal, second
/// extension, too long, lapsed, decided) are kRegel; a blank reason is kInvalid.
Result<void> Verleng(Aanmelding& aanmelding, const ZorgplichtTermijnen& termijnen, int dagen,
                     std::string reden, Date op);

/// Records `besluit` on `aanmelding` after Valideer(besluit); rule refusals (no hoorrecht,
/// refusal without a ground, disproportionate burden without another school, a second
/// decision, ...) are kRegel.
Result<void> Beslis(Aanmelding& aanmelding, const ZorgplichtTermijnen& termijnen, Besluit besluit);

}  // namespace passend::domain
