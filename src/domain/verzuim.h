#pragma once
// Verzuim and thuiszitters (domain.md §3.5; seeds 003 and 004; docs/verzuim.md): absence
// cases (verzuimmeldingen), school holidays, and the derived status of a case on any date.
// Pure: no I/O and no clock; "today" is always a parameter.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/codes.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/registry.h"

namespace passend::domain {

// ---------------------------------------------------------------------------------------------
// School holidays
// ---------------------------------------------------------------------------------------------

/// The three holiday regions of the Netherlands; holidays differ per region and per year.
enum class Vakantieregio { kNoord, kMidden, kZuid };

/// `noord`, `midden`, `zuid` (configuration and API spelling).
std::string_view VakantieregioCode(Vakantieregio regio);
/// Parses VakantieregioCode's spelling (kInvalid naming `regio`).
Result<Vakantieregio> ParseVakantieregio(std::string_view text);

/// One school holiday of one region, from `eerste` to `laatste` inclusive, as rijksoverheid.nl
/// publishes it (Saturday to Sunday).
struct Schoolvakantie {
  std::string naam;  // e.g. `herfstvakantie`
  Date eerste{};
  Date laatste{};
};

/// The school holidays of one region, sorted and without overlaps. Never hard-coded: they come
/// from configuration (config/vakanties.json), because they differ per region and per year.
class Schoolvakanties {
 public:
  /// No holidays at all (every weekday is a school day).
  Schoolvakanties() = default;
  /// Sorts the periods; refuses impossible dates, an end before the start, and overlaps.
  static Result<Schoolvakanties> Create(std::vector<Schoolvakantie> vakanties);

  /// True when `date` falls inside one of the holidays.
  bool IsVakantie(Date date) const;
  /// True for Monday to Friday outside the holidays. Public holidays (Koningsdag, Hemelvaart)
  /// and study days are not holidays here: they do not pause the school-week clock.
  bool IsSchooldag(Date date) const;
  /// The holidays, sorted by first day.
  const std::vector<Schoolvakantie>& Vakanties() const { return vakanties_; }

 private:
  explicit Schoolvakanties(std::vector<Schoolvakantie> vakanties)
      : vakanties_(std::move(vakanties)) {}
  std::vector<Schoolvakantie> vakanties_;
};

/// The school-week clock (docs/verzuim.md, "Vakanties"): the first school day after `lesweken`
/// school weeks (5 school days each) counted from `start` inclusive. Holidays pause the clock;
/// they neither count nor break the run. Without holidays, and for a `start` on a school day,
/// this is exactly `start` + 7 × `lesweken` days. `lesweken` must be at least 1.
Date NaLesweken(Date start, int lesweken, const Schoolvakanties& vakanties);

// ---------------------------------------------------------------------------------------------
// Absence cases
// ---------------------------------------------------------------------------------------------

/// The kinds of absence case. Only absoluut verzuim and langdurig relatief verzuim make a
/// thuiszitter (seed 004, footnote 27); exemptions and sickness are recorded but never counted
/// as unauthorised absence.
enum class VerzuimType {
  kAbsoluutVerzuim,           // of compulsory school age, not registered at any school
  kLangdurigRelatiefVerzuim,  // registered, unauthorised absence for more than 4 weeks
  kRelatiefVerzuim,           // registered, 16 hours within 4 consecutive school weeks
  kVrijstelling5a,            // Leerplichtwet art. 5 onder a: physical or psychological grounds
  kVrijstelling5b,            // art. 5 onder b: objection to the direction of every school near
  kVrijstelling5c,            // art. 5 onder c: enrolled at a school abroad
  kZiek,                      // sick: authorised absence, kept in view, never counted
};

/// All types, in a fixed order (for listings and tests).
inline constexpr VerzuimType kAlleVerzuimTypes[] = {VerzuimType::kAbsoluutVerzuim,
                                                    VerzuimType::kLangdurigRelatiefVerzuim,
                                                    VerzuimType::kRelatiefVerzuim,
                                                    VerzuimType::kVrijstelling5a,
                                                    VerzuimType::kVrijstelling5b,
                                                    VerzuimType::kVrijstelling5c,
                                                    VerzuimType::kZiek};

/// `absoluut-verzuim`, `langdurig-relatief-verzuim`, `relatief-verzuim`, `vrijstelling-5a`,
/// `vrijstelling-5b`, `vrijstelling-5c`, `ziek` (API spelling).
std::string_view VerzuimTypeCode(VerzuimType type);
/// Parses VerzuimTypeCode's spelling (kInvalid naming `type`).
Result<VerzuimType> ParseVerzuimType(std::string_view text);
/// Dutch label for pages (`Absoluut verzuim`, ..., `Vrijstelling 5 onder a`, `Ziek`).
std::string_view VerzuimTypeNaam(VerzuimType type);
/// True for the types that make a thuiszitter: absoluut and langdurig relatief verzuim.
bool IsThuiszittertype(VerzuimType type);
/// True for the exemptions 5 onder a, b and c.
bool IsVrijstelling(VerzuimType type);

/// How a case ended.
enum class Beeindiging {
  kTerugNaarSchool,  // back at the school where the child is registered
  kAndereSchool,     // placed at another school
  kVrijstelling,     // an exemption was granted (a new case of that type records it)
  kVerhuisd,         // moved out of the municipality or abroad
  kEindeLeerplicht,  // no longer of compulsory school age or qualified
  kOnderwijsZorg,    // an education-and-care arrangement outside school
  kOverig,           // anything else; needs an explanation
};

/// `terug-naar-school`, `andere-school`, `vrijstelling`, `verhuisd`, `einde-leerplicht`,
/// `onderwijs-zorgarrangement`, `overig` (API spelling).
std::string_view BeeindigingCode(Beeindiging reden);
/// Parses BeeindigingCode's spelling (kInvalid naming `reden`).
Result<Beeindiging> ParseBeeindiging(std::string_view text);
/// Dutch label for pages (`Terug naar school`, ...).
std::string_view BeeindigingNaam(Beeindiging reden);

/// A fitting offer of education (passend onderwijsaanbod) made to the child and its parents.
struct PassendAanbod {
  Date datum{};
  std::string omschrijving;  // what was offered, e.g. `plaats op SBO De Horizon per 1 december`
};

/// One absence case of one child, as stored.
struct Verzuimmelding {
  int64_t id = 0;
  LeerlingId leerling;
  VerzuimType type = VerzuimType::kAbsoluutVerzuim;
  GemeenteCode gemeente;                 // the municipality whose leerplicht handles the case
  std::optional<Vestigingscode> school;  // none for absoluut verzuim and most exemptions
  SwvCode swv;                           // the SWV whose register holds the case
  Date startdatum{};                     // the first day of absence
  std::optional<Date> einddatum;         // the day it ended: from then on the child is not at home
  std::optional<Beeindiging> reden_einde;
  std::string toelichting_einde;  // required for `overig`
  std::optional<PassendAanbod> aanbod;
  /// Exemption 5 onder a only: the date of the statement of the doctor the municipality
  /// appointed (domain/vrijstelling.h), and the SWV's advice that preceded it, if required.
  std::optional<Date> artsverklaring;
  std::optional<int64_t> advies;
};

/// Checks a case as registered on `vandaag`: a student, municipality and SWV; a school for the
/// types where the child is registered at one (langdurig relatief, relatief verzuim, ziek); a
/// start on or before `vandaag`; an end after the start with its reason; an offer within the
/// case. Errors name the API field (`leerling`, `school`, `startdatum`, ...).
Result<void> Valideer(const Verzuimmelding& melding, Date vandaag);

/// Ends an open case on `einddatum` (the first day the child is no longer at home) for
/// `reden`; `overig` needs a `toelichting`. Refused when already ended or inconsistent.
Result<void> Beeindig(Verzuimmelding& melding, Date einddatum, Beeindiging reden,
                      std::string toelichting = {});

/// Records the first fitting offer; refused when one exists, when the description is empty, or
/// when its date lies outside the case.
Result<void> RegistreerAanbod(Verzuimmelding& melding, PassendAanbod aanbod);

// ---------------------------------------------------------------------------------------------
// Derived status: thuiszitter, days at home, triggers
// ---------------------------------------------------------------------------------------------

/// The verzuim parameters. They come from configuration (config/passend.json, section
/// `verzuim`); the defaults are domain.md §3.5.
struct VerzuimTermijnen {
  /// Seed 004, footnote 27 and DUO: registered and absent without a valid reason for more
  /// than 4 consecutive weeks is langdurig relatief verzuim. Counted in school weeks.
  int langdurig_relatief_lesweken = 4;
  /// Seed 003 §4.3: the onderwijsconsulent takes cases at home at least 4 weeks without a
  /// prospect of placement. Counted in school weeks (holidays pause the clock).
  int consulent_lesweken = 4;
  /// Seeds 003 and 004: no child longer than 3 months at home without a fitting offer.
  /// Counted in calendar months (holidays count).
  int max_thuis_maanden = 3;
  /// Days before the 3-month limit at which the case is flagged `bijna-drie-maanden`.
  int signaal_dagen = 14;
};

/// A trigger reached by a thuiszitter without a fitting offer.
enum class VerzuimSignaal {
  kConsulent,         // may go to the onderwijsconsulent: a signal to the SWV
  kBijnaDrieMaanden,  // the 3-month limit is near: `signaal_dagen` or fewer days left
  kDrieMaanden,       // the target is breached: a signal to whoever holds doorzettingsmacht
};

/// `consulent`, `bijna-drie-maanden`, `drie-maanden` (API spelling).
std::string_view VerzuimSignaalCode(VerzuimSignaal signaal);

/// The day a case starts to count as a thuiszitter: absoluut verzuim from its first day (seed
/// 004, fn 27: «al sprake als een kind één dag niet op een school is ingeschreven»),
/// langdurig relatief verzuim from the first school day after `langdurig_relatief_lesweken`
/// school weeks of absence. None for the other types, and none when the case ended before.
std::optional<Date> ThuiszitterVanaf(const Verzuimmelding& melding,
                                     const VerzuimTermijnen& termijnen,
                                     const Schoolvakanties& vakanties);

/// True when the case counts as a thuiszitter on `op`: a thuiszitter type, past its onset and
/// not yet ended. Sick children and exemptions never count (seed 004; domain.md §3.5).
bool IsThuiszitter(const Verzuimmelding& melding, Date op, const VerzuimTermijnen& termijnen,
                   const Schoolvakanties& vakanties);

/// The 4-week trigger: the first school day after `consulent_lesweken` school weeks at home,
/// and never before the case is a thuiszitter. None for types that are never thuiszitters.
std::optional<Date> ConsulentDatum(const Verzuimmelding& melding, const VerzuimTermijnen& termijnen,
                                   const Schoolvakanties& vakanties);

/// The 3-month trigger: the first day on which the child has been at home longer than
/// `max_thuis_maanden` calendar months (start + 3 months). None for non-thuiszitter types.
std::optional<Date> DrieMaandenDatum(const Verzuimmelding& melding,
                                     const VerzuimTermijnen& termijnen);

/// Where one case stands on one day.
struct VerzuimStatus {
  bool loopt = false;        // started on or before the day and not ended
  bool thuiszitter = false;  // counts as a thuiszitter on the day
  int dagen_thuis = 0;       // calendar days from the start to the day (or to the end)
  std::optional<Date> thuiszitter_vanaf;
  std::optional<Date> consulent_vanaf;
  std::optional<Date> drie_maanden_vanaf;
  bool langer_dan_drie_maanden = false;  // a thuiszitter at home past the 3-month limit
  bool aanbod_gedaan = false;            // a fitting offer was made on or before the day
  /// The triggers reached, in order; none once a fitting offer has been made (the signals ask
  /// someone to act, and with an offer there is nothing left to force).
  std::vector<VerzuimSignaal> signalen;
};

/// The status of `melding` on `op`.
VerzuimStatus StatusOp(const Verzuimmelding& melding, Date op, const VerzuimTermijnen& termijnen,
                       const Schoolvakanties& vakanties);

/// The dates of a case's triggers. They do not depend on the day asked about, and the
/// school-week clock walks day by day, so a view over many days (a monthly trend) computes
/// them once per case.
struct VerzuimKlok {
  std::optional<Date> thuiszitter_vanaf;   // ThuiszitterVanaf
  std::optional<Date> consulent_vanaf;     // ConsulentDatum
  std::optional<Date> drie_maanden_vanaf;  // DrieMaandenDatum
};

/// The trigger dates of `melding`.
VerzuimKlok KlokVan(const Verzuimmelding& melding, const VerzuimTermijnen& termijnen,
                    const Schoolvakanties& vakanties);

/// The status of `melding` on `op` from its precomputed `klok` (equal to StatusOp with the
/// holidays the clock was computed with).
VerzuimStatus StatusOp(const Verzuimmelding& melding, Date op, const VerzuimTermijnen& termijnen,
                       const VerzuimKlok& klok);

/// Counts on one day, per distinct child. Thuiszitters exclude sick children and exemptions
/// (seed 004: «Zieke leerlingen horen echter niet bij ongeoorloofd verzuim thuis»); those are
/// counted beside them so that they stay in view.
struct Thuiszittertelling {
  int thuiszitters = 0;  // absoluut + langdurig relatief, each child once
  int absoluut_verzuim = 0;
  int langdurig_relatief_verzuim = 0;
  int langer_dan_vier_weken = 0;  // past the consultant trigger
  int langer_dan_drie_maanden = 0;
  int zonder_aanbod = 0;     // thuiszitters without a fitting offer yet
  int ziek = 0;              // not counted as thuiszitters
  int vrijstellingen = 0;    // not counted as thuiszitters
  int relatief_verzuim = 0;  // truancy; not thuiszitters
};

/// Counts the cases of one holiday region on `op`.
Thuiszittertelling TelThuiszitters(std::span<const Verzuimmelding> meldingen, Date op,
                                   const VerzuimTermijnen& termijnen,
                                   const Schoolvakanties& vakanties);

/// Counts `meldingen` on `op` with their precomputed clocks (`klokken[i]` belongs to
/// `meldingen[i]`); any mix of holiday regions.
Thuiszittertelling TelThuiszitters(std::span<const Verzuimmelding> meldingen,
                                   std::span<const VerzuimKlok> klokken, Date op,
                                   const VerzuimTermijnen& termijnen);

}  // namespace passend::domain
