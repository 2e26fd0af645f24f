#pragma once
// Roles and scopes: who may see which part of the data (security baseline; AVG/GDPR).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace passend::domain {

/// One role per account; the scope (organisation code) says which part it covers.
enum class Rol {
  kOuder,       // parent: their own children (scope: student ids)
  kSchool,      // one school location (scope: vestigingscode)
  kBestuur,     // a board's schools (scope: board code)
  kSwv,         // an SWV's region (scope: SWV code)
  kGemeente,    // compulsory-education officers of one municipality (scope: GM code)
  kConsulent,   // onderwijsconsulent: cases handed to them (scope: their organisation)
  kInspectie,   // national; aggregates only
  kMinisterie,  // national; aggregates only
  kBeheer,      // user administration; no student data
};

/// All roles, in a fixed order (for matrix tests and listings).
inline constexpr Rol kAlleRollen[] = {Rol::kOuder,     Rol::kSchool,     Rol::kBestuur,
                                      Rol::kSwv,       Rol::kGemeente,   Rol::kConsulent,
                                      Rol::kInspectie, Rol::kMinisterie, Rol::kBeheer};

/// `ouder`, `school`, ... (the spelling of the CLI, the API and the database).
std::string_view RolCode(Rol rol);
/// Parses RolCode's spelling.
Result<Rol> ParseRol(std::string_view text);
/// Dutch label for pages (`Ouder/verzorger`, `School`, ...).
std::string_view RolNaam(Rol rol);
/// True for inspectie and ministerie: they only ever receive aggregates.
bool IsLandelijk(Rol rol);

/// Checks that `organisatie` is the right kind of code for `rol` (a vestigingscode for
/// school, an SWV code for swv, ...); national roles and beheer take none. Returns the
/// normalised code.
Result<std::string> ValidateScope(Rol rol, std::string_view organisatie);

}  // namespace passend::domain
