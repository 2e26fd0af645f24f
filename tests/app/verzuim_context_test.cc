// The school holidays reach the verzuim rules: OpenContext reads config/vakanties.json and the
// VerzuimService pauses the 4-school-week trigger for the holidays of its region
// (docs/verzuim.md, "Vakanties").
#include <gtest/gtest.h>

#include <fstream>
#include <stdexcept>

#include "cli/context.h"
#include "support/fixture.h"

namespace passend {
namespace {

using domain::Rol;

const std::string kVakanties = std::string(PASSEND_SOURCE_DIR) + "/config/vakanties.json";

// A context on config/vakanties.json (default region midden) with the seeded registry and
// Sanne, enrolled at 10AA00 (SWV PO2001).
struct ContextMetSanne {
  explicit ContextMetSanne(testing::TempDir& dir) {
    auto context =
        cli::OpenContext(dir.File("v.db"), "", {}, kVakanties, domain::Vakantieregio::kMidden);
    // gtest reports an exception from a test's set-up as that test's failure.
    if (!context) throw std::runtime_error(context.error().message);
    ctx = std::move(*context);
    testing::SeedRegistry(*ctx->store);
    auto id = ctx->registratie->Registreer(
        app::Actor{"test", "school", "10AA00", "test"},
        {testing::MakeLeerling("Sanne"), *domain::Vestigingscode::Parse("10AA00"),
         *domain::ParseIsoDate("2024-08-19")});
    if (!id) throw std::runtime_error(id.error().message);
    sanne = *id;
  }
  // Registers Sanne's langdurig relatief verzuim from `start` as her school.
  domain::Result<app::VerzuimInzicht> Meld(const char* start) {
    app::NieuweVerzuimmelding nieuw;
    nieuw.leerling = sanne;
    nieuw.type = domain::VerzuimType::kLangdurigRelatiefVerzuim;
    nieuw.startdatum = *domain::ParseIsoDate(start);
    return ctx->verzuim->Registreer(app::Principal{0, "s", Rol::kSchool, "10AA00", {}}, "test",
                                    nieuw);
  }
  std::unique_ptr<cli::Context> ctx;
  domain::LeerlingId sanne;
};

TEST(VerzuimContext, TheHolidaysOfTheRegionPauseTheConsulentTrigger) {
  testing::TempDir dir;
  ContextMetSanne omgeving(dir);
  // A Monday.
  auto inzicht = omgeving.Meld("2025-09-29");
  ASSERT_TRUE(inzicht.has_value()) << inzicht.error().message;
  // Four school weeks would end on Monday 27 October; the herfstvakantie of region midden
  // (18 to 26 October 2025) pauses the clock for one school week.
  ASSERT_TRUE(inzicht->status.consulent_vanaf.has_value());
  EXPECT_EQ(domain::FormatIsoDate(*inzicht->status.consulent_vanaf), "2025-11-03");
}

TEST(VerzuimContext, EachSwvCountsWithTheHolidaysOfItsOwnRegion) {
  testing::TempDir dir;
  ContextMetSanne omgeving(dir);
  auto& ctx = *omgeving.ctx;
  // Monday, in midden's herfstvakantie.
  auto inzicht = omgeving.Meld("2025-10-20");
  ASSERT_TRUE(inzicht.has_value()) << inzicht.error().message;
  const int64_t melding = inzicht->overzicht.record.melding.id;
  // Midden (the default): the week of 20 October is a holiday; the 4 school weeks are those
  // of 27 October, 3, 10 and 17 November, so the trigger falls on Monday 24 November.
  EXPECT_EQ(domain::FormatIsoDate(*inzicht->status.consulent_vanaf), "2025-11-24");

  // The SWV lies in region zuid (herfstvakantie 11 to 19 October 2025): the week of 20 October
  // counts, and the trigger comes a week earlier.
  const auto swv = *domain::SwvCode::Parse("PO2001");
  auto instellingen = ctx.instellingen->Get(swv);
  ASSERT_TRUE(instellingen.has_value());
  instellingen->verzuim.vakantieregio = domain::Vakantieregio::kZuid;
  ASSERT_TRUE(
      ctx.instellingen
          ->Wijzig(app::Principal{0, "w", Rol::kSwv, "PO2001", {}}, "test", swv, *instellingen)
          .has_value());
  auto zuid = ctx.verzuim->Get(app::Principal{0, "s", Rol::kSchool, "10AA00", {}}, "test", melding);
  ASSERT_TRUE(zuid.has_value()) << zuid.error().message;
  EXPECT_EQ(domain::FormatIsoDate(*zuid->status.consulent_vanaf), "2025-11-17");
  EXPECT_EQ(ctx.verzuim->RegioVan("PO2001"), domain::Vakantieregio::kZuid);
}

TEST(VerzuimContext, AMalformedHolidayFileStopsTheStartAndAMissingOneMeansNoHolidays) {
  testing::TempDir dir;
  const std::string kapot = dir.File("vakanties.json");
  std::ofstream(kapot) << R"({"2025-2026": {"status": "gepubliceerd", "herfstvakantie": 3}})";
  auto context = cli::OpenContext(dir.File("v.db"), "", {}, kapot);
  ASSERT_FALSE(context.has_value());
  EXPECT_NE(context.error().message.find(kapot), std::string::npos) << context.error().message;

  auto zonder = cli::OpenContext(dir.File("w.db"), "", {}, dir.File("bestaat-niet.json"));
  EXPECT_TRUE(zonder.has_value());
}

}  // namespace
}  // namespace passend
