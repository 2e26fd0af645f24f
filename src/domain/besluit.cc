#include "domain/besluit.h"

#include "domain/codes.h"

namespace passend::domain {

namespace {

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool HeeftAndereSchool(const Besluit& besluit) {
  return besluit.andere_school.has_value() && !IsBlank(*besluit.andere_school);
}

Result<void> ValideerHoorrecht(const Besluit& besluit) {
  // Seed 000 #4: every decision about a child records how the child was heard. A withdrawal
  // is the parents' act, not a decision about the child, so it may come without one.
  if (!besluit.hoorrecht) {
    if (besluit.uitkomst == Uitkomst::kIngetrokken) return {};
    return Fail(ErrorCode::kInvalid,
                "Leg vast hoe de leerling is gehoord: de zienswijze van de leerling, of de reden "
                "waarom de leerling niet gehoord kon worden. Zonder hoorrecht kan het besluit niet "
                "worden vastgelegd.",
                "hoorrecht");
  }
  return Valideer(*besluit.hoorrecht);
}

}  // namespace

Result<void> Valideer(const Hoorrecht& h) {
  // Seed 000 #4: "gehoord" alone proves nothing; the view itself (or the reason it could not
  // be asked) is what the parents and a later dispute can check.
  if (h.gehoord && IsBlank(h.zienswijze)) {
    return Fail(ErrorCode::kInvalid,
                "De leerling is gehoord, maar de zienswijze ontbreekt. Schrijf op wat de leerling "
                "zelf vindt.",
                "hoorrecht");
  }
  if (!h.gehoord && IsBlank(h.reden)) {
    return Fail(ErrorCode::kInvalid,
                "De leerling is niet gehoord, maar de reden ontbreekt. Schrijf op waarom de "
                "mening van de leerling niet gevraagd kon worden.",
                "hoorrecht");
  }
  return {};
}

std::string_view UitkomstCode(Uitkomst uitkomst) {
  switch (uitkomst) {
    case Uitkomst::kToegelaten:
      return "toegelaten";
    case Uitkomst::kEldersGeplaatst:
      return "elders-geplaatst";
    case Uitkomst::kGeweigerd:
      return "geweigerd";
    case Uitkomst::kIngetrokken:
      return "ingetrokken";
  }
  return "";
}

Result<Uitkomst> ParseUitkomst(std::string_view text) {
  for (Uitkomst uitkomst : kAlleUitkomsten) {
    if (UitkomstCode(uitkomst) == text) return uitkomst;
  }
  return Fail(ErrorCode::kInvalid,
              "Onbekende uitkomst; kies uit toegelaten, elders-geplaatst, geweigerd of "
              "ingetrokken.",
              "uitkomst");
}

std::string_view UitkomstNaam(Uitkomst uitkomst) {
  switch (uitkomst) {
    case Uitkomst::kToegelaten:
      return "Toegelaten";
    case Uitkomst::kEldersGeplaatst:
      return "Geplaatst op een andere school";
    case Uitkomst::kGeweigerd:
      return "Geweigerd";
    case Uitkomst::kIngetrokken:
      return "Ingetrokken door de ouders";
  }
  return "";
}

std::string_view WeigeringsgrondCode(Weigeringsgrond grond) {
  switch (grond) {
    case Weigeringsgrond::kVol:
      return "school-vol";
    case Weigeringsgrond::kGrondslag:
      return "grondslag";
    case Weigeringsgrond::kOnevenredigeBelasting:
      return "onevenredige-belasting";
  }
  return "";
}

Result<Weigeringsgrond> ParseWeigeringsgrond(std::string_view text) {
  for (Weigeringsgrond grond : kAlleWeigeringsgronden) {
    if (WeigeringsgrondCode(grond) == text) return grond;
  }
  return Fail(ErrorCode::kInvalid,
              "Onbekende weigeringsgrond; kies uit school-vol, grondslag of "
              "onevenredige-belasting.",
              "grond");
}

std::string_view WeigeringsgrondNaam(Weigeringsgrond grond) {
  switch (grond) {
    case Weigeringsgrond::kVol:
      return "School is vol";
    case Weigeringsgrond::kGrondslag:
      return "Grondslag van de school wordt niet gerespecteerd";
    case Weigeringsgrond::kOnevenredigeBelasting:
      return "Onevenredige belasting";
  }
  return "";
}

Result<void> Valideer(const Besluit& besluit) {
  if (!besluit.datum.ok()) {
    return Fail(ErrorCode::kInvalid, "De datum van het besluit bestaat niet.", "datum");
  }

  // §3.1: a refusal is only lawful on a named ground; any other outcome has none.
  if (besluit.uitkomst == Uitkomst::kGeweigerd && !besluit.grond) {
    return Fail(ErrorCode::kInvalid,
                "Bij een weigering hoort een wettelijke grond. Kies: school vol, grondslag of "
                "onevenredige belasting.",
                "grond");
  }
  if (besluit.uitkomst != Uitkomst::kGeweigerd && besluit.grond) {
    return Fail(ErrorCode::kInvalid,
                "Een weigeringsgrond hoort alleen bij een weigering. Laat de grond leeg of kies "
                "de uitkomst geweigerd.",
                "grond");
  }

  // An empty text counts as no school, so forms may send the field blank.
  if (HeeftAndereSchool(besluit)) {
    if (besluit.uitkomst == Uitkomst::kToegelaten) {
      return Fail(ErrorCode::kInvalid,
                  "De leerling is op deze school toegelaten; laat de andere school leeg of kies "
                  "de uitkomst elders-geplaatst.",
                  "andereSchool");
    }
    if (!Vestigingscode::Parse(*besluit.andere_school)) {
      return Fail(ErrorCode::kInvalid,
                  "De andere school is geen geldige vestigingscode. Vul de vestigingscode in, "
                  "bijvoorbeeld 12AB00.",
                  "andereSchool");
    }
  }
  if (besluit.andere_school_akkoord && !HeeftAndereSchool(besluit)) {
    return Fail(ErrorCode::kInvalid,
                "Er is akkoord van een andere school aangegeven, maar geen school ingevuld. Vul de "
                "vestigingscode van die school in.",
                "andereSchool");
  }

  // §3.1 (seed 003 §1.1): the school must offer a concrete place; a school that has not
  // accepted the student is no place, only advice to go elsewhere (wegadviseren).
  if (besluit.uitkomst == Uitkomst::kEldersGeplaatst &&
      (!HeeftAndereSchool(besluit) || !besluit.andere_school_akkoord)) {
    return Fail(ErrorCode::kInvalid,
                "Bij plaatsing elders hoort een andere school die de leerling heeft aangenomen. "
                "Vul de vestigingscode in en leg het akkoord van die school vast.",
                "andereSchool");
  }
  // §3.1, seed 004 (Wet gelijke behandeling): refusing for disproportionate burden does not
  // end the zorgplicht; a place elsewhere must still be offered.
  if (besluit.uitkomst == Uitkomst::kGeweigerd &&
      besluit.grond == Weigeringsgrond::kOnevenredigeBelasting &&
      (!HeeftAndereSchool(besluit) || !besluit.andere_school_akkoord)) {
    return Fail(ErrorCode::kInvalid,
                "Bij weigering wegens onevenredige belasting moet de school nog steeds een plek "
                "op een andere school bieden. Vul de vestigingscode in van een school die de "
                "leerling heeft aangenomen.",
                "andereSchool");
  }

  // An arrangement is support given where the student goes to school; a refused or withdrawn
  // registration places the student nowhere.
  if (besluit.met_arrangement &&
      (besluit.uitkomst == Uitkomst::kGeweigerd || besluit.uitkomst == Uitkomst::kIngetrokken)) {
    return Fail(ErrorCode::kInvalid,
                "Een arrangement hoort bij een plaatsing. Zet het arrangement uit of kies "
                "toegelaten of elders-geplaatst.",
                "metArrangement");
  }

  return ValideerHoorrecht(besluit);
}

}  // namespace passend::domain
