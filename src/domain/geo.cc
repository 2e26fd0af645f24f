#include "domain/geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace passend::domain {

double DistanceKm(Coordinates a, Coordinates b) {
  // The IUGG mean earth radius; at Dutch distances the error of a sphere is well below 0.5 %.
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;
  const double lat1 = a.lat * kRadiansPerDegree;
  const double lat2 = b.lat * kRadiansPerDegree;
  const double dlat = (b.lat - a.lat) * kRadiansPerDegree;
  const double dlon = (b.lon - a.lon) * kRadiansPerDegree;
  const double sin_dlat = std::sin(dlat / 2);
  const double sin_dlon = std::sin(dlon / 2);
  double h = sin_dlat * sin_dlat + std::cos(lat1) * std::cos(lat2) * sin_dlon * sin_dlon;
  // Rounding can push h just past 1 for antipodal points, where asin would return NaN.
  h = std::clamp(h, 0.0, 1.0);
  return 2 * kEarthRadiusKm * std::asin(std::sqrt(h));
}

}  // namespace passend::domain
