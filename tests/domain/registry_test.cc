#include "domain/registry.h"

#include <gtest/gtest.h>

#include "support/dates.h"

namespace passend::domain {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

using passend::testing::D;

SwvCode Swv(const char* code) { return *SwvCode::Parse(code); }

School MakeSchool(SchoolSoort soort, std::optional<int> cluster, std::optional<SwvCode> swv) {
  School school;
  school.code = *Vestigingscode::Parse("12AB00");
  school.naam = "De Regenboog";
  school.soort = soort;
  school.cluster = cluster;
  school.swv = std::move(swv);
  return school;
}

TEST(ParseBestuurCode, AcceptsFiveDigits) {
  auto code = ParseBestuurCode("41234");
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(*code, "41234");
  EXPECT_EQ(*ParseBestuurCode(" 00001 "), "00001");
}

TEST(ParseBestuurCode, RejectsOtherShapes) {
  for (const char* text : {"", "4123", "412345", "4123a", "41 234", "-1234", "41.234"}) {
    auto code = ParseBestuurCode(text);
    EXPECT_FALSE(code.has_value()) << text;
    if (!code) {
      EXPECT_EQ(code.error().code, ErrorCode::kInvalid);
      EXPECT_TRUE(code.error().field.empty());
      EXPECT_NE(code.error().message.find("5 cijfers"), std::string::npos);
    }
  }
}

TEST(SchoolSoort, RoundTripsEveryCode) {
  for (SchoolSoort soort : {SchoolSoort::kBao, SchoolSoort::kSbo, SchoolSoort::kSo,
                            SchoolSoort::kVso, SchoolSoort::kVo, SchoolSoort::kPro}) {
    auto parsed = ParseSchoolSoort(SchoolSoortCode(soort));
    ASSERT_TRUE(parsed.has_value()) << SchoolSoortCode(soort);
    EXPECT_EQ(*parsed, soort);
  }
}

TEST(SchoolSoort, SpellsCodesInLowerCase) {
  EXPECT_EQ(SchoolSoortCode(SchoolSoort::kBao), "bao");
  EXPECT_EQ(SchoolSoortCode(SchoolSoort::kSbo), "sbo");
  EXPECT_EQ(SchoolSoortCode(SchoolSoort::kSo), "so");
  EXPECT_EQ(SchoolSoortCode(SchoolSoort::kVso), "vso");
  EXPECT_EQ(SchoolSoortCode(SchoolSoort::kVo), "vo");
  EXPECT_EQ(SchoolSoortCode(SchoolSoort::kPro), "pro");
}

TEST(SchoolSoort, RejectsUnknownSpellings) {
  for (const char* text : {"", "BAO", "basisonderwijs", "mbo", "vmbo", " so", "s o"}) {
    auto parsed = ParseSchoolSoort(text);
    EXPECT_FALSE(parsed.has_value()) << text;
    if (!parsed) {
      EXPECT_NE(parsed.error().message.find("bao"), std::string::npos);
    }
  }
}

TEST(SchoolSoort, BelongsToItsSector) {
  EXPECT_EQ(SectorOf(SchoolSoort::kBao), Sector::kPo);
  EXPECT_EQ(SectorOf(SchoolSoort::kSbo), Sector::kPo);
  EXPECT_EQ(SectorOf(SchoolSoort::kSo), Sector::kPo);
  EXPECT_EQ(SectorOf(SchoolSoort::kVso), Sector::kVo);
  EXPECT_EQ(SectorOf(SchoolSoort::kVo), Sector::kVo);
  EXPECT_EQ(SectorOf(SchoolSoort::kPro), Sector::kVo);
}

TEST(SchoolSoort, OnlySpecialEducationHasClusters) {
  EXPECT_TRUE(HasCluster(SchoolSoort::kSo));
  EXPECT_TRUE(HasCluster(SchoolSoort::kVso));
  EXPECT_FALSE(HasCluster(SchoolSoort::kBao));
  EXPECT_FALSE(HasCluster(SchoolSoort::kSbo));
  EXPECT_FALSE(HasCluster(SchoolSoort::kVo));
  EXPECT_FALSE(HasCluster(SchoolSoort::kPro));
}

TEST(ValidateSchool, AcceptsRegularSchoolsInAnSwvOfTheirSector) {
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kBao, std::nullopt, Swv("PO2001"))).has_value());
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kSbo, std::nullopt, Swv("PO2001"))).has_value());
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kVo, std::nullopt, Swv("VO2001"))).has_value());
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kPro, std::nullopt, Swv("VO2001"))).has_value());
}

TEST(ValidateSchool, AcceptsClusterThreeAndFourInAnSwvOfTheirSector) {
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kSo, 3, Swv("PO2001"))).has_value());
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kSo, 4, Swv("PO2001"))).has_value());
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kVso, 3, Swv("VO2001"))).has_value());
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kVso, 4, Swv("VO2001"))).has_value());
}

TEST(ValidateSchool, AcceptsClusterOneAndTwoWithoutSwv) {
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kSo, 1, std::nullopt)).has_value());
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kSo, 2, std::nullopt)).has_value());
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kVso, 1, std::nullopt)).has_value());
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kVso, 2, std::nullopt)).has_value());
}

TEST(ValidateSchool, RejectsSpecialEducationWithoutCluster) {
  auto result = Validate(MakeSchool(SchoolSoort::kSo, std::nullopt, Swv("PO2001")));
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalid);
  EXPECT_TRUE(result.error().field.empty());
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kVso, std::nullopt, Swv("VO2001"))).has_value());
}

TEST(ValidateSchool, RejectsClusterOutsideOneToFour) {
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kSo, 0, Swv("PO2001"))).has_value());
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kSo, 5, Swv("PO2001"))).has_value());
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kVso, -1, Swv("VO2001"))).has_value());
}

TEST(ValidateSchool, RejectsClusterOnRegularSchools) {
  for (SchoolSoort soort : {SchoolSoort::kBao, SchoolSoort::kSbo}) {
    EXPECT_FALSE(Validate(MakeSchool(soort, 3, Swv("PO2001"))).has_value());
  }
  for (SchoolSoort soort : {SchoolSoort::kVo, SchoolSoort::kPro}) {
    EXPECT_FALSE(Validate(MakeSchool(soort, 4, Swv("VO2001"))).has_value());
  }
}

TEST(ValidateSchool, RequiresSwvOutsideClustersOneAndTwo) {
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kBao, std::nullopt, std::nullopt)).has_value());
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kVo, std::nullopt, std::nullopt)).has_value());
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kSo, 3, std::nullopt)).has_value());
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kVso, 4, std::nullopt)).has_value());
}

TEST(ValidateSchool, RejectsSwvOfTheOtherSector) {
  auto result = Validate(MakeSchool(SchoolSoort::kBao, std::nullopt, Swv("VO2001")));
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().message.find("PO"), std::string::npos);
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kVo, std::nullopt, Swv("PO2001"))).has_value());
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kPro, std::nullopt, Swv("PO2001"))).has_value());
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kSo, 3, Swv("VO2001"))).has_value());
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kVso, 4, Swv("PO2001"))).has_value());
}

TEST(ValidateSchool, ChecksSectorOfAnOptionalSwvForClustersOneAndTwo) {
  EXPECT_TRUE(Validate(MakeSchool(SchoolSoort::kSo, 2, Swv("PO2001"))).has_value());
  EXPECT_FALSE(Validate(MakeSchool(SchoolSoort::kSo, 2, Swv("VO2001"))).has_value());
}

TEST(Geslacht, RoundTripsEveryCode) {
  EXPECT_EQ(GeslachtCode(Geslacht::kMan), "M");
  EXPECT_EQ(GeslachtCode(Geslacht::kVrouw), "V");
  EXPECT_EQ(GeslachtCode(Geslacht::kOnbekend), "X");
  for (Geslacht geslacht : {Geslacht::kMan, Geslacht::kVrouw, Geslacht::kOnbekend}) {
    EXPECT_EQ(*ParseGeslacht(GeslachtCode(geslacht)), geslacht);
  }
}

TEST(Geslacht, RejectsOtherCodes) {
  for (const char* text : {"", "m", "v", "x", "O", "MV", "man", " M"}) {
    auto parsed = ParseGeslacht(text);
    EXPECT_FALSE(parsed.has_value()) << text;
    if (!parsed) {
      EXPECT_EQ(parsed.error().code, ErrorCode::kInvalid);
    }
  }
}

TEST(Leerling, JoinsNameWithTussenvoegsel) {
  Leerling leerling;
  leerling.voornaam = "Jan";
  leerling.tussenvoegsel = "van der";
  leerling.achternaam = "Berg";
  EXPECT_EQ(leerling.VolledigeNaam(), "Jan van der Berg");
}

TEST(Leerling, LeavesNoDoubleSpaceWithoutTussenvoegsel) {
  Leerling leerling;
  leerling.voornaam = "Fatima";
  leerling.achternaam = "El Amrani";
  EXPECT_EQ(leerling.VolledigeNaam(), "Fatima El Amrani");
}

TEST(Leerling, SkipsMissingVoornaam) {
  Leerling leerling;
  leerling.tussenvoegsel = "de";
  leerling.achternaam = "Vries";
  EXPECT_EQ(leerling.VolledigeNaam(), "de Vries");
}

TEST(Inschrijving, IsActiveOnBothEndDates) {
  Inschrijving inschrijving{LeerlingId{1}, *Vestigingscode::Parse("12AB00"), D(2025, 8, 1),
                            D(2026, 7, 31)};
  EXPECT_FALSE(inschrijving.ActiefOp(D(2025, 7, 31)));
  EXPECT_TRUE(inschrijving.ActiefOp(D(2025, 8, 1)));
  EXPECT_TRUE(inschrijving.ActiefOp(D(2025, 10, 1)));
  EXPECT_TRUE(inschrijving.ActiefOp(D(2026, 7, 31)));
  EXPECT_FALSE(inschrijving.ActiefOp(D(2026, 8, 1)));
}

TEST(Inschrijving, IsOpenEndedWithoutTot) {
  Inschrijving inschrijving{LeerlingId{1}, *Vestigingscode::Parse("12AB00"), D(2025, 8, 1),
                            std::nullopt};
  EXPECT_FALSE(inschrijving.ActiefOp(D(2025, 7, 31)));
  EXPECT_TRUE(inschrijving.ActiefOp(D(2025, 8, 1)));
  EXPECT_TRUE(inschrijving.ActiefOp(D(2099, 1, 1)));
}

TEST(ValidateInschrijving, AcceptsTotOnOrAfterVan) {
  Inschrijving inschrijving{LeerlingId{1}, *Vestigingscode::Parse("12AB00"), D(2025, 8, 1),
                            D(2025, 8, 1)};
  EXPECT_TRUE(Validate(inschrijving).has_value());  // a single day
  inschrijving.tot = D(2026, 7, 31);
  EXPECT_TRUE(Validate(inschrijving).has_value());
  inschrijving.tot = std::nullopt;
  EXPECT_TRUE(Validate(inschrijving).has_value());
}

TEST(ValidateInschrijving, RejectsTotBeforeVan) {
  Inschrijving inschrijving{LeerlingId{1}, *Vestigingscode::Parse("12AB00"), D(2025, 8, 1),
                            D(2025, 7, 31)};
  auto result = Validate(inschrijving);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalid);
  EXPECT_TRUE(result.error().field.empty());
  EXPECT_NE(result.error().message.find("einddatum"), std::string::npos);
}

TEST(ValidateInschrijving, RejectsImpossibleDates) {
  Inschrijving inschrijving{LeerlingId{1}, *Vestigingscode::Parse("12AB00"), D(2025, 2, 30),
                            std::nullopt};
  EXPECT_FALSE(Validate(inschrijving).has_value());
  inschrijving.van = D(2025, 2, 1);
  inschrijving.tot = D(2025, 2, 30);
  EXPECT_FALSE(Validate(inschrijving).has_value());
}

}  // namespace
}  // namespace passend::domain
