#include "domain/reserveplan.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "domain/reserve.h"

namespace passend::domain {

namespace {

constexpr size_t kMaxTekst = 4000;

std::string Veld(size_t i, const char* naam) { return fmt::format("regels[{}].{}", i, naam); }

}  // namespace

Date ReserveplanDeadline(int jaarrekening_jaar, const ReserveplanTermijn& termijn) {
  const std::chrono::year jaar{jaarrekening_jaar + termijn.deadline_jaren_na};
  const std::chrono::month maand{static_cast<unsigned>(std::clamp(termijn.deadline_maand, 1, 12))};
  const std::chrono::year_month_day_last laatste{jaar / maand / std::chrono::last};
  const unsigned dag = std::clamp(static_cast<unsigned>(std::max(termijn.deadline_dag, 1)), 1u,
                                  static_cast<unsigned>(laatste.day()));
  return Date{jaar, maand, std::chrono::day{dag}};
}

Result<Cents> ValideerPlan(const Bestedingsplan& plan, Cents bovenmatige_reserve,
                           const ReserveplanTermijn& termijn) {
  if (plan.jaarrekening_jaar < termijn.vanaf_jaar) {
    return Fail(ErrorCode::kRegel,
                fmt::format("Voor jaarrekeningen van voor {} is geen bestedingsplan nodig.",
                            termijn.vanaf_jaar),
                "jaarrekeningJaar");
  }
  if (bovenmatige_reserve <= Cents(0)) {
    return Fail(ErrorCode::kRegel,
                fmt::format("De jaarrekening {} laat geen reserve boven de signaleringswaarde "
                            "zien; er is geen bestedingsplan nodig.",
                            plan.jaarrekening_jaar),
                "jaarrekeningJaar");
  }
  if (plan.regels.empty()) {
    return Fail(ErrorCode::kInvalid,
                "Vul ten minste één regel in: een jaar, een bedrag en waaraan het wordt besteed.",
                "regels");
  }
  if (plan.toelichting.size() > kMaxTekst) {
    return Fail(ErrorCode::kInvalid, "De toelichting is te lang (ten hoogste 4.000 tekens).",
                "toelichting");
  }
  Cents totaal;
  for (size_t i = 0; i < plan.regels.size(); ++i) {
    const PlanRegel& r = plan.regels[i];
    const int laatste = plan.jaarrekening_jaar + termijn.max_jaren;
    if (r.jaar <= plan.jaarrekening_jaar || r.jaar > laatste) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Kies een jaar na het jaar van de jaarrekening: {} tot en met {}.",
                              plan.jaarrekening_jaar + 1, laatste),
                  Veld(i, "jaar"));
    }
    if (r.bedrag <= Cents(0)) {
      return Fail(ErrorCode::kInvalid, "Vul een bedrag groter dan € 0,00 in.", Veld(i, "bedrag"));
    }
    if (r.doel.empty() || r.doel.size() > 500) {
      return Fail(ErrorCode::kInvalid,
                  "Schrijf op waaraan het geld wordt besteed (ten hoogste 500 tekens).",
                  Veld(i, "doel"));
    }
    PASSEND_ASSIGN_OR_RETURN(totaal, totaal.Add(r.bedrag));
  }
  // seed 000 #23: the plan brings the reserve back below the threshold, so it spends at least
  // the amount above it.
  if (totaal < bovenmatige_reserve) {
    return Fail(ErrorCode::kRegel,
                fmt::format("Het plan besteedt {}, maar de reserve boven de signaleringswaarde is "
                            "{}. Het plan moet ten minste dat bedrag besteden.",
                            totaal.Format(), bovenmatige_reserve.Format()),
                "regels");
  }
  return totaal;
}

std::string_view PlanOrgaanCode(PlanOrgaan orgaan) {
  return orgaan == PlanOrgaan::kOpr ? "opr" : "intern-toezicht";
}

Result<PlanOrgaan> ParsePlanOrgaan(std::string_view text) {
  if (text == "opr") return PlanOrgaan::kOpr;
  if (text == "intern-toezicht") return PlanOrgaan::kInternToezicht;
  return Fail(ErrorCode::kInvalid, "Kies opr of intern-toezicht.", "orgaan");
}

std::string_view BesluitTekst(const PlanBesluit& besluit) {
  if (besluit.orgaan == PlanOrgaan::kOpr) {
    return besluit.akkoord ? "instemming gegeven" : "instemming geweigerd";
  }
  return besluit.akkoord ? "goedgekeurd" : "afgekeurd";
}

std::string_view PlanStandCode(PlanStand stand) {
  switch (stand) {
    case PlanStand::kConcept:
      return "concept";
    case PlanStand::kInstemmingOpr:
      return "instemming-opr";
    case PlanStand::kGoedgekeurd:
      return "goedgekeurd";
  }
  return "concept";
}

std::string_view PlanStandNaam(PlanStand stand) {
  switch (stand) {
    case PlanStand::kConcept:
      return "Concept: wacht op de instemming van de OPR";
    case PlanStand::kInstemmingOpr:
      return "OPR heeft ingestemd: wacht op de goedkeuring van het intern toezicht";
    case PlanStand::kGoedgekeurd:
      return "Goedgekeurd";
  }
  return "Concept";
}

namespace {

// One step of the state machine; kConflict when the stand does not allow the decision.
Result<void> Stap(PlanToestand& t, const PlanBesluit& b) {
  if (t.stand == PlanStand::kGoedgekeurd) {
    return Fail(ErrorCode::kConflict,
                "Dit plan is al goedgekeurd. Leg een nieuwe versie vast om het te wijzigen.");
  }
  if (b.orgaan == PlanOrgaan::kOpr) {
    if (t.stand != PlanStand::kConcept) {
      return Fail(ErrorCode::kConflict,
                  "De OPR heeft al ingestemd; nu beslist het intern toezicht over het plan.");
    }
    t.stand = b.akkoord ? PlanStand::kInstemmingOpr : PlanStand::kConcept;
  } else {
    if (t.stand != PlanStand::kInstemmingOpr) {
      return Fail(ErrorCode::kConflict,
                  "Het intern toezicht keurt een plan goed nadat de OPR heeft ingestemd.");
    }
    t.stand = b.akkoord ? PlanStand::kGoedgekeurd : PlanStand::kConcept;
    if (b.akkoord) t.goedgekeurd_op = b.datum;
  }
  t.teruggestuurd = !b.akkoord;
  return {};
}

}  // namespace

Result<PlanToestand> Toestand(const std::vector<PlanBesluit>& besluiten) {
  PlanToestand t;
  for (const auto& b : besluiten) PASSEND_RETURN_IF_ERROR(Stap(t, b));
  return t;
}

Result<PlanToestand> ToetsBesluit(const std::vector<PlanBesluit>& eerder, const PlanBesluit& nieuw,
                                  Date aangemaakt, Date vandaag) {
  // The stand first: a decision the stand does not allow is a conflict whatever its date.
  PASSEND_ASSIGN_OR_RETURN(PlanToestand t, Toestand(eerder));
  PlanToestand proef = t;
  PASSEND_RETURN_IF_ERROR(Stap(proef, nieuw));
  if (nieuw.datum > vandaag) {
    return Fail(ErrorCode::kInvalid, "De datum van het besluit kan niet in de toekomst liggen.",
                "datum");
  }
  if (nieuw.datum < aangemaakt) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het besluit kan niet vóór het vastleggen van deze versie ({}) "
                            "liggen.",
                            FormatDutchDate(aangemaakt)),
                "datum");
  }
  if (!eerder.empty() && nieuw.datum < eerder.back().datum) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het besluit kan niet vóór het vorige besluit ({}) liggen.",
                            FormatDutchDate(eerder.back().datum)),
                "datum");
  }
  if (!nieuw.akkoord && nieuw.toelichting.empty()) {
    return Fail(ErrorCode::kInvalid, "Schrijf op waarom het plan niet is aanvaard.", "toelichting");
  }
  if (nieuw.toelichting.size() > kMaxTekst) {
    return Fail(ErrorCode::kInvalid, "De toelichting is te lang (ten hoogste 4.000 tekens).",
                "toelichting");
  }
  PASSEND_RETURN_IF_ERROR(Stap(t, nieuw));
  return t;
}

std::string_view InhoudingCode(Inhouding inhouding) {
  switch (inhouding) {
    case Inhouding::kNietNodig:
      return "niet-nodig";
    case Inhouding::kNogNiet:
      return "nog-niet";
    case Inhouding::kNietIngehouden:
      return "niet-ingehouden";
    case Inhouding::kIngehouden:
      return "ingehouden";
    case Inhouding::kVrijgegeven:
      return "vrijgegeven";
    case Inhouding::kOpgeheven:
      return "opgeheven";
  }
  return "niet-nodig";
}

std::string_view InhoudingNaam(Inhouding inhouding) {
  switch (inhouding) {
    case Inhouding::kNietNodig:
      return "Geen plan nodig";
    case Inhouding::kNogNiet:
      return "Nog geen goedgekeurd plan; de uiterste datum is nog niet voorbij";
    case Inhouding::kNietIngehouden:
      return "Plan op tijd goedgekeurd: niets ingehouden";
    case Inhouding::kIngehouden:
      return "Budget ingehouden: geen goedgekeurd plan na de uiterste datum";
    case Inhouding::kVrijgegeven:
      return "Ingehouden budget vrijgegeven na goedkeuring van het plan";
    case Inhouding::kOpgeheven:
      return "Inhouding opgeheven: bezwaar gegrond";
  }
  return "";
}

InhoudingsStatus BepaalInhouding(Cents bovenmatige_reserve, int jaarrekening_jaar,
                                 const std::vector<Date>& goedkeuringen,
                                 const std::optional<Date>& bezwaar_gegrond, Date vandaag,
                                 const ReserveplanTermijn& termijn) {
  InhoudingsStatus s;
  if (bovenmatige_reserve <= Cents(0) || jaarrekening_jaar < termijn.vanaf_jaar) return s;
  const Date deadline = ReserveplanDeadline(jaarrekening_jaar, termijn);
  s.deadline = deadline;
  // Only what has happened by today counts: the first approval of any version.
  std::optional<Date> goedgekeurd;
  for (const Date d : goedkeuringen) {
    if (d <= vandaag && (!goedgekeurd || d < *goedgekeurd)) goedgekeurd = d;
  }
  if (goedgekeurd && *goedgekeurd <= deadline) {
    s.stand = Inhouding::kNietIngehouden;
    return s;
  }
  const bool bezwaar = bezwaar_gegrond && *bezwaar_gegrond <= vandaag;
  if (bezwaar && *bezwaar_gegrond <= deadline) {
    // A well-founded objection before the deadline: nothing is ever withheld.
    s.stand = Inhouding::kOpgeheven;
    s.beeindigd_op = bezwaar_gegrond;
    return s;
  }
  if (vandaag <= deadline) {
    s.stand = Inhouding::kNogNiet;
    return s;
  }
  s.ingehouden_vanaf = AddDays(deadline, 1);
  s.stand = Inhouding::kIngehouden;
  // Whichever ends the withholding first: the plan's approval or a well-founded objection.
  if (goedgekeurd && (!bezwaar || *goedgekeurd <= *bezwaar_gegrond)) {
    s.stand = Inhouding::kVrijgegeven;
    s.beeindigd_op = goedgekeurd;
  } else if (bezwaar) {
    s.stand = Inhouding::kOpgeheven;
    s.beeindigd_op = bezwaar_gegrond;
  }
  return s;
}

std::string_view BezwaarOnderwerpCode(BezwaarOnderwerp onderwerp) {
  return onderwerp == BezwaarOnderwerp::kCijfers ? "cijfers" : "inhouding";
}

Result<BezwaarOnderwerp> ParseBezwaarOnderwerp(std::string_view text) {
  if (text == "cijfers") return BezwaarOnderwerp::kCijfers;
  if (text == "inhouding") return BezwaarOnderwerp::kInhouding;
  return Fail(ErrorCode::kInvalid, "Kies waartegen het bezwaar is: de cijfers of de inhouding.",
              "onderwerp");
}

Result<void> Valideer(const Reservebezwaar& bezwaar, Date vandaag) {
  if (!IsGeldjaar(bezwaar.jaarrekening_jaar)) {
    return Fail(ErrorCode::kInvalid, "Kies het jaar van de jaarrekening (2014 of later).",
                "jaarrekeningJaar");
  }
  if (bezwaar.argumenten.empty() || bezwaar.argumenten.size() > kMaxTekst) {
    return Fail(ErrorCode::kInvalid,
                "Schrijf de inhoudelijke argumenten van het bezwaar op (ten hoogste 4.000 "
                "tekens).",
                "argumenten");
  }
  if (bezwaar.ingediend_op > vandaag) {
    return Fail(ErrorCode::kInvalid, "De datum van indienen kan niet in de toekomst liggen.",
                "ingediendOp");
  }
  return {};
}

Result<void> Valideer(const BezwaarUitspraak& uitspraak, Date ingediend_op, Date vandaag) {
  if (uitspraak.motivering.empty() || uitspraak.motivering.size() > kMaxTekst) {
    return Fail(ErrorCode::kInvalid,
                "Schrijf de motivering van de beslissing op (ten hoogste 4.000 tekens).",
                "motivering");
  }
  if (uitspraak.datum > vandaag) {
    return Fail(ErrorCode::kInvalid, "De datum van de beslissing kan niet in de toekomst liggen.",
                "datum");
  }
  if (uitspraak.datum < ingediend_op) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("De beslissing kan niet vóór het indienen van het bezwaar ({}) "
                            "liggen.",
                            FormatDutchDate(ingediend_op)),
                "datum");
  }
  return {};
}

std::string_view BegrotingSoortCode(BegrotingSoort soort) {
  return soort == BegrotingSoort::kBaten ? "baten" : "lasten";
}

Result<BegrotingSoort> ParseBegrotingSoort(std::string_view text) {
  if (text == "baten") return BegrotingSoort::kBaten;
  if (text == "lasten") return BegrotingSoort::kLasten;
  return Fail(ErrorCode::kInvalid, "Kies baten of lasten.", "soort");
}

Result<void> Valideer(const Meerjarenbegroting& begroting, int min_jaren, Date vandaag) {
  const int dit_jaar = static_cast<int>(vandaag.year());
  if (begroting.eerste_jaar < dit_jaar || begroting.eerste_jaar > dit_jaar + 1) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Een meerjarenbegroting gaat over de komende jaren: begin in {} of "
                            "{}.",
                            dit_jaar, dit_jaar + 1),
                "eersteJaar");
  }
  if (begroting.regels.empty()) {
    return Fail(ErrorCode::kInvalid, "Vul de baten en lasten per jaar in.", "regels");
  }
  if (begroting.toelichting.size() > kMaxTekst) {
    return Fail(ErrorCode::kInvalid, "De toelichting is te lang (ten hoogste 4.000 tekens).",
                "toelichting");
  }
  std::map<int, bool> jaren;
  for (size_t i = 0; i < begroting.regels.size(); ++i) {
    const BegrotingRegel& r = begroting.regels[i];
    if (r.jaar < begroting.eerste_jaar || r.jaar >= begroting.eerste_jaar + 10) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("Kies een jaar van {} tot en met {}.", begroting.eerste_jaar,
                              begroting.eerste_jaar + 9),
                  Veld(i, "jaar"));
    }
    if (r.doel.empty() || r.doel.size() > 500) {
      return Fail(ErrorCode::kInvalid,
                  "Schrijf het doel of de bron van de regel op (ten hoogste 500 tekens).",
                  Veld(i, "doel"));
    }
    if (r.bedrag < Cents(0)) {
      return Fail(ErrorCode::kInvalid, "Een bedrag in de begroting is niet negatief.",
                  Veld(i, "bedrag"));
    }
    jaren[r.jaar] = true;
  }
  for (int j = begroting.eerste_jaar; j < begroting.eerste_jaar + min_jaren; ++j) {
    if (!jaren.contains(j)) {
      return Fail(
          ErrorCode::kInvalid,
          fmt::format("De begroting beslaat ten minste {} jaren: vul ook {} in.", min_jaren, j),
          "regels");
    }
  }
  return {};
}

Result<std::vector<BegrotingJaar>> Totalen(const Meerjarenbegroting& begroting) {
  std::map<int, BegrotingJaar> per_jaar;
  for (const auto& r : begroting.regels) {
    BegrotingJaar& j = per_jaar[r.jaar];
    j.jaar = r.jaar;
    Cents& som = r.soort == BegrotingSoort::kBaten ? j.baten : j.lasten;
    PASSEND_ASSIGN_OR_RETURN(som, som.Add(r.bedrag));
  }
  std::vector<BegrotingJaar> uit;
  for (auto& [jaar, j] : per_jaar) {
    PASSEND_ASSIGN_OR_RETURN(j.saldo, j.baten.Subtract(j.lasten));
    uit.push_back(j);
  }
  return uit;
}

std::string_view OprInstemmingCode(OprInstemming stand) {
  switch (stand) {
    case OprInstemming::kGevraagd:
      return "gevraagd";
    case OprInstemming::kGegeven:
      return "gegeven";
    case OprInstemming::kGeweigerd:
      return "geweigerd";
  }
  return "gevraagd";
}

Result<OprInstemming> ParseOprInstemming(std::string_view text) {
  if (text == "gevraagd") return OprInstemming::kGevraagd;
  if (text == "gegeven") return OprInstemming::kGegeven;
  if (text == "geweigerd") return OprInstemming::kGeweigerd;
  return Fail(ErrorCode::kInvalid, "Kies gevraagd, gegeven of geweigerd.", "stand");
}

Result<void> ToetsInstemming(const std::vector<InstemmingStap>& eerder, const InstemmingStap& nieuw,
                             Date vandaag) {
  if (nieuw.datum > vandaag) {
    return Fail(ErrorCode::kInvalid, "De datum kan niet in de toekomst liggen.", "datum");
  }
  if (!eerder.empty() && nieuw.datum < eerder.back().datum) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("De datum kan niet vóór de vorige stap ({}) liggen.",
                            FormatDutchDate(eerder.back().datum)),
                "datum");
  }
  if (nieuw.stand == OprInstemming::kGevraagd) {
    if (!eerder.empty()) {
      return Fail(ErrorCode::kConflict,
                  "De instemming van de OPR is voor deze versie al gevraagd. Leg een nieuwe "
                  "versie vast om het opnieuw te vragen.");
    }
    return {};
  }
  if (eerder.empty() || eerder.back().stand != OprInstemming::kGevraagd) {
    return Fail(ErrorCode::kConflict, eerder.empty() ? "Vraag eerst de instemming van de OPR."
                                                     : "De OPR heeft over deze versie al beslist.");
  }
  return {};
}

}  // namespace passend::domain
