// Demo basisondersteuning accounts (issue 5 item 3): nearly every location has a valid account
// of the national norm, most meet every element, some fall short with an explanation, a few
// have described nothing yet, and the same options give the same accounts.
#include "engine/demo_basisondersteuning.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace passend::engine {
namespace {

TEST(DemoBasisondersteuning, MostLocationsMeetTheNormSomeFallShortAFewDescribedNothing) {
  DemoOptions options;
  options.scale = DemoScale::kRegio;
  const DemoStructure s = BuildStructure(options);
  const auto norm = domain::StandaardNorm();
  const auto invullingen = GenerateBasisInvullingen(s, options, norm);
  ASSERT_FALSE(s.scholen.empty());
  EXPECT_LT(invullingen.size(), s.scholen.size());           // a few described nothing
  EXPECT_GT(invullingen.size() * 10, s.scholen.size() * 9);  // but nearly all did
  size_t alles = 0, tekort = 0;
  for (const auto& inv : invullingen) {
    ASSERT_TRUE(domain::Valideer(inv, norm).has_value())
        << inv.school.str() << ": " << domain::Valideer(inv, norm).error().message;
    EXPECT_EQ(inv.norm, norm.Sleutel());
    EXPECT_LT(inv.vastgesteld_op, options.peildatum);
    const bool voldoet = std::all_of(inv.elementen.begin(), inv.elementen.end(), [](const auto& e) {
      return e.oordeel == domain::Oordeel::kVoldoet;
    });
    ++(voldoet ? alles : tekort);
  }
  EXPECT_GT(alles, tekort * 2);                // most meet every element
  EXPECT_GT(tekort, invullingen.size() / 10);  // some fall short

  const auto opnieuw = GenerateBasisInvullingen(s, options, norm);
  ASSERT_EQ(opnieuw.size(), invullingen.size());
  for (size_t i = 0; i < opnieuw.size(); ++i) {
    EXPECT_EQ(opnieuw[i].school, invullingen[i].school);
    EXPECT_EQ(opnieuw[i].vastgesteld_op, invullingen[i].vastgesteld_op);
  }
}

}  // namespace
}  // namespace passend::engine
