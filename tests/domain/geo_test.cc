#include "domain/geo.h"

#include <gtest/gtest.h>

namespace passend::domain {
namespace {

constexpr Coordinates kAmsterdamDam{52.3731, 4.8926};
constexpr Coordinates kUtrechtDom{52.0907, 5.1214};

TEST(DistanceKm, IsZeroForTheSamePoint) {
  EXPECT_DOUBLE_EQ(DistanceKm(kAmsterdamDam, kAmsterdamDam), 0.0);
}

TEST(DistanceKm, MeasuresAmsterdamToUtrecht) {
  // About 35 km as the crow flies.
  EXPECT_NEAR(DistanceKm(kAmsterdamDam, kUtrechtDom), 35.05, 0.05);
}

TEST(DistanceKm, IsSymmetric) {
  EXPECT_DOUBLE_EQ(DistanceKm(kAmsterdamDam, kUtrechtDom), DistanceKm(kUtrechtDom, kAmsterdamDam));
}

TEST(DistanceKm, UsesMeanEarthRadius) {
  // One degree along the equator and along a meridian: 6371 * pi / 180.
  EXPECT_NEAR(DistanceKm({0, 0}, {0, 1}), 111.195, 0.001);
  EXPECT_NEAR(DistanceKm({0, 0}, {1, 0}), 111.195, 0.001);
}

TEST(DistanceKm, HandlesAntipodesAndTheDateLine) {
  EXPECT_NEAR(DistanceKm({0, 0}, {0, 180}), 20015.087, 0.01);  // half the circumference
  EXPECT_NEAR(DistanceKm({0, 179.5}, {0, -179.5}), 111.195, 0.001);
  EXPECT_NEAR(DistanceKm({90, 0}, {-90, 0}), 20015.087, 0.01);
}

}  // namespace
}  // namespace passend::domain
