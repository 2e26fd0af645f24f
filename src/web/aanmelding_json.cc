#include "web/aanmelding_json.h"

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

Result<std::optional<domain::Date>> Datum(const json& body, const std::string& field,
                                          bool required) {
  PASSEND_ASSIGN_OR_RETURN(auto text, Text(body, field, required));
  if (text.empty()) {
    if (required) return Ongeldig(field, "Vul " + field + " in (JJJJ-MM-DD).");
    return std::optional<domain::Date>();
  }
  auto date = domain::ParseIsoDate(text);
  if (!date) return Ongeldig(field, field + " is geen bestaande datum (JJJJ-MM-DD).");
  return std::optional<domain::Date>(*date);
}

template <typename T>
Result<T> Veld(Result<T> parsed, const std::string& field) {
  if (parsed) return parsed;
  domain::Error error = parsed.error();
  error.code = ErrorCode::kInvalid;
  error.field = field;
  return std::unexpected(std::move(error));
}

Result<domain::Leerling> ParseNieuweLeerling(const json& j) {
  domain::Leerling l;
  PASSEND_ASSIGN_OR_RETURN(l.voornaam, Text(j, "voornamen", true));
  PASSEND_ASSIGN_OR_RETURN(l.tussenvoegsel, Text(j, "tussenvoegsel", false));
  PASSEND_ASSIGN_OR_RETURN(l.achternaam, Text(j, "achternaam", true));
  PASSEND_ASSIGN_OR_RETURN(auto geslacht, Text(j, "geslacht", true));
  PASSEND_ASSIGN_OR_RETURN(l.geslacht, Veld(domain::ParseGeslacht(geslacht), "geslacht"));
  PASSEND_ASSIGN_OR_RETURN(auto geboortedatum, Datum(j, "geboortedatum", true));
  l.geboortedatum = *geboortedatum;
  PASSEND_ASSIGN_OR_RETURN(auto bsn, Text(j, "bsn", true));
  PASSEND_ASSIGN_OR_RETURN(l.bsn, Veld(domain::Bsn::Parse(bsn), "bsn"));
  PASSEND_ASSIGN_OR_RETURN(auto postcode, Text(j, "postcode", true));
  PASSEND_ASSIGN_OR_RETURN(l.postcode, Veld(domain::Postcode::Parse(postcode), "postcode"));
  // The registry stores the postcode (and derives the municipality); the house number is
  // checked but not stored until addresses (BAG) are part of the registry.
  if (!j.contains("huisnummer") ||
      !((j["huisnummer"].is_string() && !j["huisnummer"].get<std::string>().empty()) ||
        (j["huisnummer"].is_number_integer() && j["huisnummer"].get<int64_t>() > 0))) {
    return Ongeldig("huisnummer", "Vul het huisnummer in.");
  }
  if (l.voornaam.empty()) return Ongeldig("voornamen", "Vul de voornamen in.");
  if (l.achternaam.empty()) return Ongeldig("achternaam", "Vul de achternaam in.");
  return l;
}

json DatumOfNull(const std::optional<domain::Date>& date) {
  return date ? json(domain::FormatIsoDate(*date)) : json(nullptr);
}

std::string Omschrijving(const std::string& type) {
  if (type == "AanmeldingGeregistreerd") return "Aanmelding geregistreerd";
  if (type == "AanmeldingVerlengd") return "Beslistermijn verlengd";
  if (type == "AanmeldingBesloten") return "Besluit genomen";
  return type;
}

}  // namespace

Result<app::NieuweAanmelding> ParseNieuweAanmelding(const json& body) {
  if (!body.is_object()) {
    return Fail(ErrorCode::kInvalid, "Stuur een JSON-object met de aanmelding.");
  }
  app::NieuweAanmelding n;
  PASSEND_ASSIGN_OR_RETURN(auto school, Text(body, "school", true));
  PASSEND_ASSIGN_OR_RETURN(n.school, Veld(domain::Vestigingscode::Parse(school), "school"));
  PASSEND_ASSIGN_OR_RETURN(auto aanmelddatum, Datum(body, "aanmelddatum", true));
  n.aanmelddatum = *aanmelddatum;
  PASSEND_ASSIGN_OR_RETURN(auto schriftelijk, Flag(body, "schriftelijk", true));
  n.schriftelijk = *schriftelijk;
  PASSEND_ASSIGN_OR_RETURN(auto eerste_keuze, Flag(body, "eersteKeuze", true));
  n.eerste_keuze = *eerste_keuze;
  PASSEND_ASSIGN_OR_RETURN(auto vooraanmelding, Flag(body, "vooraanmelding", false));
  n.vooraanmelding = vooraanmelding.value_or(false);
  PASSEND_ASSIGN_OR_RETURN(n.gewenste_startdatum, Datum(body, "gewensteStartdatum", false));
  if (!body.contains("ondersteuningsbehoeften") || !body["ondersteuningsbehoeften"].is_array()) {
    return Ongeldig("ondersteuningsbehoeften",
                    "Geef de ondersteuningsbehoeften als lijst, bijvoorbeeld [\"gedrag\"].");
  }
  for (const auto& b : body["ondersteuningsbehoeften"]) {
    if (!b.is_string()) {
      return Ongeldig("ondersteuningsbehoeften", "Elke ondersteuningsbehoefte is tekst.");
    }
    PASSEND_ASSIGN_OR_RETURN(auto behoefte,
                             domain::ParseOndersteuningsbehoefte(b.get<std::string>()));
    n.ondersteuningsbehoeften.push_back(behoefte);
  }
  if (!body.contains("leerling")) {
    return Ongeldig("leerling",
                    "Geef de leerling op: een bestaand id of de gegevens van een "
                    "nieuwe leerling.");
  }
  const json& leerling = body["leerling"];
  if (leerling.is_number_integer() && leerling.get<int64_t>() > 0) {
    n.leerling = domain::LeerlingId{leerling.get<int64_t>()};
  } else if (leerling.is_object()) {
    PASSEND_ASSIGN_OR_RETURN(n.leerling, ParseNieuweLeerling(leerling));
  } else {
    return Ongeldig("leerling",
                    "De leerling is een bestaand id (getal) of een object met "
                    "voornamen, achternaam, geslacht, geboortedatum, bsn, postcode "
                    "en huisnummer.");
  }
  return n;
}

Result<VerlengingVerzoek> ParseVerlenging(const json& body) {
  if (!body.is_object()) return Fail(ErrorCode::kInvalid, "Stuur {\"weken\": 4, \"reden\": ...}.");
  if (!body.contains("weken") || !body["weken"].is_number_integer()) {
    return Ongeldig("weken", "Geef het aantal weken als geheel getal.");
  }
  const int64_t weken = body["weken"].get<int64_t>();
  if (weken < 1) return Ongeldig("weken", "Verleng met minstens 1 week.");
  // Anything beyond the legal maximum is refused by the rules (422); absurd numbers are input
  // errors and never reach the arithmetic.
  if (weken > 520) return Ongeldig("weken", "Geef een aantal weken van hoogstens 4.");
  VerlengingVerzoek v;
  v.weken = static_cast<int>(weken);
  PASSEND_ASSIGN_OR_RETURN(v.reden, Text(body, "reden", false));
  return v;
}

Result<domain::Besluit> ParseBesluit(const json& body, domain::Date vandaag) {
  if (!body.is_object()) return Fail(ErrorCode::kInvalid, "Stuur een JSON-object met het besluit.");
  domain::Besluit b;
  PASSEND_ASSIGN_OR_RETURN(auto uitkomst, Text(body, "uitkomst", true));
  PASSEND_ASSIGN_OR_RETURN(b.uitkomst, domain::ParseUitkomst(uitkomst));
  PASSEND_ASSIGN_OR_RETURN(auto grond, Text(body, "grond", false));
  if (!grond.empty()) {
    PASSEND_ASSIGN_OR_RETURN(b.grond, domain::ParseWeigeringsgrond(grond));
  }
  PASSEND_ASSIGN_OR_RETURN(auto andere, Text(body, "andereSchool", false));
  if (!andere.empty()) b.andere_school = andere;
  PASSEND_ASSIGN_OR_RETURN(auto akkoord, Flag(body, "andereSchoolAkkoord", false));
  b.andere_school_akkoord = akkoord.value_or(false);
  PASSEND_ASSIGN_OR_RETURN(auto arrangement, Flag(body, "metArrangement", false));
  b.met_arrangement = arrangement.value_or(false);
  PASSEND_ASSIGN_OR_RETURN(auto datum, Datum(body, "datum", false));
  b.datum = datum.value_or(vandaag);
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
    b.hoorrecht = std::move(hoorrecht);
  }
  return b;
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
