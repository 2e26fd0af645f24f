#include "app/reserveplan_service.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "app/policy.h"
#include "app/ports_auth.h"
#include "app/registry_service.h"
#include "app/reserveplan_events.h"

namespace passend::app {

using domain::Cents;
using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

Result<void> SwvNietGevonden() {
  return Fail(ErrorCode::kNotFound, "Dit samenwerkingsverband is niet gevonden.");
}

// The audit entry of a change to organisation records: no student is involved (leerling 0),
// but who changed what is kept with every other change (security baseline).
AuditEntry Wijziging(const Clock& clock, const Actor& actor, std::string wat) {
  return AuditEntry{0, clock.Now(), actor, domain::LeerlingId{0}, "gewijzigd", std::move(wat)};
}

// The plan duty of one accounts year from its records.
ReserveplanJaar Jaar(int jaar, Cents boven, std::vector<PlanVersieInzicht> versies,
                     std::vector<ReservebezwaarRecord> bezwaren, domain::Date vandaag,
                     const domain::ReserveplanTermijn& termijn) {
  ReserveplanJaar uit;
  uit.jaar = jaar;
  uit.bovenmatige_reserve = boven;
  std::vector<domain::Date> goedkeuringen;
  for (const auto& v : versies) {
    if (v.toestand.goedgekeurd_op) goedkeuringen.push_back(*v.toestand.goedgekeurd_op);
  }
  // The first well-founded objection about that year's accounts ends a withholding (seed 002).
  std::optional<domain::Date> gegrond;
  for (const auto& b : bezwaren) {
    if (b.uitspraak && b.uitspraak->gegrond && (!gegrond || b.uitspraak->datum < *gegrond)) {
      gegrond = b.uitspraak->datum;
    }
  }
  uit.inhouding = domain::BepaalInhouding(boven, jaar, goedkeuringen, gegrond, vandaag, termijn);
  uit.versies = std::move(versies);
  uit.bezwaren = std::move(bezwaren);
  return uit;
}

}  // namespace

domain::Date ReserveplanService::Vandaag() const {
  return domain::Date{std::chrono::floor<std::chrono::days>(clock_.Now())};
}

Result<std::string> ReserveplanService::SwvNaam(const Principal& principal,
                                                const std::string& swv) {
  // An SWV sees its own plans; the Inspectie and the ministry every SWV's (they judge them;
  // seed 002: both sides see the same figures). Another SWV's are answered as missing.
  if (principal.rol == domain::Rol::kSwv && principal.organisatie != swv) {
    return std::unexpected(SwvNietGevonden().error());
  }
  auto code = domain::SwvCode::Parse(swv);
  if (!code) return std::unexpected(SwvNietGevonden().error());
  PASSEND_ASSIGN_OR_RETURN(auto gevonden, registry_.FindSamenwerkingsverband(*code));
  if (!gevonden) return std::unexpected(SwvNietGevonden().error());
  return gevonden->swv.naam;
}

Result<void> ReserveplanService::AlleenHetSwv(const Principal& principal, const std::string& swv,
                                              const char* wat) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeldBeheren));
  if (principal.rol != domain::Rol::kSwv) {
    return Fail(ErrorCode::kForbidden,
                fmt::format("Alleen het samenwerkingsverband zelf legt {} vast.", wat));
  }
  PASSEND_RETURN_IF_ERROR(SwvNaam(principal, swv));
  return {};
}

Result<Cents> ReserveplanService::Bovenmatig(const std::string& swv, int jaar) {
  PASSEND_ASSIGN_OR_RETURN(auto rekening, geld_.FindJaarrekening(swv, jaar));
  if (!rekening) {
    return Fail(ErrorCode::kRegel,
                fmt::format("Er is geen jaarrekening {} vastgelegd. Leg eerst de jaarrekening "
                            "vast.",
                            jaar),
                "jaarrekeningJaar");
  }
  PASSEND_ASSIGN_OR_RETURN(auto beoordeling, domain::Beoordeel(rekening->cijfers, norm_));
  return beoordeling.bovenmatige_reserve;
}

Result<PlanVersieInzicht> ReserveplanService::Inzicht(ReserveplanRecord record,
                                                      bool vervangen) const {
  PlanVersieInzicht uit;
  std::vector<domain::PlanBesluit> besluiten;
  for (const auto& b : record.besluiten) besluiten.push_back(b.besluit);
  PASSEND_ASSIGN_OR_RETURN(uit.toestand, domain::Toestand(besluiten));
  for (const auto& r : record.plan.regels) {
    PASSEND_ASSIGN_OR_RETURN(uit.totaal, uit.totaal.Add(r.bedrag));
  }
  uit.vervangen = vervangen;
  uit.record = std::move(record);
  return uit;
}

Result<BegrotingInzicht> ReserveplanService::Inzicht(MeerjarenbegrotingRecord record,
                                                     bool vervangen) const {
  BegrotingInzicht uit;
  PASSEND_ASSIGN_OR_RETURN(uit.totalen, domain::Totalen(record.begroting));
  if (!record.instemming.empty()) uit.instemming = record.instemming.back().stap.stand;
  uit.vervangen = vervangen;
  uit.record = std::move(record);
  return uit;
}

Result<std::vector<ReserveplanJaar>> ReserveplanService::Jaren(
    const std::vector<JaarrekeningRecord>& rekeningen, std::vector<ReserveplanRecord> plannen,
    const std::vector<ReservebezwaarRecord>& bezwaren) const {
  const domain::Date vandaag = Vandaag();
  std::map<int, Cents> boven;
  for (const auto& r : rekeningen) {
    PASSEND_ASSIGN_OR_RETURN(auto b, domain::Beoordeel(r.cijfers, norm_));
    boven[r.cijfers.jaar] = b.bovenmatige_reserve;
  }
  std::map<int, std::vector<ReserveplanRecord>> per_jaar;
  for (auto& p : plannen) per_jaar[p.plan.jaarrekening_jaar].push_back(std::move(p));
  std::map<int, std::vector<ReservebezwaarRecord>> bezwaar_per_jaar;
  for (const auto& b : bezwaren) bezwaar_per_jaar[b.bezwaar.jaarrekening_jaar].push_back(b);
  std::set<int> jaren;
  for (const auto& [jaar, b] : boven) {
    if (jaar >= termijn_.vanaf_jaar && b > Cents(0)) jaren.insert(jaar);
  }
  for (const auto& [jaar, p] : per_jaar) jaren.insert(jaar);
  for (const auto& [jaar, b] : bezwaar_per_jaar) jaren.insert(jaar);
  std::vector<ReserveplanJaar> uit;
  for (auto it = jaren.rbegin(); it != jaren.rend(); ++it) {
    std::vector<PlanVersieInzicht> versies;
    auto& records = per_jaar[*it];
    for (size_t i = 0; i < records.size(); ++i) {
      PASSEND_ASSIGN_OR_RETURN(auto v, Inzicht(std::move(records[i]), i + 1 < records.size()));
      versies.push_back(std::move(v));
    }
    uit.push_back(
        Jaar(*it, boven[*it], std::move(versies), bezwaar_per_jaar[*it], vandaag, termijn_));
  }
  return uit;
}

Result<ReserveOverzicht> ReserveplanService::Overzicht(const Principal& principal,
                                                       const std::string& swv) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeldLezen));
  ReserveOverzicht uit;
  PASSEND_ASSIGN_OR_RETURN(uit.swv_naam, SwvNaam(principal, swv));
  uit.swv = swv;
  uit.vandaag = Vandaag();
  PASSEND_ASSIGN_OR_RETURN(auto rekeningen, geld_.JaarrekeningenVan(swv));
  PASSEND_ASSIGN_OR_RETURN(auto plannen, plannen_.ReserveplannenVan(swv));
  PASSEND_ASSIGN_OR_RETURN(auto bezwaren, plannen_.BezwarenVan(swv));
  PASSEND_ASSIGN_OR_RETURN(uit.jaren, Jaren(rekeningen, std::move(plannen), bezwaren));
  return uit;
}

Result<PlanVersieInzicht> ReserveplanService::Plan(const Principal& principal,
                                                   const std::string& swv, int64_t id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeldLezen));
  PASSEND_RETURN_IF_ERROR(SwvNaam(principal, swv));
  PASSEND_ASSIGN_OR_RETURN(auto record, plannen_.FindReserveplan(id));
  if (!record || record->swv != swv) {
    return Fail(ErrorCode::kNotFound, "Dit bestedingsplan is niet gevonden.");
  }
  PASSEND_ASSIGN_OR_RETURN(auto alle, plannen_.ReserveplannenVan(swv));
  bool vervangen = false;
  for (const auto& p : alle) {
    if (p.plan.jaarrekening_jaar == record->plan.jaarrekening_jaar && p.versie > record->versie) {
      vervangen = true;
    }
  }
  return Inzicht(std::move(*record), vervangen);
}

Result<PlanVersieInzicht> ReserveplanService::LegPlanVast(const Principal& principal,
                                                          const std::string& client,
                                                          const std::string& swv,
                                                          const domain::Bestedingsplan& plan) {
  PASSEND_RETURN_IF_ERROR(AlleenHetSwv(principal, swv, "zijn bestedingsplan"));
  if (plan.jaarrekening_jaar < termijn_.vanaf_jaar) {
    // The duty's first year (seed 000 #23); the domain says the same, before any look-up.
    PASSEND_RETURN_IF_ERROR(domain::ValideerPlan(plan, Cents(0), termijn_));
  }
  PASSEND_ASSIGN_OR_RETURN(const Cents boven, Bovenmatig(swv, plan.jaarrekening_jaar));
  PASSEND_RETURN_IF_ERROR(domain::ValideerPlan(plan, boven, termijn_));
  ReserveplanRecord record;
  record.swv = swv;
  record.bovenmatige_reserve = boven;
  record.plan = plan;
  record.vastgelegd_op = clock_.Now();
  record.vastgelegd_door = principal.gebruikersnaam;
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_RETURN_IF_ERROR(writer.InsertReserveplan(record));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(clock_, actor, kReserveplanVastgelegd,
                                                         ReserveplanSubject(record.id), swv,
                                                         ReserveplanPayload(record))));
    return writer.AppendAudit(
        Wijziging(clock_, actor,
                  fmt::format("bestedingsplan {} vastgelegd ({}, jaarrekening {}, versie {})",
                              record.id, swv, plan.jaarrekening_jaar, record.versie)));
  }));
  return Inzicht(std::move(record), false);
}

Result<PlanVersieInzicht> ReserveplanService::LegBesluitVast(const Principal& principal,
                                                             const std::string& client,
                                                             const std::string& swv, int64_t id,
                                                             const domain::PlanBesluit& besluit) {
  PASSEND_RETURN_IF_ERROR(AlleenHetSwv(principal, swv,
                                       besluit.orgaan == domain::PlanOrgaan::kOpr
                                           ? "de instemming van de ondersteuningsplanraad"
                                           : "de goedkeuring van het intern toezicht"));
  PASSEND_ASSIGN_OR_RETURN(auto huidig, Plan(principal, swv, id));
  if (huidig.vervangen) {
    return Fail(ErrorCode::kConflict,
                "Er is een nieuwere versie van dit plan; leg het besluit bij die versie vast.");
  }
  std::vector<domain::PlanBesluit> eerder;
  for (const auto& b : huidig.record.besluiten) eerder.push_back(b.besluit);
  const domain::Date aangemaakt{std::chrono::floor<std::chrono::days>(huidig.record.vastgelegd_op)};
  PASSEND_RETURN_IF_ERROR(domain::ToetsBesluit(eerder, besluit, aangemaakt, Vandaag()));
  const PlanBesluitRecord nieuw{besluit, clock_.Now(), principal.gebruikersnaam};
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    // The sequence number is the one this decision was checked against: a decision stored in
    // the meantime makes the primary key refuse it (409).
    PASSEND_RETURN_IF_ERROR(
        writer.InsertPlanBesluit(id, static_cast<int>(eerder.size()) + 1, nieuw));
    PASSEND_RETURN_IF_ERROR(
        writer.AppendEvent(MakeEvent(clock_, actor, kReserveplanBesluit, ReserveplanSubject(id),
                                     swv, PlanBesluitPayload(id, besluit))));
    return writer.AppendAudit(Wijziging(
        clock_, actor,
        fmt::format("bestedingsplan {}: {} vastgelegd", id, domain::BesluitTekst(besluit))));
  }));
  huidig.record.besluiten.push_back(nieuw);
  return Inzicht(std::move(huidig.record), false);
}

Result<ReservebezwaarRecord> ReserveplanService::DienBezwaarIn(
    const Principal& principal, const std::string& client, const std::string& swv,
    const domain::Reservebezwaar& bezwaar) {
  PASSEND_RETURN_IF_ERROR(AlleenHetSwv(principal, swv, "zijn bezwaar"));
  PASSEND_RETURN_IF_ERROR(domain::Valideer(bezwaar, Vandaag()));
  PASSEND_RETURN_IF_ERROR(Bovenmatig(swv, bezwaar.jaarrekening_jaar));
  ReservebezwaarRecord record;
  record.swv = swv;
  record.bezwaar = bezwaar;
  record.vastgelegd_op = clock_.Now();
  record.vastgelegd_door = principal.gebruikersnaam;
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(record.id, writer.InsertReservebezwaar(record));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(clock_, actor, kReservebezwaarIngediend,
                                                         ReservebezwaarSubject(record.id), swv,
                                                         ReservebezwaarPayload(record))));
    return writer.AppendAudit(
        Wijziging(clock_, actor,
                  fmt::format("bezwaar {} tegen de {} van jaarrekening {} ingediend ({})",
                              record.id, domain::BezwaarOnderwerpCode(bezwaar.onderwerp),
                              bezwaar.jaarrekening_jaar, swv)));
  }));
  return record;
}

Result<ReservebezwaarRecord> ReserveplanService::BeslisBezwaar(
    const Principal& principal, const std::string& client, const std::string& swv, int64_t id,
    const domain::BezwaarUitspraak& uitspraak) {
  // The minister withholds the budget (seed 000 #23), so the ministry decides on an objection
  // against it or the figures behind it (seed 002); the Inspectie only signals.
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kReserveBezwaarBeslissen));
  PASSEND_RETURN_IF_ERROR(SwvNaam(principal, swv));
  PASSEND_ASSIGN_OR_RETURN(auto record, plannen_.FindBezwaar(id));
  if (!record || record->swv != swv) {
    return Fail(ErrorCode::kNotFound, "Dit bezwaar is niet gevonden.");
  }
  if (record->uitspraak) return Fail(ErrorCode::kConflict, "Op dit bezwaar is al beslist.");
  PASSEND_RETURN_IF_ERROR(domain::Valideer(uitspraak, record->bezwaar.ingediend_op, Vandaag()));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_RETURN_IF_ERROR(
        writer.InsertBezwaarUitspraak(id, uitspraak, clock_.Now(), principal.gebruikersnaam));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(clock_, actor, kReservebezwaarBeslist,
                                                         ReservebezwaarSubject(id), swv,
                                                         BezwaarUitspraakPayload(id, uitspraak))));
    return writer.AppendAudit(Wijziging(clock_, actor,
                                        fmt::format("bezwaar {} van {}: {}", id, swv,
                                                    uitspraak.gegrond ? "gegrond" : "ongegrond")));
  }));
  record->uitspraak = uitspraak;
  record->uitspraak_door = principal.gebruikersnaam;
  return std::move(*record);
}

Result<std::vector<ReservebezwaarRecord>> ReserveplanService::Bezwaren(const Principal& principal,
                                                                       const std::string& swv) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeldLezen));
  PASSEND_RETURN_IF_ERROR(SwvNaam(principal, swv));
  return plannen_.BezwarenVan(swv);
}

Result<BegrotingInzicht> ReserveplanService::LegBegrotingVast(
    const Principal& principal, const std::string& client, const std::string& swv,
    const domain::Meerjarenbegroting& begroting) {
  PASSEND_RETURN_IF_ERROR(AlleenHetSwv(principal, swv, "zijn meerjarenbegroting"));
  PASSEND_RETURN_IF_ERROR(domain::Valideer(begroting, termijn_.begroting_min_jaren, Vandaag()));
  MeerjarenbegrotingRecord record;
  record.swv = swv;
  record.begroting = begroting;
  record.vastgelegd_op = clock_.Now();
  record.vastgelegd_door = principal.gebruikersnaam;
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_RETURN_IF_ERROR(writer.InsertMeerjarenbegroting(record));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, kMeerjarenbegrotingVastgelegd,
                  MeerjarenbegrotingSubject(record.id), swv, MeerjarenbegrotingPayload(record))));
    return writer.AppendAudit(
        Wijziging(clock_, actor,
                  fmt::format("meerjarenbegroting {} vastgelegd ({}, versie {}, vanaf {})",
                              record.id, swv, record.versie, begroting.eerste_jaar)));
  }));
  return Inzicht(std::move(record), false);
}

Result<BegrotingInzicht> ReserveplanService::LegInstemmingVast(const Principal& principal,
                                                               const std::string& client,
                                                               const std::string& swv, int64_t id,
                                                               const domain::InstemmingStap& stap) {
  PASSEND_RETURN_IF_ERROR(
      AlleenHetSwv(principal, swv, "de instemming van de ondersteuningsplanraad"));
  PASSEND_ASSIGN_OR_RETURN(auto record, plannen_.FindBegroting(id));
  if (!record || record->swv != swv) {
    return Fail(ErrorCode::kNotFound, "Deze meerjarenbegroting is niet gevonden.");
  }
  PASSEND_ASSIGN_OR_RETURN(auto alle, plannen_.BegrotingenVan(swv));
  if (!alle.empty() && alle.front().versie > record->versie) {
    return Fail(ErrorCode::kConflict,
                "Er is een nieuwere versie van de begroting; leg de instemming bij die versie "
                "vast.");
  }
  std::vector<domain::InstemmingStap> eerder;
  for (const auto& s : record->instemming) eerder.push_back(s.stap);
  PASSEND_RETURN_IF_ERROR(domain::ToetsInstemming(eerder, stap, Vandaag()));
  const InstemmingStapRecord nieuw{stap, clock_.Now(), principal.gebruikersnaam};
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_RETURN_IF_ERROR(
        writer.InsertInstemmingStap(id, static_cast<int>(eerder.size()) + 1, nieuw));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(clock_, actor, kBegrotingInstemming,
                                                         MeerjarenbegrotingSubject(id), swv,
                                                         InstemmingStapPayload(id, stap))));
    return writer.AppendAudit(Wijziging(clock_, actor,
                                        fmt::format("meerjarenbegroting {}: instemming OPR {}", id,
                                                    domain::OprInstemmingCode(stap.stand))));
  }));
  record->instemming.push_back(nieuw);
  return Inzicht(std::move(*record), false);
}

Result<std::vector<BegrotingInzicht>> ReserveplanService::Begrotingen(const Principal& principal,
                                                                      const std::string& swv) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeldLezen));
  PASSEND_RETURN_IF_ERROR(SwvNaam(principal, swv));
  PASSEND_ASSIGN_OR_RETURN(auto records, plannen_.BegrotingenVan(swv));
  std::vector<BegrotingInzicht> uit;
  for (size_t i = 0; i < records.size(); ++i) {
    PASSEND_ASSIGN_OR_RETURN(auto inzicht, Inzicht(std::move(records[i]), i > 0));
    uit.push_back(std::move(inzicht));
  }
  return uit;
}

Result<LandelijkReserveplannen> ReserveplanService::Landelijk(const Principal& principal,
                                                              int jaar) {
  // Aggregates of organisation records, as the national money overview (statistiek-lezen).
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kStatistiekLezen));
  LandelijkReserveplannen uit;
  uit.jaar = jaar;
  uit.vandaag = Vandaag();
  uit.deadline = domain::ReserveplanDeadline(jaar, termijn_);
  PASSEND_ASSIGN_OR_RETURN(auto rekeningen, geld_.JaarrekeningenVanJaar(jaar));
  PASSEND_ASSIGN_OR_RETURN(auto plannen, plannen_.ReserveplannenVanJaar(jaar));
  PASSEND_ASSIGN_OR_RETURN(auto bezwaren, plannen_.BezwarenVanJaar(jaar));
  std::map<std::string, std::vector<ReserveplanRecord>> plan_per_swv;
  for (auto& p : plannen) plan_per_swv[p.swv].push_back(std::move(p));
  std::map<std::string, std::vector<ReservebezwaarRecord>> bezwaar_per_swv;
  for (auto& b : bezwaren) {
    ++uit.bezwaren;
    if (b.uitspraak && b.uitspraak->gegrond) ++uit.bezwaren_gegrond;
    bezwaar_per_swv[b.swv].push_back(std::move(b));
  }
  for (const auto& r : rekeningen) {
    PASSEND_ASSIGN_OR_RETURN(auto jaren,
                             Jaren({r}, std::move(plan_per_swv[r.swv]), bezwaar_per_swv[r.swv]));
    for (const auto& j : jaren) {
      if (j.inhouding.stand == domain::Inhouding::kNietNodig) continue;
      ++uit.boven;
      const bool goedgekeurd = std::any_of(j.versies.begin(), j.versies.end(), [](const auto& v) {
        return v.toestand.goedgekeurd_op.has_value();
      });
      if (goedgekeurd) ++uit.goedgekeurd;
      if (j.inhouding.stand == domain::Inhouding::kIngehouden) ++uit.ingehouden;
      if (j.inhouding.stand == domain::Inhouding::kVrijgegeven) ++uit.vrijgegeven;
      if (j.inhouding.stand == domain::Inhouding::kNogNiet) ++uit.nog_niet;
    }
  }
  return uit;
}

}  // namespace passend::app
