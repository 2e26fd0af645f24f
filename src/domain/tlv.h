#pragma once
// The toelaatbaarheidsverklaring (TLV): admission to special education (sbo, so, vso) issued by
// the SWV (domain.md §3.3; issue 7). The request with its two expert advices, the decision
// with its term, category and period, the objection, and the register's questions (active,
// ending soon, counts per category on the count date). Pure: no I/O, no clock.

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/besluit.h"
#include "domain/codes.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/registry.h"

namespace passend::domain {

/// The kind of special education a TLV admits to.
enum class TlvSoort { kSbo, kSo, kVso };
/// `sbo`, `so`, `vso` (API spelling).
std::string_view TlvSoortCode(TlvSoort soort);
/// Parses TlvSoortCode's spelling (kInvalid naming `soort`).
Result<TlvSoort> ParseTlvSoort(std::string_view text);
/// Dutch label (`Speciaal basisonderwijs (sbo)`, ...).
std::string_view TlvSoortNaam(TlvSoort soort);

/// The funding category of an so or vso TLV (law: laag, midden, hoog = categories 1, 2, 3).
enum class TlvCategorie { kLaag, kMidden, kHoog };
/// `laag`, `midden`, `hoog` (API spelling).
std::string_view TlvCategorieCode(TlvCategorie categorie);
/// Parses TlvCategorieCode's spelling (kInvalid naming `categorie`).
Result<TlvCategorie> ParseTlvCategorie(std::string_view text);

/// The TLV parameters (config/passend.json, section `tlv`).
struct TlvTermijnen {
  /// SWV practice (domain.md §3.3): the committee decides within 4 weeks of a complete request.
  int beslis_dagen = 28;
  /// Awb: an objection within 6 weeks of the decision.
  int bezwaar_dagen = 42;
  /// Renewal reminders for TLVs ending within this many days (issue 7: 3 months).
  int signaal_dagen = 91;
};

/// One expert advice on a request.
struct Deskundigenadvies {
  std::string discipline;  // e.g. `orthopedagoog`, `psycholoog`, `kinderarts`
  std::string naam;        // the expert's name
  Date datum{};
  std::string advies;
};

/// True for the disciplines of which one advice is required: orthopedagoog or psycholoog
/// (domain.md §3.3, "one of them an orthopedagoog or psycholoog").
bool IsGedragsdeskundige(std::string_view discipline);

/// The committee's decision on a request.
struct TlvBesluit {
  bool toegekend = false;
  Date datum{};
  std::optional<TlvCategorie> categorie;  // so and vso only
  std::optional<Date> ingangsdatum;       // granted only
  std::optional<Date> einddatum;          // granted, unless for the whole career
  bool hele_loopbaan = false;             // EMB and others who need it for good (seed 000 #18)
  std::string motivering;                 // required on a refusal
};

/// An objection against the decision and how it ended (national objection committee, LBT).
struct TlvBezwaar {
  Date ingediend_op{};
  std::string gronden;
  std::optional<Date> lbt_advies_op;
  std::string lbt_advies;
  std::optional<Date> beslist_op;
  bool gegrond = false;  // the final decision: the objection upheld (the TLV decision revised)
  std::string beslissing;
};

/// A TLV request of a school (or a (v)so school for the parents).
struct TlvAanvraag {
  int64_t id = 0;
  LeerlingId leerling;
  Vestigingscode school;  // the requesting school
  SwvCode swv;            // the SWV whose committee decides
  TlvSoort soort = TlvSoort::kSo;
  Date aangevraagd_op{};
  std::string ondersteuningsbehoefte;  // the support need
  std::string al_gedaan;               // what was already tried
  std::string zienswijze_ouders;       // the parents' view
  Hoorrecht hoorrecht;                 // the student's view, or why it could not be asked
  std::vector<Deskundigenadvies> adviezen;
  std::optional<TlvBesluit> besluit;
  std::optional<TlvBezwaar> bezwaar;
  std::optional<Date> evaluatie_gevraagd_op;  // whole-career TLV: the parents' request
};

/// Checks a new request on `vandaag`: the texts (need, what was tried, the parents' view, at
/// most 4,000 characters each), hoorrecht, a date not after `vandaag`. Errors name the field.
Result<void> Valideer(const TlvAanvraag& aanvraag, Date vandaag);

/// Adds an expert advice (discipline, name and advice required; dated within the request and
/// not after `vandaag`); refused once decided.
Result<void> VoegAdviesToe(TlvAanvraag& aanvraag, Deskundigenadvies advies, Date vandaag);

/// Complete when it has at least two advices, one by an orthopedagoog or psycholoog: then it
/// goes to the committee (domain.md §3.3).
bool IsCompleet(const TlvAanvraag& aanvraag);

/// The day the request became complete (the date of the advice that completed it), if it did.
std::optional<Date> CompleetOp(const TlvAanvraag& aanvraag);

/// The last day for the decision: `beslis_dagen` after the request became complete.
std::optional<Date> BeslisUiterlijk(const TlvAanvraag& aanvraag, const TlvTermijnen& termijnen);

/// Records the decision: only on a complete, undecided request (kRegel), not before it became
/// complete. Granted: a category for so and vso and none for sbo; a start date; an end date at
/// least one school year after the start (start + 1 year − 1 day or later) unless for the whole
/// career, which has none. Refused: a reason, and no category or period. Errors name the API
/// field (`categorie`, `einddatum`, `motivering`, ...).
Result<void> Beslis(TlvAanvraag& aanvraag, TlvBesluit besluit);

/// Records an objection filed on `op`: only against a decision, once, within `bezwaar_dagen`
/// (the last day is decision + 42; kRegel after), with its grounds.
Result<void> DienBezwaarIn(TlvAanvraag& aanvraag, Date op, std::string gronden,
                           const TlvTermijnen& termijnen);

/// Records the objection committee's advice and the final decision (both once, in order).
Result<void> RondBezwaarAf(TlvAanvraag& aanvraag, Date lbt_op, std::string lbt_advies,
                           Date beslist_op, bool gegrond, std::string beslissing);

/// The parents ask for an evaluation moment: only on a granted whole-career TLV (seed 000 #18).
Result<void> VraagEvaluatie(TlvAanvraag& aanvraag, Date op);

/// A granted TLV as the register sees it.
struct Tlv {
  int64_t aanvraag = 0;
  LeerlingId leerling;
  SwvCode swv;
  TlvSoort soort = TlvSoort::kSo;
  std::optional<TlvCategorie> categorie;
  Date ingangsdatum{};
  std::optional<Date> einddatum;  // none: the whole career
};

/// The TLV of a granted request; none otherwise.
std::optional<Tlv> TlvVan(const TlvAanvraag& aanvraag);

/// Active on `op`: started and not past its end date.
bool IsActief(const Tlv& tlv, Date op);

/// Active on `op` and ending within `signaal_dagen` (a renewal reminder).
bool EindigtBinnenkort(const Tlv& tlv, Date op, const TlvTermijnen& termijnen);

/// Counts of active TLVs on `teldatum` (the count date, 1 October by law) per kind and
/// category: the input of the money part.
struct TlvTelling {
  int sbo = 0;
  std::map<TlvCategorie, int> so;
  std::map<TlvCategorie, int> vso;
  int totaal = 0;
};

/// Counts `tlvs` active on `teldatum`.
TlvTelling TelOp(std::span<const Tlv> tlvs, Date teldatum);

}  // namespace passend::domain
