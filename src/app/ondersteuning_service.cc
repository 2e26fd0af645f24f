#include "app/ondersteuning_service.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/audit.h"
#include "app/ondersteuning_events.h"
#include "app/policy.h"
#include "app/registry_service.h"
#include "domain/aanmelding.h"
#include "domain/postcode.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

std::unexpected<domain::Error> LeerlingNietGevonden() {
  return Fail(ErrorCode::kNotFound, "Deze leerling is niet gevonden.");
}

}  // namespace

std::string_view BehoefteBronCode(BehoefteBron bron) {
  switch (bron) {
    case BehoefteBron::kGevraagd:
      return "gevraagd";
    case BehoefteBron::kAanmelding:
      return "aanmelding";
    case BehoefteBron::kGeen:
      return "geen";
  }
  return "";
}

Result<int> PostcodeCijfers(std::string_view text) {
  std::string_view t = text;
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  if (t.size() == 4 &&
      std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      t.front() != '0') {
    return std::stoi(std::string(t));
  }
  auto postcode = domain::Postcode::Parse(t);
  if (!postcode) {
    return Fail(ErrorCode::kInvalid,
                "Geef een postcode zoals 1234 AB, of alleen de vier cijfers (1234).", "nabij");
  }
  return postcode->Cijfers();
}

domain::Date OndersteuningService::Vandaag() const {
  return domain::Date{std::chrono::floor<std::chrono::days>(clock_.Now())};
}

Result<ProfielInzicht> OndersteuningService::Profiel(const domain::Vestigingscode& school,
                                                     std::optional<int> versie) {
  PASSEND_ASSIGN_OR_RETURN(auto overzicht, registry_.FindSchool(school));
  if (!overzicht) {
    return Fail(ErrorCode::kNotFound, "Er is geen schoolvestiging met deze code.");
  }
  ProfielInzicht inzicht;
  inzicht.school = std::move(*overzicht);
  PASSEND_ASSIGN_OR_RETURN(inzicht.profiel, profielen_.FindProfiel(school, versie));
  if (versie && !inzicht.profiel) {
    return Fail(
        ErrorCode::kNotFound,
        fmt::format("Deze school heeft geen versie {} van haar ondersteuningsprofiel.", *versie));
  }
  PASSEND_ASSIGN_OR_RETURN(inzicht.versies, profielen_.ProfielVersies(school));
  return inzicht;
}

Result<ProfielInzicht> OndersteuningService::LegVast(const Principal& principal,
                                                     const std::string& client,
                                                     const domain::Vestigingscode& school,
                                                     NieuwProfiel nieuw) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kProfielBeheren));
  // Domain.md §3.2: each school sets its own profile; the profile is public, so another
  // location's existence is no secret (403, not 404).
  if (principal.organisatie != school.str()) {
    return Fail(ErrorCode::kForbidden,
                "Een school legt alleen het ondersteuningsprofiel van haar eigen vestiging vast.");
  }
  domain::Ondersteuningsprofiel p;
  p.school = school;
  p.vastgesteld_op = Vandaag();
  p.mr_advies_op = nieuw.mr_advies_op;
  p.taxonomie_versie = config_.taxonomie.versie;
  p.toelichting = std::move(nieuw.toelichting);
  p.regels = std::move(nieuw.regels);
  p.vastgesteld_door = principal.gebruikersnaam;
  PASSEND_RETURN_IF_ERROR(domain::Valideer(p, config_.taxonomie, Vandaag()));
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(auto found, writer.FindSchool(school));
    if (!found) return Fail(ErrorCode::kNotFound, "Er is geen schoolvestiging met deze code.");
    p.swv = found->swv ? found->swv->str() : "";
    PASSEND_ASSIGN_OR_RETURN(p.versie, writer.InsertOndersteuningsprofiel(p));
    // No personal data: the event is the record of who changed the profile (like the SWV's
    // settings); there is no student to audit.
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(
        clock_, actor, kOndersteuningsprofielVastgesteld,
        OndersteuningsprofielSubject(school.str()), p.swv, OndersteuningsprofielPayload(p))));
    return {};
  }));
  return Profiel(school, std::nullopt);
}

Result<ScholenZoekresultaat> OndersteuningService::Zoek(const ScholenZoekvraag& vraag) {
  ScholenZoekresultaat uit;
  uit.afstand_soort = std::string(afstand_.Soort());
  KandidaatFilter filter;
  if (vraag.swv) filter.swv = vraag.swv->str();
  filter.soort = vraag.soort;
  std::optional<domain::Coordinates> van;
  if (vraag.nabij) {
    PASSEND_ASSIGN_OR_RETURN(int cijfers, PostcodeCijfers(*vraag.nabij));
    PASSEND_ASSIGN_OR_RETURN(uit.nabij, profielen_.PostcodePositie(cijfers));
    if (!uit.nabij) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Bij postcode {} kennen we geen scholen in de buurt; probeer een "
                              "andere postcode in uw gemeente.",
                              cijfers),
                  "nabij");
    }
    van = uit.nabij->positie;
    if (vraag.max_km) {
      filter.midden = van;
      filter.straal_meter = static_cast<int64_t>(*vraag.max_km) * 1000;
    }
  }
  PASSEND_ASSIGN_OR_RETURN(auto kandidaten, profielen_.Kandidaten(filter));
  std::optional<int64_t> max_meter;
  if (van && vraag.max_km) max_meter = static_cast<int64_t>(*vraag.max_km) * 1000;
  auto treffers = engine::ZoekScholen(kandidaten, vraag.vragen, van, max_meter, afstand_);
  uit.treffers.request = vraag.page;
  uit.treffers.total = static_cast<int64_t>(treffers.size());
  const size_t begin = std::min(treffers.size(), static_cast<size_t>(vraag.page.Offset()));
  const size_t end = std::min(treffers.size(), begin + static_cast<size_t>(vraag.page.page_size));
  for (size_t i = begin; i < end; ++i) {
    auto& k = kandidaten[treffers[i].kandidaat];
    uit.treffers.items.push_back(ScholenTreffer{std::move(k.school), treffers[i].meter,
                                                std::move(k.profiel),
                                                std::move(treffers[i].toetsing)});
  }
  return uit;
}

Result<PassendeScholen> OndersteuningService::VoorLeerling(
    const Principal& principal, const std::string& client, domain::LeerlingId leerling,
    std::optional<std::vector<domain::Vraag>> vragen) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kPassendeScholenLezen));
  PASSEND_ASSIGN_OR_RETURN(auto dossier, leerlingen_.FindDossier(leerling));
  if (!dossier) return LeerlingNietGevonden();
  PASSEND_ASSIGN_OR_RETURN(auto aanmelding, profielen_.LaatsteAanmeldingBehoeften(leerling));
  // The school with zorgplicht is the one the child registered with, which need not be the
  // school it attends now (domain.md §3.1).
  const bool aanmeldschool = principal.rol == domain::Rol::kSchool && aanmelding &&
                             !principal.organisatie.empty() &&
                             aanmelding->school == principal.organisatie;
  if (!aanmeldschool && !InScope(principal, dossier->plaats)) return LeerlingNietGevonden();

  PassendeScholen uit;
  uit.leerling = leerling;
  uit.leerling_naam = dossier->record.leerling.VolledigeNaam();
  uit.afstand_soort = std::string(afstand_.Soort());
  uit.max_meter = config_.suggesties.max_meter;
  if (vragen) {
    uit.behoeften = std::move(*vragen);
    uit.bron = BehoefteBron::kGevraagd;
  } else if (aanmelding && !aanmelding->behoeften.empty()) {
    // A registration names the needs, not their level: `extra` is the level above what every
    // school offers (issue 5 item 4).
    for (const auto& code : aanmelding->behoeften) {
      if (config_.taxonomie.Vind(code)) {
        uit.behoeften.push_back(domain::Vraag{code, domain::Ondersteuningsniveau::kExtra});
      }
    }
    uit.bron = BehoefteBron::kAanmelding;
  }
  if (aanmelding) uit.aanmelding = aanmelding->aanmelding;

  // Audited before anything about the child leaves (fail closed).
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    return writer.AppendAudit(
        AuditEntry{0, clock_.Now(), principal.AsActor(client), leerling, "bekeken",
                   fmt::format("passende scholen ({})", uit.behoeften.empty()
                                                            ? std::string("geen behoeften")
                                                            : domain::VragenTekst(uit.behoeften))});
  }));

  KandidaatFilter filter;
  filter.midden = dossier->record.leerling.woonpositie;
  filter.straal_meter = config_.suggesties.max_meter;
  filter.met_bezetting = true;
  PASSEND_ASSIGN_OR_RETURN(auto kandidaten, profielen_.Kandidaten(filter));
  // A child goes to a school of its own sector: PO for primary-age children with a PO school
  // now, VO otherwise. Without an enrolment both are shown.
  const auto& plaats = dossier->plaats;
  std::optional<domain::Sector> sector;
  if (!plaats.school.empty()) {
    auto huidige = std::find_if(kandidaten.begin(), kandidaten.end(), [&](const auto& k) {
      return k.school.code.str() == plaats.school;
    });
    if (huidige != kandidaten.end()) sector = domain::SectorOf(huidige->school.soort);
  }
  if (sector) {
    std::erase_if(kandidaten,
                  [&](const auto& k) { return domain::SectorOf(k.school.soort) != *sector; });
  }
  auto voorstel = engine::StelVoor(kandidaten, uit.behoeften, dossier->record.leerling.woonpositie,
                                   afstand_, config_.suggesties);
  uit.binnen_bereik = voorstel.binnen_bereik;
  for (auto& s : voorstel.suggesties) {
    uit.suggesties.push_back(SchoolSuggestie{kandidaten[s.kandidaat].school, std::move(s)});
  }
  for (auto& a : voorstel.afgevallen) {
    uit.afgevallen.push_back(SchoolAfgevallen{kandidaten[a.kandidaat].school, std::move(a)});
  }
  return uit;
}

}  // namespace passend::app
