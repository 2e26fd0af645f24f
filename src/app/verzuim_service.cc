#include "app/verzuim_service.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/audit.h"
#include "app/leerlingen_service.h"
#include "app/policy.h"
#include "app/registry_service.h"
#include "app/verzuim_events.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

Result<void> NietGevonden() {
  return Fail(ErrorCode::kNotFound, "Deze verzuimmelding is niet gevonden.");
}

// Where a case stands for scope: its school, that school's board, its SWV, the municipality
// whose leerplicht handles it, and the child.
LeerlingPlaats PlaatsVan(const domain::Verzuimmelding& m, const std::string& bestuur) {
  return LeerlingPlaats{m.leerling, m.school ? m.school->str() : "", bestuur, m.swv.str(),
                        m.gemeente.str()};
}

// The onderwijsconsulent reads only the cases of its SWV handed over to it (seed 003 §4.3);
// every other role by the student scope of the case.
bool Ziet(const Principal& principal, const VerzuimRecord& record, const std::string& bestuur) {
  if (principal.rol == domain::Rol::kConsulent) {
    return !principal.organisatie.empty() && record.overgedragen_op &&
           record.melding.swv.str() == principal.organisatie;
  }
  return InScope(principal, PlaatsVan(record.melding, bestuur));
}

// The types where the child is registered at a school (domain::Valideer requires one).
bool HeeftSchool(domain::VerzuimType type) {
  return type == domain::VerzuimType::kLangdurigRelatiefVerzuim ||
         type == domain::VerzuimType::kRelatiefVerzuim || type == domain::VerzuimType::kZiek;
}

}  // namespace

VerzuimScope VerzuimScopeVoor(const Principal& principal) {
  // Seed 003 §4.3: the onderwijsconsulent reads only the cases of its SWV handed over to it.
  if (principal.rol == domain::Rol::kConsulent) {
    return VerzuimScope{LeerlingScope{LeerlingScope::Soort::kSwv, principal.organisatie, {}}, true};
  }
  return VerzuimScope{ScopeOf(principal), false};
}

std::string VerzuimSubject(int64_t id) { return "verzuim/" + std::to_string(id); }

domain::Date VerzuimService::Vandaag() const {
  return domain::Date{std::chrono::floor<std::chrono::days>(clock_.Now())};
}

domain::Vakantieregio VerzuimService::RegioVan(const std::string& swv) const {
  // Holidays differ per region (config/vakanties.json); an SWV lies in one region and chooses
  // it in its settings. A failed read falls back to the default: the next query reports it.
  auto instellingen = instellingen_.FindSwvInstellingen(swv);
  if (instellingen && instellingen->verzuim.vakantieregio) {
    return *instellingen->verzuim.vakantieregio;
  }
  return parameters_.standaard_regio;
}

const domain::Schoolvakanties& VerzuimService::VakantiesVan(const std::string& swv) const {
  return parameters_.kalender.Regio(RegioVan(swv));
}

std::function<const domain::Schoolvakanties&(const domain::Verzuimmelding&)>
VerzuimService::VakantiesPerSwv() const {
  // A settings read per case would dominate a national overview (thousands of cases, 13
  // evaluations each); one read per SWV per request keeps it to at most ~150.
  auto gevonden = std::make_shared<std::map<std::string, const domain::Schoolvakanties*>>();
  return [this, gevonden](const domain::Verzuimmelding& m) -> const domain::Schoolvakanties& {
    auto [it, nieuw] = gevonden->try_emplace(m.swv.str(), nullptr);
    if (nieuw) it->second = &VakantiesVan(m.swv.str());
    return *it->second;
  };
}

std::vector<std::string> VerzuimService::Waarschuwingen(
    const domain::Verzuimmelding& melding) const {
  std::vector<std::string> result;
  // Only the school-week clock (langdurig relatief verzuim, the consultant trigger) depends on
  // holiday dates; the 3-month limit counts calendar months.
  if (!domain::IsThuiszittertype(melding.type)) return result;
  const domain::Date tot = melding.einddatum ? *melding.einddatum : Vandaag();
  for (auto jaar = domain::SchoolYear::Containing(melding.startdatum);
       jaar <= domain::SchoolYear::Containing(tot); jaar = jaar.Next()) {
    auto it = std::find_if(parameters_.kalender.jaren.begin(), parameters_.kalender.jaren.end(),
                           [&](const Vakantiejaar& j) { return j.schooljaar == jaar; });
    if (it == parameters_.kalender.jaren.end()) {
      result.push_back(fmt::format(
          "Voor schooljaar {} staan geen schoolvakanties in de configuratie: elke doordeweekse "
          "dag telt als lesdag, dus de lesweken-signalen komen eerder, nooit later.",
          jaar.Label()));
    } else if (it->status == VakantieStatus::kVoorbeeld) {
      result.push_back(fmt::format(
          "De schoolvakanties van schooljaar {} zijn voorbeelddata, niet gecontroleerd bij de "
          "rijksoverheid; de lesweken-telling kan enkele dagen afwijken.",
          jaar.Label()));
    }
  }
  return result;
}

VerzuimInzicht VerzuimService::Inzicht(VerzuimOverzicht overzicht) const {
  const auto& vakanties = VakantiesVan(overzicht.record.melding.swv.str());
  return Inzicht(std::move(overzicht), vakanties);
}

VerzuimInzicht VerzuimService::Inzicht(VerzuimOverzicht overzicht,
                                       const domain::Schoolvakanties& vakanties) const {
  const domain::Date vandaag = Vandaag();
  const auto& m = overzicht.record.melding;
  auto status = domain::StatusOp(m, vandaag, termijnen_, vakanties);
  auto vrijstelling = domain::Vrijstelling5aOp(m, vandaag, parameters_.vrijstelling);
  auto waarschuwingen = Waarschuwingen(m);
  return VerzuimInzicht{std::move(overzicht), std::move(status), std::move(vrijstelling),
                        std::move(waarschuwingen)};
}

Result<void> VerzuimService::Audit(const Principal& principal, const std::string& client,
                                   const std::vector<domain::LeerlingId>& ids,
                                   const std::string& actie, const std::string& wat) {
  return AuditLeerlingen(work_, clock_, principal.AsActor(client), ids, actie, wat);
}

Result<VerzuimOverzicht> VerzuimService::LoadInScope(const Principal& principal, int64_t id) {
  PASSEND_ASSIGN_OR_RETURN(auto found, verzuim_.FindVerzuim(id));
  if (!found || !Ziet(principal, found->record, found->bestuur)) {
    return std::unexpected(NietGevonden().error());
  }
  return std::move(*found);
}

Result<VerzuimInzicht> VerzuimService::Registreer(const Principal& principal,
                                                  const std::string& client,
                                                  const NieuweVerzuimmelding& nieuw) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kVerzuimBeheren));
  // The student must be one the account may already see: an id alone must not reveal (or
  // attach a case to) a child elsewhere.
  PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(nieuw.leerling));
  if (!dossier || !InScope(principal, dossier->plaats)) {
    return Fail(ErrorCode::kNotFound, "Deze leerling is niet gevonden.", "leerling");
  }
  VerzuimRecord record;
  domain::Verzuimmelding& m = record.melding;
  m.leerling = nieuw.leerling;
  m.type = nieuw.type;
  m.startdatum = nieuw.startdatum;
  m.artsverklaring = nieuw.artsverklaring;
  // The leerplicht of the municipality where the child lives handles the case (Leerplichtwet
  // art. 16); it is also the scope of a gemeente account.
  m.gemeente = dossier->record.leerling.woongemeente;
  if (nieuw.school) {
    m.school = nieuw.school;
  } else if (HeeftSchool(nieuw.type) && !dossier->plaats.school.empty()) {
    auto code = domain::Vestigingscode::Parse(dossier->plaats.school);
    if (code) m.school = *code;
  }

  const Actor actor = principal.AsActor(client);
  int64_t id = 0;
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    std::string bestuur;
    std::string swv = dossier->record.swv;
    if (m.school) {
      PASSEND_ASSIGN_OR_RETURN(auto school, writer.FindSchool(*m.school));
      if (!school) {
        return Fail(ErrorCode::kNotFound,
                    "Er is geen schoolvestiging met code " + m.school->str() + " binnen uw bereik.",
                    "school");
      }
      bestuur = school->bestuur;
      // The register of the school's SWV holds the case; without a school, the SWV of the
      // student's record (its region of residence).
      if (school->swv) swv = school->swv->str();
    }
    auto swv_code = domain::SwvCode::Parse(swv);
    if (!swv_code) {
      return Fail(ErrorCode::kRegel,
                  "Bij deze leerling hoort geen samenwerkingsverband; een verzuimmelding staat "
                  "altijd in het register van een samenwerkingsverband.",
                  "leerling");
    }
    m.swv = *swv_code;
    if (!InScope(principal, PlaatsVan(m, bestuur))) {
      // A school reports only for its own location; a school outside the scope is answered
      // as missing, like a student outside it.
      return Fail(ErrorCode::kNotFound,
                  "Er is geen schoolvestiging met code " + (m.school ? m.school->str() : "") +
                      " binnen uw bereik.",
                  "school");
    }
    PASSEND_RETURN_IF_ERROR(domain::Valideer(m, Vandaag()));
    if (m.type == domain::VerzuimType::kVrijstelling5a || m.artsverklaring) {
      PASSEND_ASSIGN_OR_RETURN(auto instellingen, writer.FindSwvInstellingen(m.swv.str()));
      PASSEND_ASSIGN_OR_RETURN(auto advies,
                               writer.LaatsteVrijstellingsadvies(m.leerling, m.swv.str()));
      PASSEND_RETURN_IF_ERROR(
          domain::ValideerVrijstelling(m, advies, instellingen.verzuim.advies_voor_vrijstelling,
                                       Vandaag(), parameters_.vrijstelling));
      if (advies) m.advies = advies->id;
    }
    PASSEND_ASSIGN_OR_RETURN(id, writer.InsertVerzuim(record));
    m.id = id;
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(
        clock_, actor, kVerzuimGemeld, VerzuimSubject(id), swv, VerzuimGemeldPayload(m))));
    return writer.AppendAudit(AuditEntry{
        0, clock_.Now(), actor, m.leerling, "gewijzigd",
        fmt::format("verzuimmelding {} ({}) geregistreerd", id, domain::VerzuimTypeCode(m.type))});
  }));
  PASSEND_ASSIGN_OR_RETURN(auto stored, verzuim_.FindVerzuim(id));
  if (!stored) return Fail(ErrorCode::kInternal, "De verzuimmelding is na opslaan niet gevonden.");
  return Inzicht(std::move(*stored));
}

Result<VerzuimInzicht> VerzuimService::Wijzig(
    const Principal& principal, const std::string& client, int64_t id,
    const std::function<Result<std::string>(VerzuimRecord&)>& change, const std::string& type,
    const std::string& wat) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kVerzuimBeheren));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    // Read, check and write in one (immediate) transaction: two parallel offers cannot both
    // pass the "only one" rule.
    PASSEND_ASSIGN_OR_RETURN(auto found, writer.FindVerzuim(id));
    if (!found) return NietGevonden();
    std::string bestuur;
    if (found->melding.school) {
      PASSEND_ASSIGN_OR_RETURN(auto school, writer.FindSchool(*found->melding.school));
      if (school) bestuur = school->bestuur;
    }
    if (!Ziet(principal, *found, bestuur)) return NietGevonden();
    VerzuimRecord record = std::move(*found);
    PASSEND_ASSIGN_OR_RETURN(std::string payload, change(record));
    PASSEND_RETURN_IF_ERROR(writer.UpdateVerzuim(record));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, type, VerzuimSubject(id), record.melding.swv.str(), payload)));
    return writer.AppendAudit(AuditEntry{0, clock_.Now(), actor, record.melding.leerling,
                                         "gewijzigd",
                                         fmt::format("verzuimmelding {}: {}", id, wat)});
  }));
  PASSEND_ASSIGN_OR_RETURN(auto stored, verzuim_.FindVerzuim(id));
  if (!stored) return std::unexpected(NietGevonden().error());
  return Inzicht(std::move(*stored));
}

Result<VerzuimInzicht> VerzuimService::Beeindig(const Principal& principal,
                                                const std::string& client, int64_t id,
                                                const VerzuimEinde& einde) {
  return Wijzig(
      principal, client, id,
      [&](VerzuimRecord& record) -> Result<std::string> {
        PASSEND_RETURN_IF_ERROR(
            domain::Beeindig(record.melding, einde.einddatum, einde.reden, einde.toelichting));
        return VerzuimBeeindigdPayload(einde.einddatum, einde.reden);
      },
      kVerzuimBeeindigd, "beëindigd");
}

Result<VerzuimInzicht> VerzuimService::Aanbod(const Principal& principal, const std::string& client,
                                              int64_t id, domain::PassendAanbod aanbod) {
  return Wijzig(
      principal, client, id,
      [&](VerzuimRecord& record) -> Result<std::string> {
        PASSEND_RETURN_IF_ERROR(domain::RegistreerAanbod(record.melding, aanbod));
        // The description may name a school or a care provider; the log keeps only the day.
        return VerzuimAanbodPayload(aanbod);
      },
      kVerzuimAanbodGedaan, "passend aanbod vastgelegd");
}

Result<VerzuimInzicht> VerzuimService::DraagOver(const Principal& principal,
                                                 const std::string& client, int64_t id) {
  const domain::Date vandaag = Vandaag();
  return Wijzig(
      principal, client, id,
      [&](VerzuimRecord& record) -> Result<std::string> {
        // The 4-week trigger is a signal to the SWV (issue 6 item 2): the SWV hands over.
        if (principal.rol != domain::Rol::kSwv) {
          return Fail(ErrorCode::kForbidden,
                      "Alleen het samenwerkingsverband draagt een melding over aan de "
                      "onderwijsconsulent.");
        }
        if (record.overgedragen_op) {
          return Fail(ErrorCode::kConflict,
                      fmt::format("Deze melding is al op {} overgedragen.",
                                  domain::FormatDutchDate(*record.overgedragen_op)));
        }
        const auto status = domain::StatusOp(record.melding, vandaag, termijnen_,
                                             VakantiesVan(record.melding.swv.str()));
        if (!status.loopt) {
          return Fail(ErrorCode::kRegel,
                      "Deze melding loopt niet meer; er is niets over te dragen.");
        }
        // Seed 003 §4.3: the consultant takes cases at home at least 4 school weeks.
        if (!status.consulent_vanaf) {
          return Fail(ErrorCode::kRegel,
                      fmt::format("Een melding van het type {} gaat niet naar de "
                                  "onderwijsconsulent: het kind telt niet als thuiszitter.",
                                  domain::VerzuimTypeNaam(record.melding.type)));
        }
        if (*status.consulent_vanaf > vandaag) {
          return Fail(ErrorCode::kRegel,
                      fmt::format("Overdracht aan de onderwijsconsulent kan pas na {} lesweken "
                                  "thuis: vanaf {}.",
                                  termijnen_.consulent_lesweken,
                                  domain::FormatDutchDate(*status.consulent_vanaf)));
        }
        record.overgedragen_op = vandaag;
        return VerzuimOvergedragenPayload(vandaag, status.dagen_thuis);
      },
      kVerzuimOvergedragen, "overgedragen aan de onderwijsconsulent");
}

Result<VerzuimInzicht> VerzuimService::Get(const Principal& principal, const std::string& client,
                                           int64_t id) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kVerzuimLezen));
  PASSEND_ASSIGN_OR_RETURN(auto found, LoadInScope(principal, id));
  // Audited before the data leaves (fail closed).
  PASSEND_RETURN_IF_ERROR(Audit(principal, client, {found.record.melding.leerling}, "bekeken",
                                "verzuimmelding " + std::to_string(id)));
  return Inzicht(std::move(found));
}

Result<Page<VerzuimInzicht>> VerzuimService::Lijst(const Principal& principal,
                                                   const std::string& client, VerzuimFilter filter,
                                                   PageRequest page) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kVerzuimLezen));
  filter.peildatum = Vandaag();
  PASSEND_ASSIGN_OR_RETURN(auto found,
                           verzuim_.ListVerzuim(VerzuimScopeVoor(principal), filter, page));
  Page<VerzuimInzicht> result;
  result.total = found.total;
  result.request = found.request;
  std::vector<domain::LeerlingId> ids;
  const auto vakanties = VakantiesPerSwv();
  for (auto& item : found.items) {
    if (std::find(ids.begin(), ids.end(), item.record.melding.leerling) == ids.end()) {
      ids.push_back(item.record.melding.leerling);
    }
    const auto& v = vakanties(item.record.melding);
    result.items.push_back(Inzicht(std::move(item), v));
  }
  PASSEND_RETURN_IF_ERROR(Audit(principal, client, ids, "in lijst", "verzuimmelding in lijst"));
  return result;
}

Result<ThuiszittersOverzicht> VerzuimService::Thuiszitters(const Principal& principal,
                                                           const std::string& client,
                                                           const std::string& swv) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kVerzuimLezen));
  ThuiszittersOverzicht result;
  result.swv = swv;
  result.peildatum = Vandaag();
  PASSEND_ASSIGN_OR_RETURN(auto lopend,
                           verzuim_.LopendOp(VerzuimScopeVoor(principal), swv, result.peildatum));
  std::vector<domain::Verzuimmelding> meldingen;
  std::vector<domain::LeerlingId> ids;
  const domain::Schoolvakanties& vakanties = VakantiesVan(swv);
  for (auto& item : lopend) {
    meldingen.push_back(item.record.melding);
    auto inzicht = Inzicht(std::move(item), vakanties);
    // Seed 004: only absoluut and langdurig relatief verzuim make a thuiszitter; sick
    // children and exemptions are counted beside them in `telling`, never listed here.
    if (!inzicht.status.thuiszitter) continue;
    ids.push_back(inzicht.overzicht.record.melding.leerling);
    result.thuiszitters.push_back(std::move(inzicht));
  }
  result.telling = domain::TelThuiszitters(meldingen, result.peildatum, termijnen_, vakanties);
  std::stable_sort(result.thuiszitters.begin(), result.thuiszitters.end(),
                   [](const VerzuimInzicht& a, const VerzuimInzicht& b) {
                     return a.status.dagen_thuis > b.status.dagen_thuis;
                   });
  PASSEND_RETURN_IF_ERROR(Audit(principal, client, ids, "in lijst", "thuiszitter in lijst"));
  return result;
}

Result<VerzuimInzicht> VerzuimService::VraagDoorbraak(const Principal& principal,
                                                      const std::string& client, int64_t id,
                                                      std::string reden) {
  const domain::Date vandaag = Vandaag();
  const std::string door = principal.organisatie.empty()
                               ? principal.gebruikersnaam
                               : principal.gebruikersnaam + " (" + principal.organisatie + ")";
  return Wijzig(
      principal, client, id,
      [&](VerzuimRecord& record) -> Result<std::string> {
        // Seed 004: the partners agree per region who may cut the knot; the escalation names
        // that holder as it stands today, so a later change of the agreement does not rewrite
        // whom this case was put to.
        PASSEND_ASSIGN_OR_RETURN(auto instellingen,
                                 instellingen_.FindSwvInstellingen(record.melding.swv.str()));
        PASSEND_ASSIGN_OR_RETURN(
            auto doorbraak,
            domain::VraagDoorbraak(record.melding, record.doorbraken, vandaag, door,
                                   std::move(reden), instellingen.verzuim.doorzettingsmacht));
        record.doorbraken.push_back(std::move(doorbraak));
        return DoorbraakGevraagdPayload(record.doorbraken.back());
      },
      kDoorbraakGevraagd, "doorbraak gevraagd");
}

Result<VerzuimInzicht> VerzuimService::BesluitDoorbraak(const Principal& principal,
                                                        const std::string& client, int64_t id,
                                                        int volgnummer, domain::Date datum,
                                                        std::string besluit,
                                                        std::string besloten_door) {
  return Wijzig(
      principal, client, id,
      [&](VerzuimRecord& record) -> Result<std::string> {
        // Seed 004: «soms de coördinator van het samenwerkingsverband, soms een commissie en
        // soms een wethouder»: the SWV records for its coordinator or committee, the
        // municipality for its alderman.
        if (principal.rol != domain::Rol::kSwv && principal.rol != domain::Rol::kGemeente) {
          return Fail(ErrorCode::kForbidden,
                      "Alleen het samenwerkingsverband of de gemeente legt het besluit van wie "
                      "doorzettingsmacht heeft vast.");
        }
        auto it =
            std::find_if(record.doorbraken.begin(), record.doorbraken.end(),
                         [&](const domain::Doorbraak& d) { return d.volgnummer == volgnummer; });
        if (it == record.doorbraken.end()) {
          return Fail(ErrorCode::kNotFound,
                      fmt::format("Deze melding heeft geen doorbraak {}.", volgnummer));
        }
        if (datum > Vandaag()) {
          return Fail(ErrorCode::kInvalid, "Het besluit kan niet na vandaag vallen.", "datum");
        }
        PASSEND_RETURN_IF_ERROR(
            domain::BesluitDoorbraak(*it, datum, std::move(besluit), std::move(besloten_door)));
        return DoorbraakBeslotenPayload(*it);
      },
      kDoorbraakBesloten, "besluit doorbraak vastgelegd");
}

Result<domain::Vrijstellingsadvies> VerzuimService::GeefAdvies(const Principal& principal,
                                                               const std::string& client,
                                                               domain::LeerlingId leerling,
                                                               std::string advies,
                                                               std::optional<domain::Date> datum) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kVerzuimBeheren));
  // Seed 000 #8: the education perspective is the SWV's to give.
  if (principal.rol != domain::Rol::kSwv) {
    return Fail(ErrorCode::kForbidden,
                "Alleen het samenwerkingsverband geeft advies over het onderwijsperspectief.");
  }
  PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(leerling));
  auto swv = domain::SwvCode::Parse(principal.organisatie);
  if (!dossier || !swv || !InScope(principal, dossier->plaats)) {
    return Fail(ErrorCode::kNotFound, "Deze leerling is niet gevonden.", "leerling");
  }
  domain::Vrijstellingsadvies result;
  result.leerling = leerling;
  result.swv = *swv;
  result.datum = datum ? *datum : Vandaag();
  result.advies = std::move(advies);
  PASSEND_RETURN_IF_ERROR(domain::Valideer(result, Vandaag()));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(result.id, writer.InsertVrijstellingsadvies(result, actor.gebruiker));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(
        MakeEvent(clock_, actor, kVrijstellingsadviesGegeven, VrijstellingsadviesSubject(result.id),
                  swv->str(), VrijstellingsadviesPayload(result))));
    return writer.AppendAudit(AuditEntry{0, clock_.Now(), actor, leerling, "gewijzigd",
                                         "advies onderwijsperspectief (vrijstelling 5a)"});
  }));
  return result;
}

Result<std::vector<domain::Vrijstellingsadvies>> VerzuimService::Adviezen(
    const Principal& principal, const std::string& client, domain::LeerlingId leerling) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kVerzuimLezen));
  PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(leerling));
  if (!dossier || !InScope(principal, dossier->plaats)) {
    return Fail(ErrorCode::kNotFound, "Deze leerling is niet gevonden.", "leerling");
  }
  PASSEND_ASSIGN_OR_RETURN(auto adviezen, verzuim_.Vrijstellingsadviezen(leerling));
  PASSEND_RETURN_IF_ERROR(Audit(principal, client, {leerling}, "bekeken",
                                "adviezen onderwijsperspectief (vrijstelling 5a)"));
  return adviezen;
}

Result<std::string> VerzuimService::Kwartaalregistratie(const Principal& principal,
                                                        const std::string& swv,
                                                        domain::Kwartaal kwartaal) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kVerzuimLezen));
  // The SWV keeps and submits its own register (Inspectie practice, domain.md §3.5).
  if (principal.rol != domain::Rol::kSwv) {
    return Fail(ErrorCode::kForbidden,
                "Alleen het samenwerkingsverband zelf haalt zijn kwartaalregistratie op.");
  }
  auto code = domain::SwvCode::Parse(swv);
  if (!code || principal.organisatie != swv) {
    return Fail(ErrorCode::kNotFound, "Dit samenwerkingsverband is niet gevonden.");
  }
  PASSEND_ASSIGN_OR_RETURN(auto invoer, verzuim_.RegisterInvoerVan(swv, kwartaal.Laatste()));
  const auto regels =
      domain::BouwKwartaalregistratie(invoer, *code, kwartaal, termijnen_, VakantiesVan(swv));
  return domain::KwartaalregistratieCsv(regels);
}

}  // namespace passend::app
