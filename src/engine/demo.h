#pragma once
// Deterministic synthetic registry data: one region (`regio`) or the whole country (`land`).
// Calibration and sources: docs/demo-data.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/aanmelding.h"
#include "domain/basisondersteuning.h"
#include "domain/doorbraak.h"
#include "domain/geschil.h"
#include "domain/ondersteuningsprofiel.h"
#include "domain/registry.h"
#include "domain/reserve.h"
#include "domain/reserveplan.h"
#include "domain/swv_instellingen.h"
#include "domain/toewijzing.h"
#include "domain/tussendoelen.h"
#include "domain/verzuim.h"
#include "domain/vrijstelling.h"

namespace passend::engine {

/// How much of the country to generate.
enum class DemoScale {
  kRegio,  // one PO and one VO SWV, about 25,000 students, 60-80 school locations
  kLand,   // about 150 SWVs, 1,000 boards, 6,800 school locations, 2.5 million students
};

/// Parses `regio` or `land`.
domain::Result<DemoScale> ParseDemoScale(std::string_view text);

/// What to generate; equal options give identical output on every run.
struct DemoOptions {
  DemoScale scale = DemoScale::kRegio;
  uint64_t seed = 1;
  domain::Date peildatum{std::chrono::year{2025}, std::chrono::October, std::chrono::day{1}};
  /// "Today" for the registrations: they are dated back from it, so the demo looks current
  /// when it is served. Unset means the peildatum; DemoImport sets its clock's date.
  std::optional<domain::Date> vandaag{};
};

/// The settings one demo SWV configured (meldingsplicht, aanmeldpunt, ladder, steunpunt, and
/// its verzuim settings without interim targets: those follow in DemoTussendoelen).
struct DemoSwvInstellingen {
  domain::SwvCode swv;
  domain::SwvInstellingen instellingen;
};

/// A dispute (geschil) as generated: its steps were taken through the domain's rules
/// (Geschil::Create, StartStap, SluitStap) on the ladder of its SWV's settings.
struct DemoGeschil {
  int64_t id = 0;  // 1..N in the order emitted
  domain::LeerlingId leerling;
  std::optional<int64_t> aanmelding;  // the disputed registration's DemoSink id, if any
  domain::Vestigingscode school;      // the registration's school, or the child's own
  std::string swv;                    // the school's SWV
  domain::Onderwerp onderwerp = domain::Onderwerp::kToelating;
  std::optional<domain::Date> besluitdatum;  // the registration's decision date, if any
  std::string omschrijving;
  domain::Date geopend_op{};
  std::vector<domain::LadderStap> ladder;
  std::vector<domain::Stap> stappen;
};

/// An absence case (verzuimmelding) as generated, in its final state: its end and offer were
/// taken through domain::Beeindig and RegistreerAanbod, and it passes domain::Valideer.
struct DemoVerzuim {
  int64_t id = 0;  // 1..N in order of the start date
  domain::Verzuimmelding melding;
  /// The day it was handed to the onderwijsconsulent (seed 003 §4.3), if it was: a
  /// thuiszitter at least 4 school weeks at home (counted without holidays) and still at home.
  std::optional<domain::Date> overgedragen_op;
  /// One of the fixed cases that give swv.demo and gemeente.demo something in every state
  /// (src/app/demo_accounts.cc); not part of the calibrated sample.
  bool voor_demo_accounts = false;
  /// Exemption 5 onder a of an SWV that asks for it: the SWV's education-perspective advice
  /// (seed 000 #8), dated on or before the doctor's statement (melding.artsverklaring).
  std::optional<domain::Vrijstellingsadvies> advies;
  /// Escalations to the doorbraakaanpak (seed 000 #9), taken through domain::VraagDoorbraak
  /// and BesluitDoorbraak, in order.
  std::vector<domain::Doorbraak> doorbraken;
};

/// The interim targets an SWV set once it measured its baseline on its absence cases: the
/// children more than 3 months at home on the plan's base date.
struct DemoTussendoelen {
  domain::SwvCode swv;
  domain::Tussendoelen plan;
};

/// The audited year accounts of an SWV (issue 8), calibrated on domain.md §3.7
/// (engine/demo_geld.h).
struct DemoJaarrekening {
  domain::SwvCode swv;
  domain::Jaarrekening cijfers;
};

/// A version of an SWV's reserve plan with the decisions on it, in order (issue 8 item 5;
/// engine/demo_reserveplannen.h).
struct DemoReserveplan {
  domain::SwvCode swv;
  domain::Cents bovenmatige_reserve;
  domain::Bestedingsplan plan;
  domain::Date vastgelegd_op{};
  std::vector<domain::PlanBesluit> besluiten;
};

/// A version of an SWV's multi-year budget with the OPR's consent steps (issue 8 item 6).
struct DemoMeerjarenbegroting {
  domain::SwvCode swv;
  domain::Meerjarenbegroting begroting;
  domain::Date vastgelegd_op{};
  std::vector<domain::InstemmingStap> instemming;
};

/// An allocation of an SWV to one of its school locations (issue 8 item 3;
/// engine/demo_toewijzingen.h).
struct DemoToewijzing {
  domain::SwvCode swv;
  domain::Toewijzing toewijzing;
};

/// Receives the generated records. Order: all gemeenten, all SWVs, then each SWV's settings,
/// all besturen, all scholen, then leerlingen each with their one current inschrijving, then
/// aanmeldingen, then geschillen, then verzuimmeldingen, then the interim targets of the SWVs
/// that set them. A sink that fails remembers its error and
/// ignores the rest; the caller checks the sink afterwards.
class DemoSink {
 public:
  virtual ~DemoSink() = default;
  virtual void Add(const domain::Gemeente& gemeente) = 0;
  virtual void Add(const domain::Samenwerkingsverband& swv) = 0;
  virtual void Add(const domain::Bestuur& bestuur) = 0;
  virtual void Add(const domain::School& school) = 0;
  virtual void Add(const domain::Leerling& leerling, const domain::Inschrijving& inschrijving) = 0;
  /// A registration in its final state (extension and decision included) of a student
  /// added before; `id` numbers them 1..N. Sinks that only count students may ignore it.
  virtual void Add(const domain::Aanmelding& /*aanmelding*/) {}
  /// The settings of an SWV added before. Sinks that only count students may ignore them.
  virtual void Add(const DemoSwvInstellingen& /*instellingen*/) {}
  /// A dispute about a registration or a student added before; `id` numbers them 1..N.
  virtual void Add(const DemoGeschil& /*geschil*/) {}
  /// An absence case of a student added before; `id` numbers them 1..N. Sinks that only
  /// count students may ignore it.
  virtual void Add(const DemoVerzuim& /*verzuim*/) {}
  /// The interim targets of an SWV added before, measured on its cases. Sinks may ignore them.
  virtual void Add(const DemoTussendoelen& /*tussendoelen*/) {}
  /// A school support profile version of a school added before, oldest version first (issue 5
  /// item 8; engine/demo_profielen.h). Sinks may ignore them.
  virtual void Add(const domain::Ondersteuningsprofiel& /*profiel*/) {}
  /// A location's account of its basisondersteuning, of a school added before (issue 5 item
  /// 3; engine/demo_basisondersteuning.h). Sinks may ignore them.
  virtual void Add(const domain::BasisInvulling& /*invulling*/) {}
  /// An SWV's accounts of one year, of an SWV added before. Sinks may ignore them.
  virtual void Add(const DemoJaarrekening& /*jaarrekening*/) {}
  /// A reserve plan version of an SWV added before, after its accounts. Sinks may ignore them.
  virtual void Add(const DemoReserveplan& /*plan*/) {}
  /// A multi-year budget of an SWV added before. Sinks may ignore them.
  virtual void Add(const DemoMeerjarenbegroting& /*begroting*/) {}
  /// An allocation of an SWV to a school added before. Sinks may ignore them.
  virtual void Add(const DemoToewijzing& /*toewijzing*/) {}
  /// Called now and then during long phases: `done` of `total` units of `phase`.
  virtual void Progress(std::string_view phase, int64_t done, int64_t total) = 0;
};

/// Generates the data set for `options` into `sink`.
void GenerateDemo(const DemoOptions& options, DemoSink& sink);

}  // namespace passend::engine
