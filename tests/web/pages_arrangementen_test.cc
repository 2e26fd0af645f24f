// The arrangementen pages (issue 7 item 1): the SWV adds a package (a bad amount comes back
// beside its field, the typed values kept), assigns it to a student (an end before the start
// comes back beside `tot`), and deactivates it; the school and the parent see the student's
// assignment, the parent nothing of another child; every listed student is audited. The test
// clock stands on Wednesday 1 October 2025.
#include <gtest/gtest.h>

#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using testing::Pagina;
using testing::Velden;

class ArrangementenPages : public ::testing::Test {
 protected:
  Pagina Get(const std::string& path, Rol rol) {
    return testing::Bekijk(fixture_.harness(), path, fixture_.Login(rol));
  }
  Pagina Post(const std::string& path, Rol rol, const Velden& velden) {
    return testing::Verstuur(fixture_.harness(), path, fixture_.Login(rol), velden);
  }
  static Velden Nieuw(const std::string& bedrag) {
    return {{"naam", "Ambulante begeleiding gedrag"},
            {"soort", "ambulant"},
            {"omschrijving", "Twee uur per week."},
            {"tarief", "per-leerling-per-jaar"},
            {"bedrag", bedrag}};
  }
  Velden Toekenning(int64_t arrangement, domain::LeerlingId leerling, const std::string& school,
                    const std::string& tot) {
    return {{"arrangement", std::to_string(arrangement)},
            {"leerling", std::to_string(leerling.value)},
            {"school", school},
            {"van", "2025-08-01"},
            {"tot", tot},
            {"bedrag", ""}};
  }
  int64_t Audit() { return testing::CountRows(*fixture_.db().store, "audit"); }

  testing::SecurityFixture fixture_;
};

TEST_F(ArrangementenPages, TheSwvAddsAssignsAndDeactivatesAndTheParentSeesTheOwnChild) {
  Pagina res = Get("/arrangementen", Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_NE(res.body.find("De catalogus is nog leeg."), std::string::npos);
  EXPECT_NE(res.body.find("Voeg eerst een actief arrangement toe."), std::string::npos);

  res = Post("/arrangementen", Rol::kSwv, Nieuw("veel"));
  EXPECT_EQ(res.status, 400);
  EXPECT_NE(res.body.find("Dit is geen geldig bedrag"), std::string::npos);
  EXPECT_NE(res.body.find("Ambulante begeleiding gedrag"), std::string::npos);  // kept
  res = Post("/arrangementen", Rol::kSwv, Nieuw("-10,00"));
  EXPECT_EQ(res.status, 400);
  EXPECT_NE(res.body.find("Het bedrag is niet negatief."), std::string::npos);
  res = Post("/arrangementen", Rol::kSwv, Nieuw("4.500,00"));
  ASSERT_EQ(res.status, 303) << res.body;
  EXPECT_EQ(res.location, "/arrangementen#arrangementen-tabel");
  res = Get("/arrangementen", Rol::kSwv);
  EXPECT_NE(res.body.find("€ 4.500,00"), std::string::npos);
  EXPECT_NE(res.body.find("Ambulante begeleiding"), std::string::npos);
  const int64_t id = 1;  // the first entry of an empty catalogue

  res = Post("/arrangementen/toekenningen", Rol::kSwv,
             Toekenning(id, fixture_.sanne, "10AA00", "2025-07-31"));
  EXPECT_EQ(res.status, 400);
  EXPECT_NE(res.body.find("De einddatum ligt niet voor de begindatum"), std::string::npos);
  EXPECT_NE(res.body.find("value=\"10AA00\""), std::string::npos);  // kept
  res = Post("/arrangementen/toekenningen", Rol::kSwv,
             Toekenning(id, fixture_.sanne, "10AA00", "2026-07-31"));
  ASSERT_EQ(res.status, 303) << res.body;
  res = Post("/arrangementen/toekenningen", Rol::kSwv,
             Toekenning(id, fixture_.bram, "10AA01", "2026-07-31"));
  ASSERT_EQ(res.status, 303) << res.body;
  // The school may not assign.
  EXPECT_EQ(Post("/arrangementen/toekenningen", Rol::kSchool,
                 Toekenning(id, fixture_.sanne, "10AA00", "2026-07-31"))
                .status,
            403);

  // The school sees where it gives the support; the parent only the own child.
  int64_t audit = Audit();
  res = Get("/arrangementen", Rol::kSchool);
  ASSERT_EQ(res.status, 200);
  EXPECT_NE(res.body.find("Sanne"), std::string::npos);
  EXPECT_EQ(res.body.find("Bram"), std::string::npos);
  EXPECT_EQ(res.body.find("Nieuw arrangement"), std::string::npos);  // no catalogue forms
  EXPECT_EQ(Audit(), audit + 1);
  res = Get("/arrangementen", Rol::kOuder);
  ASSERT_EQ(res.status, 200);
  EXPECT_NE(res.body.find("Ambulante begeleiding gedrag"), std::string::npos);
  EXPECT_NE(res.body.find("1 augustus 2025 tot en met 31 juli 2026"), std::string::npos);
  EXPECT_EQ(res.body.find("Bram"), std::string::npos);
  EXPECT_EQ(Get("/arrangementen", Rol::kGemeente).status, 403);

  // Deactivated, it stays in the catalogue and is no longer offered for assignment.
  ASSERT_EQ(Post("/arrangementen/1/deactiveren", Rol::kSwv, {}).status, 303);
  res = Get("/arrangementen", Rol::kSwv);
  EXPECT_NE(res.body.find("Gedeactiveerd"), std::string::npos);
  EXPECT_NE(res.body.find("Voeg eerst een actief arrangement toe."), std::string::npos);
  EXPECT_NE(res.body.find("Bram"), std::string::npos);  // the assignments stay
  res = Post("/arrangementen/toekenningen", Rol::kSwv,
             Toekenning(id, fixture_.bram, "10AA01", "2026-07-31"));
  EXPECT_EQ(res.status, 422);
  EXPECT_NE(res.body.find("niet meer actief"), std::string::npos);
}

}  // namespace
}  // namespace passend
