// The basisondersteuning pages (issue 5 item 3): the school's form (one fieldset per element
// with the norm's description; a missing "how" or an unexplained shortfall comes back beside
// its field; a saved form shows on the public school page), and the SWV's overview with its
// chart, table and norm form (a bad element comes back beside its field).
#include <gtest/gtest.h>

#include "domain/basisondersteuning.h"
#include "support/requests.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;
using testing::Pagina;
using testing::Velden;

class BasisondersteuningPages : public ::testing::Test {
 protected:
  Pagina Get(const std::string& path, Rol rol) {
    return testing::Bekijk(fixture_.harness(), path, fixture_.Login(rol));
  }
  Pagina Publiek(const std::string& path) {
    return testing::BekijkPubliek(fixture_.harness(), path);
  }
  Pagina Post(const std::string& path, Rol rol, const Velden& velden) {
    return testing::Verstuur(fixture_.harness(), path, fixture_.Login(rol), velden);
  }
  static bool Bevat(const Pagina& p, const std::string& tekst) {
    return p.body.find(tekst) != std::string::npos;
  }
  // Every element described, `voldoet`.
  static Velden AllesVoldoet() {
    Velden v;
    for (const auto& e : domain::StandaardNorm().elementen) {
      v.push_back({"hoe-" + e.code, "Wij doen dit zo: " + e.titel + "."});
      v.push_back({"oordeel-" + e.code, "voldoet"});
    }
    return v;
  }

  testing::SecurityFixture fixture_;
};

TEST_F(BasisondersteuningPages, TheSchoolDescribesEachElementAndEveryoneReadsIt) {
  Pagina res = Get("/mijn-school/basisondersteuning", Rol::kSchool);
  ASSERT_EQ(res.status, 200) << res.body;
  const auto norm = domain::StandaardNorm();
  for (const auto& e : norm.elementen) {
    EXPECT_TRUE(Bevat(res, "id=\"element-" + e.code + "\"")) << e.code;
  }
  EXPECT_TRUE(Bevat(res, "De school signaleert leer-, gedrags- en ontwikkelingsproblemen vroeg"));
  EXPECT_TRUE(Bevat(res, "<h2 class=\"utrecht-heading-2\">Planmatig werken</h2>"));
  EXPECT_TRUE(Bevat(res, "name=\"_csrf\""));
  EXPECT_TRUE(Bevat(res, "href=\"/mijn-school/basisondersteuning\""));  // in the navigation

  // Nothing described: the message beside the first element's "how".
  res = Post("/mijn-school/basisondersteuning", Rol::kSchool, {{"toelichting", "Onze basis."}});
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "id=\"b-hoe-veilig-klimaat-fout\"") &&
              Bevat(res, "Beschrijf hoe de school aan dit element voldoet"))
      << res.body;
  EXPECT_TRUE(Bevat(res, ">Onze basis.</textarea>"));  // what was typed comes back

  // A shortfall without explanation: beside that element's explanation.
  Velden velden = AllesVoldoet();
  velden.push_back({"oordeel-opp", "nog-niet"});
  res = Post("/mijn-school/basisondersteuning", Rol::kSchool, velden);
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "id=\"b-toelichting-opp-fout\"")) << res.body;

  velden.push_back({"toelichting-opp", "De intern begeleider wordt in maart geschoold."});
  velden.push_back({"bewijs-veilig-klimaat", "Monitor sociale veiligheid 2025."});
  res = Post("/mijn-school/basisondersteuning", Rol::kSchool, velden);
  ASSERT_EQ(res.status, 303) << res.body;
  EXPECT_EQ(res.location, "/scholen/10AA00#basisondersteuning");

  res = Publiek("/scholen/10AA00");
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(Bevat(res, "id=\"basisondersteuning\""));
  EXPECT_TRUE(Bevat(res, "Monitor sociale veiligheid 2025."));
  EXPECT_TRUE(Bevat(res, "Voldoet nog niet: De intern begeleider wordt in maart geschoold."));
  res = Publiek("/scholen/10AA01");
  EXPECT_TRUE(Bevat(res, "heeft nog niet beschreven hoe zij de basisondersteuning biedt"));

  // The form shows the current version.
  res = Get("/mijn-school/basisondersteuning", Rol::kSchool);
  EXPECT_TRUE(Bevat(res, "Huidige versie: 1"));
  EXPECT_TRUE(Bevat(res, "De intern begeleider wordt in maart geschoold."));
}

TEST_F(BasisondersteuningPages, TheSwvSeesTheOverviewAndSetsItsOwnNorm) {
  Velden velden = AllesVoldoet();
  velden.push_back({"oordeel-ketenpartners", "deels"});
  velden.push_back({"toelichting-ketenpartners", "Het wijkteam is nieuw."});
  ASSERT_EQ(Post("/mijn-school/basisondersteuning", Rol::kSchool, velden).status, 303);

  Pagina res = Get("/basisondersteuning", Rol::kSwv);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(Bevat(res, "Basisondersteuning in SWV Primair Testregio"));
  EXPECT_TRUE(Bevat(res, "<svg"));
  EXPECT_TRUE(Bevat(res, "aria-labelledby=\"per-element\""));
  EXPECT_TRUE(Bevat(res, "Samenwerking met ketenpartners (deels)"));
  EXPECT_TRUE(Bevat(res, "Nog niet beschreven"));  // 10AA01 and 11BB00
  EXPECT_TRUE(Bevat(res, "/basisondersteuning/overzicht/export"));
  EXPECT_TRUE(Bevat(res, "landelijke standaard"));

  EXPECT_EQ(Get("/basisondersteuning", Rol::kSchool).status, 403);
  EXPECT_EQ(Get("/mijn-school/basisondersteuning", Rol::kSwv).status, 403);

  // A new norm: an element without description comes back beside its field.
  Velden norm{{"titel", "Basisondersteuning 2026-2030"}, {"geldigVanaf", "2020-01-01"}};
  const auto standaard = domain::StandaardNorm();
  for (size_t i = 0; i < standaard.elementen.size(); ++i) {
    const auto& e = standaard.elementen[i];
    const std::string k = std::to_string(i);
    norm.push_back({"code-" + k, e.code});
    norm.push_back({"aspect-" + k, e.aspect});
    norm.push_back({"titel-" + k, e.titel});
    norm.push_back({"omschrijving-" + k, e.omschrijving});
  }
  const std::string nieuw = std::to_string(standaard.elementen.size());
  Velden fout = norm;
  fout.push_back({"code-" + nieuw, "rekenen"});
  fout.push_back({"aspect-" + nieuw, "preventieve-interventies"});
  fout.push_back({"titel-" + nieuw, "Rekenen"});
  res = Post("/basisondersteuning/norm", Rol::kSwv, fout);
  EXPECT_EQ(res.status, 400);
  EXPECT_TRUE(Bevat(res, "id=\"n-omschrijving-" + nieuw + "-fout\"") &&
              Bevat(res, "Beschrijf wat van elke school verwacht wordt"))
      << res.body;

  // Without the last element and with a new one: version 1 of the SWV's own norm.
  norm.push_back({"weg-" + std::to_string(standaard.elementen.size() - 1), "ja"});
  norm.push_back({"code-" + nieuw, "rekenen"});
  norm.push_back({"aspect-" + nieuw, "preventieve-interventies"});
  norm.push_back({"titel-" + nieuw, "Rekenen"});
  norm.push_back({"omschrijving-" + nieuw, "Een aanpak voor rekenproblemen."});
  res = Post("/basisondersteuning/norm", Rol::kSwv, norm);
  ASSERT_EQ(res.status, 303) << res.body;
  res = Get("/basisondersteuning", Rol::kSwv);
  EXPECT_TRUE(Bevat(res, "eigen versie 1 van het samenwerkingsverband"));
  EXPECT_TRUE(Bevat(res, "1 beschreven een eerdere versie van de norm"));
  // The school's form now asks for the new element.
  res = Get("/mijn-school/basisondersteuning", Rol::kSchool);
  EXPECT_TRUE(Bevat(res, "id=\"element-rekenen\""));
  EXPECT_FALSE(Bevat(res, "id=\"element-evaluatie\""));
  EXPECT_TRUE(Bevat(res, "beantwoordt een eerdere norm"));
}

}  // namespace
}  // namespace passend
