#include "engine/demo_students.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string>
#include <vector>

#include "engine/demo_geography.h"
#include "engine/demo_names.h"
#include "engine/rng.h"

namespace passend::engine {
namespace {

using domain::Date;
using domain::SchoolSoort;
using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;
using std::chrono::years;

constexpr uint64_t kStreamBsn = 2;
constexpr uint64_t kStreamLeerlingen = 1000;  // + school index
constexpr int64_t kProgressStap = 50000;

// The BSN sequence walks the 10 million 8-digit prefixes 20000000..29999999 in a seed-dependent
// order (a modular permutation), so distinct indexes give distinct prefixes; the ninth digit
// is the check digit that makes the elfproef hold (prefixes whose check digit would be 10
// are skipped).
constexpr int64_t kBsnPrefixen = 10000000;

// Returns the BSN for an 8-digit prefix, or -1 when no ninth digit passes the elfproef.
int64_t BsnVoorPrefix(int64_t prefix) {
  // Elfproef: 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11, so d9 = (sum mod 11).
  int64_t som = 0;
  int64_t rest = prefix;
  for (int gewicht = 2; gewicht <= 9; ++gewicht) {
    som += gewicht * (rest % 10);
    rest /= 10;
  }
  const int64_t controle = som % 11;
  if (controle == 10) return -1;
  return prefix * 10 + controle;
}

struct Leeftijden {
  int min;
  int max;
  int ouder_promille;  // chance of one year above max (a year's delay)
  int instroom;        // usual age of entry into this kind of school
  int jongens_promille;
};

// Ages on the peildatum. Boys are over-represented in special education (about 70 % in
// public reporting on sbo/(v)so; approximation) and somewhat in pro; elsewhere 51 % (births).
Leeftijden LeeftijdenVan(SchoolSoort soort) {
  switch (soort) {
    case SchoolSoort::kBao:
      return {4, 11, 30, 4, 510};
    case SchoolSoort::kSbo:
      return {6, 12, 50, 6, 700};
    case SchoolSoort::kSo:
      return {4, 12, 0, 4, 700};
    case SchoolSoort::kVso:
      return {12, 19, 20, 12, 700};
    case SchoolSoort::kPro:
      return {12, 17, 20, 12, 580};
    case SchoolSoort::kVo:
      return {12, 17, 30, 12, 510};
  }
  return {4, 11, 0, 4, 510};
}

Date PlusJaren(Date date, int jaren) {
  Date result{date.year() + years{jaren}, date.month(), date.day()};
  // 29 February in a common year: the birthday counts from 1 March.
  if (!result.ok()) {
    const std::chrono::year_month_day_last laatste{result.year(),
                                                   std::chrono::month_day_last{result.month()}};
    result = Date{sys_days{laatste} + days{1}};
  }
  return result;
}

void AppendNaam(std::string& out, std::string_view voornaam, const Achternaam& achternaam) {
  out.append(voornaam).append(" ");
  if (!achternaam.tussenvoegsel.empty()) out.append(achternaam.tussenvoegsel).append(" ");
  out.append(achternaam.naam);
}

class LeerlingMaker {
 public:
  LeerlingMaker(const DemoStructure& structure, const DemoOptions& options)
      : s_(structure),
        options_(options),
        bsn_(options.seed),
        peildatum_(options.peildatum),
        // The school year starts on 1 August (WPO/WVO).
        schooljaar_(options.peildatum.month() >= std::chrono::August
                        ? options.peildatum.year()
                        : options.peildatum.year() - years{1}) {
    // Where cluster 1/2 students live: anywhere in the province of their school.
    const size_t provincies = Provincies().size();
    provincie_gemeenten_.resize(provincies);
    provincie_cumulatief_.resize(provincies);
    for (int i = 0; i < static_cast<int>(s_.gemeenten.size()); ++i) {
      const int p = s_.gemeenten[i].info->provincie;
      const int64_t vorige = provincie_cumulatief_[p].empty() ? 0 : provincie_cumulatief_[p].back();
      provincie_gemeenten_[p].push_back(i);
      provincie_cumulatief_[p].push_back(vorige + s_.gemeenten[i].gewicht);
    }
  }

  void Run(DemoSink& sink) {
    const int64_t totaal = s_.leerlingen;
    sink.Progress("leerlingen", 0, totaal);
    for (size_t i = 0; i < s_.scholen.size(); ++i) {
      const DemoSchool& school = s_.scholen[i];
      // One stream per school: a school's students do not depend on the other schools.
      Rng rng(options_.seed, kStreamLeerlingen + i);
      inschrijving_.school = school.school.code;
      for (int64_t n = 0; n < school.leerlingen; ++n) {
        Maak(rng, school);
        sink.Add(leerling_, inschrijving_);
        if (++gedaan_ % kProgressStap == 0 && gedaan_ != totaal) {
          sink.Progress("leerlingen", gedaan_, totaal);
        }
      }
    }
    sink.Progress("leerlingen", gedaan_, totaal);
  }

 private:
  int WoonGemeente(Rng& rng, const DemoSchool& school) {
    if (school.swv < 0) {
      const int p = s_.gemeenten[school.gemeente].info->provincie;
      const auto& cum = provincie_cumulatief_[p];
      const int64_t t = static_cast<int64_t>(rng.Below(static_cast<uint64_t>(cum.back())));
      return provincie_gemeenten_[p][PickCumulative(cum, t)];
    }
    // Regular schools draw mostly from their own town; special schools from the whole region.
    if (!domain::HasCluster(school.school.soort) && school.school.soort != SchoolSoort::kSbo &&
        school.school.soort != SchoolSoort::kPro && rng.PerMille(880)) {
      return school.gemeente;
    }
    const DemoSwv& swv = s_.swvs[school.swv];
    const int64_t t = static_cast<int64_t>(rng.Below(static_cast<uint64_t>(swv.cumulatief.back())));
    return swv.gemeenten[PickCumulative(swv.cumulatief, t)];
  }

  void MaakVerzorger(Rng& rng, domain::Verzorger& v, std::string_view relatie,
                     const Achternaam& achternaam) {
    const bool vrouw = relatie == "moeder" || (relatie == "voogd" && rng.PerMille(600));
    const std::string_view voornaam = vrouw ? rng.Pick(Meisjesnamen()) : rng.Pick(Jongensnamen());
    v.naam.clear();
    AppendNaam(v.naam, voornaam, achternaam);
    v.relatie.assign(relatie);
    char telefoon[11] = {'0', '6', '-'};
    uint64_t nummer = 10000000 + rng.Below(90000000);
    for (int i = 10; i >= 3; --i) {
      telefoon[i] = static_cast<char>('0' + nummer % 10);
      nummer /= 10;
    }
    v.telefoon.assign(telefoon, 11);
    v.email.clear();
    AppendEmailLocal(v.email, voornaam, achternaam.tussenvoegsel, achternaam.naam);
    // Only the reserved example domains (RFC 2606 / SIDN): no mail can reach a real person.
    v.email.append(rng.PerMille(500) ? "@example.nl" : "@example.com");
  }

  void Maak(Rng& rng, const DemoSchool& school) {
    const SchoolSoort soort = school.school.soort;
    const Leeftijden l = LeeftijdenVan(soort);
    domain::Leerling& ll = leerling_;
    ll.id.value = gedaan_ + 1;

    const bool jongen = rng.PerMille(l.jongens_promille);
    ll.geslacht = jongen ? domain::Geslacht::kMan : domain::Geslacht::kVrouw;
    ll.voornaam.assign(jongen ? rng.Pick(Jongensnamen()) : rng.Pick(Meisjesnamen()));
    const Achternaam& achternaam = rng.Pick(Achternamen());
    ll.tussenvoegsel.assign(achternaam.tussenvoegsel);
    ll.achternaam.assign(achternaam.naam);

    // Age on the peildatum, then a birthday anywhere in the year that gives that age.
    int leeftijd = rng.Range(l.min, l.max);
    if (l.ouder_promille > 0 && rng.PerMille(l.ouder_promille)) leeftijd = l.max + 1;
    const Date verjaardag = PlusJaren(peildatum_, -leeftijd);
    ll.geboortedatum = Date{sys_days{verjaardag} - days{rng.Range(0, 364)}};

    char bsn[9];
    int64_t nummer = bsn_.Next();
    for (int i = 8; i >= 0; --i) {
      bsn[i] = static_cast<char>('0' + nummer % 10);
      nummer /= 10;
    }
    ll.bsn = Must(domain::Bsn::Parse(std::string_view(bsn, 9)));

    const int woon = WoonGemeente(rng, school);
    const GemeenteInfo& info = *s_.gemeenten[woon].info;
    ll.woongemeente = s_.gemeenten[woon].gemeente.code;
    ll.postcode = MakePostcode(rng, info);
    ll.woonpositie = Jitter(rng, {info.lat, info.lon}, StraalMeter(info));

    // Parents: two in most families; otherwise mostly the mother; a guardian now and then.
    const uint64_t r = rng.Below(1000);
    if (r < 780) {
      ll.verzorgers.resize(2);
      const Achternaam& moeder_naam = rng.PerMille(500) ? achternaam : rng.Pick(Achternamen());
      const int eerste = rng.PerMille(650) ? 0 : 1;
      MaakVerzorger(rng, ll.verzorgers[eerste], "moeder", moeder_naam);
      MaakVerzorger(rng, ll.verzorgers[1 - eerste], "vader", achternaam);
    } else {
      ll.verzorgers.resize(1);
      if (r < 940) {
        MaakVerzorger(rng, ll.verzorgers[0], "moeder",
                      rng.PerMille(400) ? achternaam : rng.Pick(Achternamen()));
      } else if (r < 980) {
        MaakVerzorger(rng, ll.verzorgers[0], "vader", achternaam);
      } else {
        MaakVerzorger(rng, ll.verzorgers[0], "voogd", rng.Pick(Achternamen()));
      }
    }

    inschrijving_.leerling = ll.id;
    inschrijving_.van = StartDatum(rng, soort, l, leeftijd, ll.geboortedatum);
    inschrijving_.tot.reset();
  }

  // When the student started at this school: primary pupils mostly on their fourth birthday,
  // everyone else on 1 August of the year they came in, never before they could.
  Date StartDatum(Rng& rng, SchoolSoort soort, const Leeftijden& l, int leeftijd, Date geboren) {
    const Date vierde_verjaardag = PlusJaren(geboren, 4);
    if (soort == SchoolSoort::kBao && (leeftijd < 5 || rng.PerMille(900))) {
      return vierde_verjaardag;
    }
    int jaren = std::max(0, leeftijd - l.instroom);
    if (soort == SchoolSoort::kVo || soort == SchoolSoort::kPro) {
      // Regular progression: 12-year-olds in year 1, a late birthday sometimes a year behind.
      jaren = std::min(5, std::max(0, jaren - (rng.PerMille(300) ? 1 : 0)));
    } else {
      jaren = rng.Range(0, std::min(jaren, 6));
    }
    const Date start{schooljaar_ - years{jaren}, std::chrono::August, std::chrono::day{1}};
    return sys_days{start} < sys_days{vierde_verjaardag} ? vierde_verjaardag : start;
  }

  template <typename T>
  static T Must(domain::Result<T> result) {
    if (!result) {
      // The BSN sequence only yields valid numbers; anything else is a generator bug.
      std::fprintf(stderr, "demo: ongeldig gegenereerd gegeven\n");
      std::abort();
    }
    return *std::move(result);
  }

  const DemoStructure& s_;
  const DemoOptions& options_;
  BsnReeks bsn_;
  Date peildatum_;
  std::chrono::year schooljaar_;
  std::vector<std::vector<int>> provincie_gemeenten_;
  std::vector<std::vector<int64_t>> provincie_cumulatief_;
  domain::Leerling leerling_;
  domain::Inschrijving inschrijving_;
  int64_t gedaan_ = 0;
};

}  // namespace

BsnReeks::BsnReeks(uint64_t seed) {
  Rng rng(seed, kStreamBsn);
  offset_ = static_cast<int64_t>(rng.Below(kBsnPrefixen));
  do {
    stride_ = 1 + static_cast<int64_t>(rng.Below(kBsnPrefixen - 1));
  } while (std::gcd(stride_, kBsnPrefixen) != 1);
}

int64_t BsnReeks::Next() {
  int64_t bsn = -1;
  while (bsn < 0) {
    const int64_t prefix =
        20000000 + (offset_ + (volgende_++ % kBsnPrefixen) * stride_) % kBsnPrefixen;
    bsn = BsnVoorPrefix(prefix);
  }
  return bsn;
}

void GenerateLeerlingen(const DemoStructure& structure, const DemoOptions& options,
                        DemoSink& sink) {
  LeerlingMaker maker(structure, options);
  maker.Run(sink);
}

}  // namespace passend::engine
