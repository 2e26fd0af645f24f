#include "web/arrangement_json.h"

#include "web/json_fields.h"
#include "web/openapi.h"

namespace passend::web {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

// An amount in whole cents: an integer, so no floating point ever carries money (domain.md
// §3.7). Negative amounts are refused by the domain's checks, naming the same field.
Result<std::optional<domain::Cents>> JsonCents(const json& body, const char* field) {
  PASSEND_ASSIGN_OR_RETURN(auto value, JsonInt(body, field));
  if (!value) return std::optional<domain::Cents>();
  return std::optional<domain::Cents>(domain::Cents(*value));
}

json EindeJson(const domain::Toekenning& t) {
  if (!t.einde) return nullptr;
  return json{{"op", domain::FormatIsoDate(t.einde->op)},
              {"reden", t.einde->reden},
              {"ingetrokken", domain::IsIngetrokken(t)}};
}

}  // namespace

Result<domain::Arrangement> ParseNieuwArrangement(const json& body) {
  domain::Arrangement a;
  PASSEND_ASSIGN_OR_RETURN(auto soort, JsonText(body, "soort", true));
  PASSEND_ASSIGN_OR_RETURN(a.soort, AlsVeldfout(domain::ParseArrangementSoort(soort), "soort"));
  PASSEND_ASSIGN_OR_RETURN(a.naam, JsonText(body, "naam", true));
  PASSEND_ASSIGN_OR_RETURN(a.omschrijving, JsonText(body, "omschrijving", false));
  PASSEND_ASSIGN_OR_RETURN(auto tarief, JsonText(body, "tarief", true));
  PASSEND_ASSIGN_OR_RETURN(a.tarief, AlsVeldfout(domain::ParseTarief(tarief), "tarief"));
  PASSEND_ASSIGN_OR_RETURN(auto bedrag, JsonCents(body, "bedrag"));
  if (!bedrag) {
    return Fail(ErrorCode::kInvalid, "Geef het bedrag in eurocent op (bijvoorbeeld 450000).",
                "bedrag");
  }
  a.bedrag = *bedrag;
  return a;
}

Result<app::ArrangementWijziging> ParseArrangementWijziging(const json& body) {
  app::ArrangementWijziging w;
  if (body.contains("naam")) {
    PASSEND_ASSIGN_OR_RETURN(w.naam, JsonText(body, "naam", true));
  }
  if (body.contains("omschrijving")) {
    PASSEND_ASSIGN_OR_RETURN(w.omschrijving, JsonText(body, "omschrijving", false));
  }
  if (body.contains("tarief")) {
    PASSEND_ASSIGN_OR_RETURN(auto tarief, JsonText(body, "tarief", true));
    PASSEND_ASSIGN_OR_RETURN(w.tarief, AlsVeldfout(domain::ParseTarief(tarief), "tarief"));
  }
  PASSEND_ASSIGN_OR_RETURN(w.bedrag, JsonCents(body, "bedrag"));
  PASSEND_ASSIGN_OR_RETURN(w.actief, JsonFlag(body, "actief", false));
  if (!w.naam && !w.omschrijving && !w.tarief && !w.bedrag && !w.actief) {
    return Fail(ErrorCode::kInvalid,
                "Geef ten minste één wijziging op: naam, omschrijving, tarief, bedrag of actief.",
                "actief");
  }
  return w;
}

Result<app::NieuweToekenning> ParseNieuweToekenning(const json& body) {
  app::NieuweToekenning nieuw;
  PASSEND_ASSIGN_OR_RETURN(auto arrangement, JsonInt(body, "arrangement"));
  if (!arrangement || *arrangement <= 0) {
    return Fail(ErrorCode::kInvalid, "Geef het id van het arrangement op.", "arrangement");
  }
  nieuw.arrangement = *arrangement;
  PASSEND_ASSIGN_OR_RETURN(nieuw.leerling, VerplichteLeerling(body));
  PASSEND_ASSIGN_OR_RETURN(nieuw.school, JsonText(body, "school", true));
  PASSEND_ASSIGN_OR_RETURN(nieuw.van, VerplichteDatum(body, "van", "de begindatum"));
  PASSEND_ASSIGN_OR_RETURN(nieuw.tot, VerplichteDatum(body, "tot", "de einddatum"));
  PASSEND_ASSIGN_OR_RETURN(nieuw.bedrag, JsonCents(body, "bedrag"));
  return nieuw;
}

Result<domain::ToekenningEinde> ParseToekenningEinde(const json& body, domain::Date vandaag) {
  domain::ToekenningEinde einde;
  PASSEND_ASSIGN_OR_RETURN(einde.reden, JsonText(body, "reden", true));
  PASSEND_ASSIGN_OR_RETURN(auto op, JsonDate(body, "op"));
  einde.op = op ? *op : vandaag;
  return einde;
}

json ToJson(const domain::Arrangement& a) {
  const std::string self = "/api/v1/arrangementen/" + std::to_string(a.id);
  return json{
      {"id", a.id},
      {"swv", a.swv.str()},
      {"soort", std::string(domain::ArrangementSoortCode(a.soort))},
      {"soortNaam", std::string(domain::ArrangementSoortNaam(a.soort))},
      {"naam", a.naam},
      {"omschrijving", a.omschrijving},
      {"tarief", std::string(domain::TariefCode(a.tarief))},
      {"bedrag", a.bedrag.value()},
      {"bedragWeergave", a.bedrag.Format()},
      {"actief", a.actief},
      {"_links",
       {{"self", {{"href", self}}},
        {"toekenningen",
         {{"href", "/api/v1/arrangement-toekenningen?arrangement=" + std::to_string(a.id)}}}}}};
}

json ToJson(const app::ToekenningOverzicht& o) {
  const domain::Toekenning& t = o.toekenning;
  return json{
      {"id", t.id},
      {"arrangement", t.arrangement},
      {"arrangementNaam", o.arrangement_naam},
      {"soort", std::string(domain::ArrangementSoortCode(o.soort))},
      {"swv", t.swv.str()},
      {"leerling", t.leerling.value},
      {"leerlingNaam", o.leerling_naam},
      {"school", t.school.str()},
      {"schoolNaam", o.school_naam},
      {"van", domain::FormatIsoDate(t.van)},
      {"tot", domain::FormatIsoDate(t.tot)},
      {"bedrag", t.bedrag.value()},
      {"bedragWeergave", t.bedrag.Format()},
      {"einde", EindeJson(t)},
      {"_links",
       {{"self", {{"href", "/api/v1/arrangement-toekenningen/" + std::to_string(t.id)}}},
        {"arrangement", {{"href", "/api/v1/arrangementen/" + std::to_string(t.arrangement)}}},
        {"leerling", {{"href", "/api/v1/leerlingen/" + std::to_string(t.leerling.value)}}}}}};
}

json ToJson(const app::ArrangementBedragen& b) {
  json scholen = json::array();
  for (const auto& [school, bedrag] : b.per_school) {
    scholen.push_back(json{{"school", school},
                           {"aantal", bedrag.aantal},
                           {"bedrag", bedrag.bedrag.value()},
                           {"bedragWeergave", bedrag.bedrag.Format()}});
  }
  return json{{"swv", b.swv},
              {"van", domain::FormatIsoDate(b.periode.van)},
              {"tot", domain::FormatIsoDate(b.periode.tot)},
              {"aantal", b.aantal},
              {"totaal", b.totaal.value()},
              {"totaalWeergave", b.totaal.Format()},
              {"scholen", std::move(scholen)}};
}

void AddArrangementSchemas(json& schemas) {
  const json geheel{{"type", "integer"}};
  const json centen{{"type", "integer"},
                    {"format", "int64"},
                    {"description", "Bedrag in eurocent (geheel getal, nooit een kommagetal)"}};
  const json tekst{{"type", "string"}};
  const json dag{{"type", "string"}, {"format", "date"}};
  const json ja_nee{{"type", "boolean"}};
  const json soort{{"type", "string"},
                   {"enum",
                    {"ondersteuning-regulier", "groep-regulier", "tijdelijk-vso", "ambulant",
                     "onderwijs-zorg"}}};
  const json tarief{{"type", "string"}, {"enum", {"per-leerling-per-jaar", "budget"}}};
  schemas["NieuwArrangement"] = {{"type", "object"},
                                 {"required", {"soort", "naam", "tarief", "bedrag"}},
                                 {"properties",
                                  {{"soort", soort},
                                   {"naam", tekst},
                                   {"omschrijving", tekst},
                                   {"tarief", tarief},
                                   {"bedrag", centen}}}};
  schemas["ArrangementWijziging"] = {
      {"type", "object"},
      {"description", "Alleen de opgegeven velden wijzigen; actief false deactiveert"},
      {"properties",
       {{"naam", tekst},
        {"omschrijving", tekst},
        {"tarief", tarief},
        {"bedrag", centen},
        {"actief", ja_nee}}}};
  schemas["Arrangement"] = {
      {"type", "object"},
      {"required", {"id", "swv", "soort", "naam", "tarief", "bedrag", "actief"}},
      {"properties",
       {{"id", geheel},
        {"swv", tekst},
        {"soort", soort},
        {"soortNaam", tekst},
        {"naam", tekst},
        {"omschrijving", tekst},
        {"tarief", tarief},
        {"bedrag", centen},
        {"bedragWeergave", tekst},
        {"actief", ja_nee},
        {"_links", {{"type", "object"}}}}}};
  schemas["ArrangementPagina"] = PageSchema("arrangementen", "Arrangement");
  schemas["NieuweToekenning"] = {
      {"type", "object"},
      {"required", {"arrangement", "leerling", "school", "van", "tot"}},
      {"properties",
       {{"arrangement", geheel},
        {"leerling", geheel},
        {"school",
         {{"type", "string"}, {"description", "Vestigingscode waar de ondersteuning is"}}},
        {"van", dag},
        {"tot", dag},
        {"bedrag", centen}}}};
  schemas["ToekenningBeeindiging"] = {
      {"type", "object"}, {"required", {"reden"}}, {"properties", {{"op", dag}, {"reden", tekst}}}};
  schemas["Toekenning"] = {
      {"type", "object"},
      {"required", {"id", "arrangement", "leerling", "school", "van", "tot", "bedrag"}},
      {"properties",
       {{"id", geheel},
        {"arrangement", geheel},
        {"arrangementNaam", tekst},
        {"soort", soort},
        {"swv", tekst},
        {"leerling", geheel},
        {"leerlingNaam", tekst},
        {"school", tekst},
        {"schoolNaam", tekst},
        {"van", dag},
        {"tot", dag},
        {"bedrag", centen},
        {"bedragWeergave", tekst},
        {"einde",
         {{"type", "object"},
          {"nullable", true},
          {"properties", {{"op", dag}, {"reden", tekst}, {"ingetrokken", ja_nee}}}}},
        {"_links", {{"type", "object"}}}}}};
  schemas["ToekenningPagina"] = PageSchema("toekenningen", "Toekenning");
  schemas["ArrangementBedragen"] = {{"type", "object"},
                                    {"required", {"swv", "van", "tot", "totaal", "scholen"}},
                                    {"properties",
                                     {{"swv", tekst},
                                      {"van", dag},
                                      {"tot", dag},
                                      {"aantal", geheel},
                                      {"totaal", centen},
                                      {"totaalWeergave", tekst},
                                      {"scholen",
                                       {{"type", "array"},
                                        {"items",
                                         {{"type", "object"},
                                          {"properties",
                                           {{"school", tekst},
                                            {"aantal", geheel},
                                            {"bedrag", centen},
                                            {"bedragWeergave", tekst}}}}}}}}}};
}

}  // namespace passend::web
