#pragma once
// What each samenwerkingsverband (SWV) configures for verzuim and thuiszitters (issue 6;
// domain.md §3.5): its holiday region, who holds doorzettingsmacht, whether the SWV's advice
// precedes an exemption 5 onder a, and its interim targets. Pure: no I/O.

#include <optional>
#include <string>
#include <string_view>

#include "domain/error.h"
#include "domain/tussendoelen.h"
#include "domain/verzuim.h"

namespace passend::domain {

/// Who decides stuck cases in an SWV's region. Seed 004 («Doorzettingsmacht»): «soms de
/// coördinator van het samenwerkingsverband, soms een commissie en soms een wethouder».
enum class DoorzettingsmachtHouder { kCoordinator, kCommissie, kWethouder };

/// `coordinator`, `commissie`, `wethouder` (API spelling).
std::string_view DoorzettingsmachtCode(DoorzettingsmachtHouder houder);
/// Parses DoorzettingsmachtCode's spelling (kInvalid naming `doorzettingsmacht.houder`).
Result<DoorzettingsmachtHouder> ParseDoorzettingsmacht(std::string_view text);
/// Dutch label for pages (`De coördinator van het samenwerkingsverband`, ...).
std::string_view DoorzettingsmachtNaam(DoorzettingsmachtHouder houder);

/// The agreement on doorzettingsmacht: the kind of holder and who it is by name or function
/// (for example `Commissie Doorbraak Rijnmond` or `wethouder Onderwijs Utrecht`).
struct Doorzettingsmacht {
  DoorzettingsmachtHouder houder = DoorzettingsmachtHouder::kCoordinator;
  std::string naam;
};

/// One SWV's verzuim settings; the defaults apply to an SWV that configured nothing.
struct VerzuimInstellingen {
  /// The holiday region whose holidays pause the school-week clock; none: the region of the
  /// configuration (config/passend.json).
  std::optional<Vakantieregio> vakantieregio;
  Doorzettingsmacht doorzettingsmacht;
  /// Seed 000 #8: «dat het onderwijskundig perspectief wordt betrokken bij het besluit tot een
  /// vrijstelling (5 onder a)». On by default: an exemption 5 onder a is registered only after
  /// the SWV's education-perspective advice is recorded.
  bool advies_voor_vrijstelling = true;
  /// The SWV's interim targets for children more than 3 months at home, if it set them.
  std::optional<Tussendoelen> tussendoelen;
};

/// Checks the settings: a name of at most 200 characters and, when present, a valid plan
/// (Valideer(Tussendoelen); fields prefixed `tussendoelen.`).
Result<void> Valideer(const VerzuimInstellingen& instellingen);

}  // namespace passend::domain
