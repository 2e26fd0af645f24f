#include "web/aanmelding_json.h"

#include <fmt/format.h>

namespace passend::web {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

std::unexpected<domain::Error> Ongeldig(const std::string& field, const std::string& message) {
  return Fail(ErrorCode::kInvalid, message, field);
}

Result<std::string> Text(const json& body, const std::string& field, bool required) {
  if (!body.contains(field) || body[field].is_null()) {
    if (required) return Ongeldig(field, "Vul " + field + " in.");
    return std::string();
  }
  if (!body[field].is_string()) return Ongeldig(field, field + " moet tekst zijn.");
  return body[field].get<std::string>();
}

Result<std::optional<bool>> Flag(const json& body, const std::string& field, bool required) {
  if (!body.contains(field) || body[field].is_null()) {
    if (required) return Ongeldig(field, "Geef " + field + " op: true of false.");
    return std::optional<bool>();
  }
  if (!body[field].is_boolean()) return Ongeldig(field, field + " moet true of false zijn.");
  return std::optional<bool>(body[field].get<bool>());
}

bool Blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

template <typename T>
Result<T> Veld(Result<T> parsed, const std::string& field) {
  if (parsed) return parsed;
  domain::Error error = parsed.error();
  error.code = ErrorCode::kInvalid;
  error.field = field;
  return std::unexpected(std::move(error));
}

// `wat` names the date in a sentence ("de aanmelddatum"); empty text is no date.
Result<std::optional<domain::Date>> OptioneleDatum(const std::string& text,
                                                   const std::string& field,
                                                   const std::string& wat) {
  if (Blank(text)) return std::optional<domain::Date>();
  auto date = domain::ParseIsoDate(text);
  if (!date) {
    return Ongeldig(field, fmt::format("Vul bij {} een bestaande datum in (JJJJ-MM-DD, "
                                       "bijvoorbeeld 2025-09-22).",
                                       wat));
  }
  return std::optional<domain::Date>(*date);
}

Result<domain::Date> VerplichteDatum(const std::string& text, const std::string& field,
                                     const std::string& wat) {
  if (Blank(text)) return Ongeldig(field, fmt::format("Vul {} in (JJJJ-MM-DD).", wat));
  PASSEND_ASSIGN_OR_RETURN(auto date, OptioneleDatum(text, field, wat));
  return *date;
}

Result<domain::Leerling> BouwNieuweLeerling(const NieuwKindInvoer& in) {
  domain::Leerling l;
  if (Blank(in.voornamen)) return Ongeldig("voornamen", "Vul de voornamen van het kind in.");
  if (Blank(in.achternaam)) return Ongeldig("achternaam", "Vul de achternaam van het kind in.");
  l.voornaam = in.voornamen;
  l.tussenvoegsel = in.tussenvoegsel;
  l.achternaam = in.achternaam;
  if (Blank(in.geslacht)) {
    return Ongeldig("geslacht", "Kies het geslacht: jongen, meisje of onbekend.");
  }
  PASSEND_ASSIGN_OR_RETURN(l.geslacht, Veld(domain::ParseGeslacht(in.geslacht), "geslacht"));
  PASSEND_ASSIGN_OR_RETURN(l.geboortedatum,
                           VerplichteDatum(in.geboortedatum, "geboortedatum", "de geboortedatum"));
  PASSEND_ASSIGN_OR_RETURN(l.bsn, Veld(domain::Bsn::Parse(in.bsn), "bsn"));
  PASSEND_ASSIGN_OR_RETURN(l.postcode, Veld(domain::Postcode::Parse(in.postcode), "postcode"));
  // The registry stores the postcode (and derives the municipality); the house number is
  // checked but not stored until addresses (BAG) are part of the registry.
  if (Blank(in.huisnummer)) return Ongeldig("huisnummer", "Vul het huisnummer in.");
  return l;
}

json DatumOfNull(const std::optional<domain::Date>& date) {
  return date ? json(domain::FormatIsoDate(*date)) : json(nullptr);
}

std::string Omschrijving(const std::string& type) {
  if (type == "AanmeldingGeregistreerd") return "Aanmelding geregistreerd";
  if (type == "AanmeldingVerlengd") return "Beslistermijn verlengd";
  if (type == "AanmeldingBesloten") return "Besluit genomen";
  if (type == "AanmeldingInGeschil") return "Geschil geopend over het besluit";
  return type;
}

}  // namespace

Result<app::NieuweAanmelding> BouwNieuweAanmelding(const AanmeldingInvoer& in) {
  app::NieuweAanmelding n;
  if (Blank(in.school)) {
    return Ongeldig("school", "Vul de school in: de vestigingscode, bijvoorbeeld 12AB00.");
  }
  PASSEND_ASSIGN_OR_RETURN(n.school, Veld(domain::Vestigingscode::Parse(in.school), "school"));
  PASSEND_ASSIGN_OR_RETURN(n.aanmelddatum,
                           VerplichteDatum(in.aanmelddatum, "aanmelddatum", "de aanmelddatum"));
  n.schriftelijk = in.schriftelijk;
  n.eerste_keuze = in.eerste_keuze;
  n.vooraanmelding = in.vooraanmelding;
  PASSEND_ASSIGN_OR_RETURN(
      n.gewenste_startdatum,
      OptioneleDatum(in.gewenste_startdatum, "gewensteStartdatum", "de gewenste startdatum"));
  for (const auto& code : in.ondersteuningsbehoeften) {
    PASSEND_ASSIGN_OR_RETURN(auto behoefte, domain::ParseOndersteuningsbehoefte(code));
    n.ondersteuningsbehoeften.push_back(behoefte);
  }
  if (const auto* id = std::get_if<int64_t>(&in.leerling)) {
    if (*id <= 0) return Ongeldig("leerling", "Het leerlingnummer is een getal vanaf 1.");
    n.leerling = domain::LeerlingId{*id};
  } else if (const auto* kind = std::get_if<NieuwKindInvoer>(&in.leerling)) {
    PASSEND_ASSIGN_OR_RETURN(n.leerling, BouwNieuweLeerling(*kind));
  } else {
    return Ongeldig("leerling",
                    "Geef de leerling op: een bestaand leerlingnummer of de gegevens van een "
                    "nieuwe leerling.");
  }
  return n;
}

Result<app::NieuweAanmelding> ParseNieuweAanmelding(const json& body) {
  if (!body.is_object()) {
    return Fail(ErrorCode::kInvalid, "Stuur een JSON-object met de aanmelding.");
  }
  AanmeldingInvoer in;
  PASSEND_ASSIGN_OR_RETURN(in.school, Text(body, "school", true));
  PASSEND_ASSIGN_OR_RETURN(in.aanmelddatum, Text(body, "aanmelddatum", true));
  PASSEND_ASSIGN_OR_RETURN(auto schriftelijk, Flag(body, "schriftelijk", true));
  in.schriftelijk = *schriftelijk;
  PASSEND_ASSIGN_OR_RETURN(auto eerste_keuze, Flag(body, "eersteKeuze", true));
  in.eerste_keuze = *eerste_keuze;
  PASSEND_ASSIGN_OR_RETURN(auto vooraanmelding, Flag(body, "vooraanmelding", false));
  in.vooraanmelding = vooraanmelding.value_or(false);
  PASSEND_ASSIGN_OR_RETURN(in.gewenste_startdatum, Text(body, "gewensteStartdatum", false));
  if (!body.contains("ondersteuningsbehoeften") || !body["ondersteuningsbehoeften"].is_array()) {
    return Ongeldig("ondersteuningsbehoeften",
                    "Geef de ondersteuningsbehoeften als lijst, bijvoorbeeld [\"gedrag\"].");
  }
  for (const auto& b : body["ondersteuningsbehoeften"]) {
    if (!b.is_string()) {
      return Ongeldig("ondersteuningsbehoeften", "Elke ondersteuningsbehoefte is tekst.");
    }
    in.ondersteuningsbehoeften.push_back(b.get<std::string>());
  }
  if (!body.contains("leerling")) {
    return Ongeldig("leerling",
                    "Geef de leerling op: een bestaand id of de gegevens van een "
                    "nieuwe leerling.");
  }
  const json& leerling = body["leerling"];
  if (leerling.is_number_integer() && leerling.get<int64_t>() > 0) {
    in.leerling = leerling.get<int64_t>();
  } else if (leerling.is_object()) {
    NieuwKindInvoer kind;
    PASSEND_ASSIGN_OR_RETURN(kind.voornamen, Text(leerling, "voornamen", true));
    PASSEND_ASSIGN_OR_RETURN(kind.tussenvoegsel, Text(leerling, "tussenvoegsel", false));
    PASSEND_ASSIGN_OR_RETURN(kind.achternaam, Text(leerling, "achternaam", true));
    PASSEND_ASSIGN_OR_RETURN(kind.geslacht, Text(leerling, "geslacht", true));
    PASSEND_ASSIGN_OR_RETURN(kind.geboortedatum, Text(leerling, "geboortedatum", true));
    PASSEND_ASSIGN_OR_RETURN(kind.bsn, Text(leerling, "bsn", true));
    PASSEND_ASSIGN_OR_RETURN(kind.postcode, Text(leerling, "postcode", true));
    // A house number may come as text (`12a`) or as a number.
    const json* huisnummer = leerling.contains("huisnummer") ? &leerling["huisnummer"] : nullptr;
    if (huisnummer != nullptr && huisnummer->is_string()) {
      kind.huisnummer = huisnummer->get<std::string>();
    } else if (huisnummer != nullptr && huisnummer->is_number_integer() &&
               huisnummer->get<int64_t>() > 0) {
      kind.huisnummer = std::to_string(huisnummer->get<int64_t>());
    }
    in.leerling = std::move(kind);
  } else {
    return Ongeldig("leerling",
                    "De leerling is een bestaand id (getal) of een object met "
                    "voornamen, achternaam, geslacht, geboortedatum, bsn, postcode "
                    "en huisnummer.");
  }
  return BouwNieuweAanmelding(in);
}

Result<VerlengingVerzoek> BouwVerlenging(int64_t weken, std::string reden) {
  if (weken < 1) return Ongeldig("weken", "Verleng met minstens 1 week.");
  // Anything beyond the legal maximum is refused by the rules (422); absurd numbers are input
  // errors and never reach the arithmetic.
  if (weken > 520) return Ongeldig("weken", "Geef een aantal weken van hoogstens 4.");
  return VerlengingVerzoek{static_cast<int>(weken), std::move(reden)};
}

Result<VerlengingVerzoek> ParseVerlenging(const json& body) {
  if (!body.is_object()) return Fail(ErrorCode::kInvalid, "Stuur {\"weken\": 4, \"reden\": ...}.");
  if (!body.contains("weken") || !body["weken"].is_number_integer()) {
    return Ongeldig("weken", "Geef het aantal weken als geheel getal.");
  }
  PASSEND_ASSIGN_OR_RETURN(auto reden, Text(body, "reden", false));
  return BouwVerlenging(body["weken"].get<int64_t>(), std::move(reden));
}

Result<domain::Besluit> BouwBesluit(const BesluitInvoer& in, domain::Date vandaag) {
  domain::Besluit b;
  if (Blank(in.uitkomst)) {
    return Ongeldig("uitkomst",
                    "Kies de uitkomst: toegelaten, elders geplaatst, geweigerd of ingetrokken.");
  }
  PASSEND_ASSIGN_OR_RETURN(b.uitkomst, domain::ParseUitkomst(in.uitkomst));
  if (!Blank(in.grond)) {
    PASSEND_ASSIGN_OR_RETURN(b.grond, domain::ParseWeigeringsgrond(in.grond));
  }
  if (!Blank(in.andere_school)) {
    // The stored code is the normalised one (`12ab00` is `12AB00`); a malformed code is kept
    // as typed, for the domain to refuse with its explanation.
    auto code = domain::Vestigingscode::Parse(in.andere_school);
    b.andere_school = code ? code->str() : in.andere_school;
  }
  b.andere_school_akkoord = in.andere_school_akkoord;
  b.met_arrangement = in.met_arrangement;
  PASSEND_ASSIGN_OR_RETURN(auto datum,
                           OptioneleDatum(in.datum, "datum", "de datum van het besluit"));
  b.datum = datum.value_or(vandaag);
  b.hoorrecht = in.hoorrecht;
  return b;
}

Result<domain::Besluit> ParseBesluit(const json& body, domain::Date vandaag) {
  if (!body.is_object()) return Fail(ErrorCode::kInvalid, "Stuur een JSON-object met het besluit.");
  BesluitInvoer in;
  PASSEND_ASSIGN_OR_RETURN(in.uitkomst, Text(body, "uitkomst", true));
  PASSEND_ASSIGN_OR_RETURN(in.grond, Text(body, "grond", false));
  PASSEND_ASSIGN_OR_RETURN(in.andere_school, Text(body, "andereSchool", false));
  PASSEND_ASSIGN_OR_RETURN(auto akkoord, Flag(body, "andereSchoolAkkoord", false));
  in.andere_school_akkoord = akkoord.value_or(false);
  PASSEND_ASSIGN_OR_RETURN(auto arrangement, Flag(body, "metArrangement", false));
  in.met_arrangement = arrangement.value_or(false);
  PASSEND_ASSIGN_OR_RETURN(in.datum, Text(body, "datum", false));
  if (body.contains("hoorrecht") && !body["hoorrecht"].is_null()) {
    const json& h = body["hoorrecht"];
    if (!h.is_object() || !h.contains("gehoord") || !h["gehoord"].is_boolean()) {
      return Ongeldig("hoorrecht",
                      "Geef hoorrecht als {\"gehoord\": true, \"zienswijze\": ...} of "
                      "{\"gehoord\": false, \"reden\": ...}.");
    }
    domain::Hoorrecht hoorrecht;
    hoorrecht.gehoord = h["gehoord"].get<bool>();
    PASSEND_ASSIGN_OR_RETURN(hoorrecht.zienswijze, Text(h, "zienswijze", false));
    PASSEND_ASSIGN_OR_RETURN(hoorrecht.reden, Text(h, "reden", false));
    in.hoorrecht = std::move(hoorrecht);
  }
  return BouwBesluit(in, vandaag);
}

json ToJson(const app::AanmeldingInzicht& inzicht) {
  const auto& o = inzicht.overzicht;
  const auto& a = o.aanmelding;
  const auto& s = inzicht.status;
  json behoeften = json::array();
  for (auto b : a.ondersteuningsbehoeften) {
    behoeften.push_back(std::string(domain::OndersteuningsbehoefteCode(b)));
  }
  json verlenging = nullptr;
  if (a.verlenging_dagen > 0) {
    verlenging = {{"dagen", a.verlenging_dagen},
                  {"reden", a.verlenging_reden},
                  {"verlengdOp", DatumOfNull(a.verlengd_op)}};
  }
  json besluit = nullptr;
  if (a.besluit) {
    const auto& b = *a.besluit;
    besluit = {{"uitkomst", std::string(domain::UitkomstCode(b.uitkomst))},
               {"uitkomstNaam", std::string(domain::UitkomstNaam(b.uitkomst))},
               {"datum", domain::FormatIsoDate(b.datum)},
               {"grond",
                b.grond ? json(std::string(domain::WeigeringsgrondCode(*b.grond))) : json(nullptr)},
               {"andereSchool", b.andere_school ? json(*b.andere_school) : json(nullptr)},
               {"andereSchoolAkkoord", b.andere_school_akkoord},
               {"metArrangement", b.met_arrangement},
               {"hoorrecht", b.hoorrecht ? json{{"gehoord", b.hoorrecht->gehoord},
                                                {"zienswijze", b.hoorrecht->zienswijze},
                                                {"reden", b.hoorrecht->reden}}
                                         : json(nullptr)}};
  }
  const std::string self = "/api/v1/aanmeldingen/" + std::to_string(a.id);
  return json{
      {"id", a.id},
      {"status", std::string(domain::AanmeldingStatusCode(s.soort))},
      {"statusToelichting", s.melding},
      {"uitersteBeslisdatum", DatumOfNull(s.uiterste_beslisdatum)},
      {"dagenResterend", s.dagen_resterend ? json(*s.dagen_resterend) : json(nullptr)},
      {"rechtOpVoorlopigePlaatsing", s.recht_op_voorlopige_plaatsing},
      {"leerling", {{"id", a.leerling.value}, {"naam", o.leerling_naam}}},
      {"school", {{"code", a.school.str()}, {"naam", o.school_naam}}},
      {"samenwerkingsverband", a.swv.empty() ? json(nullptr) : json(a.swv)},
      {"aanmelddatum", domain::FormatIsoDate(a.aanmelddatum)},
      {"schriftelijk", a.schriftelijk},
      {"gewensteStartdatum", DatumOfNull(a.gewenste_startdatum)},
      {"eersteKeuze", a.eerste_keuze},
      {"vooraanmelding", a.vooraanmelding},
      {"ondersteuningsbehoeften", std::move(behoeften)},
      {"verlenging", std::move(verlenging)},
      {"besluit", std::move(besluit)},
      {"doorSwv", a.door_swv},
      {"inGeschil", o.in_geschil},
      // WPO art. 40: among the child's undecided registrations, the first choice holds the
      // zorgplicht; null in lists and once decided.
      {"zorgplichtHouder",
       inzicht.zorgplicht_houder ? json(*inzicht.zorgplicht_houder) : json(nullptr)},
      {"_links",
       {{"self", {{"href", self}}},
        {"tijdlijn", {{"href", self + "/tijdlijn"}}},
        {"leerling", {{"href", "/api/v1/leerlingen/" + std::to_string(a.leerling.value)}}}}}};
}

json TijdlijnToJson(int64_t id, const std::vector<app::Event>& events) {
  json stappen = json::array();
  for (const auto& e : events) {
    json gegevens = json::parse(e.payload, nullptr, false);
    if (gegevens.is_discarded()) gegevens = json::object();
    // Who and when; the client address stays in the log for the SWV's audit, not here.
    stappen.push_back({{"volgnummer", e.seq},
                       {"tijdstip", domain::FormatIsoTimestamp(e.at)},
                       {"type", e.type},
                       {"omschrijving", Omschrijving(e.type)},
                       {"gebruiker", e.actor.gebruiker},
                       {"rol", e.actor.rol},
                       {"organisatie", e.actor.organisatie},
                       {"gegevens", std::move(gegevens)}});
  }
  const std::string self = "/api/v1/aanmeldingen/" + std::to_string(id);
  return json{
      {"_embedded", {{"stappen", std::move(stappen)}}},
      {"aantal", events.size()},
      {"_links", {{"self", {{"href", self + "/tijdlijn"}}}, {"aanmelding", {{"href", self}}}}}};
}

}  // namespace passend::web
