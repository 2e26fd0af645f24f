#pragma once
// Support needs, their levels and the school support profile (schoolondersteuningsprofiel,
// SOP) per school location (issue 5 items 1, 2 and 4; domain.md §3.2). A versioned taxonomy
// names the needs; a profile says per need which level a location offers, with places when
// they are limited, a description and its evidence, and when the MR advised on it. A need the
// profile does not list is offered at `basis`: every school gives basisondersteuning. Pure: no
// I/O, no clock ("today" is a parameter).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/codes.h"
#include "domain/date.h"
#include "domain/error.h"

namespace passend::domain {

/// The level of support needed or offered; ordered, so "at least extra" is a comparison.
enum class Ondersteuningsniveau { kBasis = 0, kExtra = 1, kSpecialistisch = 2 };

/// All levels, lowest first.
inline constexpr Ondersteuningsniveau kAlleOndersteuningsniveaus[] = {
    Ondersteuningsniveau::kBasis, Ondersteuningsniveau::kExtra,
    Ondersteuningsniveau::kSpecialistisch};

/// `basis`, `extra`, `specialistisch` (API, configuration and database spelling).
std::string_view NiveauCode(Ondersteuningsniveau niveau);
/// Parses NiveauCode's spelling; kInvalid naming `veld` otherwise.
Result<Ondersteuningsniveau> ParseNiveau(std::string_view text, std::string_view veld = "niveau");
/// Dutch label for pages (`Basis`, `Extra`, `Specialistisch`).
std::string_view NiveauNaam(Ondersteuningsniveau niveau);

/// One need of the taxonomy: its code (kebab-case), Dutch name and description.
struct BehoefteDefinitie {
  std::string code;
  std::string naam;
  std::string omschrijving;
};

/// What one level means in a taxonomy (its description for parents and schools).
struct NiveauDefinitie {
  Ondersteuningsniveau niveau = Ondersteuningsniveau::kBasis;
  std::string naam;
  std::string omschrijving;
};

/// A versioned taxonomy of support needs (issue 5 item 1); configuration, not code.
struct Ondersteuningstaxonomie {
  std::string versie;  // e.g. `2026.1`
  Date geldig_vanaf{};
  std::vector<BehoefteDefinitie> behoeften;  // in display order
  std::vector<NiveauDefinitie> niveaus;      // the three levels, lowest first
  /// The need with this code, or nullptr.
  const BehoefteDefinitie* Vind(std::string_view code) const;
};

/// The built-in taxonomy: the twelve needs of Ondersteuningsbehoefte (so registrations stay
/// valid) and the three levels; equal to the committed config/ondersteuning.json.
Ondersteuningstaxonomie StandaardTaxonomie();

/// Checks a taxonomy: a version and valid-from date, needs with unique kebab-case codes and a
/// name, every code of Ondersteuningsbehoefte present (registrations use them), and exactly
/// the three levels in order. kInvalid naming the field (`behoeften[2].code`).
Result<void> Valideer(const Ondersteuningstaxonomie& taxonomie);

/// What a location offers for one need.
struct ProfielRegel {
  std::string behoefte;  // a code of the taxonomy
  Ondersteuningsniveau niveau = Ondersteuningsniveau::kBasis;
  std::optional<int> plaatsen;  // limited places at this level; none: not limited
  std::string omschrijving;     // what the school does, concretely
  std::string onderbouwing;     // the evidence: expertise, staff, arrangements, results
};

/// One version of a location's support profile. Versions are never changed; the highest is
/// the current one.
struct Ondersteuningsprofiel {
  Vestigingscode school;
  std::string swv;  // the location's SWV (scope); empty for clusters 1 and 2
  int versie = 0;   // 1, 2, ... per location; assigned when stored
  Date vastgesteld_op{};
  std::optional<Date> mr_advies_op;  // the MR's advice on this profile (WPO art. 14a)
  std::string taxonomie_versie;
  std::string toelichting;
  std::vector<ProfielRegel> regels;  // needs above basis, or with a description
  std::string vastgesteld_door;      // the account that recorded it
  /// The rule for `behoefte`, or nullptr (offered at basis).
  const ProfielRegel* Regel(std::string_view behoefte) const;
  /// The level offered for `behoefte` (basis when not listed).
  Ondersteuningsniveau NiveauVoor(std::string_view behoefte) const;
};

/// Longest description, evidence or toelichting accepted (characters).
inline constexpr size_t kMaxProfielTekst = 4000;

/// Checks a profile against `taxonomie` on `vandaag`: known needs, each at most once; places
/// (≥ 0) only above basis; a description for every need above basis (a profile is concrete,
/// domain.md §3.2); texts at most kMaxProfielTekst; the MR's advice not after today.
/// kInvalid naming the field (`regels[1].omschrijving`).
Result<void> Valideer(const Ondersteuningsprofiel& profiel,
                      const Ondersteuningstaxonomie& taxonomie, Date vandaag);

/// A need asked at (at least) a level: a child's need, or a finder's filter.
struct Vraag {
  std::string behoefte;
  Ondersteuningsniveau niveau = Ondersteuningsniveau::kExtra;
  friend bool operator==(const Vraag&, const Vraag&) = default;
};

/// Parses `gedrag:extra,zien` (a need without level means `extra`: every school offers basis)
/// against `taxonomie`; kInvalid naming `veld` on an unknown need or level or a need twice.
Result<std::vector<Vraag>> ParseVragen(std::string_view text,
                                       const Ondersteuningstaxonomie& taxonomie,
                                       std::string_view veld = "ondersteuning");
/// Writes vragen back in ParseVragen's spelling (`gedrag:extra,zien:specialistisch`).
std::string VragenTekst(const std::vector<Vraag>& vragen);

/// Places taken per need at a location (children placed there with that need).
using Bezetting = std::map<std::string, int, std::less<>>;

/// Why a location falls short on one need.
struct Tekort {
  std::string behoefte;
  Ondersteuningsniveau gevraagd = Ondersteuningsniveau::kExtra;
  Ondersteuningsniveau geboden = Ondersteuningsniveau::kBasis;
  bool vol = false;  // the level is offered, but its places are taken
};

/// How a location meets a list of needs.
struct Toetsing {
  std::vector<Vraag> voldaan;                    // needs met at the level asked or higher
  std::vector<Tekort> tekorten;                  // in the order asked
  std::map<std::string, int, std::less<>> vrij;  // with a count: places left per limited need
  int overschot = 0;  // Σ levels offered above those asked (a lower fit)
  /// True when every need is met (and, if places counted, has room).
  bool Past() const { return tekorten.empty(); }
};

/// Tests `profiel` (nullptr: no profile, basis everywhere) against `vragen`. With
/// `bezetting`, a limited need above basis with no place left is a shortage (`vol`); without,
/// only levels count (the public finder).
Toetsing Toets(const Ondersteuningsprofiel* profiel, const std::vector<Vraag>& vragen,
               const Bezetting* bezetting);

/// Dutch sentence for a shortage: `biedt zien op niveau basis, nodig: extra` or
/// `geen plaats meer voor gedrag (extra)`.
std::string TekortTekst(const Tekort& tekort, const Ondersteuningstaxonomie& taxonomie);

}  // namespace passend::domain
