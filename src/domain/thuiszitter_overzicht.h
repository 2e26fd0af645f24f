#pragma once
// The thuiszitters overview of a region (an SWV, a municipality, the country) on one day
// (issue 6 item 5; domain.md §3.5 and §3.9; docs/verzuim.md "Views"): the current
// thuiszitters with days at home, the counts, a trend over 12 months, age groups and sex,
// the standing against the region's tussendoelen, and thuiszitters per 1,000 students against
// the national figure. Built on StatusOp, ThuiszitterVanaf and TelThuiszitters: the status
// rules live there, never here. Pure: no I/O, no clock.

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/kwartaalregistratie.h"
#include "domain/registry.h"
#include "domain/school_year.h"
#include "domain/tussendoelen.h"
#include "domain/verzuim.h"

namespace passend::domain {

/// The holidays that pause the school-week clock of one case (those of its SWV's region).
/// The returned reference must outlive the call it is passed to.
using VakantiesVoor = std::function<const Schoolvakanties&(const Verzuimmelding&)>;

/// Age groups of the overview, by age in whole years on the peildatum: primary school age
/// (4–11), lower secondary (12–15), the last years of leerplicht (16–17) and
/// kwalificatieplicht and (v)so up to 20 (18+). Younger than 4 or no date of birth: onbekend.
enum class Leeftijdsgroep { k4Tot11, k12Tot15, k16Tot17, k18Plus, kOnbekend };

/// All age groups in display order.
inline constexpr Leeftijdsgroep kAlleLeeftijdsgroepen[] = {
    Leeftijdsgroep::k4Tot11, Leeftijdsgroep::k12Tot15, Leeftijdsgroep::k16Tot17,
    Leeftijdsgroep::k18Plus, Leeftijdsgroep::kOnbekend};

/// `4-11`, `12-15`, `16-17`, `18+`, `onbekend` (API spelling).
std::string_view LeeftijdsgroepCode(Leeftijdsgroep groep);
/// Dutch label for pages (`4 tot en met 11 jaar`, ..., `Onbekend`).
std::string_view LeeftijdsgroepNaam(Leeftijdsgroep groep);
/// The group of a child born on `geboortedatum`, on `op` (a birthday counts on the day itself).
Leeftijdsgroep LeeftijdsgroepOp(std::optional<Date> geboortedatum, Date op);

/// All sexes in display order (man, vrouw, onbekend).
inline constexpr Geslacht kAlleGeslachten[] = {Geslacht::kMan, Geslacht::kVrouw,
                                               Geslacht::kOnbekend};
/// Dutch label for pages (`Jongen`, `Meisje`, `Onbekend`).
std::string_view GeslachtNaam(Geslacht geslacht);

/// One current thuiszitter case on the peildatum.
struct HuidigeThuiszitter {
  int64_t melding = 0;
  LeerlingId leerling;
  VerzuimType type = VerzuimType::kAbsoluutVerzuim;
  SwvCode swv;
  GemeenteCode gemeente;
  Date startdatum{};
  int dagen_thuis = 0;
  bool langer_dan_drie_maanden = false;
  bool aanbod_gedaan = false;
  std::vector<VerzuimSignaal> signalen;  // as StatusOp gives them
  Leeftijdsgroep leeftijdsgroep = Leeftijdsgroep::kOnbekend;
  Geslacht geslacht = Geslacht::kOnbekend;
};

/// One month of the trend.
struct Maandcijfer {
  std::chrono::year_month maand{};
  Date peildag{};        // the month's last day, or the peildatum in the peildatum's month
  int thuiszitters = 0;  // thuiszitters on `peildag` (each child once)
  int nieuw = 0;         // children who became a thuiszitter in the month, up to `peildag`
  int langer_dan_drie_maanden = 0;  // of `thuiszitters`, at home longer than 3 months
};

/// Where the region stands against its interim targets.
struct TussendoelenStand {
  Tussendoelen plan;
  SchoolYear jaar{0};   // the school year of the peildatum
  int64_t gemeten = 0;  // children longer than 3 months at home on the peildatum
  Stand stand;          // StandVan(plan, jaar, gemeten)
  std::vector<std::pair<SchoolYear, int64_t>> doelen;  // Doelen(plan)
};

/// What the overview needs besides the cases.
struct OverzichtParameters {
  Date peildatum{};
  VerzuimTermijnen termijnen;
  std::optional<Tussendoelen> tussendoelen;  // the region's plan, if it set one
  int64_t leerlingen = 0;                    // students in the region (the per-1,000 base)
  std::optional<PerDuizend> landelijk;       // the national figure on the peildatum
  int trend_maanden = 12;                    // months in the trend, the peildatum's included
};

/// The overview of one region on one day.
struct ThuiszitterOverzicht {
  Date peildatum{};
  Thuiszittertelling telling;  // on the peildatum; sick children and exemptions beside
  std::vector<HuidigeThuiszitter> thuiszitters;  // longest at home first
  std::vector<Maandcijfer> trend;                // oldest month first
  /// Current thuiszitters (each child once) per kAlleLeeftijdsgroepen / kAlleGeslachten entry.
  std::array<int, 5> per_leeftijd{};
  std::array<int, 3> per_geslacht{};
  std::optional<TussendoelenStand> tussendoelen;  // none without a (valid) plan
  std::optional<PerDuizend> per_duizend;          // none without students
  std::optional<PerDuizend> landelijk;
};

/// TelThuiszitters over cases of several holiday regions: counted per region (each child once
/// within it) and added up.
Thuiszittertelling TelOver(std::span<const RegisterInvoer> invoer, Date op,
                           const VerzuimTermijnen& termijnen, const VakantiesVoor& vakanties);

/// Builds the overview from every case of the region that ran in the trend's months (more
/// cases do no harm: StatusOp decides what counts on which day).
ThuiszitterOverzicht BouwThuiszitterOverzicht(std::span<const RegisterInvoer> invoer,
                                              const OverzichtParameters& parameters,
                                              const VakantiesVoor& vakanties);

/// The first day of the trend of `maanden` months up to `peildatum` (the first day of the
/// oldest month): cases that ended on or before it cannot count.
Date TrendBegin(Date peildatum, int maanden = 12);

}  // namespace passend::domain
