// Nothing typed twice (issue 7 item 2; docs/tlv.md "Reused from the file"): a school's new TLV
// request starts from what the student's file already holds, the support needs on the latest
// registration and the previous request's support need and what was tried, never the parents'
// or the student's view. The lookup has VraagAan's access rules and is audited. The test clock
// stands on 1 October 2025.
#include <gtest/gtest.h>

#include "support/fixture.h"

namespace passend {
namespace {

using domain::Ondersteuningsbehoefte;
using domain::Rol;

class TlvVoorstel : public ::testing::Test {
 protected:
  TlvVoorstel() {
    testing::SeedRegistry(*db_.store);
    sanne_ = testing::AddLeerling(db_, "Sanne", "111222333", "10AA00");
  }
  // Sanne's registration at `school` on `datum` with `behoeften`, stored as it stands (the
  // registration rules are not what this test is about).
  void Meld(const char* school, const char* datum, std::vector<Ondersteuningsbehoefte> behoeften) {
    domain::Aanmelding a;
    a.leerling = sanne_;
    a.school = *domain::Vestigingscode::Parse(school);
    a.swv = "PO2001";
    a.aanmelddatum = *domain::ParseIsoDate(datum);
    a.compleet_op = a.aanmelddatum;
    a.ondersteuningsbehoeften = std::move(behoeften);
    auto gedaan = db_.store->Run(
        [&](app::Writer& writer) -> domain::Result<void> {
          PASSEND_RETURN_IF_ERROR(writer.InsertAanmelding(a, domain::AddDays(a.aanmelddatum, 42)));
          return {};
        },
        false);
    ASSERT_TRUE(gedaan.has_value()) << gedaan.error().message;
  }
  // A decided (refused) TLV request of Sanne by 10AA00.
  int64_t AfgewezenAanvraag() {
    app::NieuweTlvAanvraag nieuw;
    nieuw.leerling = sanne_;
    nieuw.soort = domain::TlvSoort::kSbo;
    nieuw.ondersteuningsbehoefte = "Hulp bij plannen en rust in de klas.";
    nieuw.al_gedaan = "Een half jaar ambulante begeleiding.";
    nieuw.zienswijze_ouders = "De ouders twijfelen.";
    nieuw.hoorrecht = {true, "Ik wil blijven.", ""};
    auto inzicht = db_.tlv->VraagAan(school_, "test", nieuw);
    EXPECT_TRUE(inzicht.has_value()) << inzicht.error().message;
    const int64_t id = inzicht ? inzicht->overzicht.aanvraag.id : 0;
    const domain::Date vandaag = db_.tlv->Vandaag();
    EXPECT_TRUE(db_.tlv->VoegAdviesToe(school_, "test", id, {"kinderarts", "A", vandaag, "Nee"}));
    EXPECT_TRUE(db_.tlv->VoegAdviesToe(swv_, "test", id, {"psycholoog", "B", vandaag, "Nee"}));
    domain::TlvBesluit besluit;
    besluit.datum = vandaag;
    besluit.motivering = "De basisondersteuning is nog niet benut.";
    EXPECT_TRUE(db_.tlv->Beslis(swv_, "test", id, besluit));
    return id;
  }
  int64_t Audit() { return testing::CountRows(*db_.store, "audit"); }

  testing::TestDb db_;
  domain::LeerlingId sanne_;
  const app::Principal school_{0, "school", Rol::kSchool, "10AA00", {}};
  const app::Principal swv_{0, "swv", Rol::kSwv, "PO2001", {}};
};

TEST_F(TlvVoorstel, EmptyWhenTheFileHoldsNothing) {
  auto voorstel = db_.tlv->Voorstel(school_, "test", sanne_);
  ASSERT_TRUE(voorstel.has_value()) << voorstel.error().message;
  EXPECT_EQ(voorstel->leerling_naam.rfind("Sanne", 0), 0u);
  EXPECT_FALSE(voorstel->aanmelding.has_value());
  EXPECT_FALSE(voorstel->vorige_aanvraag.has_value());
  EXPECT_EQ(voorstel->ondersteuningsbehoefte, "");
  EXPECT_EQ(voorstel->al_gedaan, "");
}

TEST_F(TlvVoorstel, TakesTheNeedsOfTheLatestRegistration) {
  Meld("11BB00", "2025-03-03", {Ondersteuningsbehoefte::kGedrag});
  Meld("10AA01", "2025-09-15", {Ondersteuningsbehoefte::kLeren, Ondersteuningsbehoefte::kAandacht});
  auto voorstel = db_.tlv->Voorstel(school_, "test", sanne_);
  ASSERT_TRUE(voorstel.has_value()) << voorstel.error().message;
  ASSERT_TRUE(voorstel->aanmelding_op.has_value());
  EXPECT_EQ(domain::FormatIsoDate(*voorstel->aanmelding_op), "2025-09-15");
  EXPECT_EQ(voorstel->behoeften.size(), 2u);
  EXPECT_EQ(
      voorstel->ondersteuningsbehoefte,
      "Ondersteuningsbehoeften volgens de aanmelding van 15 september 2025: " +
          std::string(domain::OndersteuningsbehoefteNaam(Ondersteuningsbehoefte::kLeren)) + ", " +
          std::string(domain::OndersteuningsbehoefteNaam(Ondersteuningsbehoefte::kAandacht)) + ".");
}

TEST_F(TlvVoorstel, TakesThePreviousRequestsTextsButNotTheViews) {
  Meld("10AA01", "2025-09-15", {Ondersteuningsbehoefte::kLeren});
  const int64_t vorige = AfgewezenAanvraag();
  auto voorstel = db_.tlv->Voorstel(school_, "test", sanne_);
  ASSERT_TRUE(voorstel.has_value()) << voorstel.error().message;
  EXPECT_EQ(voorstel->vorige_aanvraag, vorige);
  EXPECT_EQ(voorstel->soort, domain::TlvSoort::kSbo);
  EXPECT_EQ(voorstel->al_gedaan, "Een half jaar ambulante begeleiding.");
  // The previous need first, then the registration's needs.
  EXPECT_EQ(voorstel->ondersteuningsbehoefte.rfind("Hulp bij plannen en rust in de klas.\n\n", 0),
            0u)
      << voorstel->ondersteuningsbehoefte;
  EXPECT_NE(voorstel->ondersteuningsbehoefte.find("volgens de aanmelding van 15 september 2025"),
            std::string::npos);
}

TEST_F(TlvVoorstel, OnlyTheSchoolOfTheStudentAndAudited) {
  const int64_t voor = Audit();
  ASSERT_TRUE(db_.tlv->Voorstel(school_, "test", sanne_).has_value());
  EXPECT_EQ(Audit(), voor + 1);  // the read of the file
  // Another school: as if the student did not exist, naming the field.
  auto elders = db_.tlv->Voorstel(app::Principal{0, "x", Rol::kSchool, "10AA01", {}}, "t", sanne_);
  ASSERT_FALSE(elders.has_value());
  EXPECT_EQ(elders.error().code, domain::ErrorCode::kNotFound);
  EXPECT_EQ(elders.error().field, "leerling");
  // The SWV and the parents do not request.
  auto swv = db_.tlv->Voorstel(swv_, "t", sanne_);
  ASSERT_FALSE(swv.has_value());
  EXPECT_EQ(swv.error().code, domain::ErrorCode::kForbidden);
  auto ouder = db_.tlv->Voorstel(app::Principal{0, "o", Rol::kOuder, "", {sanne_}}, "t", sanne_);
  ASSERT_FALSE(ouder.has_value());
  EXPECT_EQ(ouder.error().code, domain::ErrorCode::kForbidden);
  EXPECT_EQ(Audit(), voor + 1);
}

}  // namespace
}  // namespace passend
