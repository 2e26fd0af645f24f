#include "app/thuiszitters_overzicht_service.h"

#include <algorithm>
#include <map>

#include "app/audit.h"
#include "app/leerlingen_service.h"
#include "app/policy.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

Result<void> NietGevonden(const std::string& wat) {
  return Fail(ErrorCode::kNotFound, wat + " is niet gevonden of valt buiten uw bereik.");
}

std::vector<domain::RegisterInvoer> Invoer(const std::vector<ThuiszitterBron>& bronnen) {
  std::vector<domain::RegisterInvoer> invoer;
  invoer.reserve(bronnen.size());
  for (const auto& b : bronnen) invoer.push_back(b.invoer);
  return invoer;
}

std::vector<domain::LeerlingId> Ids(const std::vector<domain::HuidigeThuiszitter>& lijst) {
  std::vector<domain::LeerlingId> ids;
  for (const auto& t : lijst) {
    if (std::find(ids.begin(), ids.end(), t.leerling) == ids.end()) ids.push_back(t.leerling);
  }
  return ids;
}

}  // namespace

Result<domain::Date> ThuiszittersOverzichtService::Peildatum(
    std::optional<domain::Date> peildatum) const {
  const domain::Date vandaag = Vandaag();
  if (!peildatum) return vandaag;
  // Later days would show cases as if nothing will change; nobody knows that yet.
  if (*peildatum > vandaag) {
    return Fail(ErrorCode::kInvalid,
                "De peildatum ligt na vandaag; kies vandaag of een eerdere dag.", "peildatum");
  }
  return *peildatum;
}

domain::VakantiesVoor ThuiszittersOverzichtService::Vakanties() const {
  return verzuim_.VakantiesPerSwv();
}

Result<domain::PerDuizend> ThuiszittersOverzichtService::LandelijkPerDuizend(domain::Date op) {
  {
    // A comparison figure at most a few minutes old is as good as a fresh one; the region's
    // own figures are always counted fresh.
    std::lock_guard lock(landelijk_mutex_);
    if (landelijk_ && landelijk_->peildatum == op &&
        clock_.Now() - landelijk_->berekend < kLandelijkBewaren) {
      return landelijk_->cijfer;
    }
  }
  PASSEND_ASSIGN_OR_RETURN(auto land, queries_.Regio({}));
  PASSEND_ASSIGN_OR_RETURN(auto zaken, queries_.Zaken({}, std::nullopt, op, op, false));
  const auto invoer = Invoer(zaken);
  const auto telling = domain::TelOver(invoer, op, verzuim_.Termijnen(), Vakanties());
  PASSEND_ASSIGN_OR_RETURN(
      auto cijfer, domain::PerDuizend::Create(telling.thuiszitters, land ? land->leerlingen : 0));
  std::lock_guard lock(landelijk_mutex_);
  landelijk_ = LandelijkCijfer{op, cijfer, clock_.Now()};
  return cijfer;
}

Result<ThuiszitterLijst> ThuiszittersOverzichtService::Lijst(const Principal& principal,
                                                             const std::string& client,
                                                             const ThuiszitterFilter& filter,
                                                             PageRequest page) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kVerzuimLezen));
  ThuiszitterLijst result;
  PASSEND_ASSIGN_OR_RETURN(result.peildatum, Peildatum(filter.peildatum));
  PASSEND_ASSIGN_OR_RETURN(
      auto zaken,
      queries_.Zaken(ThuiszitterSelectie{filter.swv, filter.gemeente}, VerzuimScopeVoor(principal),
                     result.peildatum, result.peildatum, true));
  domain::OverzichtParameters p;
  p.peildatum = result.peildatum;
  p.termijnen = verzuim_.Termijnen();
  p.trend_maanden = 1;
  const auto invoer = Invoer(zaken);
  auto overzicht = domain::BouwThuiszitterOverzicht(invoer, p, Vakanties());
  result.pagina.request = page;
  result.pagina.total = static_cast<int64_t>(overzicht.thuiszitters.size());
  const auto begin = std::min<int64_t>(page.Offset(), result.pagina.total);
  const auto end = std::min<int64_t>(begin + page.page_size, result.pagina.total);
  std::vector<domain::HuidigeThuiszitter> op_pagina;
  for (auto i = begin; i < end; ++i) {
    auto& t = overzicht.thuiszitters[static_cast<std::size_t>(i)];
    std::string naam;
    for (const auto& z : zaken) {
      if (z.invoer.melding.id == t.melding) naam = z.leerling_naam;
    }
    op_pagina.push_back(t);
    result.pagina.items.push_back(ThuiszitterItem{std::move(t), std::move(naam)});
  }
  // Audited before the data leaves (fail closed): only the students on this page leave.
  PASSEND_RETURN_IF_ERROR(AuditLeerlingen(work_, clock_, principal.AsActor(client), Ids(op_pagina),
                                          "in lijst", "thuiszitter in lijst"));
  return result;
}

Result<RegioOverzicht> ThuiszittersOverzichtService::Overzicht(
    const Principal& principal, const std::string& client, const ThuiszitterSelectie& selectie,
    const std::string& soort, std::optional<domain::Date> peildatum, MetLijst lijst) {
  RegioOverzicht result;
  result.soort = soort;
  PASSEND_ASSIGN_OR_RETURN(const domain::Date dag, Peildatum(peildatum));
  PASSEND_ASSIGN_OR_RETURN(auto regio, queries_.Regio(selectie));
  if (!regio) return std::unexpected(NietGevonden("Deze regio").error());
  result.regio = std::move(*regio);
  PASSEND_ASSIGN_OR_RETURN(auto zaken, queries_.Zaken(selectie, VerzuimScopeVoor(principal),
                                                      domain::TrendBegin(dag), dag, true));
  domain::OverzichtParameters p;
  p.peildatum = dag;
  p.termijnen = verzuim_.Termijnen();
  p.leerlingen = result.regio.leerlingen;
  PASSEND_ASSIGN_OR_RETURN(auto landelijk, LandelijkPerDuizend(dag));
  p.landelijk = landelijk;
  if (selectie.swv) {
    // The SWV's own interim targets (its verzuim settings), if it set them.
    auto code = domain::SwvCode::Parse(*selectie.swv);
    if (code) {
      PASSEND_ASSIGN_OR_RETURN(auto instellingen, instellingen_.Get(*code));
      p.tussendoelen = instellingen.verzuim.tussendoelen;
    }
  }
  const auto invoer = Invoer(zaken);
  result.overzicht = domain::BouwThuiszitterOverzicht(invoer, p, Vakanties());
  if (lijst == MetLijst::kNee) {
    // Figures only: no child leaves, so nobody is audited.
    result.overzicht.thuiszitters.clear();
    return result;
  }
  for (const auto& t : result.overzicht.thuiszitters) {
    std::string naam;
    for (const auto& z : zaken) {
      if (z.invoer.melding.id == t.melding) naam = z.leerling_naam;
    }
    result.namen.push_back(std::move(naam));
  }
  PASSEND_RETURN_IF_ERROR(AuditLeerlingen(work_, clock_, principal.AsActor(client),
                                          Ids(result.overzicht.thuiszitters), "in lijst",
                                          "thuiszitter in overzicht"));
  return result;
}

Result<RegioOverzicht> ThuiszittersOverzichtService::VanSwv(const Principal& principal,
                                                            const std::string& client,
                                                            const std::string& code,
                                                            std::optional<domain::Date> peildatum,
                                                            MetLijst lijst) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kVerzuimLezen));
  // The SWV answers for its own region's thuiszitters (issue 6 item 5); other readers of cases
  // use the list within their scope.
  if (principal.rol != domain::Rol::kSwv || principal.organisatie != code) {
    return std::unexpected(NietGevonden("Dit samenwerkingsverband").error());
  }
  return Overzicht(principal, client, ThuiszitterSelectie{code, std::nullopt},
                   "samenwerkingsverband", peildatum, lijst);
}

Result<RegioOverzicht> ThuiszittersOverzichtService::VanGemeente(
    const Principal& principal, const std::string& client, const std::string& code,
    std::optional<domain::Date> peildatum, MetLijst lijst) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kVerzuimLezen));
  // The leerplicht of the municipality handles the cases of its residents (Leerplichtwet
  // art. 16): those whose `gemeente` is the account's.
  if (principal.rol != domain::Rol::kGemeente || principal.organisatie != code) {
    return std::unexpected(NietGevonden("Deze gemeente").error());
  }
  return Overzicht(principal, client, ThuiszitterSelectie{std::nullopt, code}, "gemeente",
                   peildatum, lijst);
}

Result<LandelijkOverzicht> ThuiszittersOverzichtService::Landelijk(
    const Principal& principal, std::optional<domain::Date> peildatum) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kStatistiekLezen));
  LandelijkOverzicht result;
  PASSEND_ASSIGN_OR_RETURN(const domain::Date dag, Peildatum(peildatum));
  PASSEND_ASSIGN_OR_RETURN(auto land, queries_.Regio({}));
  if (land) result.land = std::move(*land);
  // Aggregates only: no scope (every case counts), no names, and no list leaves this function.
  PASSEND_ASSIGN_OR_RETURN(auto zaken,
                           queries_.Zaken({}, std::nullopt, domain::TrendBegin(dag), dag, false));
  const auto invoer = Invoer(zaken);
  domain::OverzichtParameters p;
  p.peildatum = dag;
  p.termijnen = verzuim_.Termijnen();
  p.leerlingen = result.land.leerlingen;
  result.overzicht = domain::BouwThuiszitterOverzicht(invoer, p, Vakanties());
  result.overzicht.thuiszitters.clear();
  result.overzicht.landelijk = result.overzicht.per_duizend;
  PASSEND_ASSIGN_OR_RETURN(auto swvs, queries_.Swvs());
  std::map<std::string, std::vector<domain::RegisterInvoer>> per_swv;
  for (const auto& i : invoer) per_swv[i.melding.swv.str()].push_back(i);
  const auto vakanties = Vakanties();
  for (auto& swv : swvs) {
    const auto telling = domain::TelOver(per_swv[swv.code], dag, verzuim_.Termijnen(), vakanties);
    result.per_swv.push_back(SwvThuiszitters{std::move(swv), telling});
  }
  return result;
}

}  // namespace passend::app
