#pragma once
// The ontwikkelingsperspectiefplan (OPP): the plan for a student with support beyond
// basisondersteuning and for every sbo and (v)so student (domain.md §3.4; issue 7 item 4;
// docs/opp.md). The expected destination and its reasoning, the support and the deviations
// from the programme, the handelingsdeel with goals, and the student's own view; set within
// 6 weeks after placement, evaluated with the parents at least yearly, kept in versions. The
// parents' consent on the handelingsdeel of each version decides which version is in force.
// Pure: no I/O, no clock.

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

namespace passend::domain {

/// The uitstroomprofiel of a vso student (WEC art. 14a; domain.md §3.4).
enum class Uitstroomprofiel { kVervolgonderwijs, kArbeidsmarkt, kDagbesteding };
/// `vervolgonderwijs`, `arbeidsmarkt`, `dagbesteding` (API and database spelling).
std::string_view UitstroomprofielCode(Uitstroomprofiel profiel);
/// Parses UitstroomprofielCode's spelling (kInvalid naming `uitstroomprofiel`).
Result<Uitstroomprofiel> ParseUitstroomprofiel(std::string_view text);
/// Dutch label (`Vervolgonderwijs`, ...).
std::string_view UitstroomprofielNaam(Uitstroomprofiel profiel);

/// Where the parents' consent on a version's handelingsdeel stands.
enum class Instemming { kGevraagd, kGegeven, kGeweigerd };
/// `gevraagd`, `gegeven`, `geweigerd` (API and database spelling).
std::string_view InstemmingCode(Instemming instemming);
/// Parses InstemmingCode's spelling (kInvalid naming `besluit`).
Result<Instemming> ParseInstemming(std::string_view text);
/// Dutch label (`Instemming gevraagd`, ...).
std::string_view InstemmingNaam(Instemming instemming);

/// The OPP terms (config/passend.json, section `opp`).
struct OppTermijnen {
  /// WPO art. 40a, WEC art. 41a, WVO art. 26: set within 6 weeks after placement.
  int vaststellen_weken = 6;
  /// The same articles: evaluated with the parents at least once a year.
  int evaluatie_maanden = 12;
};

/// The content of one version (domain.md §3.4: short, one child, one plan).
struct OppInhoud {
  std::string uitstroombestemming;                   // the expected further education
  std::optional<Uitstroomprofiel> uitstroomprofiel;  // vso only, and required there
  std::string bevorderende_factoren;                 // the reasoning: what helps
  std::string belemmerende_factoren;                 // the reasoning: what hinders
  std::string ondersteuning;                         // the support the student gets
  std::string afwijkingen;                           // deviations from the programme; may be empty
  std::vector<std::string> doelen;                   // the handelingsdeel's goals, at least one
  Hoorrecht hoorrecht;                               // the student's own view (zienswijze)
};

/// One step of the consent on a version: asked (by the school), then given or refused (by the
/// parents). Steps are only ever added.
struct OppInstemmingStap {
  Instemming status = Instemming::kGevraagd;
  Date datum{};
  std::string door;         // the account that recorded it
  std::string toelichting;  // the parents' explanation; may be empty
};

/// One version of the plan: set once, never changed (a change of content is a new version).
struct OppVersie {
  int nummer = 0;  // 1, 2, ...
  Date vastgesteld_op{};
  std::string vastgesteld_door;
  OppInhoud inhoud;
  std::vector<OppInstemmingStap> instemming;  // in the order recorded
};

/// An evaluation of the plan with the parents (at least yearly).
struct OppEvaluatie {
  Date datum{};
  std::string met_wie;    // who took part (the parents, the student, the teacher, ...)
  std::string conclusie;  // what was concluded
  std::string door;       // the account that recorded it
};

/// The plan of one student at one school, with all its versions and evaluations.
struct Opp {
  int64_t id = 0;
  LeerlingId leerling;
  Vestigingscode school;
  SwvCode swv;
  SchoolSoort onderwijs = SchoolSoort::kBao;  // the school's kind: vso needs an uitstroomprofiel
  Date plaatsingsdatum{};                     // the placement the 6-week term runs from
  std::vector<OppVersie> versies;             // oldest first
  std::vector<OppEvaluatie> evaluaties;       // oldest first
};

/// Checks a new plan on `vandaag`: a student and a placement date not after `vandaag` (kInvalid
/// naming `leerling` or `plaatsingsdatum`).
Result<void> Valideer(const Opp& opp, Date vandaag);

/// Checks a version's content for a school of kind `onderwijs`: the destination, both sides of
/// the reasoning and the support (at most 4,000 characters each, deviations may be empty), 1 to
/// 20 goals of at most 1,000 characters, the student's view (hoorrecht, seed 000 #4), and an
/// uitstroomprofiel for vso and none otherwise (WEC art. 14a). Errors name the API field.
Result<void> Valideer(const OppInhoud& inhoud, SchoolSoort onderwijs);

/// Sets a new version on `op` by `door`: valid content, not before the placement or the previous
/// version. Versions are appended, never replaced.
Result<void> StelVersieVast(Opp& opp, OppInhoud inhoud, Date op, std::string door);

/// The consent state of `versie`: its last step; none when never asked.
std::optional<Instemming> InstemmingVan(const OppVersie& versie);

/// The school asks the parents' consent on the newest version's handelingsdeel on `op`: only
/// once per version (kConflict), not before the version was set.
Result<void> VraagInstemming(Opp& opp, Date op, std::string door);

/// The parents answer (`gegeven` or `geweigerd`) on `op` for the newest version: only while it
/// is asked (kRegel otherwise), once.
Result<void> BeantwoordInstemming(Opp& opp, Instemming antwoord, Date op, std::string door,
                                  std::string toelichting);

/// The version in force: the newest one whose handelingsdeel has the parents' consent; a refusal
/// keeps the previous consented version in force (WPO art. 40a, WEC art. 41a). None without one.
const OppVersie* VersieInWerking(const Opp& opp);

/// Records an evaluation with the parents: after the first version, not before the previous
/// evaluation; with whom and the conclusion required.
Result<void> LegEvaluatieVast(Opp& opp, OppEvaluatie evaluatie);

/// Where a plan stands, derived from its versions and evaluations (stored beside the plan so
/// that lists can filter on it).
struct OppStand {
  Date vaststellen_uiterlijk{};             // placement + vaststellen_weken
  std::optional<Date> vastgesteld_op;       // the first version's date
  int laatste_versie = 0;                   // 0: none set yet
  std::optional<Instemming> instemming;     // of the newest version
  int versie_in_werking = 0;                // 0: no consented version
  std::optional<Date> laatste_evaluatie;    //
  std::optional<Date> evaluatie_uiterlijk;  // (last evaluation or first version) + months
};

/// The stand of `opp` under `termijnen`.
OppStand StandVan(const Opp& opp, const OppTermijnen& termijnen);

/// The signals a plan gives on a day.
enum class OppSignaal {
  kVaststellenVerlopen,  // the 6 weeks after placement passed without a set version
  kEvaluatieNodig,       // the yearly evaluation is due
  kInstemmingOpen,       // consent asked, no answer yet
  kInstemmingGeweigerd,  // the parents refused the newest version: the dispute route applies
};
/// All signals, in a fixed order.
inline constexpr OppSignaal kAlleOppSignalen[] = {
    OppSignaal::kVaststellenVerlopen, OppSignaal::kEvaluatieNodig, OppSignaal::kInstemmingOpen,
    OppSignaal::kInstemmingGeweigerd};
/// `vaststellen-verlopen`, `evaluatie-nodig`, `instemming-open`, `instemming-geweigerd`.
std::string_view OppSignaalCode(OppSignaal signaal);
/// Parses OppSignaalCode's spelling (kInvalid naming `signaal`).
Result<OppSignaal> ParseOppSignaal(std::string_view text);
/// Dutch label for pages.
std::string_view OppSignaalNaam(OppSignaal signaal);

/// The signals of a plan standing at `stand` on `vandaag`: vaststellen-verlopen after the last
/// day of the term without a version; evaluatie-nodig from the evaluation's due day on.
std::vector<OppSignaal> Signalen(const OppStand& stand, Date vandaag);

/// The dispute route the parents are offered when they refuse consent (WPO art. 63a: the
/// Geschillencommissie passend onderwijs hears disputes about the OPP; domain.md §3.6), in Dutch.
std::string_view OppGeschilroute();

}  // namespace passend::domain
