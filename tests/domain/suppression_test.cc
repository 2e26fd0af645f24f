// Small-number suppression for national roles.
#include "domain/suppression.h"

#include <gtest/gtest.h>

namespace passend::domain {
namespace {

TEST(Suppression, ShowsOneToFourAsLessThanFive) {
  for (int n = 1; n <= 4; ++n) {
    EXPECT_EQ(SuppressedCount(n), "<5") << n;
    EXPECT_TRUE(IsSuppressed(n));
  }
}

TEST(Suppression, ShowsZeroAndFiveOrMoreAsTheNumber) {
  EXPECT_EQ(SuppressedCount(0), "0");
  EXPECT_EQ(SuppressedCount(5), "5");
  EXPECT_EQ(SuppressedCount(12345), "12345");
  EXPECT_FALSE(IsSuppressed(0));
  EXPECT_FALSE(IsSuppressed(5));
}

}  // namespace
}  // namespace passend::domain
