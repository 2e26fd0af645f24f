#pragma once
// Positions on the map (WGS84) and straight-line distance between them.

namespace passend::domain {

/// A WGS84 position in decimal degrees.
struct Coordinates {
  double lat = 0;
  double lon = 0;
  friend bool operator==(const Coordinates&, const Coordinates&) = default;
};

/// Great-circle distance in kilometres (haversine, mean earth radius 6371 km).
double DistanceKm(Coordinates a, Coordinates b);

}  // namespace passend::domain
