#pragma once
// The thuiszitters views (issue 6 item 5; docs/verzuim.md "Views"): the current thuiszitters
// in an account's scope, the overview of an SWV or a municipality on a peildatum, and the
// national aggregates. Identifiable lists are audited per student before they leave;
// aggregates without ids are not. National roles receive aggregates only.

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "app/paging.h"
#include "app/ports.h"
#include "app/ports_thuiszitters.h"
#include "app/principal.h"
#include "app/swv_instellingen_service.h"
#include "app/verzuim_service.h"
#include "domain/thuiszitter_overzicht.h"

namespace passend::app {

/// A current thuiszitter as a list shows it: the case's derived facts and the child's name.
struct ThuiszitterItem {
  domain::HuidigeThuiszitter thuiszitter;
  std::string leerling_naam;
};

/// Filters of the thuiszitters list (all optional; `peildatum` defaults to today).
struct ThuiszitterFilter {
  std::optional<std::string> swv;
  std::optional<std::string> gemeente;
  std::optional<domain::Date> peildatum;
};

/// The current thuiszitters in scope on a peildatum, one page.
struct ThuiszitterLijst {
  domain::Date peildatum{};
  Page<ThuiszitterItem> pagina;
};

/// The overview of one SWV or municipality with the names of its listed children.
struct RegioOverzicht {
  std::string soort;  // `samenwerkingsverband` or `gemeente`
  RegioGegevens regio;
  domain::ThuiszitterOverzicht overzicht;
  std::vector<std::string> namen;  // the child's name per overzicht.thuiszitters entry
};

/// One SWV in the national aggregate (counts only; the caller suppresses them).
struct SwvThuiszitters {
  RegioGegevens regio;
  domain::Thuiszittertelling telling;
};

/// The national aggregate: the country's overview without any listed child, and per SWV.
struct LandelijkOverzicht {
  RegioGegevens land;
  domain::ThuiszitterOverzicht overzicht;  // `thuiszitters` is always empty
  std::vector<SwvThuiszitters> per_swv;
};

/// Whether an overview lists its current thuiszitters (identifiable, audited) or carries only
/// the figures (the trend CSV: no ids, so no audit).
enum class MetLijst { kJa, kNee };

/// Use cases of the thuiszitters views.
class ThuiszittersOverzichtService {
 public:
  ThuiszittersOverzichtService(UnitOfWork& work, const Clock& clock, ThuiszitterQueries& queries,
                               const VerzuimService& verzuim, SwvInstellingenService& instellingen)
      : work_(work),
        clock_(clock),
        queries_(queries),
        verzuim_(verzuim),
        instellingen_(instellingen) {}

  /// The thuiszitters in `principal`'s scope on the peildatum (default today; a day after
  /// today is kInvalid naming `peildatum`), longest at home first, one page; each student on
  /// the page is audited.
  domain::Result<ThuiszitterLijst> Lijst(const Principal& principal, const std::string& client,
                                         const ThuiszitterFilter& filter, PageRequest page);
  /// The overview of SWV `code`: only an account of that SWV (kNotFound otherwise, also for
  /// other roles that may read cases). The listed children are audited.
  domain::Result<RegioOverzicht> VanSwv(const Principal& principal, const std::string& client,
                                        const std::string& code,
                                        std::optional<domain::Date> peildatum,
                                        MetLijst lijst = MetLijst::kJa);
  /// The overview of municipality `code` (the cases its leerplicht handles): only an account
  /// of that municipality (kNotFound otherwise). The listed children are audited.
  domain::Result<RegioOverzicht> VanGemeente(const Principal& principal, const std::string& client,
                                             const std::string& code,
                                             std::optional<domain::Date> peildatum,
                                             MetLijst lijst = MetLijst::kJa);
  /// The national aggregate: the country's counts, trend, age groups and sex, and per SWV.
  /// Counts only, no ids; every caller shows them through domain::SuppressedCount.
  domain::Result<LandelijkOverzicht> Landelijk(const Principal& principal,
                                               std::optional<domain::Date> peildatum);

  /// Today's date by the clock of the verzuim use cases.
  domain::Date Vandaag() const { return verzuim_.Vandaag(); }

 private:
  domain::Result<domain::Date> Peildatum(std::optional<domain::Date> peildatum) const;
  domain::VakantiesVoor Vakanties() const;
  domain::Result<domain::PerDuizend> LandelijkPerDuizend(domain::Date peildatum);
  domain::Result<RegioOverzicht> Overzicht(const Principal& principal, const std::string& client,
                                           const ThuiszitterSelectie& selectie,
                                           const std::string& soort,
                                           std::optional<domain::Date> peildatum, MetLijst lijst);

  UnitOfWork& work_;
  const Clock& clock_;
  ThuiszitterQueries& queries_;
  const VerzuimService& verzuim_;
  SwvInstellingenService& instellingen_;

  /// The national figure of one peildatum, kept for kLandelijkBewaren: every SWV and
  /// municipality overview compares with it, and recounting the whole country per request
  /// would cost more than the overview itself.
  struct LandelijkCijfer {
    domain::Date peildatum{};
    domain::PerDuizend cijfer;
    domain::Timestamp berekend{};
  };
  static constexpr std::chrono::minutes kLandelijkBewaren{5};
  std::mutex landelijk_mutex_;
  std::optional<LandelijkCijfer> landelijk_;
};

}  // namespace passend::app
