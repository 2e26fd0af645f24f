#include "app/opp_service.h"

#include <fmt/format.h>

#include "app/audit.h"
#include "app/bericht_service.h"
#include "app/leerlingen_service.h"
#include "app/opp_events.h"
#include "app/policy.h"
#include "app/registry_service.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

Result<void> NietGevonden() {
  return Fail(ErrorCode::kNotFound, "Dit ontwikkelingsperspectiefplan is niet gevonden.");
}

// Where a plan stands for scope: its school, that school's board, the SWV and the child. No
// municipality: leerplicht has no part in the OPP.
LeerlingPlaats PlaatsVan(const domain::Opp& opp, const std::string& bestuur) {
  return LeerlingPlaats{opp.leerling, opp.school.str(), bestuur, opp.swv.str(), ""};
}

// The parents read the plan and the consent question on its page.
std::string Link(int64_t id) { return "/opp/" + std::to_string(id); }

}  // namespace

domain::Date OppService::Vandaag() const {
  return domain::Date{std::chrono::floor<std::chrono::days>(clock_.Now())};
}

OppInzicht OppService::Inzicht(OppOverzicht overzicht, bool volledig) const {
  OppInzicht result;
  // With the versions at hand the stand is computed under today's terms; a list has only the
  // stand stored with the last change.
  result.stand = volledig ? domain::StandVan(overzicht.opp, termijnen_) : overzicht.stand;
  result.signalen = domain::Signalen(result.stand, Vandaag());
  result.overzicht = std::move(overzicht);
  return result;
}

Result<OppInzicht> OppService::Opgeslagen(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto stored, opps_.FindOpp(id));
  if (!stored) return Fail(ErrorCode::kInternal, "Het plan is na opslaan niet gevonden.");
  return Inzicht(std::move(*stored), true);
}

Result<OppInzicht> OppService::Maak(const Principal& principal, const std::string& client,
                                    const NieuwOpp& nieuw) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kOppBeheren));
  // WPO art. 40a: the school (its competent authority) sets the plan of its own student.
  if (principal.rol != domain::Rol::kSchool) {
    return Fail(ErrorCode::kForbidden,
                "Een ontwikkelingsperspectiefplan wordt gemaakt door de school waar de leerling "
                "staat ingeschreven.");
  }
  PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(nieuw.leerling));
  if (!dossier || !InScope(principal, dossier->plaats)) {
    return Fail(ErrorCode::kNotFound, "Deze leerling is niet gevonden.", "leerling");
  }
  auto school_code = domain::Vestigingscode::Parse(principal.organisatie);
  if (!school_code) return Fail(ErrorCode::kForbidden, "Dit account hoort bij geen school.");
  const domain::Date vandaag = Vandaag();
  domain::Opp opp;
  opp.leerling = nieuw.leerling;
  opp.school = *school_code;
  if (nieuw.plaatsingsdatum) {
    opp.plaatsingsdatum = *nieuw.plaatsingsdatum;
  } else if (const auto& i = dossier->record.inschrijving; i && i->school == *school_code) {
    // The placement is the enrolment at this school, as the student's file shows it.
    opp.plaatsingsdatum = i->van;
  } else {
    return Fail(ErrorCode::kInvalid, "Vul de plaatsingsdatum in.", "plaatsingsdatum");
  }
  PASSEND_RETURN_IF_ERROR(domain::Valideer(opp, vandaag));

  const Actor actor = principal.AsActor(client);
  int64_t id = 0;
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(auto school, writer.FindSchool(opp.school));
    if (!school) return Fail(ErrorCode::kForbidden, "Dit account hoort bij geen school.");
    opp.onderwijs = school->soort;
    // The school's SWV; a cluster 1 or 2 school has none, then the student's region.
    if (school->swv) {
      opp.swv = *school->swv;
    } else {
      PASSEND_ASSIGN_OR_RETURN(opp.swv, domain::SwvCode::Parse(dossier->record.swv));
    }
    if (nieuw.inhoud) {
      PASSEND_RETURN_IF_ERROR(
          domain::StelVersieVast(opp, *nieuw.inhoud, vandaag, principal.gebruikersnaam));
    }
    const domain::OppStand stand = domain::StandVan(opp, termijnen_);
    PASSEND_ASSIGN_OR_RETURN(id, writer.InsertOpp(opp, stand, principal.gebruikersnaam));
    opp.id = id;
    std::string type = kOppAangemaakt;
    std::string payload = OppAangemaaktPayload(opp);
    if (!opp.versies.empty()) {
      PASSEND_RETURN_IF_ERROR(writer.InsertOppVersie(id, opp.swv.str(), opp.versies.back()));
      type = OppVersieEvent(opp.versies.back());
      payload = OppVersiePayload(opp, opp.versies.back());
    }
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, type, OppSubject(id), opp.swv.str(), std::move(payload))));
    return writer.AppendAudit(AuditEntry{0, clock_.Now(), actor, opp.leerling, "gewijzigd",
                                         opp.versies.empty()
                                             ? fmt::format("OPP {} aangemaakt", id)
                                             : fmt::format("OPP {} vastgesteld (versie 1)", id)});
  }));
  return Opgeslagen(id);
}

Result<OppInzicht> OppService::Wijzig(
    const Principal& principal, const std::string& client, int64_t id, Permission permission,
    const std::function<Result<std::pair<std::string, std::string>>(Writer&, domain::Opp&)>& change,
    const std::string& wat) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, permission));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    // Read, check and write in one (immediate) transaction: two answers to one consent request
    // cannot both pass the "answered once" rule.
    PASSEND_ASSIGN_OR_RETURN(auto found, writer.FindOpp(id));
    if (!found) return NietGevonden();
    PASSEND_ASSIGN_OR_RETURN(auto school, writer.FindSchool(found->school));
    if (!InScope(principal, PlaatsVan(*found, school ? school->bestuur : ""))) {
      return NietGevonden();
    }
    domain::Opp opp = std::move(*found);
    PASSEND_ASSIGN_OR_RETURN(auto event, change(writer, opp));
    PASSEND_RETURN_IF_ERROR(writer.UpdateOppStand(id, domain::StandVan(opp, termijnen_)));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(clock_, actor, event.first, OppSubject(id),
                                                         opp.swv.str(), std::move(event.second))));
    return writer.AppendAudit(AuditEntry{0, clock_.Now(), actor, opp.leerling, "gewijzigd",
                                         fmt::format("OPP {}: {}", id, wat)});
  }));
  return Opgeslagen(id);
}

Result<OppInzicht> OppService::StelVersieVast(const Principal& principal, const std::string& client,
                                              int64_t id, domain::OppInhoud inhoud) {
  const domain::Date vandaag = Vandaag();
  return Wijzig(
      principal, client, id, Permission::kOppBeheren,
      [&](Writer& writer, domain::Opp& opp) -> Result<std::pair<std::string, std::string>> {
        PASSEND_RETURN_IF_ERROR(
            domain::StelVersieVast(opp, std::move(inhoud), vandaag, principal.gebruikersnaam));
        const domain::OppVersie& v = opp.versies.back();
        PASSEND_RETURN_IF_ERROR(writer.InsertOppVersie(opp.id, opp.swv.str(), v));
        return std::make_pair(std::string(OppVersieEvent(v)), OppVersiePayload(opp, v));
      },
      "nieuwe versie vastgesteld");
}

Result<OppInzicht> OppService::Instemming(const Principal& principal, const std::string& client,
                                          int64_t id, std::optional<domain::Instemming> besluit,
                                          std::string toelichting) {
  const domain::Date vandaag = Vandaag();
  const bool ouder = principal.rol == domain::Rol::kOuder;
  // WPO art. 40a, WEC art. 41a: the school asks, the parents consent or refuse.
  if (ouder && !besluit) {
    PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kOppInstemmen));
    return Fail(ErrorCode::kInvalid, "Kies of u instemt: gegeven of geweigerd.", "besluit");
  }
  if (!ouder && besluit) {
    PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kOppInstemmen));
    return Fail(ErrorCode::kForbidden,
                "Alleen de ouders geven of weigeren hun instemming; de school vraagt erom.");
  }
  return Wijzig(
      principal, client, id, Permission::kOppInstemmen,
      [&](Writer& writer, domain::Opp& opp) -> Result<std::pair<std::string, std::string>> {
        if (besluit) {
          PASSEND_RETURN_IF_ERROR(domain::BeantwoordInstemming(
              opp, *besluit, vandaag, principal.gebruikersnaam, std::move(toelichting)));
          if (*besluit == domain::Instemming::kGeweigerd) {
            // The refusal's answer offers the dispute route, in the parents' messages too.
            auto [onderwerp, tekst] = OppWeigeringBericht(opp);
            PASSEND_RETURN_IF_ERROR(Meld(writer, clock_, opp.leerling, std::move(onderwerp),
                                         std::move(tekst), Link(opp.id)));
          }
        } else {
          PASSEND_RETURN_IF_ERROR(domain::VraagInstemming(opp, vandaag, principal.gebruikersnaam));
          // The parents are asked in the same transaction as the request is recorded.
          auto [onderwerp, tekst] = OppInstemmingVraagBericht(opp);
          PASSEND_RETURN_IF_ERROR(Meld(writer, clock_, opp.leerling, std::move(onderwerp),
                                       std::move(tekst), Link(opp.id)));
        }
        const domain::OppVersie& v = opp.versies.back();
        PASSEND_RETURN_IF_ERROR(
            writer.InsertOppInstemming(opp.id, opp.swv.str(), v.nummer, v.instemming.back()));
        return std::make_pair(std::string(OppInstemmingEvent(v.instemming.back().status)),
                              OppInstemmingPayload(v.nummer, v.instemming.back()));
      },
      besluit ? fmt::format("instemming {}", domain::InstemmingCode(*besluit))
              : std::string("instemming gevraagd"));
}

Result<OppInzicht> OppService::LegEvaluatieVast(const Principal& principal,
                                                const std::string& client, int64_t id,
                                                domain::OppEvaluatie evaluatie) {
  const domain::Date vandaag = Vandaag();
  return Wijzig(
      principal, client, id, Permission::kOppBeheren,
      [&](Writer& writer, domain::Opp& opp) -> Result<std::pair<std::string, std::string>> {
        if (evaluatie.datum > vandaag) {
          return Fail(ErrorCode::kInvalid, "De evaluatie valt niet na vandaag.", "datum");
        }
        evaluatie.door = principal.gebruikersnaam;
        PASSEND_RETURN_IF_ERROR(domain::LegEvaluatieVast(opp, std::move(evaluatie)));
        PASSEND_RETURN_IF_ERROR(
            writer.InsertOppEvaluatie(opp.id, opp.swv.str(), opp.evaluaties.back()));
        return std::make_pair(std::string(kOppEvaluatieVastgelegd),
                              OppEvaluatiePayload(opp, opp.evaluaties.back()));
      },
      "evaluatie vastgelegd");
}

Result<OppInzicht> OppService::Get(const Principal& principal, const std::string& client,
                                   int64_t id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kOppLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found, opps_.FindOpp(id));
  if (!found || !InScope(principal, PlaatsVan(found->opp, found->bestuur))) {
    return std::unexpected(NietGevonden().error());
  }
  // Audited before the data leaves (fail closed).
  PASSEND_RETURN_IF_ERROR(AuditLeerlingen(work_, clock_, principal.AsActor(client),
                                          {found->opp.leerling}, "bekeken",
                                          "OPP " + std::to_string(id)));
  return Inzicht(std::move(*found), true);
}

Result<Page<OppInzicht>> OppService::Lijst(const Principal& principal, const std::string& client,
                                           const OppFilter& filter, PageRequest page) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kOppLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found, opps_.ListOpps(ScopeOf(principal), filter, Vandaag(), page));
  Page<OppInzicht> result;
  result.total = found.total;
  result.request = found.request;
  std::vector<domain::LeerlingId> ids;
  for (auto& item : found.items) {
    ids.push_back(item.opp.leerling);
    result.items.push_back(Inzicht(std::move(item), false));
  }
  PASSEND_RETURN_IF_ERROR(
      AuditLeerlingen(work_, clock_, principal.AsActor(client), ids, "in lijst", "OPP in lijst"));
  return result;
}

}  // namespace passend::app
