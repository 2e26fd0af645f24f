#include "app/basisondersteuning_service.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/basisondersteuning_events.h"
#include "app/policy.h"
#include "app/registry_service.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

std::unexpected<domain::Error> SwvNietGevonden() {
  return Fail(ErrorCode::kNotFound, "Er is geen samenwerkingsverband met deze code.");
}

std::unexpected<domain::Error> SchoolNietGevonden() {
  return Fail(ErrorCode::kNotFound, "Er is geen schoolvestiging met deze code.");
}

}  // namespace

domain::Date BasisondersteuningService::Vandaag() const {
  return domain::Date{std::chrono::floor<std::chrono::days>(clock_.Now())};
}

Result<std::pair<domain::Basisondersteuningsnorm, bool>> BasisondersteuningService::NormInKracht(
    const std::string& swv) {
  if (swv.empty()) return std::pair{landelijk_, true};
  PASSEND_ASSIGN_OR_RETURN(auto versies, queries_.NormVersies(swv));
  if (const auto* eigen = domain::NormOp(versies, Vandaag())) return std::pair{*eigen, false};
  return std::pair{landelijk_, true};
}

Result<NormInzicht> BasisondersteuningService::Norm(const std::string& swv,
                                                    std::optional<int> versie) {
  auto code = domain::SwvCode::Parse(swv);
  if (!code) return SwvNietGevonden();
  PASSEND_ASSIGN_OR_RETURN(auto gevonden, registry_.FindSamenwerkingsverband(*code));
  if (!gevonden) return SwvNietGevonden();
  NormInzicht inzicht;
  inzicht.swv = code->str();
  PASSEND_ASSIGN_OR_RETURN(inzicht.versies, queries_.NormVersies(inzicht.swv));
  const auto* in_kracht = domain::NormOp(inzicht.versies, Vandaag());
  if (versie) {
    auto it = std::find_if(inzicht.versies.begin(), inzicht.versies.end(),
                           [&](const auto& v) { return v.versie == *versie; });
    if (it == inzicht.versies.end()) {
      return Fail(ErrorCode::kNotFound,
                  fmt::format("Dit samenwerkingsverband heeft geen versie {} van zijn norm voor "
                              "de basisondersteuning.",
                              *versie));
    }
    inzicht.norm = *it;
    inzicht.in_kracht = in_kracht && in_kracht->versie == *versie;
  } else if (in_kracht) {
    inzicht.norm = *in_kracht;
    inzicht.in_kracht = true;
  } else {
    inzicht.norm = landelijk_;
    inzicht.in_kracht = true;
    inzicht.landelijk = true;
  }
  return inzicht;
}

Result<NormInzicht> BasisondersteuningService::StelNormVast(const Principal& principal,
                                                            const std::string& client,
                                                            const std::string& swv,
                                                            domain::Basisondersteuningsnorm nieuw) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kBasisondersteuningBeheren));
  auto code = domain::SwvCode::Parse(swv);
  if (!code) return SwvNietGevonden();
  // The norm is public, so another SWV's existence is no secret (403, not 404).
  if (principal.organisatie != code->str()) {
    return Fail(ErrorCode::kForbidden,
                "Een samenwerkingsverband stelt alleen de eigen norm voor de basisondersteuning "
                "vast.");
  }
  nieuw.swv = code->str();
  nieuw.versie = 0;
  nieuw.vastgesteld_op = Vandaag();
  nieuw.vastgesteld_door = principal.gebruikersnaam;
  PASSEND_RETURN_IF_ERROR(domain::Valideer(nieuw));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(nieuw.versie, writer.InsertBasisondersteuningsnorm(nieuw));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, kBasisondersteuningNormVastgesteld, BasisnormSubject(nieuw.swv),
                  nieuw.swv, BasisnormPayload(nieuw))));
    return {};
  }));
  return Norm(nieuw.swv, nieuw.versie);
}

Result<InvullingInzicht> BasisondersteuningService::Invulling(const domain::Vestigingscode& school,
                                                              std::optional<int> versie) {
  PASSEND_ASSIGN_OR_RETURN(auto overzicht, registry_.FindSchool(school));
  if (!overzicht) return SchoolNietGevonden();
  InvullingInzicht inzicht;
  inzicht.school = std::move(*overzicht);
  const std::string swv = inzicht.school.school.swv ? inzicht.school.school.swv->str() : "";
  PASSEND_ASSIGN_OR_RETURN(auto norm, NormInKracht(swv));
  inzicht.norm = std::move(norm.first);
  PASSEND_ASSIGN_OR_RETURN(inzicht.invulling, queries_.FindInvulling(school, versie));
  if (versie && !inzicht.invulling) {
    return Fail(ErrorCode::kNotFound,
                fmt::format("Deze school heeft geen versie {} van haar beschrijving van de "
                            "basisondersteuning.",
                            *versie));
  }
  inzicht.oudere_norm = inzicht.invulling && inzicht.invulling->norm != inzicht.norm.Sleutel();
  PASSEND_ASSIGN_OR_RETURN(inzicht.versies, queries_.InvullingVersies(school));
  return inzicht;
}

Result<InvullingInzicht> BasisondersteuningService::LegVast(const Principal& principal,
                                                            const std::string& client,
                                                            const domain::Vestigingscode& school,
                                                            NieuweInvulling nieuw) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kBasisondersteuningBeschrijven));
  // Seed 003: the school's leaders see to it that the school meets the basisondersteuning; each
  // location describes its own. Accounts are public, so another location is 403, not 404.
  if (principal.organisatie != school.str()) {
    return Fail(ErrorCode::kForbidden,
                "Een school beschrijft alleen de basisondersteuning van haar eigen vestiging.");
  }
  PASSEND_ASSIGN_OR_RETURN(auto gevonden, registry_.FindSchool(school));
  if (!gevonden) return SchoolNietGevonden();
  const std::string swv = gevonden->school.swv ? gevonden->school.swv->str() : "";
  PASSEND_ASSIGN_OR_RETURN(auto norm, NormInKracht(swv));
  domain::BasisInvulling inv;
  inv.school = school;
  inv.swv = swv;
  inv.vastgesteld_op = Vandaag();
  inv.norm = norm.first.Sleutel();
  inv.toelichting = std::move(nieuw.toelichting);
  inv.elementen = std::move(nieuw.elementen);
  inv.vastgesteld_door = principal.gebruikersnaam;
  PASSEND_RETURN_IF_ERROR(domain::Valideer(inv, norm.first));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(inv.versie, writer.InsertBasisInvulling(inv));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, kBasisondersteuningBeschreven, BasisInvullingSubject(school.str()),
                  swv, BasisInvullingPayload(inv))));
    return {};
  }));
  return Invulling(school, std::nullopt);
}

Result<BasisoverzichtInzicht> BasisondersteuningService::Overzicht(const Principal& principal,
                                                                   const std::string& swv) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kBasisondersteuningBeheren));
  auto code = domain::SwvCode::Parse(swv);
  if (!code || principal.organisatie != code->str()) return SwvNietGevonden();
  PASSEND_ASSIGN_OR_RETURN(auto gevonden, registry_.FindSamenwerkingsverband(*code));
  if (!gevonden) return SwvNietGevonden();
  BasisoverzichtInzicht uit;
  uit.swv = code->str();
  uit.swv_naam = gevonden->swv.naam;
  PASSEND_ASSIGN_OR_RETURN(auto norm, NormInKracht(uit.swv));
  uit.norm = std::move(norm.first);
  uit.landelijk = norm.second;
  PASSEND_ASSIGN_OR_RETURN(auto regio, queries_.RegioInvullingen(uit.swv));
  std::vector<domain::OverzichtInvoer> invoer;
  invoer.reserve(regio.size());
  for (auto& r : regio) {
    invoer.push_back(
        domain::OverzichtInvoer{std::move(r.school), std::move(r.naam), std::move(r.invulling)});
  }
  uit.overzicht = domain::MaakOverzicht(uit.norm, invoer);
  return uit;
}

}  // namespace passend::app
