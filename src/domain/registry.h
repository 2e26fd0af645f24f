#pragma once
// The registry: the organisations and people the rest of Passend refers to (issue: Foundation).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/bsn.h"
#include "domain/codes.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/geo.h"
#include "domain/postcode.h"

namespace passend::domain {

/// A municipality (CBS code, name, province).
struct Gemeente {
  GemeenteCode code;
  std::string naam;
  std::string provincie;
};

/// A samenwerkingsverband passend onderwijs; its sector follows from its code.
struct Samenwerkingsverband {
  SwvCode code;
  std::string naam;
  std::vector<GemeenteCode> gemeenten;  // the municipalities of its region
  Sector sector() const { return code.sector(); }
};

/// A school board (bevoegd gezag), identified by DUO's 5-digit number.
struct Bestuur {
  std::string code;  // 5 digits, e.g. `41234`
  std::string naam;
};

/// Validates a board number: exactly 5 digits.
Result<std::string> ParseBestuurCode(std::string_view text);

/// The kinds of school location Passend distinguishes.
enum class SchoolSoort { kBao, kSbo, kSo, kVso, kVo, kPro };

/// `bao`, `sbo`, `so`, `vso`, `vo`, `pro` (the API and database spelling).
std::string_view SchoolSoortCode(SchoolSoort soort);
/// Parses the spelling of SchoolSoortCode.
Result<SchoolSoort> ParseSchoolSoort(std::string_view text);
/// The sector a kind of school belongs to (so: PO, vso: VO).
Sector SectorOf(SchoolSoort soort);
/// True for so and vso, which carry a cluster (1..4).
bool HasCluster(SchoolSoort soort);

/// A postal address.
struct Adres {
  std::string straat;
  std::string huisnummer;
  Postcode postcode;
  std::string plaats;
};

/// A school location (vestiging).
struct School {
  Vestigingscode code;
  std::string naam;
  SchoolSoort soort = SchoolSoort::kBao;
  // (v)so only: 1 visual, 2 auditory, 3 physical/intellectual, 4 behaviour.
  std::optional<int> cluster;
  Adres adres;
  GemeenteCode gemeente;
  Coordinates positie;
  std::string bestuur;         // board code
  std::optional<SwvCode> swv;  // clusters 1 and 2 are national, outside the SWVs
};

/// Checks the invariants of a school: cluster present exactly for (v)so and in 1..4; a
/// school in cluster 3/4 or regular education belongs to an SWV of its own sector.
Result<void> Validate(const School& school);

/// Registered sex as the registry holds it.
enum class Geslacht { kMan, kVrouw, kOnbekend };
/// `M`, `V`, `X`.
std::string_view GeslachtCode(Geslacht geslacht);
/// Parses `M`, `V`, `X`.
Result<Geslacht> ParseGeslacht(std::string_view text);

/// A parent or guardian of a student.
struct Verzorger {
  std::string naam;
  std::string relatie;  // e.g. `moeder`, `vader`, `voogd`
  std::string telefoon;
  std::string email;
};

/// Typed id of a student inside Passend (never the BSN).
struct LeerlingId {
  int64_t value = 0;
  friend auto operator<=>(const LeerlingId&, const LeerlingId&) = default;
};

/// A student.
struct Leerling {
  LeerlingId id;
  std::string voornaam;
  std::string tussenvoegsel;  // `van der`, may be empty
  std::string achternaam;
  Date geboortedatum{};
  Geslacht geslacht = Geslacht::kOnbekend;
  Bsn bsn;
  Postcode postcode;
  GemeenteCode woongemeente;
  Coordinates woonpositie;
  std::vector<Verzorger> verzorgers;
  /// `Jan van der Berg`.
  std::string VolledigeNaam() const;
};

/// A student's enrolment at a school location from `van` until `tot` (inclusive, open if absent).
struct Inschrijving {
  LeerlingId leerling;
  Vestigingscode school;
  Date van{};
  std::optional<Date> tot;
  /// True when the enrolment covers `date`.
  bool ActiefOp(Date date) const;
};

/// Checks an enrolment: `tot` not before `van`.
Result<void> Validate(const Inschrijving& inschrijving);

}  // namespace passend::domain
