// Roles and the codes that scope them.
#include "domain/rol.h"

#include <gtest/gtest.h>

namespace passend::domain {
namespace {

TEST(Rol, EveryRoleRoundTripsThroughItsCode) {
  for (Rol rol : kAlleRollen) {
    auto parsed = ParseRol(RolCode(rol));
    ASSERT_TRUE(parsed.has_value()) << RolCode(rol);
    EXPECT_EQ(*parsed, rol);
    EXPECT_FALSE(RolNaam(rol).empty());
  }
  EXPECT_FALSE(ParseRol("admin").has_value());
}

TEST(Rol, OnlyInspectieAndMinisterieAreNational) {
  for (Rol rol : kAlleRollen) {
    EXPECT_EQ(IsLandelijk(rol), rol == Rol::kInspectie || rol == Rol::kMinisterie);
  }
}

TEST(Rol, ScopeMustBeTheRightKindOfCode) {
  EXPECT_EQ(*ValidateScope(Rol::kSchool, "12ab00"), "12AB00");
  EXPECT_FALSE(ValidateScope(Rol::kSchool, "PO2001").has_value());
  EXPECT_EQ(*ValidateScope(Rol::kSwv, "po2001"), "PO2001");
  EXPECT_EQ(*ValidateScope(Rol::kGemeente, "363"), "GM0363");
  EXPECT_EQ(*ValidateScope(Rol::kBestuur, "41234"), "41234");
  EXPECT_FALSE(ValidateScope(Rol::kBestuur, "4123").has_value());
  EXPECT_EQ(*ValidateScope(Rol::kInspectie, ""), "");
  auto national_with_org = ValidateScope(Rol::kMinisterie, "PO2001");
  ASSERT_FALSE(national_with_org.has_value());
  EXPECT_EQ(national_with_org.error().field, "organisatie");
  EXPECT_FALSE(ValidateScope(Rol::kOuder, "12AB00").has_value());
}

}  // namespace
}  // namespace passend::domain
