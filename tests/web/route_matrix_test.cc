// Every registered route × every role (and nobody): the answer must follow the one policy.
#include <gtest/gtest.h>

#include <regex>

#include "app/policy.h"
#include "support/security_fixture.h"

namespace passend {
namespace {

using domain::Rol;

class RouteMatrix : public ::testing::Test {
 protected:
  // A concrete path for a route template: existing resources, so that "allowed" can be told
  // apart from "not found".
  std::string Concrete(const std::string& path) {
    std::string out = std::regex_replace(path, std::regex(R"(/aanmeldingen/\{id\})"),
                                         "/aanmeldingen/" + std::to_string(aanmelding_));
    out = std::regex_replace(out, std::regex(R"(/tlv-aanvragen/\{id\})"),
                             "/tlv-aanvragen/" + std::to_string(tlv_aanvraag_));
    out = std::regex_replace(out, std::regex(R"(/arrangementen/\{id\})"),
                             "/arrangementen/" + std::to_string(arrangement_));
    out = std::regex_replace(out, std::regex(R"(/arrangement-toekenningen/\{id\})"),
                             "/arrangement-toekenningen/" + std::to_string(toekenning_));
    out = std::regex_replace(out, std::regex(R"(/opps/\{id\})"), "/opps/" + std::to_string(opp_));
    out = std::regex_replace(out, std::regex(R"(/opp/\{id\})"), "/opp/" + std::to_string(opp_));
    out = std::regex_replace(out, std::regex(R"(/plaatsingsrondes/\{id\})"),
                             "/plaatsingsrondes/" + std::to_string(ronde_));
    out = std::regex_replace(out, std::regex(R"(\{id\})"), std::to_string(fixture_.sanne.value));
    out = std::regex_replace(out, std::regex(R"(/samenwerkingsverbanden/\{code\})"),
                             "/samenwerkingsverbanden/PO2001");
    out = std::regex_replace(out, std::regex(R"(/scholen/\{code\})"), "/scholen/10AA00");
    out = std::regex_replace(out, std::regex(R"(/gemeenten/\{code\})"), "/gemeenten/GM0001");
    out = std::regex_replace(out, std::regex(R"(\{volgnummer\})"), "1");
    if (out == "/api/v1/audit") out += "?leerling=" + std::to_string(fixture_.sanne.value);
    return out;
  }

  httplib::Result Call(const web::Route& route, const std::optional<Rol>& rol) {
    auto client = fixture_.harness().Client();
    httplib::Headers headers;
    std::string csrf;
    if (rol) {
      const app::Sessie sessie = fixture_.Login(*rol);
      if (route.IsApi()) {
        headers.emplace("Authorization", "Bearer " + sessie.token);
      } else {
        headers.emplace("Cookie", std::string(web::kSessieCookie) + "=" + sessie.token + "; " +
                                      web::kInlogCsrfCookie + "=inlogtoken");
        csrf = sessie.csrf;
      }
    } else if (!route.IsApi()) {
      headers.emplace("Cookie", std::string(web::kInlogCsrfCookie) + "=inlogtoken");
    }
    const std::string path = Concrete(route.path);
    if (route.method == "GET") return client.Get(path, headers);
    if (route.method == "DELETE") return client.Delete(path, headers);
    if (route.method == "PUT") return client.Put(path, headers, "{}", "application/json");
    if (route.IsApi()) return client.Post(path, headers, "{}", "application/json");
    const std::string token = route.csrf == web::CsrfCheck::kInlog ? "inlogtoken" : csrf;
    return client.Post(path, headers, "_csrf=" + token, "application/x-www-form-urlencoded");
  }

  // A registration of Sanne at 10AA00 (school.test's), for the registration routes.
  int64_t RegistreerAanmelding() {
    app::NieuweAanmelding nieuw;
    nieuw.leerling = fixture_.sanne;
    nieuw.school = *domain::Vestigingscode::Parse("10AA00");
    nieuw.aanmelddatum = *domain::ParseIsoDate("2025-09-22");
    auto inzicht = fixture_.db().aanmeldingen->Registreer(
        app::Principal{0, "school.test", Rol::kSchool, "10AA00", {}}, "test", nieuw);
    EXPECT_TRUE(inzicht.has_value());
    return inzicht ? inzicht->overzicht.aanmelding.id : 0;
  }

  // A TLV request of Sanne by 10AA00 (school.test's), for the TLV routes.
  int64_t VraagTlvAan() {
    app::NieuweTlvAanvraag nieuw;
    nieuw.leerling = fixture_.sanne;
    nieuw.soort = domain::TlvSoort::kSo;
    nieuw.ondersteuningsbehoefte = "Begeleiding";
    nieuw.al_gedaan = "Arrangement";
    nieuw.zienswijze_ouders = "Eens";
    nieuw.hoorrecht = {true, "Graag", ""};
    auto inzicht = fixture_.db().tlv->VraagAan(
        app::Principal{0, "school.test", Rol::kSchool, "10AA00", {}}, "test", nieuw);
    EXPECT_TRUE(inzicht.has_value());
    return inzicht ? inzicht->overzicht.aanvraag.id : 0;
  }

  // A package of PO2001 (swv.test's) and its assignment to Sanne at 10AA00, for the
  // arrangementen routes.
  int64_t MaakArrangement() {
    domain::Arrangement a;
    a.soort = domain::ArrangementSoort::kAmbulant;
    a.naam = "Ambulante begeleiding";
    a.bedrag = domain::Cents(450000);
    auto gemaakt = fixture_.harness().arrangementen().NieuwArrangement(
        app::Principal{0, "swv.test", Rol::kSwv, "PO2001", {}}, "test", a);
    EXPECT_TRUE(gemaakt.has_value());
    return gemaakt ? gemaakt->id : 0;
  }
  int64_t KenArrangementToe() {
    app::NieuweToekenning nieuw{arrangement_,
                                fixture_.sanne,
                                "10AA00",
                                *domain::ParseIsoDate("2025-08-01"),
                                *domain::ParseIsoDate("2026-07-31"),
                                std::nullopt};
    auto t = fixture_.harness().arrangementen().KenToe(
        app::Principal{0, "swv.test", Rol::kSwv, "PO2001", {}}, "test", nieuw);
    EXPECT_TRUE(t.has_value());
    return t ? t->toekenning.id : 0;
  }

  // A plan of Sanne at 10AA00 (school.test's) with its first version, for the OPP routes.
  int64_t MaakOpp() {
    app::NieuwOpp nieuw;
    nieuw.leerling = fixture_.sanne;
    domain::OppInhoud inhoud;
    inhoud.uitstroombestemming = "vmbo";
    inhoud.bevorderende_factoren = "Gemotiveerd";
    inhoud.belemmerende_factoren = "Concentratie";
    inhoud.ondersteuning = "Kleine groep";
    inhoud.doelen = {"Leest op AVI E5"};
    inhoud.hoorrecht = {true, "Graag", ""};
    nieuw.inhoud = inhoud;
    auto inzicht = fixture_.db().opp->Maak(
        app::Principal{0, "school.test", Rol::kSchool, "10AA00", {}}, "test", nieuw);
    EXPECT_TRUE(inzicht.has_value());
    return inzicht ? inzicht->overzicht.opp.id : 0;
  }

  // A placement round of PO2001 (swv.test's) for Bram, who awaits a place with a need, for the
  // placement-round routes.
  int64_t StartRonde() {
    auto gezet = fixture_.db().store->Run(
        [&](app::Writer& w) -> domain::Result<void> {
          domain::Aanmelding a;
          a.leerling = fixture_.bram;
          a.school = *domain::Vestigingscode::Parse("10AA01");
          a.swv = "PO2001";
          a.aanmelddatum = *domain::ParseIsoDate("2025-09-22");
          a.compleet_op = a.aanmelddatum;
          a.ondersteuningsbehoeften = {domain::Ondersteuningsbehoefte::kGedrag};
          PASSEND_RETURN_IF_ERROR(w.InsertAanmelding(a, std::nullopt));
          return {};
        },
        false);
    EXPECT_TRUE(gezet.has_value());
    auto ronde = fixture_.harness().plaatsingsrondes().Start(
        app::Principal{0, "swv.test", Rol::kSwv, "PO2001", {}}, "test", "PO2001",
        app::NieuweRonde{});
    EXPECT_TRUE(ronde.has_value()) << ronde.error().message;
    return ronde ? ronde->ronde.id : 0;
  }

  testing::SecurityFixture fixture_;
  int64_t aanmelding_ = RegistreerAanmelding();
  int64_t tlv_aanvraag_ = VraagTlvAan();
  int64_t opp_ = MaakOpp();
  int64_t arrangement_ = MaakArrangement();
  int64_t toekenning_ = KenArrangementToe();
  int64_t ronde_ = StartRonde();
};

TEST_F(RouteMatrix, EveryRouteDeclaresAPermission) {
  const auto& routes = fixture_.harness().server().router().routes();
  ASSERT_GE(routes.size(), 20u);
  for (const auto& route : routes) {
    EXPECT_NE(route.permission, app::Permission::kGeen)
        << route.method << " " << route.path << " was registered without a permission";
  }
}

TEST_F(RouteMatrix, EveryRouteAnswersEveryRoleAsThePolicySays) {
  for (const auto& route : fixture_.harness().server().router().routes()) {
    const std::string what = route.method + " " + route.path;
    // Nobody logged in.
    {
      auto res = Call(route, std::nullopt);
      ASSERT_TRUE(res) << what;
      if (route.permission == app::Permission::kPubliek) {
        EXPECT_NE(res->status, 401) << what;
        EXPECT_NE(res->status, 403) << what;
      } else if (!route.IsApi() && route.method == "GET") {
        EXPECT_EQ(res->status, 303) << what;
        EXPECT_EQ(res->get_header_value("Location").rfind("/inloggen?terug=", 0), 0u) << what;
      } else {
        EXPECT_EQ(res->status, 401) << what;
        if (route.IsApi()) {
          EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json") << what;
        }
      }
    }
    for (Rol rol : domain::kAlleRollen) {
      const std::string who = what + " as " + std::string(domain::RolCode(rol));
      auto res = Call(route, rol);
      ASSERT_TRUE(res) << who;
      if (app::RolMag(rol, route.permission)) {
        EXPECT_NE(res->status, 401) << who << "\n" << res->body;
        EXPECT_NE(res->status, 403) << who << "\n" << res->body;
        EXPECT_LT(res->status, 500) << who << "\n" << res->body;
      } else {
        EXPECT_EQ(res->status, 403) << who;
        if (route.IsApi()) {
          EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json") << who;
        }
      }
    }
  }
}

TEST(Policy, DeniesAnUndeclaredPermissionToEveryone) {
  for (Rol rol : domain::kAlleRollen) {
    EXPECT_FALSE(app::RolMag(rol, app::Permission::kGeen));
    app::Principal principal;
    principal.rol = rol;
    EXPECT_FALSE(app::Authorize(principal, app::Permission::kGeen).has_value());
  }
  EXPECT_FALSE(app::Authorize(std::nullopt, app::Permission::kGeen).has_value());
}

TEST(Policy, NationalRolesAndBeheerNeverReadStudents) {
  for (Rol rol : {Rol::kInspectie, Rol::kMinisterie, Rol::kBeheer}) {
    EXPECT_FALSE(app::RolMag(rol, app::Permission::kLeerlingenLezen));
    EXPECT_FALSE(app::RolMag(rol, app::Permission::kAuditLezen));
    app::Principal principal;
    principal.rol = rol;
    EXPECT_FALSE(
        app::InScope(principal, {domain::LeerlingId{1}, "10AA00", "10001", "PO2001", "GM0001"}));
  }
}

TEST(Policy, TheOppIsWrittenByTheSchoolConsentedByTheParentAndReadByTheParties) {
  // WPO art. 40a, WEC art. 41a: the school sets the plan, the parents consent to the
  // handelingsdeel; board and SWV read; no national role, municipality or consulent.
  for (Rol rol : domain::kAlleRollen) {
    const bool partij =
        rol == Rol::kSchool || rol == Rol::kBestuur || rol == Rol::kSwv || rol == Rol::kOuder;
    EXPECT_EQ(app::RolMag(rol, app::Permission::kOppLezen), partij) << domain::RolCode(rol);
    EXPECT_EQ(app::RolMag(rol, app::Permission::kOppBeheren), rol == Rol::kSchool)
        << domain::RolCode(rol);
    EXPECT_EQ(app::RolMag(rol, app::Permission::kOppInstemmen),
              rol == Rol::kSchool || rol == Rol::kOuder)
        << domain::RolCode(rol);
  }
}

TEST(Policy, TlvRequestsAreForTheSchoolTheBoardTheSwvAndTheParentOnly) {
  // Issue 7: national roles get the register's counts as aggregates only, never a request.
  for (Rol rol : domain::kAlleRollen) {
    const bool partij =
        rol == Rol::kSchool || rol == Rol::kBestuur || rol == Rol::kSwv || rol == Rol::kOuder;
    EXPECT_EQ(app::RolMag(rol, app::Permission::kTlvLezen), partij) << domain::RolCode(rol);
    EXPECT_EQ(app::RolMag(rol, app::Permission::kTlvBeheren),
              rol == Rol::kSchool || rol == Rol::kSwv)
        << domain::RolCode(rol);
    EXPECT_EQ(app::RolMag(rol, app::Permission::kTlvEvaluatieVragen),
              rol == Rol::kOuder || rol == Rol::kSwv)
        << domain::RolCode(rol);
  }
}

TEST(Policy, ReserveObjectionsAreDecidedByTheMinistryOnly) {
  // Issue 8 item 5: the minister withholds the budget (seed 000 #23), so the ministry decides
  // on an SWV's objection (seed 002); the SWV records plans and objections, and the national
  // roles read every SWV's money but record nothing.
  for (Rol rol : domain::kAlleRollen) {
    EXPECT_EQ(app::RolMag(rol, app::Permission::kReserveBezwaarBeslissen), rol == Rol::kMinisterie)
        << domain::RolCode(rol);
    EXPECT_EQ(app::RolMag(rol, app::Permission::kGeldBeheren), rol == Rol::kSwv)
        << domain::RolCode(rol);
  }
}

TEST(Policy, ArrangementenAreForTheSwvTheSchoolTheBoardAndTheParentOnly) {
  // Issue 7 item 1: the SWV keeps the catalogue and assigns; the school where the support is
  // given, its board and the parents read; no national role, municipality or consulent.
  for (Rol rol : domain::kAlleRollen) {
    const bool partij =
        rol == Rol::kSchool || rol == Rol::kBestuur || rol == Rol::kSwv || rol == Rol::kOuder;
    EXPECT_EQ(app::RolMag(rol, app::Permission::kArrangementLezen), partij) << domain::RolCode(rol);
    EXPECT_EQ(app::RolMag(rol, app::Permission::kArrangementBeheren), rol == Rol::kSwv)
        << domain::RolCode(rol);
  }
}

TEST(Policy, BasisondersteuningIsDescribedByTheSchoolAndManagedByTheSwvOnly) {
  // Issue 5 item 3: the school describes its own location's basisondersteuning, the SWV sets
  // its norm and reads its region's overview; norms and accounts are public to read.
  for (Rol rol : domain::kAlleRollen) {
    EXPECT_EQ(app::RolMag(rol, app::Permission::kBasisondersteuningBeschrijven),
              rol == Rol::kSchool)
        << domain::RolCode(rol);
    EXPECT_EQ(app::RolMag(rol, app::Permission::kBasisondersteuningBeheren), rol == Rol::kSwv)
        << domain::RolCode(rol);
  }
}

TEST(Policy, ProfilesAreTheSchoolsOwnSuggestionsForTheSchoolTheSwvAndTheParent) {
  // Issue 5 items 2 and 4 (domain.md §3.2): the school sets its own support profile (everyone
  // reads it); suggestions name a child's needs: the school, the SWV and the parent only.
  for (Rol rol : domain::kAlleRollen) {
    EXPECT_EQ(app::RolMag(rol, app::Permission::kProfielBeheren), rol == Rol::kSchool)
        << domain::RolCode(rol);
    EXPECT_EQ(app::RolMag(rol, app::Permission::kPassendeScholenLezen),
              rol == Rol::kSchool || rol == Rol::kSwv || rol == Rol::kOuder)
        << domain::RolCode(rol);
  }
}

TEST(Policy, TheDekkendAanbodIsForTheSwvAndTheNationalRoles) {
  // Issue 5 item 7: the SWV reads its own region's gaps; the Inspectie and the ministry read
  // suppressed aggregates; schools, boards, municipalities, parents, consulenten and beheer not.
  for (Rol rol : domain::kAlleRollen) {
    EXPECT_EQ(app::RolMag(rol, app::Permission::kDekkendAanbodLezen),
              rol == Rol::kSwv || rol == Rol::kInspectie || rol == Rol::kMinisterie)
        << domain::RolCode(rol);
  }
}

TEST(Policy, PlacementRoundsAreForTheSwvOnly) {
  // Issue 5 item 5: the SWV makes, reviews and confirms its rounds; the parents hear of a
  // confirmed proposal by message; nobody else reads a round (it names every child waiting).
  for (Rol rol : domain::kAlleRollen) {
    EXPECT_EQ(app::RolMag(rol, app::Permission::kPlaatsingsrondeLezen), rol == Rol::kSwv)
        << domain::RolCode(rol);
    EXPECT_EQ(app::RolMag(rol, app::Permission::kPlaatsingsrondeBeheren), rol == Rol::kSwv)
        << domain::RolCode(rol);
  }
}

TEST(Policy, ScopeFollowsTheRolesOrganisation) {
  const app::LeerlingPlaats plaats{domain::LeerlingId{7}, "10AA00", "10001", "PO2001", "GM0001"};
  auto principal = [](Rol rol, std::string org, std::vector<domain::LeerlingId> kinderen = {}) {
    return app::Principal{1, "x", rol, std::move(org), std::move(kinderen)};
  };
  EXPECT_TRUE(app::InScope(principal(Rol::kSchool, "10AA00"), plaats));
  EXPECT_FALSE(app::InScope(principal(Rol::kSchool, "10AA01"), plaats));
  EXPECT_TRUE(app::InScope(principal(Rol::kBestuur, "10001"), plaats));
  EXPECT_FALSE(app::InScope(principal(Rol::kBestuur, "10002"), plaats));
  EXPECT_TRUE(app::InScope(principal(Rol::kSwv, "PO2001"), plaats));
  EXPECT_FALSE(app::InScope(principal(Rol::kSwv, "VO2001"), plaats));
  EXPECT_TRUE(app::InScope(principal(Rol::kGemeente, "GM0001"), plaats));
  EXPECT_FALSE(app::InScope(principal(Rol::kGemeente, "GM0002"), plaats));
  EXPECT_TRUE(app::InScope(principal(Rol::kOuder, "", {domain::LeerlingId{7}}), plaats));
  EXPECT_FALSE(app::InScope(principal(Rol::kOuder, "", {domain::LeerlingId{8}}), plaats));
  EXPECT_FALSE(app::InScope(principal(Rol::kConsulent, "PO2001"), plaats));
  // An empty organisation never matches an empty field.
  EXPECT_FALSE(app::InScope(principal(Rol::kSchool, ""), {domain::LeerlingId{9}, "", "", "", ""}));
  EXPECT_TRUE(app::MagAuditZien(principal(Rol::kSwv, "PO2001"), plaats));
  EXPECT_FALSE(app::MagAuditZien(principal(Rol::kSchool, "10AA00"), plaats));
}

}  // namespace
}  // namespace passend
