#include "app/demo_import.h"

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <tuple>
#include <vector>

#include "app/aanmelding_events.h"
#include "app/basisondersteuning_events.h"
#include "app/bericht_service.h"
#include "app/demo_opp_import.h"
#include "app/demo_tlv_import.h"
#include "app/geld_events.h"
#include "app/geschil_events.h"
#include "app/ondersteuning_events.h"
#include "app/ports_geschil.h"
#include "app/registry_service.h"
#include "app/reserveplan_events.h"
#include "app/verzuim_events.h"
#include "app/verzuim_service.h"
#include "engine/demo_opp.h"

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;

namespace {

// A clock that stands still: the events of a demo registration carry the day of the step they
// describe, so its timeline reads like one a school built up over weeks.
class StilstaandeKlok final : public Clock {
 public:
  explicit StilstaandeKlok(std::chrono::sys_seconds at) : at_(at) {}
  std::chrono::sys_seconds Now() const override { return at_; }

 private:
  std::chrono::sys_seconds at_;
};

// Writes generated records through the transaction's writer. Organisations get an event
// each; students are loaded as one bulk change per SWV (an event with the count), because
// 2.5 million identical "generated" events would say nothing a person could use.
class WritingSink final : public engine::DemoSink {
 public:
  WritingSink(Writer& writer, const BsnVault& vault, const Clock& clock, const Actor& actor,
              const ProgressFn& progress, domain::Date vandaag, const engine::DemoOptions& options)
      : writer_(writer),
        vault_(vault),
        clock_(clock),
        actor_(actor),
        progress_(progress),
        vandaag_(vandaag),
        opp_kandidaten_(options),
        tlv_kandidaten_(options) {}

  void Add(const domain::Gemeente& gemeente) override {
    if (!Ok(writer_.PutGemeente(gemeente))) return;
    ++telling_.gemeenten;
    Emit("GemeenteGeregistreerd", "gemeente/" + gemeente.code.str(), "",
         nlohmann::json{{"code", gemeente.code.str()}, {"naam", gemeente.naam}});
  }
  void Add(const domain::Samenwerkingsverband& swv) override {
    if (!Ok(writer_.PutSamenwerkingsverband(swv))) return;
    ++telling_.samenwerkingsverbanden;
    Emit("SamenwerkingsverbandGeregistreerd", "samenwerkingsverband/" + swv.code.str(),
         swv.code.str(), nlohmann::json{{"code", swv.code.str()}, {"naam", swv.naam}});
  }
  void Add(const domain::Bestuur& bestuur) override {
    if (!Ok(writer_.PutBestuur(bestuur))) return;
    ++telling_.besturen;
    Emit("BestuurGeregistreerd", "bestuur/" + bestuur.code, "",
         nlohmann::json{{"code", bestuur.code}, {"naam", bestuur.naam}});
  }
  void Add(const domain::School& school) override {
    if (!Ok(domain::Validate(school))) return;
    if (!Ok(writer_.PutSchool(school))) return;
    ++telling_.scholen;
    const std::string swv = school.swv ? school.swv->str() : "";
    school_swv_[school.code.str()] = swv;
    opp_kandidaten_.Add(school);
    tlv_kandidaten_.Add(school);
    Emit("SchoolGeregistreerd", "school/" + school.code.str(), swv,
         nlohmann::json{{"code", school.code.str()}, {"naam", school.naam}});
  }
  void Add(const domain::Ondersteuningsprofiel& gegenereerd) override {
    if (error_) return;
    // Checked and logged as OndersteuningService::LegVast does (no personal data, no audit).
    if (!Ok(domain::Valideer(gegenereerd, taxonomie_, vandaag_))) return;
    domain::Ondersteuningsprofiel p = gegenereerd;
    auto versie = writer_.InsertOndersteuningsprofiel(p);
    if (!Ok(versie)) return;
    p.versie = *versie;
    Append(Op(p.vastgesteld_op, 10), kOndersteuningsprofielVastgesteld,
           OndersteuningsprofielSubject(p.school.str()), p.swv, OndersteuningsprofielPayload(p));
  }
  void Add(const domain::BasisInvulling& gegenereerd) override {
    if (error_) return;
    // Checked and logged as BasisondersteuningService::LegVast does (no personal data).
    if (!Ok(domain::Valideer(gegenereerd, basisnorm_))) return;
    domain::BasisInvulling inv = gegenereerd;
    auto versie = writer_.InsertBasisInvulling(inv);
    if (!Ok(versie)) return;
    inv.versie = *versie;
    Append(Op(inv.vastgesteld_op, 10), kBasisondersteuningBeschreven,
           BasisInvullingSubject(inv.school.str()), inv.swv, BasisInvullingPayload(inv));
  }
  void Add(const domain::Leerling& leerling, const domain::Inschrijving& inschrijving) override {
    if (error_) return;
    auto swv_it = school_swv_.find(inschrijving.school.str());
    if (swv_it == school_swv_.end()) {
      error_ = domain::Error{ErrorCode::kInternal,
                             "Inschrijving bij onbekende school " + inschrijving.school.str(), ""};
      return;
    }
    auto id = writer_.InsertLeerling(leerling, vault_.Seal(leerling.bsn), swv_it->second);
    if (!Ok(id)) return;
    domain::Inschrijving stored = inschrijving;
    stored.leerling = *id;
    if (!Ok(writer_.InsertInschrijving(stored, swv_it->second))) return;
    opp_kandidaten_.Add(leerling, stored);
    tlv_kandidaten_.Add(leerling, stored);
    ++telling_.leerlingen;
    ++leerlingen_per_swv_[swv_it->second];
  }
  void Add(const engine::DemoSwvInstellingen& d) override {
    if (error_) return;
    // Checked as SwvInstellingenService::Wijzig checks them, with the event it writes.
    if (!Ok(domain::Valideer(d.instellingen))) return;
    if (!Ok(writer_.PutSwvInstellingen(d.swv.str(), d.instellingen))) return;
    Append(clock_, kSwvInstellingenGewijzigd, SwvInstellingenSubject(d.swv.str()), d.swv.str(),
           SwvInstellingenPayload(d.instellingen));
    instellingen_[d.swv.str()] = d.instellingen;
  }
  void Add(const engine::DemoJaarrekening& d) override {
    if (error_) return;
    // As GeldService::LegJaarrekeningVast: checked, stored as version 1 and logged, on 1 July
    // of the next year (the accounts' deadline), by the SWV.
    if (!Ok(domain::Valideer(d.cijfers))) return;
    const domain::Date op{std::chrono::year{d.cijfers.jaar + 1}, std::chrono::July,
                          std::chrono::day{1}};
    const StilstaandeKlok klok = Op(op, 10);
    JaarrekeningRecord record{d.swv.str(), 1, d.cijfers, klok.Now(), actor_.gebruiker};
    auto versie = writer_.InsertJaarrekening(record);
    if (!Ok(versie)) return;
    record.versie = *versie;
    Append(klok, kJaarrekeningVastgelegd, JaarrekeningSubject(d.swv.str(), d.cijfers.jaar),
           d.swv.str(), JaarrekeningPayload(record));
  }
  void Add(const engine::DemoReserveplan& d) override {
    if (error_) return;
    // As ReserveplanService::LegPlanVast and LegBesluitVast: checked, stored and logged on
    // their own dates, by the SWV (organisation records: events, no audit of a student).
    if (!Ok(domain::ValideerPlan(d.plan, d.bovenmatige_reserve, domain::ReserveplanTermijn{})))
      return;
    ReserveplanRecord record;
    record.swv = d.swv.str();
    record.bovenmatige_reserve = d.bovenmatige_reserve;
    record.plan = d.plan;
    record.vastgelegd_op = Op(d.vastgelegd_op, 10).Now();
    record.vastgelegd_door = actor_.gebruiker;
    if (!Ok(writer_.InsertReserveplan(record))) return;
    Append(Op(d.vastgelegd_op, 10), kReserveplanVastgelegd, ReserveplanSubject(record.id),
           record.swv, ReserveplanPayload(record));
    std::vector<domain::PlanBesluit> eerder;
    for (const domain::PlanBesluit& b : d.besluiten) {
      if (!Ok(domain::ToetsBesluit(eerder, b, d.vastgelegd_op, vandaag_))) return;
      const StilstaandeKlok klok = Op(b.datum, 16);
      eerder.push_back(b);
      if (!Ok(writer_.InsertPlanBesluit(record.id, static_cast<int>(eerder.size()),
                                        PlanBesluitRecord{b, klok.Now(), actor_.gebruiker})))
        return;
      Append(klok, kReserveplanBesluit, ReserveplanSubject(record.id), record.swv,
             PlanBesluitPayload(record.id, b));
    }
  }
  void Add(const engine::DemoMeerjarenbegroting& d) override {
    if (error_) return;
    // As ReserveplanService::LegBegrotingVast and LegInstemmingVast.
    if (!Ok(domain::Valideer(d.begroting, domain::ReserveplanTermijn{}.begroting_min_jaren,
                             vandaag_)))
      return;
    MeerjarenbegrotingRecord record;
    record.swv = d.swv.str();
    record.begroting = d.begroting;
    record.vastgelegd_op = Op(d.vastgelegd_op, 10).Now();
    record.vastgelegd_door = actor_.gebruiker;
    if (!Ok(writer_.InsertMeerjarenbegroting(record))) return;
    Append(Op(d.vastgelegd_op, 10), kMeerjarenbegrotingVastgelegd,
           MeerjarenbegrotingSubject(record.id), record.swv, MeerjarenbegrotingPayload(record));
    std::vector<domain::InstemmingStap> eerder;
    for (const domain::InstemmingStap& s : d.instemming) {
      if (!Ok(domain::ToetsInstemming(eerder, s, vandaag_))) return;
      const StilstaandeKlok klok = Op(s.datum, 16);
      eerder.push_back(s);
      if (!Ok(writer_.InsertInstemmingStap(record.id, static_cast<int>(eerder.size()),
                                           InstemmingStapRecord{s, klok.Now(), actor_.gebruiker})))
        return;
      Append(klok, kBegrotingInstemming, MeerjarenbegrotingSubject(record.id), record.swv,
             InstemmingStapPayload(record.id, s));
    }
  }
  void Add(const engine::DemoToewijzing& d) override {
    if (error_) return;
    // As GeldService::LegToewijzingVast: checked, stored and logged, on 1 September of the
    // school year, by the SWV.
    if (!Ok(domain::Valideer(d.toewijzing))) return;
    const domain::Date op{std::chrono::year{d.toewijzing.schooljaar.start_year()},
                          std::chrono::September, std::chrono::day{1}};
    const StilstaandeKlok klok = Op(op, 10);
    ToewijzingRecord record{0, d.swv.str(), d.toewijzing, "", klok.Now(), actor_.gebruiker};
    auto id = writer_.InsertToewijzing(record);
    if (!Ok(id)) return;
    record.id = *id;
    Append(klok, kToewijzingVastgelegd, ToewijzingSubject(record.id), d.swv.str(),
           ToewijzingPayload(record));
  }
  void Add(const engine::DemoTussendoelen& d) override {
    if (error_) return;
    // The SWV sets its interim targets once it measured its baseline: a change of its
    // settings, checked and logged as SwvInstellingenService::Wijzig does.
    auto it = instellingen_.find(d.swv.str());
    if (it == instellingen_.end()) {
      error_ =
          domain::Error{ErrorCode::kInternal,
                        "Tussendoelen van een onbekend samenwerkingsverband " + d.swv.str(), ""};
      return;
    }
    domain::SwvInstellingen& instellingen = it->second;
    instellingen.verzuim.tussendoelen = d.plan;
    if (!Ok(domain::Valideer(instellingen))) return;
    if (!Ok(writer_.PutSwvInstellingen(d.swv.str(), instellingen))) return;
    Append(clock_, kSwvInstellingenGewijzigd, SwvInstellingenSubject(d.swv.str()), d.swv.str(),
           SwvInstellingenPayload(instellingen));
  }
  void Add(const domain::Aanmelding& gegenereerd) override {
    if (error_) return;
    auto swv_it = school_swv_.find(gegenereerd.school.str());
    if (swv_it == school_swv_.end()) {
      error_ = domain::Error{ErrorCode::kInternal,
                             "Aanmelding bij onbekende school " + gegenereerd.school.str(), ""};
      return;
    }
    // The steps are replayed through the domain's rules, as AanmeldingService takes them, so
    // the demo holds nothing the rules would refuse, and each step gets the event the use
    // case writes for it.
    domain::Aanmelding a = gegenereerd;
    a.id = 0;
    a.swv = swv_it->second;
    a.verlenging_dagen = 0;
    a.verlenging_reden.clear();
    a.verlengd_op.reset();
    a.besluit.reset();
    if (!Ok(domain::Valideer(a))) return;
    const std::string geregistreerd = GeregistreerdPayload(a, UitersteBeslisdatum(a, termijnen_));
    // The parents get the messages the use case would have sent them, step by step.
    std::vector<std::pair<std::string, std::string>> berichten{
        OudersBericht(kAanmeldingGeregistreerd, a, UitersteBeslisdatum(a, termijnen_), termijnen_)};
    std::string verlengd;
    if (gegenereerd.verlenging_dagen > 0) {
      if (!Ok(domain::Verleng(a, termijnen_, gegenereerd.verlenging_dagen,
                              gegenereerd.verlenging_reden,
                              gegenereerd.verlengd_op.value_or(a.aanmelddatum)))) {
        return;
      }
      // The generator extends by whole weeks, as the API does.
      verlengd = VerlengdPayload(a, a.verlenging_dagen / 7, UitersteBeslisdatum(a, termijnen_));
      berichten.push_back(
          OudersBericht(kAanmeldingVerlengd, a, UitersteBeslisdatum(a, termijnen_), termijnen_));
    }
    std::string besloten;
    if (gegenereerd.besluit) {
      if (!Ok(domain::Beslis(a, termijnen_, *gegenereerd.besluit))) return;
      besloten = BeslotenPayload(*a.besluit);
      berichten.push_back(
          OudersBericht(kAanmeldingBesloten, a, UitersteBeslisdatum(a, termijnen_), termijnen_));
    }
    auto id = writer_.InsertAanmelding(a, UitersteBeslisdatum(a, termijnen_));
    if (!Ok(id)) return;
    ++telling_.aanmeldingen;
    // The generator numbers registrations 1..N; a dispute names its registration by that.
    if (gegenereerd.id > 0) {
      const auto index = static_cast<size_t>(gegenereerd.id);
      if (aanmeldingen_.size() <= index) aanmeldingen_.resize(index + 1);
      aanmeldingen_[index] = Opgeslagen{
          *id, a.besluit ? std::optional(a.besluit->datum) : std::optional<domain::Date>()};
    }
    const std::string subject = AanmeldingSubject(*id);
    const std::string link = "/aanmeldingen/" + std::to_string(*id);
    size_t stap = 0;
    Append(Op(a.aanmelddatum, 9), kAanmeldingGeregistreerd, subject, a.swv, geregistreerd);
    MeldOuders(Op(a.aanmelddatum, 9), a.leerling, berichten[stap++], link);
    if (a.verlengd_op) {
      Append(Op(*a.verlengd_op, 10), kAanmeldingVerlengd, subject, a.swv, verlengd);
      MeldOuders(Op(*a.verlengd_op, 10), a.leerling, berichten[stap++], link);
    }
    if (a.besluit) {
      Append(Op(a.besluit->datum, 11), kAanmeldingBesloten, subject, a.swv, besloten);
      MeldOuders(Op(a.besluit->datum, 11), a.leerling, berichten[stap++], link);
    }
  }
  void Add(const engine::DemoGeschil& gegenereerd) override {
    if (error_) return;
    GeschilRecord record;
    record.leerling = gegenereerd.leerling;
    record.school = gegenereerd.school;
    record.swv = gegenereerd.swv;
    record.onderwerp = gegenereerd.onderwerp;
    record.besluitdatum = gegenereerd.besluitdatum;
    record.omschrijving = gegenereerd.omschrijving;
    record.geopend_op = gegenereerd.geopend_op;
    record.ladder = gegenereerd.ladder;
    if (gegenereerd.aanmelding) {
      // As GeschilService::Open: the disputed decision is the registration's.
      const auto index = static_cast<size_t>(*gegenereerd.aanmelding);
      if (index >= aanmeldingen_.size() || aanmeldingen_[index].id == 0 ||
          aanmeldingen_[index].besluit != gegenereerd.besluitdatum) {
        error_ = domain::Error{ErrorCode::kInternal,
                               "Geschil over een onbekende of onbesliste aanmelding", ""};
        return;
      }
      record.aanmelding = aanmeldingen_[index].id;
    }
    // The steps are replayed through the domain's rules as GeschilService takes them, so each
    // gets the event and the parents' message the use case writes for it.
    auto geschil =
        domain::Geschil::Create(record.onderwerp, record.ladder, record.besluitdatum, gpo_);
    if (!Ok(geschil)) return;
    struct Gebeurtenis {
      domain::Date dag;
      const char* type;
      std::string payload;
      std::pair<std::string, std::string> bericht;
    };
    std::vector<Gebeurtenis> stappen;
    for (const domain::Stap& stap : gegenereerd.stappen) {
      if (!Ok(geschil->StartStap(stap.code, stap.start, stap.eigenaar))) return;
      stappen.push_back(
          {stap.start, kGeschilStapGestart, StapGestartPayload(*geschil), StapBericht(*geschil)});
      if (!stap.einde) continue;
      if (!Ok(geschil->SluitStap(*stap.einde, stap.uitkomst))) return;
      stappen.push_back({*stap.einde, kGeschilStapAfgerond, StapAfgerondPayload(*geschil),
                         StapBericht(*geschil)});
    }
    record.stappen = geschil->Stappen();
    auto id = writer_.InsertGeschil(record);
    if (!Ok(id)) return;
    ++telling_.geschillen;
    const std::string subject = GeschilSubject(*id);
    const std::string link = GeschilLink(*id);
    // A dispute's events follow each other in time even when two steps share a day.
    StilstaandeKlok klok = Op(record.geopend_op, 13);
    Append(klok, kGeschilGeopend, subject, record.swv, GeopendPayload(record));
    if (record.aanmelding) {
      Append(klok, kAanmeldingInGeschil, AanmeldingSubject(*record.aanmelding), record.swv,
             InGeschilPayload(*id));
    }
    for (const Gebeurtenis& stap : stappen) {
      klok = Na(Op(stap.dag, 14), klok);
      Append(klok, stap.type, subject, record.swv, stap.payload);
      MeldOuders(klok, record.leerling, stap.bericht, link);
    }
  }
  void Add(const engine::DemoVerzuim& gegenereerd) override {
    if (error_) return;
    // Replayed as VerzuimService takes the steps: registered (domain::Valideer on the demo's
    // "today"), then the offer, the hand-over and the end, each with the event the use case
    // writes and its payload (app/verzuim_events.h).
    VerzuimRecord record;
    domain::Verzuimmelding& m = record.melding;
    m = gegenereerd.melding;
    m.id = 0;
    m.einddatum.reset();
    m.reden_einde.reset();
    m.toelichting_einde.clear();
    m.aanbod.reset();
    if (!Ok(domain::Valideer(m, vandaag_))) return;
    struct Stap {
      domain::Date dag;
      int uur;
      const char* type;
      std::string payload;
      std::string subject = "";  // empty: the case's
    };
    std::vector<Stap> stappen{{m.startdatum, 9, kVerzuimGemeld, VerzuimGemeldPayload(m)}};
    if (m.type == domain::VerzuimType::kVrijstelling5a || m.artsverklaring || gegenereerd.advies) {
      // As VerzuimService::GeefAdvies and Registreer on the start date: the SWV's advice is
      // stored first when given, then the exemption is checked against the SWV's setting.
      std::optional<domain::Vrijstellingsadvies> advies = gegenereerd.advies;
      if (advies) {
        if (!Ok(domain::Valideer(*advies, m.startdatum))) return;
        auto advies_id = writer_.InsertVrijstellingsadvies(*advies, actor_.gebruiker);
        if (!Ok(advies_id)) return;
        advies->id = *advies_id;
        m.advies = *advies_id;
        stappen.push_back({advies->datum, 8, kVrijstellingsadviesGegeven,
                           VrijstellingsadviesPayload(*advies),
                           VrijstellingsadviesSubject(*advies_id)});
      }
      const auto it = instellingen_.find(m.swv.str());
      const bool nodig = it == instellingen_.end() || it->second.verzuim.advies_voor_vrijstelling;
      if (!Ok(domain::ValideerVrijstelling(m, advies, nodig, m.startdatum, vrijstelling_))) return;
    }
    if (const auto& aanbod = gegenereerd.melding.aanbod) {
      if (!Ok(domain::RegistreerAanbod(m, *aanbod))) return;
      stappen.push_back({aanbod->datum, 10, kVerzuimAanbodGedaan, VerzuimAanbodPayload(*aanbod)});
    }
    if (const auto& op = gegenereerd.overgedragen_op) {
      // Seed 003 §4.3: only a thuiszitter at home at least 4 school weeks, while at home.
      const auto trigger = domain::ConsulentDatum(m, termijnen_verzuim_, geen_vakanties_);
      const auto& einde = gegenereerd.melding.einddatum;
      if (!trigger || *op < *trigger || *op > vandaag_ || (einde && *op >= *einde)) {
        error_ = domain::Error{ErrorCode::kInternal,
                               "Overdracht aan de onderwijsconsulent buiten de termijn", ""};
        return;
      }
      record.overgedragen_op = *op;
      const int dagen_thuis =
          domain::StatusOp(m, *op, termijnen_verzuim_, geen_vakanties_).dagen_thuis;
      stappen.push_back(
          {*op, 11, kVerzuimOvergedragen, VerzuimOvergedragenPayload(*op, dagen_thuis)});
    }
    for (const domain::Doorbraak& d : gegenereerd.doorbraken) {
      // As VerzuimService::VraagDoorbraak and BesluitDoorbraak, on their days.
      auto doorbraak = domain::VraagDoorbraak(m, record.doorbraken, d.aangevraagd_op,
                                              d.aangevraagd_door, d.reden, d.doorzettingsmacht);
      if (!Ok(doorbraak)) return;
      stappen.push_back(
          {d.aangevraagd_op, 13, kDoorbraakGevraagd, DoorbraakGevraagdPayload(*doorbraak)});
      if (d.besluit_op) {
        if (!Ok(domain::BesluitDoorbraak(*doorbraak, *d.besluit_op, d.besluit, d.besloten_door))) {
          return;
        }
        stappen.push_back(
            {*d.besluit_op, 14, kDoorbraakBesloten, DoorbraakBeslotenPayload(*doorbraak)});
      }
      record.doorbraken.push_back(std::move(*doorbraak));
    }
    if (const auto& einde = gegenereerd.melding.einddatum) {
      if (!gegenereerd.melding.reden_einde) {
        error_ = domain::Error{ErrorCode::kInternal, "Einde van een melding zonder reden", ""};
        return;
      }
      const domain::Beeindiging reden = *gegenereerd.melding.reden_einde;
      if (!Ok(domain::Beeindig(m, *einde, reden, gegenereerd.melding.toelichting_einde))) return;
      stappen.push_back({*einde, 12, kVerzuimBeeindigd, VerzuimBeeindigdPayload(*einde, reden)});
    }
    auto id = writer_.InsertVerzuim(record);
    if (!Ok(id)) return;
    if (!record.doorbraken.empty()) {
      // The escalations are stored with the case's changes (as the use case stores them).
      record.melding.id = *id;
      if (!Ok(writer_.UpdateVerzuim(record))) return;
    }
    ++telling_.verzuimmeldingen;
    std::stable_sort(stappen.begin(), stappen.end(), [](const Stap& a, const Stap& b) {
      return std::tie(a.dag, a.uur) < std::tie(b.dag, b.uur);
    });
    const std::string subject = VerzuimSubject(*id);
    const std::string swv = m.swv.str();
    for (const Stap& stap : stappen) {
      Append(Op(stap.dag, stap.uur), stap.type, stap.subject.empty() ? subject : stap.subject, swv,
             stap.payload);
    }
  }
  void Progress(std::string_view phase, int64_t done, int64_t total) override {
    if (progress_) progress_(phase, done, total);
  }

  // Closes the import with one event per SWV for its students and one for the whole run.
  Result<DemoTelling> Finish(const engine::DemoOptions& options) {
    // The plans (OPP) of the students chosen on the way, in every consent state.
    if (!error_) {
      const auto opps = opp_kandidaten_.Genereer();
      if (auto events = SchrijfDemoOpps(writer_, opps, actor_, clock_.Now()); Ok(events)) {
        telling_.events += *events;
        telling_.opps = static_cast<int64_t>(opps.size());
      }
    }
    // The TLVs and arrangementen of the students seen on the way (engine/demo_tlv.h).
    if (!error_) {
      Progress("tlv en arrangementen", 0, 1);
      auto tlv =
          SchrijfDemoTlvs(writer_, tlv_kandidaten_.Genereer(), actor_, clock_.Now(), vandaag_);
      if (Ok(tlv)) {
        telling_.events += tlv->events;
        telling_.tlv_aanvragen = tlv->tlv_aanvragen;
        telling_.toekenningen = tlv->toekenningen;
      }
      Progress("tlv en arrangementen", 1, 1);
    }
    for (const auto& [swv, count] : leerlingen_per_swv_) {
      Emit("LeerlingenGeladen", "samenwerkingsverband/" + swv, swv,
           nlohmann::json{{"aantal", count}, {"bron", "demo"}});
    }
    Emit("DemoGegenereerd", "register", "",
         nlohmann::json{
             {"schaal", options.scale == engine::DemoScale::kLand ? "land" : "regio"},
             {"seed", options.seed},
             {"vandaag", domain::FormatIsoDate(options.vandaag.value_or(options.peildatum))},
             {"leerlingen", telling_.leerlingen},
             {"scholen", telling_.scholen},
             {"aanmeldingen", telling_.aanmeldingen},
             {"geschillen", telling_.geschillen},
             {"verzuimmeldingen", telling_.verzuimmeldingen},
             {"tlvAanvragen", telling_.tlv_aanvragen},
             {"arrangementToekenningen", telling_.toekenningen}});
    if (error_) return std::unexpected(*error_);
    return telling_;
  }

 private:
  template <typename T>
  bool Ok(const Result<T>& result) {
    if (error_) return false;
    if (!result) error_ = result.error();
    return result.has_value();
  }
  void Emit(std::string type, std::string subject, std::string swv, const nlohmann::json& body) {
    Append(clock_, std::move(type), std::move(subject), std::move(swv), body.dump());
  }
  void Append(const Clock& klok, std::string type, std::string subject, std::string swv,
              std::string payload) {
    if (error_) return;
    if (Ok(writer_.AppendEvent(MakeEvent(klok, actor_, std::move(type), std::move(subject),
                                         std::move(swv), std::move(payload))))) {
      ++telling_.events;
    }
  }
  void MeldOuders(const Clock& klok, domain::LeerlingId leerling,
                  const std::pair<std::string, std::string>& bericht, const std::string& link) {
    if (error_) return;
    Ok(Meld(writer_, klok, leerling, bericht.first, bericht.second, link));
  }
  // `uur` o'clock UTC on `dag`, never later than the import itself.
  StilstaandeKlok Op(domain::Date dag, int uur) const {
    const std::chrono::sys_seconds at = std::chrono::sys_days{dag} + std::chrono::hours{uur};
    return StilstaandeKlok(std::min(clock_.Now(), at));
  }
  // `at`, or a minute after `vorige` when that is not later (still never after the import).
  StilstaandeKlok Na(const StilstaandeKlok& at, const StilstaandeKlok& vorige) const {
    if (at.Now() > vorige.Now()) return at;
    return StilstaandeKlok(std::min(clock_.Now(), vorige.Now() + std::chrono::minutes{1}));
  }

  // A stored registration: its id in the store and its decision date.
  struct Opgeslagen {
    int64_t id = 0;
    std::optional<domain::Date> besluit;
  };

  Writer& writer_;
  const BsnVault& vault_;
  const Clock& clock_;
  const Actor& actor_;
  const ProgressFn& progress_;
  const domain::Date vandaag_;  // the demo's "today" (DemoOptions::vandaag)
  // The demo profiles use the built-in taxonomy (engine/demo_profielen.h).
  const domain::Ondersteuningstaxonomie taxonomie_ = domain::StandaardTaxonomie();
  // The demo accounts answer the built-in national norm (engine/demo_basisondersteuning.h).
  const domain::Basisondersteuningsnorm basisnorm_ = domain::StandaardNorm();
  // The default verzuim terms; the demo knows no region's holidays, so the 4-school-week
  // clock of a hand-over is checked without them, as the generator counts it.
  const domain::VerzuimTermijnen termijnen_verzuim_{};
  const domain::Schoolvakanties geen_vakanties_{};
  // The exemption's default terms (a year; an advice at most a year old), as the generator's.
  const domain::VrijstellingTermijnen vrijstelling_{};
  // The law's terms, which the generator uses too; the stored deadline keeps them, so a
  // configuration with other terms changes only when a registration shows as nearly due.
  const domain::ZorgplichtTermijnen termijnen_{};
  // The GPO's known terms, which the generator uses too (GeschilService takes the configured
  // ones; the stored steps keep the terms they started with).
  const domain::GpoTermijnen gpo_{};
  std::optional<domain::Error> error_;
  DemoTelling telling_;
  std::map<std::string, std::string> school_swv_;
  std::map<std::string, domain::SwvInstellingen> instellingen_;  // by SWV code, as stored
  std::map<std::string, int64_t> leerlingen_per_swv_;
  std::vector<Opgeslagen> aanmeldingen_;  // by the generator's registration id
  engine::OppKandidaten opp_kandidaten_;  // who gets a plan (engine/demo_opp.h)
  engine::TlvKandidaten tlv_kandidaten_;  // TLVs and arrangementen (engine/demo_tlv.h)
};

}  // namespace

Result<DemoTelling> DemoImport::Run(const Actor& actor, const engine::DemoOptions& options,
                                    const ProgressFn& progress) {
  if (!options.peildatum.ok()) {
    return Fail(ErrorCode::kInvalid, "De peildatum van de demogegevens is ongeldig.", "peildatum");
  }
  PASSEND_ASSIGN_OR_RETURN(auto existing, queries_.ListSamenwerkingsverbanden(PageRequest{1, 1}));
  if (existing.total > 0) {
    return Fail(ErrorCode::kConflict,
                "De database bevat al gegevens; demogegevens worden alleen in een lege database "
                "geladen. Kies een ander --db-pad.");
  }
  engine::DemoOptions opties = options;
  if (!opties.vandaag) {
    // UTC, like AanmeldingService::Vandaag, so the statuses the service computes are the
    // ones the generator aimed at.
    opties.vandaag = domain::Date{std::chrono::floor<std::chrono::days>(clock_.Now())};
  }
  if (!opties.vandaag->ok()) {
    return Fail(ErrorCode::kInvalid, "De datum van vandaag voor de demogegevens is ongeldig.",
                "vandaag");
  }
  DemoTelling telling;
  PASSEND_RETURN_IF_ERROR(work_.Run(
      [&](Writer& writer) -> Result<void> {
        WritingSink sink(writer, vault_, clock_, actor, progress, *opties.vandaag, opties);
        engine::GenerateDemo(opties, sink);
        PASSEND_ASSIGN_OR_RETURN(telling, sink.Finish(opties));
        return {};
      },
      /*bulk=*/true));
  return telling;
}

}  // namespace passend::app
