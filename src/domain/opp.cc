#include "domain/opp.h"

#include <fmt/format.h>

namespace passend::domain {

namespace {

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

Result<void> Tekst(const std::string& text, const char* veld, const char* wat) {
  if (IsBlank(text) || text.size() > 4000) {
    return Fail(ErrorCode::kInvalid, fmt::format("Beschrijf {} (hoogstens 4.000 tekens).", wat),
                veld);
  }
  return {};
}

// Seed 003 and seed 000 #18: the OPP stays a short practical tool, so the goals are few.
constexpr size_t kMaxDoelen = 20;

}  // namespace

std::string_view UitstroomprofielCode(Uitstroomprofiel profiel) {
  switch (profiel) {
    case Uitstroomprofiel::kVervolgonderwijs:
      return "vervolgonderwijs";
    case Uitstroomprofiel::kArbeidsmarkt:
      return "arbeidsmarkt";
    case Uitstroomprofiel::kDagbesteding:
      return "dagbesteding";
  }
  return "vervolgonderwijs";
}

Result<Uitstroomprofiel> ParseUitstroomprofiel(std::string_view text) {
  for (auto p : {Uitstroomprofiel::kVervolgonderwijs, Uitstroomprofiel::kArbeidsmarkt,
                 Uitstroomprofiel::kDagbesteding}) {
    if (UitstroomprofielCode(p) == text) return p;
  }
  return Fail(ErrorCode::kInvalid,
              "Kies het uitstroomprofiel: vervolgonderwijs, arbeidsmarkt of dagbesteding.",
              "uitstroomprofiel");
}

std::string_view UitstroomprofielNaam(Uitstroomprofiel profiel) {
  switch (profiel) {
    case Uitstroomprofiel::kVervolgonderwijs:
      return "Vervolgonderwijs";
    case Uitstroomprofiel::kArbeidsmarkt:
      return "Arbeidsmarkt";
    case Uitstroomprofiel::kDagbesteding:
      return "Dagbesteding";
  }
  return "";
}

std::string_view InstemmingCode(Instemming instemming) {
  switch (instemming) {
    case Instemming::kGevraagd:
      return "gevraagd";
    case Instemming::kGegeven:
      return "gegeven";
    case Instemming::kGeweigerd:
      return "geweigerd";
  }
  return "gevraagd";
}

Result<Instemming> ParseInstemming(std::string_view text) {
  for (auto i : {Instemming::kGevraagd, Instemming::kGegeven, Instemming::kGeweigerd}) {
    if (InstemmingCode(i) == text) return i;
  }
  return Fail(ErrorCode::kInvalid, "Kies gegeven of geweigerd.", "besluit");
}

std::string_view InstemmingNaam(Instemming instemming) {
  switch (instemming) {
    case Instemming::kGevraagd:
      return "Instemming gevraagd";
    case Instemming::kGegeven:
      return "Instemming gegeven";
    case Instemming::kGeweigerd:
      return "Instemming geweigerd";
  }
  return "";
}

Result<void> Valideer(const Opp& opp, Date vandaag) {
  if (opp.leerling.value <= 0) {
    return Fail(ErrorCode::kInvalid, "Kies de leerling om wie het gaat.", "leerling");
  }
  if (!opp.plaatsingsdatum.ok() || opp.plaatsingsdatum > vandaag) {
    return Fail(ErrorCode::kInvalid, "De plaatsingsdatum ligt niet na vandaag.", "plaatsingsdatum");
  }
  return {};
}

Result<void> Valideer(const OppInhoud& inhoud, SchoolSoort onderwijs) {
  // Domain.md §3.4 (seed 003, seed 001): the expected destination with its reasoning (what
  // helps and what hinders), the support, and any deviation from the programme.
  PASSEND_RETURN_IF_ERROR(
      Tekst(inhoud.uitstroombestemming, "uitstroombestemming", "de verwachte uitstroombestemming"));
  // WEC art. 14a: every vso student has one of the three uitstroomprofielen; other schools have
  // none.
  if (onderwijs == SchoolSoort::kVso && !inhoud.uitstroomprofiel) {
    return Fail(ErrorCode::kInvalid,
                "Kies het uitstroomprofiel (vervolgonderwijs, arbeidsmarkt of dagbesteding): "
                "dat is verplicht in het vso.",
                "uitstroomprofiel");
  }
  if (onderwijs != SchoolSoort::kVso && inhoud.uitstroomprofiel) {
    return Fail(ErrorCode::kInvalid, "Een uitstroomprofiel hoort alleen bij het vso.",
                "uitstroomprofiel");
  }
  PASSEND_RETURN_IF_ERROR(
      Tekst(inhoud.bevorderende_factoren, "bevorderendeFactoren", "de bevorderende factoren"));
  PASSEND_RETURN_IF_ERROR(
      Tekst(inhoud.belemmerende_factoren, "belemmerendeFactoren", "de belemmerende factoren"));
  PASSEND_RETURN_IF_ERROR(
      Tekst(inhoud.ondersteuning, "ondersteuning", "de ondersteuning die de leerling krijgt"));
  if (inhoud.afwijkingen.size() > 4000) {
    return Fail(ErrorCode::kInvalid, "Beschrijf de afwijkingen in hoogstens 4.000 tekens.",
                "afwijkingen");
  }
  // The handelingsdeel: what the school will do, as goals (at least one).
  if (inhoud.doelen.empty() || inhoud.doelen.size() > kMaxDoelen) {
    return Fail(ErrorCode::kInvalid,
                "Het handelingsdeel heeft minstens één en hoogstens 20 doelen.", "doelen");
  }
  for (const auto& doel : inhoud.doelen) {
    if (IsBlank(doel) || doel.size() > 1000) {
      return Fail(ErrorCode::kInvalid, "Beschrijf elk doel (hoogstens 1.000 tekens).", "doelen");
    }
  }
  // Seed 000 #4: the student's own view, or why it could not be asked.
  return Valideer(inhoud.hoorrecht);
}

Result<void> StelVersieVast(Opp& opp, OppInhoud inhoud, Date op, std::string door) {
  PASSEND_RETURN_IF_ERROR(Valideer(inhoud, opp.onderwijs));
  if (!op.ok() || op < opp.plaatsingsdatum) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het plan wordt op of na de plaatsing ({}) vastgesteld.",
                            FormatDutchDate(opp.plaatsingsdatum)),
                "vastgesteldOp");
  }
  if (!opp.versies.empty() && op < opp.versies.back().vastgesteld_op) {
    return Fail(ErrorCode::kInvalid, "Een nieuwe versie valt niet voor de vorige.",
                "vastgesteldOp");
  }
  const int nummer = opp.versies.empty() ? 1 : opp.versies.back().nummer + 1;
  opp.versies.push_back(OppVersie{nummer, op, std::move(door), std::move(inhoud), {}});
  return {};
}

std::optional<Instemming> InstemmingVan(const OppVersie& versie) {
  if (versie.instemming.empty()) return std::nullopt;
  return versie.instemming.back().status;
}

Result<void> VraagInstemming(Opp& opp, Date op, std::string door) {
  if (opp.versies.empty()) {
    return Fail(ErrorCode::kRegel,
                "Er is nog geen versie van het plan vastgesteld om instemming op te vragen.");
  }
  OppVersie& versie = opp.versies.back();
  // One request per version: a refusal is answered with a new version, not a second request
  // for the same text.
  if (auto stand = InstemmingVan(versie)) {
    return Fail(ErrorCode::kConflict,
                fmt::format("Voor versie {} is de instemming al gevraagd ({}).", versie.nummer,
                            InstemmingCode(*stand)));
  }
  if (!op.ok() || op < versie.vastgesteld_op) {
    return Fail(ErrorCode::kInvalid, "De vraag om instemming volgt op de versie.", "datum");
  }
  versie.instemming.push_back(OppInstemmingStap{Instemming::kGevraagd, op, std::move(door), ""});
  return {};
}

Result<void> BeantwoordInstemming(Opp& opp, Instemming antwoord, Date op, std::string door,
                                  std::string toelichting) {
  if (antwoord == Instemming::kGevraagd) {
    return Fail(ErrorCode::kInvalid, "Kies gegeven of geweigerd.", "besluit");
  }
  if (opp.versies.empty() || InstemmingVan(opp.versies.back()) != Instemming::kGevraagd) {
    return Fail(ErrorCode::kRegel,
                "Er is geen vraag om instemming open voor de nieuwste versie van dit plan.");
  }
  OppVersie& versie = opp.versies.back();
  if (!op.ok() || op < versie.instemming.back().datum) {
    return Fail(ErrorCode::kInvalid, "Het antwoord volgt op de vraag.", "datum");
  }
  if (toelichting.size() > 4000) {
    return Fail(ErrorCode::kInvalid, "De toelichting is hoogstens 4.000 tekens.", "toelichting");
  }
  versie.instemming.push_back(
      OppInstemmingStap{antwoord, op, std::move(door), std::move(toelichting)});
  return {};
}

const OppVersie* VersieInWerking(const Opp& opp) {
  // WPO art. 40a / WEC art. 41a: the handelingsdeel needs the parents' consent; without it the
  // last consented version stays the one the school works with.
  for (auto it = opp.versies.rbegin(); it != opp.versies.rend(); ++it) {
    if (InstemmingVan(*it) == Instemming::kGegeven) return &*it;
  }
  return nullptr;
}

Result<void> LegEvaluatieVast(Opp& opp, OppEvaluatie evaluatie) {
  if (opp.versies.empty()) {
    return Fail(ErrorCode::kRegel, "Er is nog geen versie van het plan om te evalueren.");
  }
  if (!evaluatie.datum.ok() || evaluatie.datum < opp.versies.front().vastgesteld_op) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("De evaluatie valt op of na de eerste versie ({}).",
                            FormatDutchDate(opp.versies.front().vastgesteld_op)),
                "datum");
  }
  if (!opp.evaluaties.empty() && evaluatie.datum < opp.evaluaties.back().datum) {
    return Fail(ErrorCode::kInvalid, "De evaluatie valt niet voor de vorige evaluatie.", "datum");
  }
  if (IsBlank(evaluatie.met_wie) || evaluatie.met_wie.size() > 1000) {
    return Fail(ErrorCode::kInvalid,
                "Vul in met wie is geëvalueerd (de ouders en wie er verder bij waren).", "metWie");
  }
  PASSEND_RETURN_IF_ERROR(Tekst(evaluatie.conclusie, "conclusie", "de conclusie"));
  opp.evaluaties.push_back(std::move(evaluatie));
  return {};
}

OppStand StandVan(const Opp& opp, const OppTermijnen& termijnen) {
  OppStand stand;
  // WPO art. 40a, WEC art. 41a, WVO art. 26: within 6 weeks (a parameter) after placement.
  stand.vaststellen_uiterlijk = AddDays(opp.plaatsingsdatum, 7 * termijnen.vaststellen_weken);
  if (!opp.versies.empty()) {
    stand.vastgesteld_op = opp.versies.front().vastgesteld_op;
    stand.laatste_versie = opp.versies.back().nummer;
    stand.instemming = InstemmingVan(opp.versies.back());
  }
  if (const OppVersie* v = VersieInWerking(opp)) stand.versie_in_werking = v->nummer;
  if (!opp.evaluaties.empty()) stand.laatste_evaluatie = opp.evaluaties.back().datum;
  // The same articles: evaluated with the parents at least yearly, counted from the last
  // evaluation, or from the first version when there was none yet.
  if (stand.vastgesteld_op) {
    const Date basis = stand.laatste_evaluatie ? *stand.laatste_evaluatie : *stand.vastgesteld_op;
    stand.evaluatie_uiterlijk = PlusMaanden(basis, termijnen.evaluatie_maanden);
  }
  return stand;
}

std::string_view OppSignaalCode(OppSignaal signaal) {
  switch (signaal) {
    case OppSignaal::kVaststellenVerlopen:
      return "vaststellen-verlopen";
    case OppSignaal::kEvaluatieNodig:
      return "evaluatie-nodig";
    case OppSignaal::kInstemmingOpen:
      return "instemming-open";
    case OppSignaal::kInstemmingGeweigerd:
      return "instemming-geweigerd";
  }
  return "";
}

Result<OppSignaal> ParseOppSignaal(std::string_view text) {
  for (auto s : kAlleOppSignalen) {
    if (OppSignaalCode(s) == text) return s;
  }
  return Fail(ErrorCode::kInvalid,
              "Kies het signaal: vaststellen-verlopen, evaluatie-nodig, instemming-open of "
              "instemming-geweigerd.",
              "signaal");
}

std::string_view OppSignaalNaam(OppSignaal signaal) {
  switch (signaal) {
    case OppSignaal::kVaststellenVerlopen:
      return "Niet binnen de termijn na plaatsing vastgesteld";
    case OppSignaal::kEvaluatieNodig:
      return "Jaarlijkse evaluatie met de ouders nodig";
    case OppSignaal::kInstemmingOpen:
      return "Wacht op instemming van de ouders";
    case OppSignaal::kInstemmingGeweigerd:
      return "Ouders hebben instemming geweigerd";
  }
  return "";
}

std::vector<OppSignaal> Signalen(const OppStand& stand, Date vandaag) {
  // Mirrored in SQL by SqliteOpps' signal filter: keep both the same.
  std::vector<OppSignaal> result;
  if (!stand.vastgesteld_op && vandaag > stand.vaststellen_uiterlijk) {
    result.push_back(OppSignaal::kVaststellenVerlopen);
  }
  if (stand.evaluatie_uiterlijk && vandaag >= *stand.evaluatie_uiterlijk) {
    result.push_back(OppSignaal::kEvaluatieNodig);
  }
  if (stand.instemming == Instemming::kGevraagd) result.push_back(OppSignaal::kInstemmingOpen);
  if (stand.instemming == Instemming::kGeweigerd) {
    result.push_back(OppSignaal::kInstemmingGeweigerd);
  }
  return result;
}

std::string_view OppGeschilroute() {
  // WPO art. 63a / WEC art. 64a / WVO art. 27c: the Geschillencommissie passend onderwijs hears
  // disputes about setting and changing the OPP; the onderwijsconsulent helps parents and
  // schools find a solution first (domain.md §3.6, seed 003).
  return "Komt u er met de school en het schoolbestuur niet uit, dan kunt u "
         "kosteloos hulp vragen aan een onderwijsconsulent, of het geschil voorleggen aan de "
         "Geschillencommissie passend onderwijs.";
}

}  // namespace passend::domain
