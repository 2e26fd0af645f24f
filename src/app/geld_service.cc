#include "app/geld_service.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/geld_events.h"
#include "app/policy.h"
#include "app/registry_service.h"

namespace passend::app {

using domain::Cents;
using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

Result<void> SwvNietGevonden() {
  return Fail(ErrorCode::kNotFound, "Dit samenwerkingsverband is niet gevonden.");
}

// An SWV sees its own money; the Inspectie and the ministry every SWV's (they judge the
// figures; seed 002: the figures must be right, so the SWV sees what they see). Another SWV's
// figures are answered as missing, never as forbidden.
Result<void> MagSwvZien(const Principal& principal, const std::string& swv) {
  if (principal.rol == domain::Rol::kSwv && principal.organisatie != swv) {
    return SwvNietGevonden();
  }
  return {};
}

// The sum of assignments over every school.
Result<domain::SchoolBedrag> Totaal(const std::map<std::string, domain::SchoolBedrag>& per_school) {
  domain::SchoolBedrag som;
  for (const auto& [_, b] : per_school) {
    som.aantal += b.aantal;
    PASSEND_ASSIGN_OR_RETURN(som.bedrag, som.bedrag.Add(b.bedrag));
  }
  return som;
}

// Calendar year `jaar`'s part of school-year amounts: the 7/12 (January to July) of the school
// year that started the year before and the 5/12 (August to December) of the one starting in it.
Result<domain::Kalenderjaardelen> Kalenderjaardeel(const std::map<int, Cents>& per_schooljaar,
                                                   int jaar) {
  auto bedrag = [&](int start) {
    auto it = per_schooljaar.find(start);
    return it == per_schooljaar.end() ? Cents() : it->second;
  };
  PASSEND_ASSIGN_OR_RETURN(const auto ervoor, domain::VerdeelSchooljaar(bedrag(jaar - 1)));
  PASSEND_ASSIGN_OR_RETURN(const auto erna, domain::VerdeelSchooljaar(bedrag(jaar)));
  domain::Kalenderjaardelen deel;
  deel.januari_juli = ervoor.januari_juli;
  deel.augustus_december = erna.augustus_december;
  return deel;
}

// Buckets by the lower bounds `grenzen` (basis points); the last bucket is open.
std::vector<Verdelingsklasse> Klassen(std::initializer_list<int64_t> grenzen) {
  std::vector<Verdelingsklasse> klassen;
  const std::vector<int64_t> g(grenzen);
  for (size_t i = 0; i < g.size(); ++i) {
    klassen.push_back({g[i], i + 1 < g.size() ? g[i + 1] : 0, 0});
  }
  return klassen;
}

void Tel(std::vector<Verdelingsklasse>& klassen, int64_t bp) {
  for (auto it = klassen.rbegin(); it != klassen.rend(); ++it) {
    if (bp >= it->van_bp || it == std::prev(klassen.rend())) {
      ++it->aantal;
      return;
    }
  }
}

}  // namespace

Result<std::string> GeldService::SwvNaam(const Principal& principal, const std::string& swv) {
  PASSEND_RETURN_IF_ERROR(MagSwvZien(principal, swv));
  auto code = domain::SwvCode::Parse(swv);
  if (!code) return std::unexpected(SwvNietGevonden().error());
  PASSEND_ASSIGN_OR_RETURN(auto gevonden, registry_.FindSamenwerkingsverband(*code));
  if (!gevonden) return std::unexpected(SwvNietGevonden().error());
  return gevonden->swv.naam;
}

int GeldService::VorigJaar() const {
  const domain::Date vandaag{std::chrono::floor<std::chrono::days>(clock_.Now())};
  return static_cast<int>(vandaag.year()) - 1;
}

Result<BatenOverzicht> GeldService::Baten(const Principal& principal, const std::string& swv,
                                          std::optional<int> start_jaar) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeldLezen));
  BatenOverzicht uit;
  PASSEND_ASSIGN_OR_RETURN(uit.swv_naam, SwvNaam(principal, swv));
  uit.swv = swv;
  uit.sector = domain::SwvCode::Parse(swv)->sector();
  const domain::Date vandaag{std::chrono::floor<std::chrono::days>(clock_.Now())};
  uit.schooljaar =
      start_jaar ? domain::SchoolYear(*start_jaar) : domain::SchoolYear::Containing(vandaag);
  PASSEND_ASSIGN_OR_RETURN(const Schooljaarbedragen* bedragen,
                           config_.Schooljaar(uit.schooljaar.start_year()));
  uit.demo = bedragen->demo;
  uit.verevening_demo = config_.verevening_demo;
  // The count date: 1 October of the school year (law; the TLV register uses the same date).
  uit.teldatum = uit.schooljaar.Teldatum(std::chrono::month(static_cast<unsigned>(teldatum_maand_)),
                                         std::chrono::day(static_cast<unsigned>(teldatum_dag_)));
  PASSEND_ASSIGN_OR_RETURN(uit.leerlingen, geld_.LeerlingenOpTeldatum(swv, uit.teldatum));
  // One count of TLVs for the register and the money: domain::TelOp over the SWV's TLVs.
  PASSEND_ASSIGN_OR_RETURN(auto tlvs,
                           tlv_.TlvsVan(LeerlingScope{LeerlingScope::Soort::kSwv, swv, {}}, swv));
  std::vector<domain::Tlv> alleen;
  alleen.reserve(tlvs.size());
  for (auto& regel : tlvs) alleen.push_back(regel.tlv);
  uit.telling = domain::TelOp(alleen, uit.teldatum);
  domain::BatenInvoer invoer{uit.sector, uit.leerlingen,
                             config_.Verevening(swv, uit.schooljaar.start_year()), uit.telling};
  PASSEND_ASSIGN_OR_RETURN(uit.baten, domain::BerekenBaten(invoer, bedragen->Van(uit.sector)));
  PASSEND_ASSIGN_OR_RETURN(uit.verdeling, domain::VerdeelSchooljaar(uit.baten.totaal));
  return uit;
}

Result<JaarrekeningInzicht> GeldService::Inzicht(JaarrekeningRecord record) const {
  JaarrekeningInzicht uit;
  PASSEND_ASSIGN_OR_RETURN(uit.beoordeling, domain::Beoordeel(record.cijfers, config_.reserve));
  uit.record = std::move(record);
  return uit;
}

Result<JaarrekeningInzicht> GeldService::LegJaarrekeningVast(const Principal& principal,
                                                             const std::string& client,
                                                             const std::string& swv,
                                                             const domain::Jaarrekening& cijfers) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeldBeheren));
  if (principal.rol != domain::Rol::kSwv) {
    return Fail(ErrorCode::kForbidden,
                "Alleen het samenwerkingsverband zelf legt zijn jaarrekening vast.");
  }
  PASSEND_RETURN_IF_ERROR(SwvNaam(principal, swv));
  PASSEND_RETURN_IF_ERROR(domain::Valideer(cijfers));
  JaarrekeningRecord record{swv, 1, cijfers, clock_.Now(), principal.gebruikersnaam};
  const Actor actor = principal.AsActor(client);
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    PASSEND_ASSIGN_OR_RETURN(record.versie, writer.InsertJaarrekening(record));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(
        clock_, actor, "JaarrekeningVastgelegd",
        fmt::format("jaarrekening/{}/{}", swv, cijfers.jaar), swv, JaarrekeningPayload(record))));
    return {};
  }));
  return Inzicht(std::move(record));
}

Result<JaarrekeningInzicht> GeldService::Jaarrekening(const Principal& principal,
                                                      const std::string& swv, int jaar) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeldLezen));
  PASSEND_RETURN_IF_ERROR(SwvNaam(principal, swv));
  PASSEND_ASSIGN_OR_RETURN(auto record, geld_.FindJaarrekening(swv, jaar));
  if (!record) {
    return Fail(
        ErrorCode::kNotFound,
        fmt::format("Er is geen jaarrekening {} van dit samenwerkingsverband vastgelegd.", jaar));
  }
  return Inzicht(std::move(*record));
}

Result<std::vector<JaarrekeningInzicht>> GeldService::Jaarrekeningen(const Principal& principal,
                                                                     const std::string& swv) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeldLezen));
  PASSEND_RETURN_IF_ERROR(SwvNaam(principal, swv));
  PASSEND_ASSIGN_OR_RETURN(auto records, geld_.JaarrekeningenVan(swv));
  std::vector<JaarrekeningInzicht> uit;
  for (auto& record : records) {
    PASSEND_ASSIGN_OR_RETURN(auto inzicht, Inzicht(std::move(record)));
    uit.push_back(std::move(inzicht));
  }
  return uit;
}

int GeldService::HuidigSchooljaar() const {
  const domain::Date vandaag{std::chrono::floor<std::chrono::days>(clock_.Now())};
  return domain::SchoolYear::Containing(vandaag).start_year();
}

Result<ToewijzingRecord> GeldService::LegToewijzingVast(const Principal& principal,
                                                        const std::string& client,
                                                        const std::string& swv,
                                                        const domain::Toewijzing& toewijzing) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeldBeheren));
  if (principal.rol != domain::Rol::kSwv) {
    return Fail(ErrorCode::kForbidden,
                "Alleen het samenwerkingsverband zelf legt toewijzingen aan scholen vast.");
  }
  PASSEND_RETURN_IF_ERROR(SwvNaam(principal, swv));
  PASSEND_RETURN_IF_ERROR(domain::Valideer(toewijzing));
  // Only the SWV's own school locations receive its money.
  auto code = domain::Vestigingscode::Parse(toewijzing.school);
  if (!code) {
    return Fail(ErrorCode::kInvalid, "Geef de vestigingscode van de school op, zoals 01AB00.",
                "school");
  }
  PASSEND_ASSIGN_OR_RETURN(auto school, registry_.FindSchool(*code));
  if (!school || !school->school.swv || school->school.swv->str() != swv) {
    return Fail(ErrorCode::kRegel, "Deze school hoort niet bij dit samenwerkingsverband.",
                "school");
  }
  ToewijzingRecord record{
      0, swv, toewijzing, school->school.naam, clock_.Now(), principal.gebruikersnaam};
  const Actor actor = principal.AsActor(client);
  const int jaar = toewijzing.schooljaar.start_year();
  PASSEND_RETURN_IF_ERROR(work_.Run([&](Writer& writer) -> Result<void> {
    if (toewijzing.bedrag.value() < 0) {
      // A correction may not take back more than was allocated (read in the transaction).
      PASSEND_ASSIGN_OR_RETURN(auto bestaand, geld_.ToewijzingenVan(swv, jaar, jaar));
      std::vector<domain::Toewijzing> lijst;
      for (const auto& b : bestaand) lijst.push_back(b.toewijzing);
      PASSEND_RETURN_IF_ERROR(domain::ToetsCorrectie(lijst, toewijzing));
    }
    PASSEND_ASSIGN_OR_RETURN(record.id, writer.InsertToewijzing(record));
    PASSEND_RETURN_IF_ERROR(writer.AppendEvent(MakeEvent(clock_, actor, kToewijzingVastgelegd,
                                                         ToewijzingSubject(record.id), swv,
                                                         ToewijzingPayload(record))));
    return {};
  }));
  return record;
}

Result<ToewijzingenOverzicht> GeldService::Toewijzingen(const Principal& principal,
                                                        const std::string& swv,
                                                        std::optional<int> start_jaar) {
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kGeldLezen));
  ToewijzingenOverzicht uit;
  PASSEND_ASSIGN_OR_RETURN(uit.swv_naam, SwvNaam(principal, swv));
  uit.swv = swv;
  const int jaar = start_jaar.value_or(HuidigSchooljaar());
  uit.schooljaar = domain::SchoolYear(jaar);
  // The school years before and after complete the two calendar years this one touches.
  PASSEND_ASSIGN_OR_RETURN(auto drie, geld_.ToewijzingenVan(swv, jaar - 1, jaar + 1));
  std::vector<domain::Toewijzing> alle;
  std::vector<domain::Toewijzing> dit_jaar;
  for (auto& r : drie) {
    alle.push_back(r.toewijzing);
    if (r.toewijzing.schooljaar.start_year() != jaar) continue;
    dit_jaar.push_back(r.toewijzing);
    uit.school_namen[r.toewijzing.school] = r.school_naam;
    uit.records.push_back(std::move(r));
  }
  PASSEND_ASSIGN_OR_RETURN(uit.totalen, domain::Totaliseer(dit_jaar));
  PASSEND_ASSIGN_OR_RETURN(uit.verdeling, domain::VerdeelSchooljaar(uit.totalen.totaal));
  std::map<int, domain::Cents> per_schooljaar;
  for (const auto& t : alle) {
    auto& som = per_schooljaar[t.schooljaar.start_year()];
    PASSEND_ASSIGN_OR_RETURN(som, som.Add(t.bedrag));
  }
  // Arrangementen count with their whole amount in the school year of their start (docs/
  // arrangementen.md) and are spread over calendar years like the allocations (issue 8 item 3).
  PASSEND_ASSIGN_OR_RETURN(const auto arrangementen, ArrangementBedragen(swv, jaar - 1, jaar + 1));
  std::map<int, domain::Cents> arrangementen_per_schooljaar;
  for (int j = jaar - 1; j <= jaar + 1; ++j) {
    PASSEND_ASSIGN_OR_RETURN(const auto som, Totaal(arrangementen[j - (jaar - 1)]));
    arrangementen_per_schooljaar[j] = som.bedrag;
    if (j == jaar) uit.arrangementen_totaal = som;
  }
  uit.arrangementen_per_school = arrangementen[1];
  for (const auto& [school, _] : uit.arrangementen_per_school) {
    if (!uit.school_namen.contains(school)) uit.school_namen[school] = school;
  }
  for (int kalenderjaar : {jaar, jaar + 1}) {
    BestedingKalenderjaar b;
    b.jaar = kalenderjaar;
    PASSEND_ASSIGN_OR_RETURN(const auto toewijzingen,
                             Kalenderjaardeel(per_schooljaar, kalenderjaar));
    b.toewijzingen_januari_juli = toewijzingen.januari_juli;
    b.toewijzingen_augustus_december = toewijzingen.augustus_december;
    PASSEND_ASSIGN_OR_RETURN(b.toewijzingen,
                             b.toewijzingen_januari_juli.Add(b.toewijzingen_augustus_december));
    PASSEND_ASSIGN_OR_RETURN(const auto arr,
                             Kalenderjaardeel(arrangementen_per_schooljaar, kalenderjaar));
    b.arrangementen_januari_juli = arr.januari_juli;
    b.arrangementen_augustus_december = arr.augustus_december;
    PASSEND_ASSIGN_OR_RETURN(b.arrangementen,
                             b.arrangementen_januari_juli.Add(b.arrangementen_augustus_december));
    PASSEND_ASSIGN_OR_RETURN(auto rekening, geld_.FindJaarrekening(swv, kalenderjaar));
    if (rekening) b.organisatiekosten = rekening->cijfers.organisatiekosten;
    uit.bestedingen.push_back(b);
  }
  return uit;
}

Result<Ondersteuningsgeld> GeldService::OndersteuningsgeldVan(const std::string& school,
                                                              std::optional<int> start_jaar) {
  // Public (seed 000 #15: open to staff, MR and parents): organisation money only; no record
  // names a student, so nothing here is personal data.
  auto code = domain::Vestigingscode::Parse(school);
  if (!code) return Fail(ErrorCode::kNotFound, "Er is geen school met deze vestigingscode.");
  PASSEND_ASSIGN_OR_RETURN(auto gevonden, registry_.FindSchool(*code));
  if (!gevonden) return Fail(ErrorCode::kNotFound, "Er is geen school met deze vestigingscode.");
  Ondersteuningsgeld uit;
  uit.school = school;
  uit.school_naam = gevonden->school.naam;
  const int jaar = start_jaar.value_or(HuidigSchooljaar());
  if (gevonden->school.swv) {
    uit.swv = gevonden->school.swv->str();
    PASSEND_ASSIGN_OR_RETURN(auto swv, registry_.FindSamenwerkingsverband(*gevonden->school.swv));
    if (swv) uit.swv_naam = swv->swv.naam;
  }
  PASSEND_ASSIGN_OR_RETURN(auto records, geld_.ToewijzingenAan(school, jaar - 1, jaar));
  std::vector<std::map<std::string, domain::SchoolBedrag>> arrangementen(2);
  if (!uit.swv.empty()) {
    PASSEND_ASSIGN_OR_RETURN(arrangementen, ArrangementBedragen(uit.swv, jaar - 1, jaar));
  }
  for (int j : {jaar, jaar - 1}) {
    OndersteuningsgeldJaar regel;
    regel.schooljaar = domain::SchoolYear(j);
    std::vector<domain::Toewijzing> van_jaar;
    for (const auto& r : records) {
      if (r.toewijzing.schooljaar.start_year() == j) van_jaar.push_back(r.toewijzing);
    }
    PASSEND_ASSIGN_OR_RETURN(const auto totalen, domain::Totaliseer(van_jaar));
    regel.per_doel = totalen.per_doel;
    regel.totaal = totalen.totaal;
    PASSEND_ASSIGN_OR_RETURN(regel.verdeling, domain::VerdeelSchooljaar(regel.totaal));
    // Sums over the school's students without naming any; the page and the API show the number
    // of assignments suppressed below 5 (domain/suppression.h) so no child stands out.
    const auto& per_school = arrangementen[j - (jaar - 1)];
    if (auto it = per_school.find(school); it != per_school.end()) regel.arrangementen = it->second;
    uit.jaren.push_back(std::move(regel));
  }
  return uit;
}

Result<LandelijkGeldOverzicht> GeldService::Landelijk(const Principal& principal, int jaar) {
  // Aggregates of organisation figures, no personal data: everyone who reads statistics may
  // compare with the country, as with the national thuiszitters figures.
  PASSEND_RETURN_IF_ERROR(Authorize(principal, Permission::kStatistiekLezen));
  PASSEND_ASSIGN_OR_RETURN(auto records, geld_.JaarrekeningenVanJaar(jaar));
  LandelijkGeldOverzicht uit;
  uit.jaar = jaar;
  // seed 000 #22: organisation costs are 11–13 % nationally; buckets around that band.
  uit.organisatiekosten_verdeling = Klassen({0, 500, 1000, 1500, 2000});
  // Reserve against the SWV's own threshold: below, up to 2×, 2–3×, above 3×.
  uit.reserve_verdeling = Klassen({0, 10'000, 20'000, 30'000});
  for (auto& record : records) {
    PASSEND_ASSIGN_OR_RETURN(auto inzicht, Inzicht(std::move(record)));
    const auto& b = inzicht.beoordeling;
    const auto& c = inzicht.record.cijfers;
    ++uit.aantal_swv;
    if (b.boven_signaleringswaarde) ++uit.boven_signaleringswaarde;
    PASSEND_ASSIGN_OR_RETURN(uit.totaal_boven, uit.totaal_boven.Add(b.bovenmatige_reserve));
    PASSEND_ASSIGN_OR_RETURN(uit.totaal_baten, uit.totaal_baten.Add(c.baten_totaal));
    PASSEND_ASSIGN_OR_RETURN(uit.totaal_organisatiekosten,
                             uit.totaal_organisatiekosten.Add(c.organisatiekosten));
    Tel(uit.organisatiekosten_verdeling, b.organisatiekosten_bp);
    PASSEND_ASSIGN_OR_RETURN(const int64_t reserve_bp,
                             domain::AandeelInBasispunten(c.eigen_vermogen, b.signaleringswaarde));
    Tel(uit.reserve_verdeling, reserve_bp);
  }
  PASSEND_ASSIGN_OR_RETURN(
      uit.organisatiekosten_bp,
      domain::AandeelInBasispunten(uit.totaal_organisatiekosten, uit.totaal_baten));
  return uit;
}

Result<std::vector<std::map<std::string, domain::SchoolBedrag>>> GeldService::ArrangementBedragen(
    const std::string& swv, int van, int tot) {
  PASSEND_ASSIGN_OR_RETURN(const auto toekenningen, arrangementen_.ToekenningenMetStartIn(
                                                        swv, domain::SchoolYear(van).First(),
                                                        domain::SchoolYear(tot).Last()));
  std::vector<std::map<std::string, domain::SchoolBedrag>> uit;
  for (int j = van; j <= tot; ++j) {
    const domain::SchoolYear sj(j);
    PASSEND_ASSIGN_OR_RETURN(auto per_school,
                             domain::BedragenPerSchool(toekenningen, {sj.First(), sj.Last()}));
    uit.push_back(std::move(per_school));
  }
  return uit;
}

}  // namespace passend::app
