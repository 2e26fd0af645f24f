#pragma once
// Dutch names for the demo data: first names, surnames with tussenvoegsels, streets, and the
// patterns of school and board names.

#include <span>
#include <string>
#include <string_view>

#include "domain/registry.h"
#include "engine/rng.h"

namespace passend::engine {

/// A surname split the way the registry stores it (`van der` + `Berg`).
struct Achternaam {
  std::string_view tussenvoegsel;
  std::string_view naam;
};

/// Common Dutch boys' first names.
std::span<const std::string_view> Jongensnamen();
/// Common Dutch girls' first names.
std::span<const std::string_view> Meisjesnamen();
/// Common Dutch surnames (weighted by repetition towards the most frequent ones).
std::span<const Achternaam> Achternamen();
/// Common Dutch street names.
std::span<const std::string_view> Straatnamen();

/// The kind of board, which decides how its name reads.
enum class BestuurSoort { kPrimair, kVoortgezet, kSpeciaal, kLandelijk };

/// A plausible school name such as `Basisschool De Regenboog` or `Christelijk Lyceum Zeist`.
std::string SchoolNaam(Rng& rng, domain::SchoolSoort soort, int cluster, std::string_view plaats);

/// A plausible board name such as `Stichting Openbaar Primair Onderwijs Amersfoort`.
std::string BestuurNaam(Rng& rng, BestuurSoort soort, std::string_view plaats);

/// Appends an e-mail local part made of ASCII letters only: `j.vandenberg`.
void AppendEmailLocal(std::string& out, std::string_view voornaam, std::string_view tussenvoegsel,
                      std::string_view achternaam);

}  // namespace passend::engine
