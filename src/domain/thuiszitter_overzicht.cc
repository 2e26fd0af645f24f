#include "domain/thuiszitter_overzicht.h"

#include <algorithm>
#include <map>
#include <set>

namespace passend::domain {

namespace {

using std::chrono::year_month;

// The cases per holiday region (by the identity of the holiday list), as TelThuiszitters
// wants them: "call it with the cases of one holiday region".
struct Regiogroep {
  const Schoolvakanties* vakanties = nullptr;
  std::vector<Verzuimmelding> meldingen;
};

std::vector<Regiogroep> PerRegio(std::span<const RegisterInvoer> invoer,
                                 const VakantiesVoor& vakanties) {
  std::vector<Regiogroep> groepen;
  for (const RegisterInvoer& i : invoer) {
    const Schoolvakanties* v = &vakanties(i.melding);
    auto it = std::find_if(groepen.begin(), groepen.end(),
                           [v](const Regiogroep& g) { return g.vakanties == v; });
    if (it == groepen.end()) it = groepen.insert(groepen.end(), Regiogroep{v, {}});
    it->meldingen.push_back(i.melding);
  }
  return groepen;
}

void Tel(Thuiszittertelling& totaal, const Thuiszittertelling& t) {
  totaal.thuiszitters += t.thuiszitters;
  totaal.absoluut_verzuim += t.absoluut_verzuim;
  totaal.langdurig_relatief_verzuim += t.langdurig_relatief_verzuim;
  totaal.langer_dan_vier_weken += t.langer_dan_vier_weken;
  totaal.langer_dan_drie_maanden += t.langer_dan_drie_maanden;
  totaal.zonder_aanbod += t.zonder_aanbod;
  totaal.ziek += t.ziek;
  totaal.vrijstellingen += t.vrijstellingen;
  totaal.relatief_verzuim += t.relatief_verzuim;
}

Thuiszittertelling TelGroepen(const std::vector<Regiogroep>& groepen, Date op,
                              const VerzuimTermijnen& termijnen) {
  Thuiszittertelling totaal;
  for (const Regiogroep& g : groepen) {
    Tel(totaal, TelThuiszitters(g.meldingen, op, termijnen, *g.vakanties));
  }
  return totaal;
}

Date LaatsteDag(year_month maand) {
  return Date{
      std::chrono::year_month_day_last{maand.year(), std::chrono::month_day_last{maand.month()}}};
}

int Index(Leeftijdsgroep groep) { return static_cast<int>(groep); }

int Index(Geslacht geslacht) {
  switch (geslacht) {
    case Geslacht::kMan:
      return 0;
    case Geslacht::kVrouw:
      return 1;
    case Geslacht::kOnbekend:
      return 2;
  }
  return 2;
}

}  // namespace

std::string_view LeeftijdsgroepCode(Leeftijdsgroep groep) {
  switch (groep) {
    case Leeftijdsgroep::k4Tot11:
      return "4-11";
    case Leeftijdsgroep::k12Tot15:
      return "12-15";
    case Leeftijdsgroep::k16Tot17:
      return "16-17";
    case Leeftijdsgroep::k18Plus:
      return "18+";
    case Leeftijdsgroep::kOnbekend:
      return "onbekend";
  }
  return "onbekend";
}

std::string_view LeeftijdsgroepNaam(Leeftijdsgroep groep) {
  switch (groep) {
    case Leeftijdsgroep::k4Tot11:
      return "4 tot en met 11 jaar";
    case Leeftijdsgroep::k12Tot15:
      return "12 tot en met 15 jaar";
    case Leeftijdsgroep::k16Tot17:
      return "16 en 17 jaar";
    case Leeftijdsgroep::k18Plus:
      return "18 jaar en ouder";
    case Leeftijdsgroep::kOnbekend:
      return "Onbekend";
  }
  return "Onbekend";
}

Leeftijdsgroep LeeftijdsgroepOp(std::optional<Date> geboortedatum, Date op) {
  if (!geboortedatum || !geboortedatum->ok() || *geboortedatum > op) {
    return Leeftijdsgroep::kOnbekend;
  }
  const int leeftijd = AgeOn(*geboortedatum, op);
  if (leeftijd < 4) return Leeftijdsgroep::kOnbekend;
  if (leeftijd <= 11) return Leeftijdsgroep::k4Tot11;
  if (leeftijd <= 15) return Leeftijdsgroep::k12Tot15;
  if (leeftijd <= 17) return Leeftijdsgroep::k16Tot17;
  return Leeftijdsgroep::k18Plus;
}

std::string_view GeslachtNaam(Geslacht geslacht) {
  switch (geslacht) {
    case Geslacht::kMan:
      return "Jongen";
    case Geslacht::kVrouw:
      return "Meisje";
    case Geslacht::kOnbekend:
      return "Onbekend";
  }
  return "Onbekend";
}

Date TrendBegin(Date peildatum, int maanden) {
  const year_month eerste =
      year_month{peildatum.year(), peildatum.month()} - std::chrono::months{maanden - 1};
  return Date{eerste.year(), eerste.month(), std::chrono::day{1}};
}

Thuiszittertelling TelOver(std::span<const RegisterInvoer> invoer, Date op,
                           const VerzuimTermijnen& termijnen, const VakantiesVoor& vakanties) {
  return TelGroepen(PerRegio(invoer, vakanties), op, termijnen);
}

ThuiszitterOverzicht BouwThuiszitterOverzicht(std::span<const RegisterInvoer> invoer,
                                              const OverzichtParameters& p,
                                              const VakantiesVoor& vakanties) {
  ThuiszitterOverzicht o;
  o.peildatum = p.peildatum;
  const auto groepen = PerRegio(invoer, vakanties);
  o.telling = TelGroepen(groepen, p.peildatum, p.termijnen);

  // The current thuiszitters, their signals, and age and sex per distinct child.
  std::set<int64_t> gezien;
  for (const RegisterInvoer& i : invoer) {
    const Verzuimmelding& m = i.melding;
    const VerzuimStatus status = StatusOp(m, p.peildatum, p.termijnen, vakanties(m));
    if (!status.thuiszitter) continue;
    HuidigeThuiszitter t;
    t.melding = m.id;
    t.leerling = m.leerling;
    t.type = m.type;
    t.swv = m.swv;
    t.gemeente = m.gemeente;
    t.startdatum = m.startdatum;
    t.dagen_thuis = status.dagen_thuis;
    t.langer_dan_drie_maanden = status.langer_dan_drie_maanden;
    t.aanbod_gedaan = status.aanbod_gedaan;
    t.signalen = status.signalen;
    t.leeftijdsgroep = LeeftijdsgroepOp(i.geboortedatum, p.peildatum);
    t.geslacht = i.geslacht;
    if (gezien.insert(m.leerling.value).second) {
      ++o.per_leeftijd[Index(t.leeftijdsgroep)];
      ++o.per_geslacht[Index(t.geslacht)];
    }
    o.thuiszitters.push_back(std::move(t));
  }
  std::stable_sort(o.thuiszitters.begin(), o.thuiszitters.end(),
                   [](const HuidigeThuiszitter& a, const HuidigeThuiszitter& b) {
                     if (a.dagen_thuis != b.dagen_thuis) return a.dagen_thuis > b.dagen_thuis;
                     return a.melding < b.melding;
                   });

  // The trend: each month counted on its last day (the peildatum in the peildatum's month);
  // "new" are the children who became a thuiszitter within the month (a case's onset, while
  // no other case of the child made it one the day before).
  std::map<int64_t, std::vector<std::size_t>> per_kind;
  for (std::size_t k = 0; k < invoer.size(); ++k) {
    per_kind[invoer[k].melding.leerling.value].push_back(k);
  }
  const Date begin = TrendBegin(p.peildatum, p.trend_maanden);
  for (year_month maand{begin.year(), begin.month()};
       maand <= year_month{p.peildatum.year(), p.peildatum.month()};
       maand += std::chrono::months{1}) {
    Maandcijfer c;
    c.maand = maand;
    c.peildag = std::min(LaatsteDag(maand), p.peildatum);
    const Thuiszittertelling t = TelGroepen(groepen, c.peildag, p.termijnen);
    c.thuiszitters = t.thuiszitters;
    c.langer_dan_drie_maanden = t.langer_dan_drie_maanden;
    const Date eerste{maand.year(), maand.month(), std::chrono::day{1}};
    std::set<int64_t> nieuw;
    for (std::size_t k = 0; k < invoer.size(); ++k) {
      const Verzuimmelding& m = invoer[k].melding;
      const auto vanaf = ThuiszitterVanaf(m, p.termijnen, vakanties(m));
      if (!vanaf || *vanaf < eerste || *vanaf > c.peildag) continue;
      // A child already at home by another case the day before is not new.
      const Date dag_ervoor = AddDays(*vanaf, -1);
      const auto& zaken = per_kind.at(m.leerling.value);
      const bool al_thuis = std::any_of(zaken.begin(), zaken.end(), [&](std::size_t j) {
        const Verzuimmelding& ander = invoer[j].melding;
        return j != k && IsThuiszitter(ander, dag_ervoor, p.termijnen, vakanties(ander));
      });
      if (!al_thuis) nieuw.insert(m.leerling.value);
    }
    c.nieuw = static_cast<int>(nieuw.size());
    o.trend.push_back(c);
  }

  // Seeds 003 and 004: the target is about children longer than 3 months at home.
  if (p.tussendoelen && Valideer(*p.tussendoelen)) {
    TussendoelenStand s;
    s.plan = *p.tussendoelen;
    s.jaar = SchoolYear::Containing(p.peildatum);
    s.gemeten = o.telling.langer_dan_drie_maanden;
    s.stand = StandVan(s.plan, s.jaar, s.gemeten);
    s.doelen = Doelen(s.plan);
    o.tussendoelen = std::move(s);
  }

  // domain.md §3.9: thuiszitters per 1,000 students, compared with the country.
  if (p.leerlingen > 0) {
    auto per_duizend = PerDuizend::Create(o.telling.thuiszitters, p.leerlingen);
    if (per_duizend) o.per_duizend = *per_duizend;
  }
  o.landelijk = p.landelijk;
  return o;
}

}  // namespace passend::domain
