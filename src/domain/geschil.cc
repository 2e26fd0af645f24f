#include "domain/geschil.h"

#include <fmt/format.h>

#include <cctype>
#include <functional>
#include <set>

namespace passend::domain {

namespace {

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::string_view OnderwerpCode(Onderwerp onderwerp) {
  switch (onderwerp) {
    case Onderwerp::kToelating:
      return "toelating";
    case Onderwerp::kVerwijdering:
      return "verwijdering";
    case Onderwerp::kOpp:
      return "opp";
  }
  return "";
}

Result<Onderwerp> ParseOnderwerp(std::string_view text) {
  for (Onderwerp onderwerp : kAlleOnderwerpen) {
    if (OnderwerpCode(onderwerp) == text) return onderwerp;
  }
  return Fail(ErrorCode::kInvalid, "Onbekend onderwerp; kies uit toelating, verwijdering of opp.",
              "onderwerp");
}

std::string_view OnderwerpNaam(Onderwerp onderwerp) {
  switch (onderwerp) {
    case Onderwerp::kToelating:
      return "Toelating";
    case Onderwerp::kVerwijdering:
      return "Verwijdering";
    case Onderwerp::kOpp:
      return "Ontwikkelingsperspectief (OPP)";
  }
  return "";
}

std::vector<LadderStap> StandaardLadder() {
  // domain.md §3.6 and seed 000 #10: each SWV publishes a ladder with short terms; these are
  // the defaults an SWV starts from. Seed 000 #11: the GPO's opinion is due within 10 weeks
  // (70 days). A court has no term Passend can set (0).
  return {
      {"school", "School en ouders", 14},
      {"schoolbestuur", "Schoolbestuur", 14},
      {"swv", "Samenwerkingsverband", 28},
      {"onderwijsconsulent", "Onderwijs(zorg)consulent", 42},
      {"gpo", "Geschillencommissie Passend Onderwijs", 70},
      {"rechter", "Rechter", 0},
  };
}

Result<void> ValideerGpoIndiening(Date besluit, Date ingediend, GpoTermijnen termijnen) {
  if (!besluit.ok()) {
    return Fail(ErrorCode::kInvalid, "De datum van het besluit bestaat niet.", "besluit");
  }
  if (!ingediend.ok()) {
    return Fail(ErrorCode::kInvalid, "De datum van indienen bestaat niet.", "ingediend");
  }
  if (ingediend < besluit) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Een geschil kan pas worden ingediend na het besluit van {}. "
                            "Controleer de datums.",
                            FormatDutchDate(besluit)),
                "ingediend");
  }
  // domain.md §3.6 (GPO practice): parents file within 6 weeks of the decision; the last day
  // of the term is still on time.
  const Date uiterlijk = AddDays(besluit, termijnen.indienen_dagen);
  if (ingediend > uiterlijk) {
    return Fail(ErrorCode::kRegel,
                fmt::format("De termijn om bij de Geschillencommissie Passend Onderwijs in te "
                            "dienen liep tot en met {} ({} dagen na het besluit). Neem contact "
                            "op met de commissie over een te laat ingediend verzoek.",
                            FormatDutchDate(uiterlijk), termijnen.indienen_dagen),
                "ingediend");
  }
  return {};
}

Date VerweerUiterlijk(Date ingediend, GpoTermijnen termijnen) {
  // domain.md §3.6: the board answers within 2 weeks.
  return AddDays(ingediend, termijnen.verweer_dagen);
}

Date OordeelUiterlijk(Date ingediend, GpoTermijnen termijnen) {
  // domain.md §3.6, seed 000 #11: the committee's opinion follows within 10 weeks.
  return AddDays(ingediend, termijnen.oordeel_dagen);
}

Result<void> ValideerLadder(const std::vector<LadderStap>& ladder) {
  if (ladder.empty()) {
    return Fail(ErrorCode::kInvalid,
                "De escalatieladder is leeg. Stel minstens één stap in (standaard: school, "
                "schoolbestuur, swv, onderwijsconsulent, gpo, rechter).",
                "ladder");
  }
  std::set<std::string, std::less<>> codes;
  for (const LadderStap& stap : ladder) {
    if (IsBlank(stap.code)) {
      return Fail(ErrorCode::kInvalid,
                  "Een stap op de escalatieladder heeft geen code. Geef elke stap een code.",
                  "ladder");
    }
    // A step is identified by its code; a repeated rung would let a dispute go round in
    // circles instead of up.
    if (!codes.insert(stap.code).second) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("De stap '{}' staat twee keer op de escalatieladder. Elke stap mag "
                              "maar één keer voorkomen.",
                              stap.code),
                  "ladder");
    }
    // Seed 000 #12: a dispute about support is no reason for a child-protection report, so
    // no rung of the ladder may be one (Veilig Thuis, a VT-melding, a zorgmelding).
    std::string lower = stap.code + " " + stap.naam;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.find("veilig") != std::string::npos || lower.find("melding") != std::string::npos) {
      return Fail(ErrorCode::kRegel,
                  fmt::format("De stap '{}' lijkt een melding bij Veilig Thuis. Een geschil over "
                              "onderwijs of ondersteuning is geen reden voor een melding; zo'n "
                              "stap hoort niet op de escalatieladder.",
                              stap.code),
                  "ladder");
    }
    if (stap.termijn_dagen < 0) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("De termijn van stap '{}' is negatief. Vul 0 in (geen vaste "
                              "termijn) of een aantal dagen.",
                              stap.code),
                  "ladder");
    }
  }
  return {};
}

Result<Geschil> Geschil::Create(Onderwerp onderwerp, std::vector<LadderStap> ladder,
                                std::optional<Date> besluitdatum, GpoTermijnen gpo) {
  PASSEND_RETURN_IF_ERROR(ValideerLadder(ladder));
  if (besluitdatum && !besluitdatum->ok()) {
    return Fail(ErrorCode::kInvalid, "De datum van het besluit bestaat niet.", "besluitdatum");
  }
  Geschil geschil(onderwerp, std::move(ladder));
  geschil.besluitdatum_ = besluitdatum;
  geschil.gpo_ = gpo;
  return geschil;
}

Result<Geschil> Geschil::Herstel(Onderwerp onderwerp, std::vector<LadderStap> ladder,
                                 std::optional<Date> besluitdatum, GpoTermijnen gpo,
                                 const std::vector<Stap>& stappen) {
  PASSEND_ASSIGN_OR_RETURN(Geschil geschil,
                           Create(onderwerp, std::move(ladder), besluitdatum, gpo));
  // Replaying through the rules means a stored dispute can never hold a state the rules
  // would have refused; the term each step had when it started is kept as stored.
  for (const Stap& stap : stappen) {
    PASSEND_RETURN_IF_ERROR(geschil.StartStap(stap.code, stap.start, stap.eigenaar));
    geschil.stappen_.back().termijn_dagen = stap.termijn_dagen;
    if (stap.einde) PASSEND_RETURN_IF_ERROR(geschil.SluitStap(*stap.einde, stap.uitkomst));
  }
  return geschil;
}

int Geschil::Positie(std::string_view code) const {
  for (size_t i = 0; i < ladder_.size(); ++i) {
    if (ladder_[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

Result<void> Geschil::StartStap(std::string_view code, Date start, std::string eigenaar) {
  const int positie = Positie(code);
  if (positie < 0) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("De stap '{}' staat niet op de escalatieladder van dit "
                            "samenwerkingsverband. Kies een stap van de ladder.",
                            code),
                "stap");
  }
  if (!start.ok()) {
    return Fail(ErrorCode::kInvalid, "De startdatum van de stap bestaat niet.", "start");
  }
  // §3.6: every step has an owner the parents can turn to.
  if (IsBlank(eigenaar)) {
    return Fail(ErrorCode::kInvalid,
                "Vul in wie deze stap behandelt (een persoon of organisatie), zodat de ouders "
                "weten bij wie ze terechtkunnen.",
                "eigenaar");
  }
  if (const Stap* huidig = HuidigeStap()) {
    // A step's outcome is what the next rung reviews; without it the escalation is unprovable.
    if (!huidig->einde) {
      return Fail(ErrorCode::kRegel,
                  fmt::format("De stap '{}' loopt nog. Sluit die eerst af met een uitkomst "
                              "voordat de volgende stap begint.",
                              ladder_[static_cast<size_t>(Positie(huidig->code))].naam));
    }
    // §3.6: the ladder only goes up; a step may be skipped (parents may go to the GPO
    // directly) but not repeated or undone.
    if (positie <= Positie(huidig->code)) {
      return Fail(ErrorCode::kRegel,
                  fmt::format("Het geschil is al bij de stap '{}'. De escalatieladder gaat "
                              "alleen omhoog; kies een hogere stap.",
                              ladder_[static_cast<size_t>(Positie(huidig->code))].naam));
    }
    if (start < *huidig->einde) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("De nieuwe stap kan niet beginnen vóór het einde van de vorige "
                              "stap ({}).",
                              FormatDutchDate(*huidig->einde)),
                  "start");
    }
  }
  int termijn = ladder_[static_cast<size_t>(positie)].termijn_dagen;
  if (code == kGpoStap) {
    // domain.md §3.6: a GPO case must be filed within 6 weeks of the disputed decision, and
    // the committee's opinion follows within 10 weeks of the filing: those terms are the law's
    // practice, not the SWV's choice, so they override the ladder's term for this step.
    if (besluitdatum_) {
      auto tijdig = ValideerGpoIndiening(*besluitdatum_, start, gpo_);
      if (!tijdig) {
        Error error = tijdig.error();
        error.field = "start";
        return std::unexpected(std::move(error));
      }
    }
    termijn = gpo_.oordeel_dagen;
  }
  stappen_.push_back(Stap{.code = std::string(code),
                          .start = start,
                          .eigenaar = std::move(eigenaar),
                          .termijn_dagen = termijn,
                          .einde = std::nullopt,
                          .uitkomst = {}});
  return {};
}

Result<void> Geschil::SluitStap(Date einde, std::string uitkomst) {
  if (stappen_.empty() || stappen_.back().einde) {
    return Fail(ErrorCode::kRegel,
                "Er loopt geen stap in dit geschil. Start eerst een stap op de escalatieladder.");
  }
  Stap& stap = stappen_.back();
  if (!einde.ok()) {
    return Fail(ErrorCode::kInvalid, "De einddatum van de stap bestaat niet.", "einde");
  }
  if (einde < stap.start) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("De stap kan niet eindigen vóór de start op {}. Controleer de datum.",
                            FormatDutchDate(stap.start)),
                "einde");
  }
  if (IsBlank(uitkomst)) {
    return Fail(ErrorCode::kInvalid,
                "Vul de uitkomst van de stap in, bijvoorbeeld 'opgelost' of 'geen "
                "overeenstemming'.",
                "uitkomst");
  }
  stap.einde = einde;
  stap.uitkomst = std::move(uitkomst);
  return {};
}

const Stap* Geschil::HuidigeStap() const { return stappen_.empty() ? nullptr : &stappen_.back(); }

std::optional<Date> Geschil::VerweerUiterlijk() const {
  const Stap* stap = HuidigeStap();
  if (stap == nullptr || stap->code != kGpoStap) return std::nullopt;
  return domain::VerweerUiterlijk(stap->start, gpo_);
}

std::optional<Date> Geschil::UiterlijkeDatum() const {
  const Stap* stap = HuidigeStap();
  if (stap == nullptr || stap->termijn_dagen <= 0) return std::nullopt;
  return AddDays(stap->start, stap->termijn_dagen);
}

bool Geschil::TermijnVerstreken(Date op) const {
  const Stap* stap = HuidigeStap();
  if (stap == nullptr || stap->einde) return false;
  const std::optional<Date> uiterlijk = UiterlijkeDatum();
  // Like the zorgplicht clock: the last day is still on time; the term lapses the day after.
  return uiterlijk && op > *uiterlijk;
}

}  // namespace passend::domain
