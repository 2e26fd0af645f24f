#include "domain/thuiszitter_overzicht.h"

#include <algorithm>
#include <map>
#include <set>

namespace passend::domain {

namespace {

using std::chrono::year_month;

// The cases with each one's trigger dates, computed once with the holidays of its own SWV's
// region: they do not depend on the day asked about, and the school-week clock walks day by
// day, so a 13-month trend over thousands of cases must not recompute them per month.
struct Zaken {
  std::vector<Verzuimmelding> meldingen;
  std::vector<VerzuimKlok> klokken;
};

Zaken MetKlokken(std::span<const RegisterInvoer> invoer, const VerzuimTermijnen& termijnen,
                 const VakantiesVoor& vakanties) {
  Zaken z;
  z.meldingen.reserve(invoer.size());
  z.klokken.reserve(invoer.size());
  for (const RegisterInvoer& i : invoer) {
    z.meldingen.push_back(i.melding);
    z.klokken.push_back(KlokVan(i.melding, termijnen, vakanties(i.melding)));
  }
  return z;
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
  const Zaken z = MetKlokken(invoer, termijnen, vakanties);
  return TelThuiszitters(z.meldingen, z.klokken, op, termijnen);
}

ThuiszitterOverzicht BouwThuiszitterOverzicht(std::span<const RegisterInvoer> invoer,
                                              const OverzichtParameters& p,
                                              const VakantiesVoor& vakanties) {
  ThuiszitterOverzicht o;
  o.peildatum = p.peildatum;
  const Zaken zaken = MetKlokken(invoer, p.termijnen, vakanties);
  o.telling = TelThuiszitters(zaken.meldingen, zaken.klokken, p.peildatum, p.termijnen);

  // The current thuiszitters, their signals, and age and sex per distinct child.
  std::set<int64_t> gezien;
  for (std::size_t k = 0; k < invoer.size(); ++k) {
    const RegisterInvoer& i = invoer[k];
    const Verzuimmelding& m = i.melding;
    const VerzuimStatus status = StatusOp(m, p.peildatum, p.termijnen, zaken.klokken[k]);
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
    const Thuiszittertelling t =
        TelThuiszitters(zaken.meldingen, zaken.klokken, c.peildag, p.termijnen);
    c.thuiszitters = t.thuiszitters;
    c.langer_dan_drie_maanden = t.langer_dan_drie_maanden;
    const Date eerste{maand.year(), maand.month(), std::chrono::day{1}};
    std::set<int64_t> nieuw;
    for (std::size_t k = 0; k < invoer.size(); ++k) {
      const Verzuimmelding& m = invoer[k].melding;
      const auto& vanaf = zaken.klokken[k].thuiszitter_vanaf;
      if (!vanaf || *vanaf < eerste || *vanaf > c.peildag) continue;
      // A child already at home by another case the day before is not new.
      const Date dag_ervoor = AddDays(*vanaf, -1);
      const auto& van_kind = per_kind.at(m.leerling.value);
      const bool al_thuis = std::any_of(van_kind.begin(), van_kind.end(), [&](std::size_t j) {
        const Verzuimmelding& ander = invoer[j].melding;
        return j != k && StatusOp(ander, dag_ervoor, p.termijnen, zaken.klokken[j]).thuiszitter;
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
