#include "app/tlv_service.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/audit.h"
#include "app/bericht_service.h"
#include "app/leerlingen_service.h"
#include "app/policy.h"
#include "app/registry_service.h"
#include "app/tlv_events.h"
#include "domain/school_year.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

Result<void> NietGevonden() {
  return Fail(ErrorCode::kNotFound, "Deze TLV-aanvraag is niet gevonden.");
}

// Where a request stands for scope: the requesting school, its board, the SWV whose committee
// decides, and the child. No municipality: leerplicht has no part in a TLV.
LeerlingPlaats PlaatsVan(const domain::TlvAanvraag& a, const std::string& bestuur) {
  return LeerlingPlaats{a.leerling, a.school.str(), bestuur, a.swv.str(), ""};
}

// The committee of the request's SWV decides and records the objection (domain.md §3.3).
Result<void> AlleenHetSwv(const Principal& principal, const char* wat) {
  if (principal.rol != domain::Rol::kSwv) {
    return Fail(ErrorCode::kForbidden, fmt::format("Alleen het samenwerkingsverband {}.", wat));
  }
  return {};
}

// The parents' message links to the request's page, which shows them the decision.
std::string Link(int64_t id) { return "/tlv/" + std::to_string(id); }

// The kinds of the school's support needs, as one sentence of the proposed text.
std::string BehoeftenZin(const std::vector<domain::Ondersteuningsbehoefte>& behoeften,
                         domain::Date op) {
  std::string namen;
  for (auto b : behoeften) {
    if (!namen.empty()) namen += ", ";
    namen += domain::OndersteuningsbehoefteNaam(b);
  }
  return fmt::format("Ondersteuningsbehoeften volgens de aanmelding van {}: {}.",
                     domain::FormatDutchDate(op), namen);
}

}  // namespace

domain::Date TlvService::Vandaag() const {
  return domain::Date{std::chrono::floor<std::chrono::days>(clock_.Now())};
}

TlvInzicht TlvService::Inzicht(TlvOverzicht overzicht) const {
  TlvInzicht result;
  const auto& a = overzicht.aanvraag;
  result.compleet_op = domain::CompleetOp(a);
  result.beslis_uiterlijk = domain::BeslisUiterlijk(a, parameters_.termijnen);
  if (a.besluit) {
    result.status = TlvStatus::kBesloten;
    result.bezwaar_uiterlijk =
        domain::AddDays(a.besluit->datum, parameters_.termijnen.bezwaar_dagen);
  } else {
    result.status = result.compleet_op ? TlvStatus::kCompleet : TlvStatus::kOpen;
  }
  result.tlv = domain::TlvVan(a);
  result.overzicht = std::move(overzicht);
  return result;
}

Result<TlvInzicht> TlvService::Opgeslagen(int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto stored, tlv_.FindTlvAanvraag(id));
  if (!stored) return Fail(ErrorCode::kInternal, "De TLV-aanvraag is na opslaan niet gevonden.");
  return Inzicht(std::move(*stored));
}

Result<TlvInzicht> TlvService::VraagAan(const Principal& principal, const std::string& client,
                                        const NieuweTlvAanvraag& nieuw) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kTlvBeheren));
  // Issue 7 item 2: the school requests (the committee cannot ask itself).
  if (principal.rol != domain::Rol::kSchool) {
    return Fail(ErrorCode::kForbidden,
                "Een TLV wordt aangevraagd door de school waar de leerling staat ingeschreven.");
  }
  // The student must be one the school may already see (enrolled there): an id alone must not
  // attach a request to a child elsewhere.
  PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(nieuw.leerling));
  if (!dossier || !InScope(principal, dossier->plaats)) {
    return Fail(ErrorCode::kNotFound, "Deze leerling is niet gevonden.", "leerling");
  }
  auto school_code = domain::Vestigingscode::Parse(principal.organisatie);
  if (!school_code) return Fail(ErrorCode::kForbidden, "Dit account hoort bij geen school.");
  domain::TlvAanvraag a;
  a.leerling = nieuw.leerling;
  a.school = *school_code;
  a.soort = nieuw.soort;
  a.aangevraagd_op = Vandaag();
  a.ondersteuningsbehoefte = nieuw.ondersteuningsbehoefte;
  a.al_gedaan = nieuw.al_gedaan;
  a.zienswijze_ouders = nieuw.zienswijze_ouders;
  a.hoorrecht = nieuw.hoorrecht;
  PASSEND_RETURN_IF_ERROR(domain::Valideer(a, Vandaag()));

  const Actor actor = principal.AsActor(client);
  int64_t id = 0;
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(auto school, writer.FindSchool(a.school));
    // The committee of the school's SWV decides (domain.md §3.3).
    if (!school || !school->swv) {
      return Fail(ErrorCode::kRegel,
                  "Deze school hoort bij geen samenwerkingsverband; een TLV geeft altijd het "
                  "samenwerkingsverband van de school af.");
    }
    a.swv = *school->swv;
    PASSEND_ASSIGN_OR_RETURN(id, writer.InsertTlvAanvraag(a));
    a.id = id;
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(
        clock_, actor, kTlvAangevraagd, TlvSubject(id), a.swv.str(), TlvAangevraagdPayload(a))));
    return writer.AppendAudit(AuditEntry{
        0, clock_.Now(), actor, a.leerling, "gewijzigd",
        fmt::format("TLV-aanvraag {} ({}) ingediend", id, domain::TlvSoortCode(a.soort))});
  }));
  return Opgeslagen(id);
}

Result<TlvVoorstel> TlvService::Voorstel(const Principal& principal, const std::string& client,
                                         domain::LeerlingId leerling) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kTlvBeheren));
  if (principal.rol != domain::Rol::kSchool) {
    return Fail(ErrorCode::kForbidden,
                "Een TLV wordt aangevraagd door de school waar de leerling staat ingeschreven.");
  }
  // The same rule as VraagAan: only a student the school may already see.
  PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(leerling));
  if (!dossier || !InScope(principal, dossier->plaats)) {
    return Fail(ErrorCode::kNotFound, "Deze leerling is niet gevonden.", "leerling");
  }
  TlvVoorstel result;
  result.leerling = leerling;
  result.leerling_naam = dossier->record.leerling.VolledigeNaam();
  // The child's own records, whichever school or SWV holds them: the file follows the child.
  const LeerlingScope kind{LeerlingScope::Soort::kKinderen, "", {leerling}};
  const PageRequest nieuwste{1, 1};
  PASSEND_ASSIGN_OR_RETURN(auto aanmeldingen,
                           aanmeldingen_.ListAanmeldingen(kind, {}, {Vandaag()}, nieuwste));
  PASSEND_ASSIGN_OR_RETURN(auto aanvragen, tlv_.ListTlvAanvragen(kind, {}, nieuwste));
  std::vector<std::string> delen;
  std::string bronnen;
  if (!aanvragen.items.empty()) {
    const domain::TlvAanvraag& vorige = aanvragen.items.front().aanvraag;
    result.vorige_aanvraag = vorige.id;
    result.vorige_aanvraag_op = vorige.aangevraagd_op;
    result.soort = vorige.soort;
    if (!vorige.ondersteuningsbehoefte.empty()) delen.push_back(vorige.ondersteuningsbehoefte);
    result.al_gedaan = vorige.al_gedaan;
    bronnen = fmt::format("TLV-aanvraag {}", vorige.id);
  }
  if (!aanmeldingen.items.empty()) {
    const domain::Aanmelding& a = aanmeldingen.items.front().aanmelding;
    result.aanmelding = a.id;
    result.aanmelding_op = a.aanmelddatum;
    result.behoeften = a.ondersteuningsbehoeften;
    if (!a.ondersteuningsbehoeften.empty()) {
      delen.push_back(BehoeftenZin(a.ondersteuningsbehoeften, a.aanmelddatum));
    }
    bronnen += fmt::format("{}aanmelding {}", bronnen.empty() ? "" : " en ", a.id);
  }
  for (const auto& deel : delen) {
    result.ondersteuningsbehoefte += (result.ondersteuningsbehoefte.empty() ? "" : "\n\n") + deel;
  }
  // What was read for the proposal is a read of the student's file: audited first.
  PASSEND_RETURN_IF_ERROR(AuditLeerlingen(
      work_, clock_, principal.AsActor(client), {leerling}, "bekeken",
      bronnen.empty() ? "TLV-voorstel: niets in het dossier" : "TLV-voorstel uit " + bronnen));
  return result;
}

Result<TlvInzicht> TlvService::Wijzig(
    const Principal& principal, const std::string& client, int64_t id, Permission permission,
    const std::function<Result<std::string>(Writer&, domain::TlvAanvraag&)>& change,
    const std::string& type, const std::string& wat) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, permission));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    // Read, check and write in one (immediate) transaction: two parallel decisions cannot both
    // pass the "only once" rule.
    PASSEND_ASSIGN_OR_RETURN(auto found, writer.FindTlvAanvraag(id));
    if (!found) return NietGevonden();
    PASSEND_ASSIGN_OR_RETURN(auto school, writer.FindSchool(found->school));
    if (!InScope(principal, PlaatsVan(*found, school ? school->bestuur : ""))) {
      return NietGevonden();
    }
    domain::TlvAanvraag a = std::move(*found);
    PASSEND_ASSIGN_OR_RETURN(std::string payload, change(writer, a));
    PASSEND_RETURN_IF_ERROR(writer.UpdateTlvAanvraag(a));
    PASSEND_RETURN_IF_ERROR(
        writer.AppendEvent(MakeEvent(clock_, actor, type, TlvSubject(id), a.swv.str(), payload)));
    return writer.AppendAudit(AuditEntry{0, clock_.Now(), actor, a.leerling, "gewijzigd",
                                         fmt::format("TLV-aanvraag {}: {}", id, wat)});
  }));
  return Opgeslagen(id);
}

Result<TlvInzicht> TlvService::VoegAdviesToe(const Principal& principal, const std::string& client,
                                             int64_t id, domain::Deskundigenadvies advies) {
  const domain::Date vandaag = Vandaag();
  return Wijzig(
      principal, client, id, Permission::kTlvBeheren,
      [&](Writer& writer, domain::TlvAanvraag& a) -> Result<std::string> {
        PASSEND_RETURN_IF_ERROR(domain::VoegAdviesToe(a, advies, vandaag));
        // The advice row is append-only (migration 0009); who recorded it is kept beside it.
        PASSEND_RETURN_IF_ERROR(
            writer.InsertTlvAdvies(a.id, a.swv.str(), a.adviezen.back(), principal.gebruikersnaam));
        return TlvAdviesPayload(a, a.adviezen.back());
      },
      kTlvAdviesToegevoegd, "deskundigenadvies toegevoegd");
}

Result<TlvInzicht> TlvService::Beslis(const Principal& principal, const std::string& client,
                                      int64_t id, domain::TlvBesluit besluit) {
  const domain::Date vandaag = Vandaag();
  return Wijzig(
      principal, client, id, Permission::kTlvBeheren,
      [&](Writer& writer, domain::TlvAanvraag& a) -> Result<std::string> {
        PASSEND_RETURN_IF_ERROR(AlleenHetSwv(principal, "beslist over een TLV-aanvraag"));
        if (besluit.datum > vandaag) {
          return Fail(ErrorCode::kInvalid, "Het besluit valt niet na vandaag.", "datum");
        }
        PASSEND_RETURN_IF_ERROR(domain::Beslis(a, std::move(besluit)));
        // Issue 7 item 2: the parents are notified, in the decision's own transaction.
        auto [onderwerp, tekst] = TlvOudersBericht(a, parameters_.termijnen);
        PASSEND_RETURN_IF_ERROR(
            Meld(writer, clock_, a.leerling, std::move(onderwerp), std::move(tekst), Link(a.id)));
        return TlvBeslotenPayload(*a.besluit);
      },
      kTlvBesloten, "besluit vastgelegd");
}

Result<TlvInzicht> TlvService::DienBezwaarIn(const Principal& principal, const std::string& client,
                                             int64_t id, domain::Date op, std::string gronden) {
  const domain::Date vandaag = Vandaag();
  return Wijzig(
      principal, client, id, Permission::kTlvBeheren,
      [&](Writer&, domain::TlvAanvraag& a) -> Result<std::string> {
        // The parents file their objection with the SWV, which records it.
        PASSEND_RETURN_IF_ERROR(AlleenHetSwv(principal, "legt een bezwaar vast"));
        if (op > vandaag) {
          return Fail(ErrorCode::kInvalid, "Het bezwaar valt niet na vandaag.", "datum");
        }
        PASSEND_RETURN_IF_ERROR(
            domain::DienBezwaarIn(a, op, std::move(gronden), parameters_.termijnen));
        return TlvBezwaarPayload(*a.bezwaar);
      },
      kTlvBezwaarIngediend, "bezwaar vastgelegd");
}

Result<TlvInzicht> TlvService::RondBezwaarAf(const Principal& principal, const std::string& client,
                                             int64_t id, TlvBezwaarAfronding afronding) {
  const domain::Date vandaag = Vandaag();
  return Wijzig(
      principal, client, id, Permission::kTlvBeheren,
      [&](Writer& writer, domain::TlvAanvraag& a) -> Result<std::string> {
        PASSEND_RETURN_IF_ERROR(AlleenHetSwv(principal, "legt de afloop van een bezwaar vast"));
        if (afronding.beslist_op > vandaag) {
          return Fail(ErrorCode::kInvalid, "De beslissing op bezwaar valt niet na vandaag.",
                      "beslistOp");
        }
        PASSEND_RETURN_IF_ERROR(domain::RondBezwaarAf(
            a, afronding.lbt_advies_op, std::move(afronding.lbt_advies), afronding.beslist_op,
            afronding.gegrond, std::move(afronding.beslissing)));
        auto [onderwerp, tekst] = TlvBezwaarOudersBericht(a);
        PASSEND_RETURN_IF_ERROR(
            Meld(writer, clock_, a.leerling, std::move(onderwerp), std::move(tekst), Link(a.id)));
        return TlvBezwaarAfgerondPayload(*a.bezwaar);
      },
      kTlvBezwaarAfgerond, "beslissing op bezwaar vastgelegd");
}

Result<TlvInzicht> TlvService::VraagEvaluatie(const Principal& principal, const std::string& client,
                                              int64_t id) {
  const domain::Date vandaag = Vandaag();
  return Wijzig(
      principal, client, id, Permission::kTlvEvaluatieVragen,
      [&](Writer&, domain::TlvAanvraag& a) -> Result<std::string> {
        PASSEND_RETURN_IF_ERROR(domain::VraagEvaluatie(a, vandaag));
        return TlvEvaluatiePayload(vandaag);
      },
      kTlvEvaluatieGevraagd, "evaluatiemoment gevraagd");
}

Result<TlvInzicht> TlvService::Get(const Principal& principal, const std::string& client,
                                   int64_t id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kTlvLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found, tlv_.FindTlvAanvraag(id));
  if (!found || !InScope(principal, PlaatsVan(found->aanvraag, found->bestuur))) {
    return std::unexpected(NietGevonden().error());
  }
  // Audited before the data leaves (fail closed).
  PASSEND_RETURN_IF_ERROR(AuditLeerlingen(work_, clock_, principal.AsActor(client),
                                          {found->aanvraag.leerling}, "bekeken",
                                          "TLV-aanvraag " + std::to_string(id)));
  return Inzicht(std::move(*found));
}

Result<Page<TlvInzicht>> TlvService::Lijst(const Principal& principal, const std::string& client,
                                           const TlvFilter& filter, PageRequest page) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kTlvLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found, tlv_.ListTlvAanvragen(ScopeOf(principal), filter, page));
  Page<TlvInzicht> result;
  result.total = found.total;
  result.request = found.request;
  std::vector<domain::LeerlingId> ids;
  for (auto& item : found.items) {
    ids.push_back(item.aanvraag.leerling);
    result.items.push_back(Inzicht(std::move(item)));
  }
  PASSEND_RETURN_IF_ERROR(AuditLeerlingen(work_, clock_, principal.AsActor(client), ids, "in lijst",
                                          "TLV-aanvraag in lijst"));
  return result;
}

Result<TlvRegister> TlvService::Register(const Principal& principal, const std::string& client,
                                         const std::optional<std::string>& swv,
                                         const std::optional<domain::Date>& peildatum,
                                         const std::optional<bool>& actief) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kTlvLezen));
  TlvRegister result;
  result.swv = swv;
  if (!result.swv && principal.rol == domain::Rol::kSwv) result.swv = principal.organisatie;
  result.peildatum = peildatum ? *peildatum : Vandaag();
  result.actief = actief;
  // Issue 7 item 3: the count date is 1 October (a parameter) of the peildatum's school year.
  const int jaar = domain::SchoolYear::Containing(result.peildatum).start_year();
  result.teldatum =
      domain::Date{std::chrono::year{jaar},
                   std::chrono::month(static_cast<unsigned>(parameters_.teldatum_maand)),
                   std::chrono::day(static_cast<unsigned>(parameters_.teldatum_dag))};

  PASSEND_ASSIGN_OR_RETURN(auto regels, tlv_.TlvsVan(ScopeOf(principal), result.swv));
  std::vector<domain::Tlv> tlvs;
  for (const auto& r : regels) tlvs.push_back(r.tlv);
  result.actief_telling = domain::TelOp(tlvs, result.peildatum);
  result.teldatum_telling = domain::TelOp(tlvs, result.teldatum);
  auto is_vso = [](const std::string& soort) { return soort == "so" || soort == "vso"; };
  for (const auto& r : regels) {
    const bool is_actief = domain::IsActief(r.tlv, result.peildatum);
    if (domain::EindigtBinnenkort(r.tlv, result.peildatum, parameters_.termijnen)) {
      result.eindigen_binnenkort.push_back(r);
    }
    // Grensverkeer (issue 7 item 3): the TLV is used at a (v)so school of another region.
    // Schools outside any SWV (clusters 1 and 2) need no TLV and are left out.
    if (is_actief && is_vso(r.huidige_school_soort) && !r.huidige_school_swv.empty() &&
        r.huidige_school_swv != r.tlv.swv.str()) {
      result.grensverkeer_uit.push_back(r);
    }
    if (!actief || *actief == is_actief) result.tlvs.push_back(r);
  }
  // The other way round: other SWVs' TLVs used at this SWV's (v)so schools. Only the SWV's
  // own account: those children are in its region, not in its requests.
  if (principal.rol == domain::Rol::kSwv && result.swv == principal.organisatie) {
    PASSEND_ASSIGN_OR_RETURN(auto inkomend, tlv_.TlvsOpScholenVan(principal.organisatie));
    for (auto& r : inkomend) {
      if (domain::IsActief(r.tlv, result.peildatum)) result.grensverkeer_in.push_back(std::move(r));
    }
  }

  std::vector<domain::LeerlingId> ids;
  for (const auto* lijst : {&result.tlvs, &result.eindigen_binnenkort, &result.grensverkeer_uit,
                            &result.grensverkeer_in}) {
    for (const auto& r : *lijst) ids.push_back(r.tlv.leerling);
  }
  PASSEND_RETURN_IF_ERROR(
      AuditLeerlingen(work_, clock_, principal.AsActor(client), ids, "in lijst", "TLV-register"));
  return result;
}

}  // namespace passend::app
