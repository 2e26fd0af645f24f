#pragma once
// Real Dutch provinces and municipalities (CBS codes) with approximate positions, sizes and
// postcode ranges, for the demo data (docs/demo-data.md says what is real and what is not).

#include <cstdint>
#include <span>
#include <string_view>

#include "domain/geo.h"
#include "domain/postcode.h"
#include "engine/rng.h"

namespace passend::engine {

/// A province in DUO's SWV numbering: `duo_regio` is the two digits after PO/VO (20..31).
struct ProvincieInfo {
  std::string_view naam;
  int duo_regio;
  int inwoners_k;  // approximate inhabitants in thousands (CBS, 2024, rounded)
};

/// A municipality: CBS code, name, province index, approximate centre, size and postcodes.
struct GemeenteInfo {
  std::string_view code;
  std::string_view naam;
  int provincie;  // index into Provincies()
  double lat;     // approximate centre
  double lon;
  int inwoners_k;   // approximate inhabitants in thousands
  int postcode_lo;  // approximate 4-digit postcode range of the municipality
  int postcode_hi;
};

/// The twelve provinces in DUO order (Groningen = 20 ... Limburg = 31).
std::span<const ProvincieInfo> Provincies();

/// The municipalities the demo data knows, grouped by province.
std::span<const GemeenteInfo> Gemeenten();

/// The municipalities of the `regio` demo (SWV Eemland, province Utrecht).
std::span<const std::string_view> RegioGemeenteCodes();

/// Radius in metres within which schools and homes of `gemeente` are placed.
int StraalMeter(const GemeenteInfo& gemeente);

/// A point at most `straal_m` metres (per axis) from `centre`.
domain::Coordinates Jitter(Rng& rng, domain::Coordinates centre, int straal_m);

/// Writes a postcode text `1234 AB` of `gemeente` into `out` (7 characters).
void WritePostcode(Rng& rng, const GemeenteInfo& gemeente, char out[7]);

/// A parsed postcode of `gemeente`.
domain::Postcode MakePostcode(Rng& rng, const GemeenteInfo& gemeente);

}  // namespace passend::engine
