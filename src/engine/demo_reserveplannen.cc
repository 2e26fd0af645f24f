#include "engine/demo_reserveplannen.h"

#include <algorithm>
#include <map>
#include <string>

namespace passend::engine {

namespace {

using domain::Cents;
using domain::Date;

// The states of the latest year whose deadline has passed.
enum class Toestand { kGeen, kConcept, kInstemming, kOpTijd, kTeLaat };

Date Dag(int jaar, unsigned maand, unsigned dag) {
  return Date{std::chrono::year{jaar}, std::chrono::month{maand}, std::chrono::day{dag}};
}

// A plan version for the accounts of `jaar` spending `boven` in the two years after it, 60 %
// and the rest (so the lines add up to exactly the amount above the threshold).
DemoReserveplan Plan(const domain::SwvCode& swv, int jaar, Cents boven, Date op) {
  DemoReserveplan p;
  p.swv = swv;
  p.bovenmatige_reserve = boven;
  p.plan.jaarrekening_jaar = jaar;
  const Cents eerste(boven.value() / 10 * 6);
  p.plan.regels = {
      {jaar + 1, eerste, "Extra ondersteuning op de scholen (onderwijsassistenten)"},
      {jaar + 2, Cents(boven.value() - eerste.value()), "Arrangementen en ambulante begeleiding"}};
  p.plan.toelichting = "Afbouw van de reserve boven de signaleringswaarde in twee jaar.";
  p.vastgelegd_op = op;
  return p;
}

// Adds the decision when it is dated on or before today.
void Besluit(DemoReserveplan& p, domain::PlanOrgaan orgaan, Date datum, Date vandaag) {
  if (datum > vandaag) return;
  p.besluiten.push_back({orgaan, true, datum, ""});
}

}  // namespace

DemoReserveplannen GenerateReserveplannen(const std::vector<DemoJaarrekening>& jaarrekeningen,
                                          const DemoOptions& options) {
  const Date vandaag = options.vandaag.value_or(options.peildatum);
  const domain::ReserveNorm norm;            // as config/bekostiging.json ships it
  const domain::ReserveplanTermijn termijn;  // idem
  // Per SWV (in code order) its amount above the threshold per year, and its income.
  std::map<std::string, std::pair<domain::SwvCode, std::map<int, Cents>>> boven;
  std::map<std::string, Cents> laatste_baten;
  for (const DemoJaarrekening& j : jaarrekeningen) {
    auto b = domain::Beoordeel(j.cijfers, norm);
    if (!b) continue;
    auto& [code, jaren] =
        boven.try_emplace(j.swv.str(), j.swv, std::map<int, Cents>{}).first->second;
    jaren[j.cijfers.jaar] = b->bovenmatige_reserve;
    laatste_baten[j.swv.str()] = j.cijfers.baten_totaal;
  }
  DemoReserveplannen uit;
  int plaats = 0;
  for (const auto& [naam, swv_jaren] : boven) {
    const auto& [swv, jaren] = swv_jaren;
    const int index = plaats++;
    // The latest year above the threshold whose deadline has passed.
    int laatst_verstreken = 0;
    for (const auto& [jaar, bedrag] : jaren) {
      if (jaar >= termijn.vanaf_jaar && bedrag > Cents(0) &&
          domain::ReserveplanDeadline(jaar, termijn) < vandaag) {
        laatst_verstreken = jaar;
      }
    }
    for (const auto& [jaar, bedrag] : jaren) {
      if (jaar < termijn.vanaf_jaar || bedrag <= Cents(0)) continue;
      const Date deadline = domain::ReserveplanDeadline(jaar, termijn);
      const Date opgesteld = Dag(jaar + 1, 10, 1);
      if (opgesteld > vandaag) continue;
      DemoReserveplan p = Plan(swv, jaar, bedrag, opgesteld);
      if (deadline >= vandaag) {
        // The current year: a concept (one in three), the OPR consented (one in three), or no
        // plan yet.
        if (index % 3 == 2) continue;
        if (index % 3 == 1) Besluit(p, domain::PlanOrgaan::kOpr, Dag(jaar + 1, 11, 15), vandaag);
        uit.plannen.push_back(std::move(p));
        continue;
      }
      Toestand toestand = Toestand::kOpTijd;
      if (jaar == laatst_verstreken) {
        toestand = index == 0 ? Toestand::kGeen : static_cast<Toestand>(index % 5);
      }
      if (toestand == Toestand::kGeen) continue;
      if (toestand != Toestand::kConcept) {
        Besluit(p, domain::PlanOrgaan::kOpr, Dag(jaar + 1, 11, 15), vandaag);
      }
      if (toestand == Toestand::kOpTijd) {
        Besluit(p, domain::PlanOrgaan::kInternToezicht, Dag(jaar + 1, 12, 15), vandaag);
      } else if (toestand == Toestand::kTeLaat) {
        // Approved two months after the deadline: withheld, then released.
        Besluit(p, domain::PlanOrgaan::kInternToezicht, domain::AddDays(deadline, 60), vandaag);
      }
      uit.plannen.push_back(std::move(p));
    }
    // The multi-year budget: this year and the next two, income growing 2 % a year; spending
    // the income plus a third of the latest reserve above the threshold each year.
    const int eerste = static_cast<int>(vandaag.year());
    const Cents baten = laatste_baten[naam];
    const Cents afbouw(jaren.empty() ? 0 : jaren.rbegin()->second.value() / 3);
    DemoMeerjarenbegroting m;
    m.swv = swv;
    m.begroting.eerste_jaar = eerste;
    m.begroting.toelichting = "Meerjarenbegroting bij het ondersteuningsplan (demowaarden).";
    int64_t jaarbaten = baten.value();
    for (int jaar = eerste; jaar < eerste + termijn.begroting_min_jaren; ++jaar) {
      jaarbaten = jaarbaten * 102 / 100;
      const int64_t organisatie = jaarbaten / 10;
      m.begroting.regels.push_back({jaar, domain::BegrotingSoort::kBaten,
                                    "Rijksbijdrage lichte en zware ondersteuning",
                                    Cents(jaarbaten)});
      m.begroting.regels.push_back({jaar, domain::BegrotingSoort::kLasten,
                                    "Toewijzingen en arrangementen",
                                    Cents(jaarbaten - organisatie + afbouw.value())});
      m.begroting.regels.push_back(
          {jaar, domain::BegrotingSoort::kLasten, "Organisatiekosten", Cents(organisatie)});
    }
    m.vastgelegd_op = std::max(Dag(eerste, 1, 15), domain::AddDays(vandaag, -300));
    if (m.vastgelegd_op > vandaag) m.vastgelegd_op = vandaag;
    if (index % 3 != 2) {
      m.instemming.push_back({domain::OprInstemming::kGevraagd, m.vastgelegd_op});
      const Date gegeven = domain::AddDays(m.vastgelegd_op, 30);
      if (index % 3 == 0 && gegeven <= vandaag) {
        m.instemming.push_back({domain::OprInstemming::kGegeven, gegeven});
      }
    }
    uit.begrotingen.push_back(std::move(m));
  }
  return uit;
}

}  // namespace passend::engine
