#pragma once
// Use cases of the money part (issue 8; domain.md §3.7; docs/geld.md): an SWV's income
// computed from the records with every line's inputs and formula, its audited year accounts
// against the Inspectie's signaleringswaarde, and the national overview. SWV-level figures
// carry no personal data; every change is one transaction with its event.

#include <optional>
#include <string>
#include <vector>

#include "app/bekostiging_config.h"
#include "app/ports.h"
#include "app/ports_geld.h"
#include "app/ports_tlv.h"
#include "app/principal.h"
#include "domain/bekostiging.h"
#include "domain/reserve.h"
#include "domain/school_year.h"

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

/// Income, year accounts and the national overview.
class GeldService {
 public:
  GeldService(UnitOfWork& work, GeldQueries& geld, TlvQueries& tlv, RegistryQueries& registry,
              const Clock& clock, BekostigingConfig config, int teldatum_maand, int teldatum_dag)
      : work_(work),
        geld_(geld),
        tlv_(tlv),
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
  /// Last calendar year: the latest year whose accounts can be audited.
  int VorigJaar() const;
  /// The threshold rule in force (for pages that explain it).
  const domain::ReserveNorm& Norm() const { return config_.reserve; }

 private:
  domain::Result<std::string> SwvNaam(const Principal& principal, const std::string& swv);
  domain::Result<JaarrekeningInzicht> Inzicht(JaarrekeningRecord record) const;

  UnitOfWork& work_;
  GeldQueries& geld_;
  TlvQueries& tlv_;
  RegistryQueries& registry_;
  const Clock& clock_;
  BekostigingConfig config_;
  int teldatum_maand_;
  int teldatum_dag_;
};

}  // namespace passend::app
