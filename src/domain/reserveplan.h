#pragma once
// Reserve plans (bestedingsplannen) of an SWV whose year accounts show a reserve above the
// Inspectie's signaleringswaarde, the OPR's consent and internal supervision's approval, the
// withholding of budget when no approved plan exists by the deadline, objections against the
// figures or the withholding, and the multi-year budget (issue 8 items 5 and 6; domain.md §3.7).
//
// seed 000 #23: "samenwerkingsverbanden [moeten] per direct plannen maken om de reserves terug
// te brengen tot onder de signaleringswaarde ... Samenwerkingsverbanden hebben tot en met
// januari 2021 de tijd om het plan te maken. Als er geen (goed) plan komt, krijgen alle
// samenwerkingsverbanden vanaf schooljaar 2021–2022 minder budget. Een samenwerkingsverband
// krijgt het ingehouden bedrag alsnog, als het een plan opstelt om de reserves te verlagen. Het
// plan moet afgestemd worden met de OPR en het intern toezicht."
// seed 002: "ervoor te zorgen dat een samenwerkingsverband op basis van inhoudelijke argumenten
// bezwaar moet kunnen aantekenen tegen de korting" (the figures must be right).
//
// Pure: no clock (today is a parameter), no I/O; money in exact cents.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/error.h"
#include "domain/money.h"

namespace passend::domain {

/// The plan duty's parameters (config/bekostiging.json `reserveplan`).
struct ReserveplanTermijn {
  int vanaf_jaar = 2019;        // the first accounts year the duty applies to (seed 000 #23)
  int deadline_jaren_na = 2;    // the deadline lies in accounts year + this ...
  int deadline_maand = 1;       // ... on this month ...
  int deadline_dag = 31;        // ... and day (2019 accounts: "tot en met januari 2021")
  int max_jaren = 5;            // a plan's years lie in accounts year + 1 ... + max_jaren
  int begroting_min_jaren = 3;  // a multi-year budget covers at least this many years
};

/// The last day to have an approved plan for the accounts of `jaarrekening_jaar` (an invalid
/// configured day is clamped to the month's last day).
Date ReserveplanDeadline(int jaarrekening_jaar, const ReserveplanTermijn& termijn);

/// One line of a plan: an amount spent in one year on one purpose.
struct PlanRegel {
  int jaar = 0;
  Cents bedrag;
  std::string doel;  // Dutch, what the money is spent on
};

/// The content of one version of a plan.
struct Bestedingsplan {
  int jaarrekening_jaar = 0;  // the accounts whose reserve above the threshold it spends
  std::vector<PlanRegel> regels;
  std::string toelichting;
};

/// Checks a plan against the reserve above the threshold in its accounts and returns its total.
/// kInvalid naming `regels`, `regels[i].jaar`, `regels[i].bedrag`, `regels[i].doel` or
/// `toelichting` for malformed input (no lines, a year not after the accounts year or more
/// than max_jaren after it, an amount not above 0, an empty purpose); kRegel naming
/// `jaarrekeningJaar` when the accounts show no reserve above the threshold or lie before
/// vanaf_jaar (no plan is needed), and naming `regels` when the total does not cover the
/// reserve above the threshold (seed 000 #23: the plan brings the reserve below it).
Result<Cents> ValideerPlan(const Bestedingsplan& plan, Cents bovenmatige_reserve,
                           const ReserveplanTermijn& termijn);

/// Who decides on a plan: the OPR consents (ondersteuningsplanraad), internal supervision
/// approves (intern toezicht); seed 000 #23.
enum class PlanOrgaan { kOpr, kInternToezicht };
/// `opr`, `intern-toezicht`.
std::string_view PlanOrgaanCode(PlanOrgaan orgaan);
/// Parses PlanOrgaanCode's spelling.
Result<PlanOrgaan> ParsePlanOrgaan(std::string_view text);

/// One decision on a plan version: the OPR's consent given or refused, or internal
/// supervision's approval given or refused, with its date.
struct PlanBesluit {
  PlanOrgaan orgaan = PlanOrgaan::kOpr;
  bool akkoord = false;  // instemming gegeven / goedgekeurd
  Date datum{};
  std::string toelichting;
};
/// Dutch words for a decision: `instemming gegeven`, `instemming geweigerd`, `goedgekeurd`,
/// `afgekeurd`.
std::string_view BesluitTekst(const PlanBesluit& besluit);

/// Where a plan version stands: concept → instemming OPR → goedgekeurd. A refusal (by either
/// body) sends it back to concept; a new version replaces it.
enum class PlanStand { kConcept, kInstemmingOpr, kGoedgekeurd };
/// `concept`, `instemming-opr`, `goedgekeurd`.
std::string_view PlanStandCode(PlanStand stand);
/// Dutch label for pages.
std::string_view PlanStandNaam(PlanStand stand);

/// The stand a version's decisions lead to.
struct PlanToestand {
  PlanStand stand = PlanStand::kConcept;
  bool teruggestuurd = false;          // the last decision was a refusal
  std::optional<Date> goedgekeurd_op;  // internal supervision's approval date
};

/// Folds the decisions in order; kConflict for a decision the stand does not allow.
Result<PlanToestand> Toestand(const std::vector<PlanBesluit>& besluiten);

/// Checks a new decision on a version recorded on `aangemaakt`: kInvalid naming `datum` when it
/// lies after `vandaag`, before `aangemaakt` or before the previous decision, naming
/// `toelichting` when a refusal has no reasons; kConflict when the stand does not allow it
/// (the OPR decides on a concept, internal supervision on a plan the OPR consented to, nothing
/// follows an approval).
Result<PlanToestand> ToetsBesluit(const std::vector<PlanBesluit>& eerder, const PlanBesluit& nieuw,
                                  Date aangemaakt, Date vandaag);

/// Whether budget is withheld for the accounts of one year.
enum class Inhouding {
  kNietNodig,       // no reserve above the threshold, or a year before the duty
  kNogNiet,         // the deadline has not passed and no plan is approved yet
  kNietIngehouden,  // a plan was approved by the deadline
  kIngehouden,      // the deadline passed without an approved plan: withheld
  kVrijgegeven,     // withheld, then released on a plan's approval
  kOpgeheven,       // withheld, then lifted by a well-founded objection
};
/// `niet-nodig`, `nog-niet`, `niet-ingehouden`, `ingehouden`, `vrijgegeven`, `opgeheven`.
std::string_view InhoudingCode(Inhouding inhouding);
/// Dutch sentence-start label for pages.
std::string_view InhoudingNaam(Inhouding inhouding);

/// The withholding status on one day.
struct InhoudingsStatus {
  Inhouding stand = Inhouding::kNietNodig;
  std::optional<Date> deadline;          // none when no plan is needed
  std::optional<Date> ingehouden_vanaf;  // the day after the deadline, when withheld
  std::optional<Date> beeindigd_op;      // released or lifted on this day
};

/// The withholding status on `vandaag` of the accounts of `jaarrekening_jaar`, from the reserve
/// above the threshold, the approval dates of its plan versions and the date of a well-founded
/// objection (only those on or before `vandaag` count). Withheld from the day after the
/// deadline when no plan was approved by it; released on the first approval after it
/// (seed 000 #23: "krijgt het ingehouden bedrag alsnog"); lifted when an objection against the
/// figures or the withholding is well-founded (seed 002).
InhoudingsStatus BepaalInhouding(Cents bovenmatige_reserve, int jaarrekening_jaar,
                                 const std::vector<Date>& goedkeuringen,
                                 const std::optional<Date>& bezwaar_gegrond, Date vandaag,
                                 const ReserveplanTermijn& termijn);

/// What an objection is against (seed 002).
enum class BezwaarOnderwerp { kCijfers, kInhouding };
/// `cijfers`, `inhouding`.
std::string_view BezwaarOnderwerpCode(BezwaarOnderwerp onderwerp);
/// Parses BezwaarOnderwerpCode's spelling.
Result<BezwaarOnderwerp> ParseBezwaarOnderwerp(std::string_view text);

/// An SWV's objection against the figures of one year's accounts or the withholding.
struct Reservebezwaar {
  int jaarrekening_jaar = 0;
  BezwaarOnderwerp onderwerp = BezwaarOnderwerp::kCijfers;
  std::string argumenten;  // the arguments on the merits (seed 002)
  Date ingediend_op{};
};

/// kInvalid naming `argumenten` (empty or over 4,000 characters), `ingediend_op` (after
/// `vandaag`) or `jaarrekeningJaar` (before 2014).
Result<void> Valideer(const Reservebezwaar& bezwaar, Date vandaag);

/// The decision on an objection.
struct BezwaarUitspraak {
  bool gegrond = false;
  std::string motivering;
  Date datum{};
};

/// kInvalid naming `motivering` (empty or over 4,000 characters) or `datum` (before the
/// objection was filed or after `vandaag`).
Result<void> Valideer(const BezwaarUitspraak& uitspraak, Date ingediend_op, Date vandaag);

/// A line of the multi-year budget: income or spending.
enum class BegrotingSoort { kBaten, kLasten };
/// `baten`, `lasten`.
std::string_view BegrotingSoortCode(BegrotingSoort soort);
/// Parses BegrotingSoortCode's spelling.
Result<BegrotingSoort> ParseBegrotingSoort(std::string_view text);

/// One line of a multi-year budget.
struct BegrotingRegel {
  int jaar = 0;
  BegrotingSoort soort = BegrotingSoort::kBaten;
  std::string doel;  // Dutch, the purpose or source
  Cents bedrag;      // not negative
};

/// The content of one version of a multi-year budget.
struct Meerjarenbegroting {
  int eerste_jaar = 0;
  std::vector<BegrotingRegel> regels;
  std::string toelichting;
};

/// kInvalid naming `eersteJaar` (before this year or after next year: the coming years),
/// `regels` (no lines, or a year of the first `min_jaren` without any line), `regels[i].jaar`
/// (before the first year or 10 or more years after it), `regels[i].doel`,
/// `regels[i].bedrag` (negative).
Result<void> Valideer(const Meerjarenbegroting& begroting, int min_jaren, Date vandaag);

/// The totals of one year of a budget.
struct BegrotingJaar {
  int jaar = 0;
  Cents baten;
  Cents lasten;
  Cents saldo;  // baten − lasten
};

/// Exact totals per year, in year order (overflow is an error).
Result<std::vector<BegrotingJaar>> Totalen(const Meerjarenbegroting& begroting);

/// The OPR's consent on a multi-year budget.
enum class OprInstemming { kGevraagd, kGegeven, kGeweigerd };
/// `gevraagd`, `gegeven`, `geweigerd`.
std::string_view OprInstemmingCode(OprInstemming stand);
/// Parses OprInstemmingCode's spelling.
Result<OprInstemming> ParseOprInstemming(std::string_view text);

/// One step of the consent with its date.
struct InstemmingStap {
  OprInstemming stand = OprInstemming::kGevraagd;
  Date datum{};
};

/// Checks the next step: consent is asked once, then given or refused once (a new version asks
/// again); kConflict otherwise; kInvalid naming `datum` after `vandaag` or before the previous
/// step.
Result<void> ToetsInstemming(const std::vector<InstemmingStap>& eerder, const InstemmingStap& nieuw,
                             Date vandaag);

}  // namespace passend::domain
