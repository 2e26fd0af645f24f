#pragma once
// Use cases of the money part (issue 8; domain.md §3.7; docs/geld.md): an SWV's income
// computed from the records with every line's inputs and formula, its audited year accounts
// against the Inspectie's signaleringswaarde, and the national overview. SWV-level figures
// carry no personal data; every change is one transaction with its event.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/bekostiging_config.h"
#include "app/ports.h"
#include "app/ports_arrangement.h"
#include "app/ports_geld.h"
#include "app/ports_tlv.h"
#include "app/principal.h"
#include "domain/arrangement.h"
#include "domain/bekostiging.h"
#include "domain/reserve.h"
#include "domain/school_year.h"
#include "domain/toewijzing.h"

namespace passend::app {

/// An SWV's income for one school year, computed from the count date's records.
struct BatenOverzicht {
  std::string swv;
  std::string swv_naam;
  domain::Sector sector = domain::Sector::kPo;
  domain::SchoolYear schooljaar{0};
  domain::Date teldatum{};  // 1 October of the school year (a parameter)
  int64_t leerlingen = 0;
  domain::TlvTelling telling;
  domain::Baten baten;
  domain::Kalenderjaardelen verdeling;  // 5/12 in the start year, 7/12 in the next
  bool demo = true;                     // the norm amounts are example values
  bool verevening_demo = true;
};

/// One year's accounts with what the Inspectie reads from them.
struct JaarrekeningInzicht {
  JaarrekeningRecord record;
  domain::ReserveBeoordeling beoordeling;
};

/// A bucket of a distribution: `[van_bp, tot_bp)` in basis points; `tot_bp` 0 means open.
struct Verdelingsklasse {
  int64_t van_bp = 0;
  int64_t tot_bp = 0;
  int aantal = 0;
};

/// The country's SWVs' accounts of one year, aggregates only (issue 8 item 8).
struct LandelijkGeldOverzicht {
  int jaar = 0;
  int aantal_swv = 0;  // SWVs with accounts of that year
  int boven_signaleringswaarde = 0;
  domain::Cents totaal_boven;  // the sum of the amounts above the threshold
  domain::Cents totaal_baten;
  domain::Cents totaal_organisatiekosten;
  int64_t organisatiekosten_bp = 0;  // the country's total share
  std::vector<Verdelingsklasse> organisatiekosten_verdeling;
  /// Reserve as a share of the SWV's own threshold (10,000 = exactly at it).
  std::vector<Verdelingsklasse> reserve_verdeling;
};

/// One calendar year of the SWV's spending: its allocations and its arrangement assignments
/// (each the 7/12 of the school year before and the 5/12 of the school year after) and the
/// organisation costs of its accounts.
struct BestedingKalenderjaar {
  int jaar = 0;
  domain::Cents toewijzingen_januari_juli;       // 7/12 of school year (jaar−1)/jaar
  domain::Cents toewijzingen_augustus_december;  // 5/12 of school year jaar/(jaar+1)
  domain::Cents toewijzingen;                    // their sum
  domain::Cents arrangementen_januari_juli;      // likewise for the arrangementen
  domain::Cents arrangementen_augustus_december;
  domain::Cents arrangementen;
  std::optional<domain::Cents> organisatiekosten;  // from the year accounts, when recorded
};

/// The SWV's allocations to its schools in one school year (issue 8 item 3).
struct ToewijzingenOverzicht {
  std::string swv;
  std::string swv_naam;
  domain::SchoolYear schooljaar{0};
  std::vector<ToewijzingRecord> records;  // this school year's, in order of recording
  std::map<std::string, std::string> school_namen;
  domain::ToewijzingTotalen totalen;
  domain::Kalenderjaardelen verdeling;             // of totalen.totaal
  std::vector<BestedingKalenderjaar> bestedingen;  // the two calendar years it touches
  /// The arrangement assignments starting in this school year, per school and in total.
  std::map<std::string, domain::SchoolBedrag> arrangementen_per_school;
  domain::SchoolBedrag arrangementen_totaal;
};

/// What one school location receives for support from its SWV (issue 8 item 7; seed 000 #15).
struct OndersteuningsgeldJaar {
  domain::SchoolYear schooljaar{0};
  std::map<domain::ToewijzingDoel, domain::Cents> per_doel;
  domain::Cents totaal;
  domain::Kalenderjaardelen verdeling;
  domain::SchoolBedrag arrangementen;  // the SWV's arrangementen for its students, in sum
};

/// The transparency view of one school: this school year and the one before.
struct Ondersteuningsgeld {
  std::string school;
  std::string school_naam;
  std::string swv;  // empty for a school outside the SWVs (clusters 1 and 2)
  std::string swv_naam;
  std::vector<OndersteuningsgeldJaar> jaren;  // the chosen school year first, then the one before
};

/// Income, year accounts and the national overview.
class GeldService {
 public:
  GeldService(UnitOfWork& work, GeldQueries& geld, TlvQueries& tlv,
              ArrangementQueries& arrangementen, RegistryQueries& registry, const Clock& clock,
              BekostigingConfig config, int teldatum_maand, int teldatum_dag)
      : work_(work),
        geld_(geld),
        tlv_(tlv),
        arrangementen_(arrangementen),
        registry_(registry),
        clock_(clock),
        config_(std::move(config)),
        teldatum_maand_(teldatum_maand),
        teldatum_dag_(teldatum_dag) {}

  /// The SWV's income in the school year starting in `start_jaar` (the current school year when
  /// absent): the SWV itself or a national role (kNotFound for another SWV's account); kRegel
  /// when the configuration has no amounts for that year.
  domain::Result<BatenOverzicht> Baten(const Principal& principal, const std::string& swv,
                                       std::optional<int> start_jaar);
  /// Records (a new version of) the SWV's audited accounts: only the SWV itself.
  domain::Result<JaarrekeningInzicht> LegJaarrekeningVast(const Principal& principal,
                                                          const std::string& client,
                                                          const std::string& swv,
                                                          const domain::Jaarrekening& cijfers);
  /// The latest version of one year's accounts (kNotFound when none).
  domain::Result<JaarrekeningInzicht> Jaarrekening(const Principal& principal,
                                                   const std::string& swv, int jaar);
  /// Every year's latest accounts of the SWV, newest first.
  domain::Result<std::vector<JaarrekeningInzicht>> Jaarrekeningen(const Principal& principal,
                                                                  const std::string& swv);
  /// The national overview of `jaar` (aggregates; statistiek-lezen).
  domain::Result<LandelijkGeldOverzicht> Landelijk(const Principal& principal, int jaar);
  /// Records an allocation of the SWV to one of its school locations (only the SWV itself;
  /// kRegel naming `school` for a school outside it, `bedrag` for a correction larger than
  /// what was allocated); one transaction with its event.
  domain::Result<ToewijzingRecord> LegToewijzingVast(const Principal& principal,
                                                     const std::string& client,
                                                     const std::string& swv,
                                                     const domain::Toewijzing& toewijzing);
  /// The SWV's allocations of the school year starting in `start_jaar` (current when absent)
  /// with totals and the spending per calendar year: the SWV itself or a national role.
  domain::Result<ToewijzingenOverzicht> Toewijzingen(const Principal& principal,
                                                     const std::string& swv,
                                                     std::optional<int> start_jaar);
  /// Public: what school location `school` receives from its SWV in the school year starting
  /// in `start_jaar` (current when absent) and the year before (organisation money, no
  /// personal data; kNotFound for an unknown school).
  domain::Result<Ondersteuningsgeld> OndersteuningsgeldVan(const std::string& school,
                                                           std::optional<int> start_jaar);
  /// The current school year's start year.
  int HuidigSchooljaar() const;
  /// Last calendar year: the latest year whose accounts can be audited.
  int VorigJaar() const;
  /// The threshold rule in force (for pages that explain it).
  const domain::ReserveNorm& Norm() const { return config_.reserve; }

 private:
  domain::Result<std::string> SwvNaam(const Principal& principal, const std::string& swv);
  domain::Result<JaarrekeningInzicht> Inzicht(JaarrekeningRecord record) const;
  /// The SWV's arrangement assignments starting in school years `van`..`tot` (start years),
  /// per school, one map per school year in order.
  domain::Result<std::vector<std::map<std::string, domain::SchoolBedrag>>> ArrangementBedragen(
      const std::string& swv, int van, int tot);

  UnitOfWork& work_;
  GeldQueries& geld_;
  TlvQueries& tlv_;
  ArrangementQueries& arrangementen_;
  RegistryQueries& registry_;
  const Clock& clock_;
  BekostigingConfig config_;
  int teldatum_maand_;
  int teldatum_dag_;
};

}  // namespace passend::app
