#include "app/geschil_service.h"

#include <algorithm>

#include "app/aanmelding_events.h"
#include "app/audit.h"
#include "app/bericht_service.h"
#include "app/geschil_events.h"
#include "app/leerlingen_service.h"
#include "app/policy.h"
#include "app/registry_service.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

constexpr size_t kMaxTekst = 4000;

Result<void> NietGevonden() { return Fail(ErrorCode::kNotFound, "Dit geschil is niet gevonden."); }

LeerlingPlaats PlaatsVan(const GeschilOverzicht& o) {
  return LeerlingPlaats{o.geschil.leerling, o.geschil.school.str(), o.bestuur, o.geschil.swv, ""};
}

Result<void> Lengte(const std::string& text, const char* field) {
  if (text.size() > kMaxTekst) {
    return Fail(ErrorCode::kInvalid, "Deze tekst is te lang (ten hoogste 4000 tekens).", field);
  }
  return {};
}

}  // namespace

domain::Date GeschilService::Vandaag() const {
  return domain::Date{std::chrono::floor<std::chrono::days>(clock_.Now())};
}

Result<GeschilInzicht> GeschilService::Inzicht(GeschilOverzicht overzicht) {
  const GeschilRecord& r = overzicht.geschil;
  PASSEND_ASSIGN_OR_RETURN(auto geschil, domain::Geschil::Herstel(r.onderwerp, r.ladder,
                                                                  r.besluitdatum, gpo_, r.stappen));
  std::optional<domain::LadderStap> volgende;
  const domain::Stap* huidig = geschil.HuidigeStap();
  auto it = r.ladder.begin();
  if (huidig != nullptr) {
    it = std::find_if(r.ladder.begin(), r.ladder.end(),
                      [&](const domain::LadderStap& s) { return s.code == huidig->code; });
    if (it != r.ladder.end()) ++it;
  }
  if (it != r.ladder.end()) volgende = *it;
  domain::Steunpunt steunpunt;
  if (!r.swv.empty()) {
    PASSEND_ASSIGN_OR_RETURN(auto instellingen, instellingen_.FindSwvInstellingen(r.swv));
    steunpunt = instellingen.steunpunt;
  }
  const bool verstreken = geschil.TermijnVerstreken(Vandaag());
  return GeschilInzicht{std::move(overzicht), std::move(geschil), std::move(volgende), verstreken,
                        std::move(steunpunt)};
}

Result<GeschilOverzicht> GeschilService::LoadInScope(const Principal& principal, int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto found, geschillen_.FindGeschil(id));
  if (!found || !InScope(principal, PlaatsVan(*found))) {
    return std::unexpected(NietGevonden().error());
  }
  return std::move(*found);
}

Result<GeschilInzicht> GeschilService::Open(const Principal& principal, const std::string& client,
                                            const NieuwGeschil& nieuw) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeschillenBeheren));
  PASSEND_RETURN_IF_ERROR(Lengte(nieuw.omschrijving, "omschrijving"));
  GeschilRecord record;
  record.onderwerp = nieuw.onderwerp;
  record.omschrijving = nieuw.omschrijving;
  record.geopend_op = Vandaag();
  record.besluitdatum = nieuw.besluitdatum;
  if (nieuw.aanmelding) {
    // Only a registration the account may see (for an SWV: domain::SwvZiet) can be disputed.
    auto a = aanmeldingen_.LoadInScope(principal, *nieuw.aanmelding);
    if (!a) {
      if (a.error().code != ErrorCode::kNotFound) return std::unexpected(a.error());
      return Fail(ErrorCode::kNotFound, "Deze aanmelding is niet gevonden.", "aanmelding");
    }
    // One dispute per registration: it climbs the ladder step by step on its own record.
    GeschilFilter bestaand;
    bestaand.aanmelding = a->aanmelding.id;
    PASSEND_ASSIGN_OR_RETURN(auto eerder,
                             geschillen_.ListGeschillen(ScopeOf(principal), bestaand, {1, 1}));
    if (!eerder.items.empty()) {
      return Fail(ErrorCode::kConflict,
                  "Over deze aanmelding loopt al een geschil (geschil " +
                      std::to_string(eerder.items.front().geschil.id) +
                      "). Zet daar de volgende stap.",
                  "aanmelding");
    }
    record.aanmelding = a->aanmelding.id;
    record.leerling = a->aanmelding.leerling;
    record.school = a->aanmelding.school;
    record.swv = a->aanmelding.swv;
    // The GPO's filing term runs from the disputed decision.
    if (!record.besluitdatum && a->aanmelding.besluit) {
      record.besluitdatum = a->aanmelding.besluit->datum;
    }
  } else {
    if (!nieuw.leerling) {
      return Fail(ErrorCode::kInvalid,
                  "Geef de aanmelding of de leerling op waarover het geschil gaat.", "leerling");
    }
    PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(*nieuw.leerling));
    if (!dossier || !InScope(principal, dossier->plaats)) {
      return Fail(ErrorCode::kNotFound, "Deze leerling is niet gevonden.", "leerling");
    }
    // A removal or OPP dispute is with the school the child attends.
    auto school = domain::Vestigingscode::Parse(dossier->plaats.school);
    if (!school) {
      return Fail(ErrorCode::kRegel,
                  "De leerling staat niet op een school ingeschreven. Koppel het geschil aan de "
                  "aanmelding waarover het gaat.",
                  "leerling");
    }
    record.leerling = *nieuw.leerling;
    record.school = *school;
    record.swv = dossier->plaats.swv;
  }
  if (!record.swv.empty()) {
    PASSEND_ASSIGN_OR_RETURN(auto instellingen, instellingen_.FindSwvInstellingen(record.swv));
    record.ladder = instellingen.ladder;
  } else {
    record.ladder = domain::StandaardLadder();
  }
  // Validates the ladder and the decision date through the domain before anything is stored.
  PASSEND_RETURN_IF_ERROR(
      domain::Geschil::Create(record.onderwerp, record.ladder, record.besluitdatum, gpo_));

  const Actor actor = principal.AsActor(client);
  int64_t id = 0;
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(id, writer.InsertGeschil(record));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(
        clock_, actor, kGeschilGeopend, GeschilSubject(id), record.swv, GeopendPayload(record))));
    if (record.aanmelding) {
      // The registration's own timeline shows that its decision is disputed.
      PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(clock_, actor, kAanmeldingInGeschil,
                                                           AanmeldingSubject(*record.aanmelding),
                                                           record.swv, InGeschilPayload(id))));
    }
    return writer.AppendAudit(AuditEntry{0, clock_.Now(), actor, record.leerling, "gewijzigd",
                                         "geschil " + std::to_string(id) + " geopend"});
  }));
  PASSEND_ASSIGN_OR_RETURN(auto stored, geschillen_.FindGeschil(id));
  if (!stored) return Fail(ErrorCode::kInternal, "Het geschil is na opslaan niet gevonden.");
  return Inzicht(std::move(*stored));
}

Result<GeschilInzicht> GeschilService::Wijzig(
    const Principal& principal, const std::string& client, int64_t id,
    const std::function<Result<std::string>(domain::Geschil&)>& change, const std::string& type,
    const std::string& wat) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeschillenBeheren));
  PASSEND_ASSIGN_OR_RETURN(auto overzicht, LoadInScope(principal, id));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    // Read, check and write in one transaction: two parallel steps cannot both pass.
    PASSEND_ASSIGN_OR_RETURN(auto found, writer.FindGeschil(id));
    if (!found) return NietGevonden();
    GeschilRecord record = std::move(*found);
    PASSEND_ASSIGN_OR_RETURN(
        auto geschil, domain::Geschil::Herstel(record.onderwerp, record.ladder, record.besluitdatum,
                                               gpo_, record.stappen));
    PASSEND_ASSIGN_OR_RETURN(std::string payload, change(geschil));
    record.stappen = geschil.Stappen();
    PASSEND_RETURN_IF_ERROR(writer.UpdateGeschilStappen(record));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, type, GeschilSubject(id), record.swv, payload)));
    auto [onderwerp, tekst] = StapBericht(geschil);
    PASSEND_RETURN_IF_ERROR(Meld(writer, clock_, record.leerling, std::move(onderwerp),
                                 std::move(tekst), GeschilLink(id)));
    return writer.AppendAudit(AuditEntry{0, clock_.Now(), actor, record.leerling, "gewijzigd",
                                         "geschil " + std::to_string(id) + ": " + wat});
  }));
  PASSEND_ASSIGN_OR_RETURN(auto stored, geschillen_.FindGeschil(id));
  if (!stored) return std::unexpected(NietGevonden().error());
  return Inzicht(std::move(*stored));
}

Result<GeschilInzicht> GeschilService::StartStap(const Principal& principal,
                                                 const std::string& client, int64_t id,
                                                 const NieuweStap& stap) {
  PASSEND_RETURN_IF_ERROR(Lengte(stap.eigenaar, "eigenaar"));
  return Wijzig(
      principal, client, id,
      [&](domain::Geschil& g) -> Result<std::string> {
        PASSEND_RETURN_IF_ERROR(g.StartStap(stap.stap, stap.start, stap.eigenaar));
        return StapGestartPayload(g);
      },
      kGeschilStapGestart, "stap " + stap.stap + " gestart");
}

Result<GeschilInzicht> GeschilService::RondAf(const Principal& principal, const std::string& client,
                                              int64_t id, int volgnummer,
                                              const StapAfronding& afronding) {
  PASSEND_RETURN_IF_ERROR(Lengte(afronding.uitkomst, "uitkomst"));
  return Wijzig(
      principal, client, id,
      [&](domain::Geschil& g) -> Result<std::string> {
        // Only the current step can be closed; an earlier one is history.
        if (volgnummer != static_cast<int>(g.Stappen().size())) {
          return Fail(ErrorCode::kRegel,
                      "Alleen de huidige stap van het geschil kan worden afgerond.", "volgnummer");
        }
        PASSEND_RETURN_IF_ERROR(g.SluitStap(afronding.einde, afronding.uitkomst));
        return StapAfgerondPayload(g);
      },
      kGeschilStapAfgerond, "stap " + std::to_string(volgnummer) + " afgerond");
}

Result<GeschilInzicht> GeschilService::Get(const Principal& principal, const std::string& client,
                                           int64_t id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeschillenLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found, LoadInScope(principal, id));
  PASSEND_ASSIGN_OR_RETURN(auto inzicht, Inzicht(std::move(found)));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) {
    return writer.AppendAudit(AuditEntry{0, clock_.Now(), actor, inzicht.overzicht.geschil.leerling,
                                         "bekeken", "geschil " + std::to_string(id)});
  }));
  return inzicht;
}

Result<Page<GeschilInzicht>> GeschilService::Lijst(const Principal& principal,
                                                   const std::string& client,
                                                   const GeschilFilter& filter, PageRequest page) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeschillenLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found,
                           geschillen_.ListGeschillen(ScopeOf(principal), filter, page));
  Page<GeschilInzicht> result;
  result.total = found.total;
  result.request = found.request;
  std::vector<domain::LeerlingId> ids;
  for (auto& item : found.items) {
    ids.push_back(item.geschil.leerling);
    PASSEND_ASSIGN_OR_RETURN(auto inzicht, Inzicht(std::move(item)));
    result.items.push_back(std::move(inzicht));
  }
  PASSEND_RETURN_IF_ERROR(AuditLeerlingen(work_, clock_, principal.AsActor(client), ids, "in lijst",
                                          "geschil in lijst"));
  return result;
}

}  // namespace passend::app
