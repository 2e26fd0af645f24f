#include "app/plaatsingsronde_service.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <random>

#include "app/audit.h"
#include "app/bericht_service.h"
#include "app/plaatsingsronde_events.h"
#include "app/policy.h"
#include "app/registry_service.h"
#include "engine/plaatsing_kosten.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

std::unexpected<domain::Error> SwvNietGevonden() {
  return Fail(ErrorCode::kNotFound, "Dit samenwerkingsverband is niet gevonden.");
}

std::unexpected<domain::Error> RondeNietGevonden() {
  return Fail(ErrorCode::kNotFound, "Deze plaatsingsronde is niet gevonden.");
}

// An SWV's staff work on their own region only; another SWV is answered as missing.
Result<void> EigenSwv(const Principal& principal, const std::string& swv, Permission permission) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, permission));
  if (principal.organisatie != swv) return SwvNietGevonden();
  return {};
}

// A seed a JSON client reads back exactly (below 2^53), drawn when the round asks none.
uint64_t TrekSeed() {
  std::random_device bron;
  const uint64_t hoog = bron();
  return ((hoog << 32) | bron()) & ((uint64_t{1} << 53) - 1);
}

// A registration names needs, not levels: each at `extra`, the level above what every school
// offers (as the suggestions, docs/placement.md).
std::vector<domain::Vraag> Vragen(const std::vector<std::string>& behoeften,
                                  const domain::Ondersteuningstaxonomie& taxonomie) {
  std::vector<domain::Vraag> uit;
  for (const auto& code : behoeften) {
    if (taxonomie.Vind(code)) uit.push_back({code, domain::Ondersteuningsniveau::kExtra});
  }
  return uit;
}

// What a location offers the engine: every need above basis at its level, with the places
// left (places minus those taken, never below 0) when they are limited.
engine::SchoolAanbod AanbodVan(const engine::SchoolKandidaat& k, int64_t capaciteit) {
  engine::SchoolAanbod s;
  s.id = k.school.code.str();
  s.locatie = k.school.positie;
  s.capaciteit = capaciteit;
  if (!k.profiel) return s;
  for (const auto& regel : k.profiel->regels) {
    if (regel.niveau == domain::Ondersteuningsniveau::kBasis) continue;
    engine::Aanbod a{regel.behoefte, regel.niveau, std::nullopt};
    if (regel.plaatsen) {
      const auto bezet = k.bezetting.find(regel.behoefte);
      const int64_t taken = bezet == k.bezetting.end() ? 0 : bezet->second;
      a.plaatsen = std::max<int64_t>(0, *regel.plaatsen - taken);
    }
    s.aanbod.push_back(std::move(a));
  }
  return s;
}

std::string Naam(const std::map<std::string, std::string>& namen, const std::string& code) {
  const auto it = namen.find(code);
  return it == namen.end() ? code : it->second;
}

}  // namespace

Result<RondeOverzicht> PlaatsingsrondeService::Start(const Principal& principal,
                                                     const std::string& client,
                                                     const std::string& swv,
                                                     const NieuweRonde& nieuw) {
  PASSEND_RETURN_IF_ERROR(EigenSwv(principal, swv, Permission::kPlaatsingsrondeBeheren));
  domain::Plaatsingsronde ronde;
  ronde.swv = swv;
  ronde.soort = nieuw.soort;
  auto& p = ronde.parameters;
  p.max_afstand_meter =
      nieuw.max_afstand_km ? *nieuw.max_afstand_km * 1000 : ondersteuning_.Parameters().max_meter;
  p.tekort_boete = nieuw.tekort_boete;
  if (nieuw.niet_geplaatst_kosten) p.niet_geplaatst_kosten = *nieuw.niet_geplaatst_kosten;
  p.seed = nieuw.seed;
  PASSEND_RETURN_IF_ERROR(domain::Valideer(ronde.soort, p));
  if (ronde.soort == domain::RondeSoort::kVoorkeur && !p.seed) p.seed = TrekSeed();

  PASSEND_ASSIGN_OR_RETURN(auto wachtend, rondes_.WachtendeKinderen(swv));
  if (wachtend.empty()) {
    return Fail(ErrorCode::kRegel,
                "Er wacht geen kind op een plaats in dit samenwerkingsverband: geen schriftelijke "
                "aanmelding zonder besluit met een ondersteuningsbehoefte.");
  }
  KandidaatFilter filter;
  filter.swv = swv;
  filter.met_bezetting = true;
  PASSEND_ASSIGN_OR_RETURN(auto kandidaten, profielen_.Kandidaten(filter));

  // The engine's instance: children by registration id, locations by code. The registry has
  // no total number of places per location, so only the places per need limit (capacity: every
  // child could go there).
  const auto& taxonomie = ondersteuning_.Taxonomie();
  engine::VolledigeInstantie in;
  in.max_afstand_meter = p.max_afstand_meter;
  in.tekort_boete = p.tekort_boete;
  in.niet_geplaatst_kosten = p.niet_geplaatst_kosten;
  std::map<std::string, size_t> index;
  for (size_t j = 0; j < kandidaten.size(); ++j) {
    in.scholen.push_back(AanbodVan(kandidaten[j], static_cast<int64_t>(wachtend.size())));
    index.emplace(kandidaten[j].school.code.str(), j);
  }
  std::map<std::string, std::vector<std::string>> voorrang;  // zorgplicht school → children
  for (const auto& kind : wachtend) {
    engine::KindVraag vraag;
    vraag.id = std::to_string(kind.aanmelding);
    vraag.locatie = kind.thuis;
    for (const auto& v : Vragen(kind.behoeften, taxonomie)) {
      vraag.behoeften.push_back({v.behoefte, v.niveau});
    }
    in.kinderen.push_back(std::move(vraag));
    if (index.contains(kind.aanmeldschool)) {
      voorrang[kind.aanmeldschool].push_back(std::to_string(kind.aanmelding));
    }
  }
  // In the preference round the school a child registered with (the one with zorgplicht)
  // takes its own registrations first; the lottery settles the rest.
  if (ronde.soort == domain::RondeSoort::kVoorkeur) {
    for (auto& [school, kinderen] : voorrang) in.prioriteiten.emplace_back(school, kinderen);
  }
  engine::RondeUitkomst uitkomst;
  if (ronde.soort == domain::RondeSoort::kVoorkeur) {
    PASSEND_ASSIGN_OR_RETURN(uitkomst, engine::LootVolledig(in, *p.seed));
  } else {
    PASSEND_ASSIGN_OR_RETURN(uitkomst, engine::PlaatsVolledig(in));
  }

  const auto nu = clock_.Now();
  ronde.totale_kosten = uitkomst.totale_kosten;
  ronde.aangemaakt_op = nu;
  ronde.aangemaakt_door = principal.gebruikersnaam;
  for (size_t i = 0; i < wachtend.size(); ++i) {
    const auto& kind = wachtend[i];
    const auto& u = uitkomst.kinderen[i];
    domain::RondeRegel r;
    r.volgorde = static_cast<int>(i);
    r.aanmelding = kind.aanmelding;
    r.leerling = kind.leerling;
    r.aanmeldschool = kind.aanmeldschool;
    for (const auto& v : in.kinderen[i].behoeften) r.behoeften.push_back(v.naam);
    r.hoofdbehoefte = u.hoofdbehoefte;
    if (u.school >= 0) r.school = kandidaten[u.school].school.code.str();
    r.meter = u.meter;
    r.kosten = u.kosten;
    r.lotnummer = u.lotnummer;
    r.reden = u.reden;
    r.toelichting = u.toelichting;
    r.vastgelegd_op = nu;
    r.vastgelegd_door = principal.gebruikersnaam;
    ronde.regels.push_back(std::move(r));
  }
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(ronde.id, writer.InsertPlaatsingsronde(ronde));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(clock_, actor, kPlaatsingsrondeGemaakt,
                                                         PlaatsingsrondeSubject(ronde.id), swv,
                                                         PlaatsingsrondePayload(ronde))));
    // The answer names every child: one entry each, in the same transaction.
    for (const auto& r : ronde.regels) {
      PASSEND_RETURN_IF_ERROR(
          writer.AppendAudit(AuditEntry{0, nu, actor, r.leerling, "verwerkt",
                                        fmt::format("plaatsingsronde {} (voorstel, {})", ronde.id,
                                                    domain::RondeSoortCode(ronde.soort))}));
    }
    return {};
  }));
  PASSEND_ASSIGN_OR_RETURN(auto overzicht, rondes_.FindRonde(ronde.id));
  if (!overzicht) return RondeNietGevonden();
  return std::move(*overzicht);
}

Result<std::vector<RondeSamenvatting>> PlaatsingsrondeService::Lijst(const Principal& principal,
                                                                     const std::string& swv) {
  PASSEND_RETURN_IF_ERROR(EigenSwv(principal, swv, Permission::kPlaatsingsrondeLezen));
  PASSEND_ASSIGN_OR_RETURN(auto rondes, rondes_.Rondes(swv));
  std::vector<RondeSamenvatting> uit;
  for (auto& r : rondes) {
    RondeSamenvatting s;
    for (const auto& regel : r.regels) (regel.school ? s.voorgesteld : s.niet_geplaatst) += 1;
    s.ronde = std::move(r);
    uit.push_back(std::move(s));
  }
  return uit;
}

Result<RondeOverzicht> PlaatsingsrondeService::Ronde(const Principal& principal,
                                                     const std::string& client,
                                                     const std::string& swv, int64_t id) {
  PASSEND_RETURN_IF_ERROR(EigenSwv(principal, swv, Permission::kPlaatsingsrondeLezen));
  PASSEND_ASSIGN_OR_RETURN(auto overzicht, rondes_.FindRonde(id));
  if (!overzicht || overzicht->ronde.swv != swv) return RondeNietGevonden();
  std::vector<domain::LeerlingId> kinderen;
  for (const auto& r : overzicht->ronde.regels) kinderen.push_back(r.leerling);
  // Names and needs leave: audited first (fail closed).
  PASSEND_RETURN_IF_ERROR(AuditLeerlingen(work_, clock_, principal.AsActor(client), kinderen,
                                          "bekeken", fmt::format("plaatsingsronde {}", id)));
  return std::move(*overzicht);
}

Result<domain::RondeRegel> PlaatsingsrondeService::Wijzig(const Principal& principal,
                                                          const std::string& client,
                                                          const std::string& swv, int64_t id,
                                                          const RondeWijziging& wijziging) {
  PASSEND_RETURN_IF_ERROR(EigenSwv(principal, swv, Permission::kPlaatsingsrondeBeheren));
  PASSEND_RETURN_IF_ERROR(domain::ValideerReden(wijziging.reden, "reden", true));
  // The region's locations with their places taken, for the capacity warnings.
  std::vector<engine::SchoolKandidaat> kandidaten;
  if (wijziging.school) {
    KandidaatFilter filter;
    filter.swv = swv;
    filter.met_bezetting = true;
    PASSEND_ASSIGN_OR_RETURN(kandidaten, profielen_.Kandidaten(filter));
  }
  const Actor actor = principal.AsActor(client);
  domain::RondeRegel nieuw;
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(auto ronde, writer.FindPlaatsingsronde(id));
    if (!ronde || ronde->swv != swv) return RondeNietGevonden();
    PASSEND_RETURN_IF_ERROR(domain::KanWijzigen(*ronde));
    const domain::RondeRegel* oud = ronde->Regel(wijziging.aanmelding);
    if (!oud) {
      return Fail(ErrorCode::kInvalid, "Dit kind (deze aanmelding) staat niet in deze ronde.",
                  "aanmelding");
    }
    nieuw = *oud;
    nieuw.id = 0;
    nieuw.kosten.reset();
    nieuw.meter.reset();
    nieuw.gewijzigd = true;
    nieuw.wijziging_reden = wijziging.reden;
    nieuw.waarschuwingen.clear();
    nieuw.vastgelegd_op = clock_.Now();
    nieuw.vastgelegd_door = principal.gebruikersnaam;
    if (!wijziging.school) {
      nieuw.school.reset();
      nieuw.reden = std::string(domain::kRedenEscaleren);
      nieuw.toelichting =
          "Het samenwerkingsverband escaleert: het zoekt zelf een passende plek voor dit kind.";
    } else {
      const auto kandidaat = std::find_if(kandidaten.begin(), kandidaten.end(), [&](const auto& k) {
        return k.school.code.str() == *wijziging.school;
      });
      if (kandidaat == kandidaten.end()) {
        return Fail(ErrorCode::kRegel,
                    fmt::format("School {} is geen vestiging in de regio van dit "
                                "samenwerkingsverband.",
                                *wijziging.school),
                    "school");
      }
      nieuw.school = *wijziging.school;
      nieuw.reden.clear();
      nieuw.toelichting.clear();
      // Warnings, not refusals: the SWV may know more than the profile says.
      PASSEND_ASSIGN_OR_RETURN(auto leerling, writer.FindLeerling(oud->leerling));
      if (leerling) {
        const domain::Coordinates naar[] = {kandidaat->school.positie};
        const auto meter = afstand_.Meters(leerling->leerling.woonpositie, naar);
        if (!meter.empty() && meter.front()) nieuw.meter = *meter.front();
      }
      if (nieuw.meter && *nieuw.meter > ronde->parameters.max_afstand_meter) {
        nieuw.waarschuwingen.push_back(
            fmt::format("De school ligt {:.1f} km van huis, verder dan de {} km van deze ronde.",
                        static_cast<double>(*nieuw.meter) / 1000.0,
                        ronde->parameters.max_afstand_meter / 1000));
      }
      // Places taken: the school's enrolments plus the round's other proposals there.
      domain::Bezetting bezetting = kandidaat->bezetting;
      for (const auto& r : ronde->regels) {
        if (r.aanmelding != oud->aanmelding && r.school == nieuw.school &&
            !r.hoofdbehoefte.empty()) {
          bezetting[r.hoofdbehoefte] += 1;
        }
      }
      const auto toetsing =
          domain::Toets(kandidaat->profiel ? &*kandidaat->profiel : nullptr,
                        Vragen(oud->behoeften, ondersteuning_.Taxonomie()), &bezetting);
      for (const auto& tekort : toetsing.tekorten) {
        nieuw.waarschuwingen.push_back(
            "Let op: " + domain::TekortTekst(tekort, ondersteuning_.Taxonomie()) + ".");
      }
    }
    PASSEND_ASSIGN_OR_RETURN(nieuw.id, writer.InsertRondeRegel(id, swv, oud->volgorde, nieuw));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, kPlaatsingsvoorstelGewijzigd, PlaatsingsrondeSubject(id), swv,
                  RondeRegelPayload(id, nieuw))));
    PASSEND_RETURN_IF_ERROR(writer.AppendAudit(AuditEntry{
        0, nieuw.vastgelegd_op, actor, nieuw.leerling, "gewijzigd",
        fmt::format("plaatsingsronde {}: {}", id,
                    nieuw.school ? "voorstel " + *nieuw.school : std::string("escaleren"))}));
    return {};
  }));
  return nieuw;
}

Result<RondeOverzicht> PlaatsingsrondeService::Sluit(const Principal& principal,
                                                     const std::string& client,
                                                     const std::string& swv, int64_t id,
                                                     bool bevestigen,
                                                     const std::string& toelichting) {
  PASSEND_RETURN_IF_ERROR(EigenSwv(principal, swv, Permission::kPlaatsingsrondeBeheren));
  PASSEND_RETURN_IF_ERROR(domain::ValideerReden(toelichting, "toelichting", false));
  // The names of the proposed schools for the parents' messages.
  PASSEND_ASSIGN_OR_RETURN(auto voor, rondes_.FindRonde(id));
  if (!voor || voor->ronde.swv != swv) return RondeNietGevonden();
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(auto ronde, writer.FindPlaatsingsronde(id));
    if (!ronde || ronde->swv != swv) return RondeNietGevonden();
    PASSEND_RETURN_IF_ERROR(domain::KanWijzigen(*ronde));
    const auto nu = clock_.Now();
    ronde->stand = bevestigen ? domain::RondeStand::kBevestigd : domain::RondeStand::kVerworpen;
    ronde->afgesloten_op = nu;
    ronde->afgesloten_door = principal.gebruikersnaam;
    ronde->afsluit_toelichting = toelichting;
    PASSEND_RETURN_IF_ERROR(writer.InsertRondeAfsluiting(*ronde));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, bevestigen ? kPlaatsingsrondeBevestigd : kPlaatsingsrondeVerworpen,
                  PlaatsingsrondeSubject(id), swv, AfsluitingPayload(*ronde))));
    for (const auto& r : ronde->regels) {
      PASSEND_RETURN_IF_ERROR(writer.AppendAudit(AuditEntry{
          0, nu, actor, r.leerling, "gewijzigd",
          fmt::format("plaatsingsronde {} {}", id, domain::RondeStandCode(ronde->stand))}));
      if (!bevestigen) continue;
      // The parents hear what the SWV proposes; the school still decides on the registration.
      const std::string aanmeldschool = Naam(voor->school_namen, r.aanmeldschool);
      std::string tekst =
          r.school
              ? fmt::format(
                    "Het samenwerkingsverband stelt {} voor als passende plek voor uw kind. Dit "
                    "is een voorstel: {} beslist over de aanmelding en neemt contact met u op.",
                    Naam(voor->school_namen, *r.school), aanmeldschool)
              : fmt::format(
                    "Het samenwerkingsverband heeft in deze ronde nog geen passende plek voor uw "
                    "kind gevonden en zoekt verder. {} houdt u op de hoogte van de aanmelding.",
                    aanmeldschool);
      PASSEND_RETURN_IF_ERROR(Meld(writer, clock_, r.leerling, "Voorstel voor een passende plek",
                                   std::move(tekst),
                                   fmt::format("/aanmeldingen/{}", r.aanmelding)));
    }
    return {};
  }));
  PASSEND_ASSIGN_OR_RETURN(auto overzicht, rondes_.FindRonde(id));
  if (!overzicht) return RondeNietGevonden();
  return std::move(*overzicht);
}

}  // namespace passend::app
