#include "app/demo_accounts.h"

namespace passend::app {

using domain::Rol;

domain::Result<std::vector<DemoAccount>> MaakDemoAccounts(const Actor& actor, AuthService& auth,
                                                          RegistryQueries& registry,
                                                          LeerlingQueries& leerlingen) {
  PASSEND_ASSIGN_OR_RETURN(auto swvs, registry.ListSamenwerkingsverbanden(PageRequest{1, 1}));
  if (swvs.items.empty()) {
    return domain::Fail(domain::ErrorCode::kConflict, "Er zijn nog geen demogegevens.");
  }
  const auto& swv = swvs.items.front().swv;
  SchoolFilter filter;
  filter.swv = swv.code;
  filter.soort = domain::SchoolSoort::kBao;
  PASSEND_ASSIGN_OR_RETURN(auto scholen, registry.ListScholen(filter, PageRequest{1, 1}));
  if (scholen.items.empty()) {
    return domain::Fail(domain::ErrorCode::kConflict, "Het demo-SWV heeft geen basisschool.");
  }
  const auto& school = scholen.items.front().school;
  PASSEND_ASSIGN_OR_RETURN(
      auto kinderen,
      leerlingen.ListLeerlingen(LeerlingScope{LeerlingScope::Soort::kSchool, school.code.str(), {}},
                                LeerlingFilter{}, PageRequest{1, 1}));
  if (kinderen.items.empty()) {
    return domain::Fail(domain::ErrorCode::kConflict, "De demoschool heeft geen leerlingen.");
  }
  const domain::LeerlingId kind = kinderen.items.front().id;

  struct Spec {
    Rol rol;
    std::string organisatie;
  };
  const Spec specs[] = {
      {Rol::kOuder, ""},
      {Rol::kSchool, school.code.str()},
      {Rol::kBestuur, school.bestuur},
      {Rol::kSwv, swv.code.str()},
      {Rol::kGemeente, school.gemeente.str()},
      {Rol::kConsulent, swv.code.str()},
      {Rol::kInspectie, ""},
      {Rol::kMinisterie, ""},
      {Rol::kBeheer, ""},
  };
  std::vector<DemoAccount> created;
  for (const Spec& spec : specs) {
    NieuwAccount account;
    account.gebruikersnaam = std::string(domain::RolCode(spec.rol)) + ".demo";
    account.rol = spec.rol;
    account.organisatie = spec.organisatie;
    if (spec.rol == Rol::kOuder) account.kinderen = {kind};
    PASSEND_RETURN_IF_ERROR(auth.AddUser(actor, account, kDemoWachtwoord));
    created.push_back(
        {account.gebruikersnaam, spec.rol,
         spec.rol == Rol::kOuder ? "leerling " + std::to_string(kind.value) : spec.organisatie});
  }
  return created;
}

}  // namespace passend::app
