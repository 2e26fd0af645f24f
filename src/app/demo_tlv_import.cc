#include "app/demo_tlv_import.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "app/arrangement_events.h"
#include "app/bericht_service.h"
#include "app/registry_service.h"
#include "app/tlv_events.h"
#include "domain/school_year.h"

namespace passend::app {

using domain::Result;

namespace {

// A clock that stands still on the step's day: the events of a demo request carry the day of
// the step they describe, so its timeline reads like one built up over weeks.
class Klok final : public Clock {
 public:
  Klok(domain::Date dag, int uur, domain::Timestamp nu)
      : at_(std::min(nu, domain::Timestamp{std::chrono::sys_days{dag} + std::chrono::hours{uur}})) {
  }
  std::chrono::sys_seconds Now() const override { return at_; }

 private:
  domain::Timestamp at_;
};

// Decisions older than this are loaded without their steps' events and messages: the register
// as it stood when Passend started, one TlvsGeladen event per SWV (as the students are loaded),
// instead of hundreds of thousands of steps nobody took in Passend.
constexpr int kStappenDagen = 90;
constexpr char kTlvsGeladen[] = "TlvsGeladen";

// The parents' link to the request (docs/tlv.md: the TLV pages).
std::string TlvLink(int64_t id) { return "/tlv/" + std::to_string(id); }

class Schrijver {
 public:
  Schrijver(Writer& writer, const Actor& actor, domain::Timestamp nu, domain::Date vandaag)
      : writer_(writer), actor_(actor), nu_(nu), vandaag_(vandaag) {}

  Result<void> Event(domain::Date dag, int uur, const char* type, const std::string& subject,
                     const std::string& swv, std::string payload) {
    PASSEND_RETURN_IF_ERROR(writer_.AppendEvent(
        MakeEvent(Klok(dag, uur, nu_), actor_, type, subject, swv, std::move(payload))));
    ++telling_.events;
    return {};
  }

  // Replays `gegenereerd` as TlvService::VraagAan, VoegAdviesToe, Beslis, DienBezwaarIn,
  // RondBezwaarAf and VraagEvaluatie take its steps, each step's event payload taken as the
  // step leaves the request; then stores the request in its final state at once, its advices,
  // the events and the parents' messages.
  Result<void> Tlv(const domain::TlvAanvraag& gegenereerd, bool voor_demo_accounts) {
    // A decision long before today without a later step: part of the register Passend started
    // with (kStappenDagen).
    const bool stil = !voor_demo_accounts && gegenereerd.besluit && !gegenereerd.bezwaar &&
                      !gegenereerd.evaluatie_gevraagd_op &&
                      domain::DaysBetween(gegenereerd.besluit->datum, vandaag_) > kStappenDagen;
    struct Stap {
      domain::Date dag;
      int uur = 0;
      const char* type = "";
      std::string payload;
    };
    struct Bericht {
      domain::Date dag;
      int uur = 0;
      std::pair<std::string, std::string> tekst;
    };
    std::vector<Stap> stappen;
    std::vector<Bericht> berichten;
    domain::TlvAanvraag a = gegenereerd;
    a.id = 0;
    a.adviezen.clear();
    a.besluit.reset();
    a.bezwaar.reset();
    a.evaluatie_gevraagd_op.reset();
    PASSEND_RETURN_IF_ERROR(domain::Valideer(a, vandaag_));
    stappen.push_back({a.aangevraagd_op, 9, kTlvAangevraagd, TlvAangevraagdPayload(a)});
    for (const domain::Deskundigenadvies& advies : gegenereerd.adviezen) {
      PASSEND_RETURN_IF_ERROR(domain::VoegAdviesToe(a, advies, advies.datum));
      stappen.push_back({advies.datum, 10, kTlvAdviesToegevoegd, TlvAdviesPayload(a, advies)});
    }
    if (const auto& b = gegenereerd.besluit) {
      PASSEND_RETURN_IF_ERROR(domain::Beslis(a, *b));
      stappen.push_back({b->datum, 11, kTlvBesloten, TlvBeslotenPayload(*b)});
      berichten.push_back({b->datum, 11, TlvOudersBericht(a, termijnen_)});
    }
    if (const auto& z = gegenereerd.bezwaar) {
      PASSEND_RETURN_IF_ERROR(domain::DienBezwaarIn(a, z->ingediend_op, z->gronden, termijnen_));
      stappen.push_back({z->ingediend_op, 12, kTlvBezwaarIngediend, TlvBezwaarPayload(*a.bezwaar)});
      if (z->beslist_op) {
        PASSEND_RETURN_IF_ERROR(domain::RondBezwaarAf(a, *z->lbt_advies_op, z->lbt_advies,
                                                      *z->beslist_op, z->gegrond, z->beslissing));
        stappen.push_back(
            {*z->beslist_op, 13, kTlvBezwaarAfgerond, TlvBezwaarAfgerondPayload(*a.bezwaar)});
        berichten.push_back({*z->beslist_op, 13, TlvBezwaarOudersBericht(a)});
      }
    }
    if (const auto& op = gegenereerd.evaluatie_gevraagd_op) {
      PASSEND_RETURN_IF_ERROR(domain::VraagEvaluatie(a, *op));
      stappen.push_back({*op, 14, kTlvEvaluatieGevraagd, TlvEvaluatiePayload(*op)});
    }
    PASSEND_ASSIGN_OR_RETURN(a.id, writer_.InsertTlvAanvraag(a));
    ++telling_.tlv_aanvragen;
    const std::string swv = a.swv.str();
    for (const domain::Deskundigenadvies& advies : a.adviezen) {
      PASSEND_RETURN_IF_ERROR(writer_.InsertTlvAdvies(a.id, swv, advies, actor_.gebruiker));
    }
    if (stil) {
      ++geladen_[swv];
      return {};
    }
    const std::string subject = TlvSubject(a.id);
    for (Stap& stap : stappen) {
      PASSEND_RETURN_IF_ERROR(
          Event(stap.dag, stap.uur, stap.type, subject, swv, std::move(stap.payload)));
    }
    for (Bericht& bericht : berichten) {
      PASSEND_RETURN_IF_ERROR(Meld(writer_, Klok(bericht.dag, bericht.uur, nu_), a.leerling,
                                   std::move(bericht.tekst.first), std::move(bericht.tekst.second),
                                   TlvLink(a.id)));
    }
    return {};
  }

  // As ArrangementService::NieuwArrangement (and WijzigArrangement for one made inactive).
  Result<void> Arrangement(const domain::Arrangement& gegenereerd, domain::Date dag) {
    domain::Arrangement a = gegenereerd;
    PASSEND_RETURN_IF_ERROR(domain::Valideer(a));
    a.actief = true;
    PASSEND_ASSIGN_OR_RETURN(int64_t id, writer_.InsertArrangement(a));
    ids_[gegenereerd.id] = id;
    a.id = id;
    const std::string subject = ArrangementSubject(id);
    PASSEND_RETURN_IF_ERROR(
        Event(dag, 8, kArrangementAangemaakt, subject, a.swv.str(), ArrangementPayload(a)));
    ++telling_.arrangementen;
    if (gegenereerd.actief) return {};
    a.actief = false;
    PASSEND_RETURN_IF_ERROR(writer_.UpdateArrangement(a));
    return Event(dag, 9, kArrangementGewijzigd, subject, a.swv.str(), ArrangementPayload(a));
  }

  // As ArrangementService::KenToe and Beeindig.
  Result<void> Toekenning(const domain::Toekenning& gegenereerd,
                          const std::vector<domain::Arrangement>& catalogus) {
    const auto id = ids_.find(gegenereerd.arrangement);
    const auto index = static_cast<size_t>(gegenereerd.arrangement - 1);
    if (id == ids_.end() || index >= catalogus.size()) {
      return domain::Fail(domain::ErrorCode::kInternal, "Toekenning van een onbekend arrangement");
    }
    domain::Arrangement arrangement = catalogus[index];
    domain::Toekenning t = gegenereerd;
    t.arrangement = id->second;
    t.einde.reset();
    PASSEND_RETURN_IF_ERROR(domain::Valideer(t, arrangement));
    PASSEND_ASSIGN_OR_RETURN(t.id, writer_.InsertToekenning(t, actor_.gebruiker));
    ++telling_.toekenningen;
    const std::string subject = ToekenningSubject(t.id);
    // Assigned a few days before the support starts.
    PASSEND_RETURN_IF_ERROR(Event(domain::AddDays(t.van, -7), 10, kArrangementToegekend, subject,
                                  t.swv.str(), ToegekendPayload(t)));
    if (!gegenereerd.einde) return {};
    PASSEND_RETURN_IF_ERROR(domain::Beeindig(t, *gegenereerd.einde));
    PASSEND_RETURN_IF_ERROR(writer_.InsertToekenningEinde(t, actor_.gebruiker));
    return Event(t.einde->op, 11, kArrangementToekenningBeeindigd, subject, t.swv.str(),
                 ToekenningBeeindigdPayload(t));
  }

  // One event per SWV for the requests loaded without their steps.
  Result<void> Geladen() {
    for (const auto& [swv, aantal] : geladen_) {
      PASSEND_RETURN_IF_ERROR(writer_.AppendEvent(MakeEvent(
          Klok(vandaag_, 0, nu_), actor_, kTlvsGeladen, "samenwerkingsverband/" + swv, swv,
          nlohmann::json{
              {"aantal", aantal},
              {"bron", "demo"},
              {"beslotenVoor", domain::FormatIsoDate(domain::AddDays(vandaag_, -kStappenDagen))}}
              .dump())));
      ++telling_.events;
    }
    return {};
  }

  const DemoTlvTelling& telling() const { return telling_; }

 private:
  Writer& writer_;
  const Actor& actor_;
  domain::Timestamp nu_;
  domain::Date vandaag_;
  // The law's terms, which the generator uses too.
  const domain::TlvTermijnen termijnen_{};
  std::map<std::string, int64_t> geladen_;  // per SWV: requests loaded without their steps
  std::map<int64_t, int64_t> ids_;          // the generator's catalogue numbers → stored ids
  DemoTlvTelling telling_;
};

}  // namespace

Result<DemoTlvTelling> SchrijfDemoTlvs(Writer& writer, const engine::DemoTlvData& data,
                                       const Actor& actor, domain::Timestamp nu,
                                       domain::Date vandaag) {
  Schrijver schrijver(writer, actor, nu, vandaag);
  for (const engine::DemoTlv& t : data.tlvs) {
    PASSEND_RETURN_IF_ERROR(schrijver.Tlv(t.aanvraag, t.voor_demo_accounts));
  }
  PASSEND_RETURN_IF_ERROR(schrijver.Geladen());
  // The catalogues were set up before the oldest assignment: at the start of last school year.
  const domain::Date begin = domain::SchoolYear::Containing(vandaag).First();
  const domain::Date catalogus{begin.year() - std::chrono::years{1}, begin.month(), begin.day()};
  for (const domain::Arrangement& a : data.arrangementen) {
    PASSEND_RETURN_IF_ERROR(schrijver.Arrangement(a, domain::AddDays(catalogus, -30)));
  }
  for (const domain::Toekenning& t : data.toekenningen) {
    PASSEND_RETURN_IF_ERROR(schrijver.Toekenning(t, data.arrangementen));
  }
  return schrijver.telling();
}

}  // namespace passend::app
