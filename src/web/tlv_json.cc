#include "web/tlv_json.h"

#include <fmt/format.h>

#include "web/json_fields.h"
#include "web/openapi.h"

namespace passend::web {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

const char* StatusCode(app::TlvStatus status) {
  switch (status) {
    case app::TlvStatus::kOpen:
      return "open";
    case app::TlvStatus::kCompleet:
      return "compleet";
    case app::TlvStatus::kBesloten:
      return "besloten";
  }
  return "open";
}

json CategorieOfNull(const std::optional<domain::TlvCategorie>& c) {
  return c ? json(std::string(domain::TlvCategorieCode(*c))) : json(nullptr);
}

json TekstOfNull(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json BesluitJson(const std::optional<domain::TlvBesluit>& b) {
  if (!b) return nullptr;
  return json{{"uitkomst", b->toegekend ? "toegekend" : "afgewezen"},
              {"datum", domain::FormatIsoDate(b->datum)},
              {"categorie", CategorieOfNull(b->categorie)},
              {"ingangsdatum", DateOrNull(b->ingangsdatum)},
              {"einddatum", DateOrNull(b->einddatum)},
              {"heleLoopbaan", b->hele_loopbaan},
              {"motivering", TekstOfNull(b->motivering)}};
}

json BezwaarJson(const std::optional<domain::TlvBezwaar>& z) {
  if (!z) return nullptr;
  return json{{"ingediendOp", domain::FormatIsoDate(z->ingediend_op)},
              {"gronden", z->gronden},
              {"lbtAdviesOp", DateOrNull(z->lbt_advies_op)},
              {"lbtAdvies", TekstOfNull(z->lbt_advies)},
              {"beslistOp", DateOrNull(z->beslist_op)},
              {"gegrond", z->beslist_op ? json(z->gegrond) : json(nullptr)},
              {"beslissing", TekstOfNull(z->beslissing)}};
}

json TellingJson(const domain::TlvTelling& t) {
  auto per_categorie = [](const std::map<domain::TlvCategorie, int>& m) {
    json result = json::object();
    for (auto c : {domain::TlvCategorie::kLaag, domain::TlvCategorie::kMidden,
                   domain::TlvCategorie::kHoog}) {
      auto it = m.find(c);
      result[std::string(domain::TlvCategorieCode(c))] = it == m.end() ? 0 : it->second;
    }
    return result;
  };
  return json{{"totaal", t.totaal},
              {"sbo", t.sbo},
              {"so", per_categorie(t.so)},
              {"vso", per_categorie(t.vso)}};
}

json RegelJson(const app::TlvRegel& r) {
  const auto& t = r.tlv;
  return json{{"aanvraag", t.aanvraag},
              {"leerling", t.leerling.value},
              {"leerlingNaam", r.leerling_naam},
              {"swv", t.swv.str()},
              {"soort", std::string(domain::TlvSoortCode(t.soort))},
              {"categorie", CategorieOfNull(t.categorie)},
              {"ingangsdatum", domain::FormatIsoDate(t.ingangsdatum)},
              {"einddatum", DateOrNull(t.einddatum)},
              {"heleLoopbaan", !t.einddatum.has_value()},
              {"school", r.school},
              {"huidigeSchool", TekstOfNull(r.huidige_school)},
              {"huidigeSchoolNaam", TekstOfNull(r.huidige_school_naam)},
              {"huidigeSchoolSoort", TekstOfNull(r.huidige_school_soort)},
              {"huidigeSchoolSwv", TekstOfNull(r.huidige_school_swv)},
              {"_links",
               {{"aanvraag", {{"href", "/api/v1/tlv-aanvragen/" + std::to_string(t.aanvraag)}}}}}};
}

json Regels(const std::vector<app::TlvRegel>& regels) {
  json result = json::array();
  for (const auto& r : regels) result.push_back(RegelJson(r));
  return result;
}

}  // namespace

Result<app::NieuweTlvAanvraag> ParseNieuweTlvAanvraag(const json& body) {
  app::NieuweTlvAanvraag nieuw;
  PASSEND_ASSIGN_OR_RETURN(nieuw.leerling, VerplichteLeerling(body));
  PASSEND_ASSIGN_OR_RETURN(auto soort, JsonText(body, "soort", true));
  PASSEND_ASSIGN_OR_RETURN(nieuw.soort, AlsVeldfout(domain::ParseTlvSoort(soort), "soort"));
  PASSEND_ASSIGN_OR_RETURN(nieuw.ondersteuningsbehoefte,
                           JsonText(body, "ondersteuningsbehoefte", false));
  PASSEND_ASSIGN_OR_RETURN(nieuw.al_gedaan, JsonText(body, "alGedaan", false));
  PASSEND_ASSIGN_OR_RETURN(nieuw.zienswijze_ouders, JsonText(body, "zienswijzeOuders", false));
  // As the aanmeldingen API: the student's view, or why it could not be asked (seed 000 #4).
  PASSEND_ASSIGN_OR_RETURN(nieuw.hoorrecht, JsonHoorrecht(body));
  return nieuw;
}

Result<domain::Deskundigenadvies> ParseTlvAdvies(const json& body, domain::Date vandaag) {
  domain::Deskundigenadvies advies;
  PASSEND_ASSIGN_OR_RETURN(advies.discipline, JsonText(body, "discipline", true));
  PASSEND_ASSIGN_OR_RETURN(advies.naam, JsonText(body, "naam", true));
  PASSEND_ASSIGN_OR_RETURN(advies.advies, JsonText(body, "advies", true));
  PASSEND_ASSIGN_OR_RETURN(auto datum, JsonDate(body, "datum"));
  advies.datum = datum ? *datum : vandaag;
  return advies;
}

Result<domain::TlvBesluit> ParseTlvBesluit(const json& body, domain::Date vandaag) {
  domain::TlvBesluit besluit;
  PASSEND_ASSIGN_OR_RETURN(auto uitkomst, JsonText(body, "uitkomst", true));
  if (uitkomst != "toegekend" && uitkomst != "afgewezen") {
    return Fail(ErrorCode::kInvalid, "Kies de uitkomst: toegekend of afgewezen.", "uitkomst");
  }
  besluit.toegekend = uitkomst == "toegekend";
  PASSEND_ASSIGN_OR_RETURN(auto datum, JsonDate(body, "datum"));
  besluit.datum = datum ? *datum : vandaag;
  PASSEND_ASSIGN_OR_RETURN(auto categorie, JsonText(body, "categorie", false));
  if (!categorie.empty()) {
    PASSEND_ASSIGN_OR_RETURN(besluit.categorie,
                             AlsVeldfout(domain::ParseTlvCategorie(categorie), "categorie"));
  }
  PASSEND_ASSIGN_OR_RETURN(besluit.ingangsdatum, JsonDate(body, "ingangsdatum"));
  PASSEND_ASSIGN_OR_RETURN(besluit.einddatum, JsonDate(body, "einddatum"));
  PASSEND_ASSIGN_OR_RETURN(auto hele_loopbaan, JsonFlag(body, "heleLoopbaan", false));
  besluit.hele_loopbaan = hele_loopbaan.value_or(false);
  PASSEND_ASSIGN_OR_RETURN(besluit.motivering, JsonText(body, "motivering", false));
  return besluit;
}

Result<TlvBezwaarVerzoek> ParseTlvBezwaar(const json& body) {
  TlvBezwaarVerzoek verzoek;
  PASSEND_ASSIGN_OR_RETURN(verzoek.datum, JsonDate(body, "datum"));
  PASSEND_ASSIGN_OR_RETURN(verzoek.gronden, JsonText(body, "gronden", true));
  return verzoek;
}

Result<app::TlvBezwaarAfronding> ParseTlvBezwaarAfronding(const json& body, domain::Date vandaag) {
  app::TlvBezwaarAfronding afronding;
  PASSEND_ASSIGN_OR_RETURN(
      afronding.lbt_advies_op,
      VerplichteDatum(body, "lbtAdviesOp", "de datum van het advies van de bezwaarcommissie"));
  PASSEND_ASSIGN_OR_RETURN(afronding.lbt_advies, JsonText(body, "lbtAdvies", true));
  PASSEND_ASSIGN_OR_RETURN(auto beslist_op, JsonDate(body, "beslistOp"));
  afronding.beslist_op = beslist_op ? *beslist_op : vandaag;
  PASSEND_ASSIGN_OR_RETURN(auto gegrond, JsonFlag(body, "gegrond", true));
  afronding.gegrond = gegrond.value_or(false);
  PASSEND_ASSIGN_OR_RETURN(afronding.beslissing, JsonText(body, "beslissing", true));
  return afronding;
}

json ToJson(const app::TlvInzicht& inzicht) {
  const auto& o = inzicht.overzicht;
  const auto& a = o.aanvraag;
  json adviezen = json::array();
  for (const auto& advies : a.adviezen) {
    adviezen.push_back({{"discipline", advies.discipline},
                        {"naam", advies.naam},
                        {"datum", domain::FormatIsoDate(advies.datum)},
                        {"advies", advies.advies}});
  }
  return json{
      {"id", a.id},
      {"leerling", a.leerling.value},
      {"leerlingNaam", o.leerling_naam},
      {"school", a.school.str()},
      {"schoolNaam", o.school_naam},
      {"swv", a.swv.str()},
      {"soort", std::string(domain::TlvSoortCode(a.soort))},
      {"aangevraagdOp", domain::FormatIsoDate(a.aangevraagd_op)},
      {"ondersteuningsbehoefte", a.ondersteuningsbehoefte},
      {"alGedaan", a.al_gedaan},
      {"zienswijzeOuders", a.zienswijze_ouders},
      {"hoorrecht", HoorrechtJson(a.hoorrecht)},
      {"adviezen", std::move(adviezen)},
      {"status", StatusCode(inzicht.status)},
      {"compleet", inzicht.compleet_op.has_value()},
      {"compleetOp", DateOrNull(inzicht.compleet_op)},
      {"beslisUiterlijk", DateOrNull(inzicht.beslis_uiterlijk)},
      {"besluit", BesluitJson(a.besluit)},
      {"bezwaarUiterlijk", DateOrNull(inzicht.bezwaar_uiterlijk)},
      {"bezwaar", BezwaarJson(a.bezwaar)},
      {"evaluatieGevraagdOp", DateOrNull(a.evaluatie_gevraagd_op)},
      {"_links",
       {{"self", {{"href", "/api/v1/tlv-aanvragen/" + std::to_string(a.id)}}},
        {"leerling", {{"href", "/api/v1/leerlingen/" + std::to_string(a.leerling.value)}}}}}};
}

json ToJson(const app::TlvRegister& reg) {
  std::string self = fmt::format("/api/v1/tlvs?peildatum={}", domain::FormatIsoDate(reg.peildatum));
  if (reg.swv) self += fmt::format("&swv={}", *reg.swv);
  if (reg.actief) self += *reg.actief ? "&actief=true" : "&actief=false";
  return json{{"swv", reg.swv ? json(*reg.swv) : json(nullptr)},
              {"peildatum", domain::FormatIsoDate(reg.peildatum)},
              {"actief", reg.actief ? json(*reg.actief) : json(nullptr)},
              {"telling", TellingJson(reg.actief_telling)},
              {"teldatum", domain::FormatIsoDate(reg.teldatum)},
              {"tellingOpTeldatum", TellingJson(reg.teldatum_telling)},
              {"tlvs", Regels(reg.tlvs)},
              {"eindigenBinnenkort", Regels(reg.eindigen_binnenkort)},
              {"grensverkeer",
               {{"uit", Regels(reg.grensverkeer_uit)}, {"in", Regels(reg.grensverkeer_in)}}},
              {"_links", {{"self", {{"href", self}}}}}};
}

void AddTlvSchemas(json& schemas) {
  const json geheel{{"type", "integer"}};
  const json tekst{{"type", "string"}};
  const json tekst_of_null{{"type", "string"}, {"nullable", true}};
  const json dag{{"type", "string"}, {"format", "date"}};
  const json dag_of_null{{"type", "string"}, {"format", "date"}, {"nullable", true}};
  const json ja_nee{{"type", "boolean"}};
  const json soort{{"type", "string"}, {"enum", {"sbo", "so", "vso"}}};
  const json categorie{{"type", "string"}, {"enum", {"laag", "midden", "hoog"}}};
  const json categorie_of_null{{"type", "string"},
                               {"nullable", true},
                               {"description", "laag, midden of hoog; null bij sbo"}};
  const json hoorrecht{
      {"type", "object"},
      {"description",
       "De mening van de leerling (gehoord), of waarom die niet gevraagd kon worden"},
      {"required", {"gehoord"}},
      {"properties", {{"gehoord", ja_nee}, {"zienswijze", tekst}, {"reden", tekst}}}};
  schemas["NieuweTlvAanvraag"] = {{"type", "object"},
                                  {"required",
                                   {"leerling", "soort", "ondersteuningsbehoefte", "alGedaan",
                                    "zienswijzeOuders", "hoorrecht"}},
                                  {"properties",
                                   {{"leerling", geheel},
                                    {"soort", soort},
                                    {"ondersteuningsbehoefte", tekst},
                                    {"alGedaan", tekst},
                                    {"zienswijzeOuders", tekst},
                                    {"hoorrecht", hoorrecht}}}};
  schemas["NieuwTlvAdvies"] = {
      {"type", "object"},
      {"required", {"discipline", "naam", "advies"}},
      {"properties",
       {{"discipline",
         {{"type", "string"},
          {"description", "Bijvoorbeeld orthopedagoog, psycholoog of kinderarts"}}},
        {"naam", tekst},
        {"advies", tekst},
        {"datum", dag}}}};
  schemas["NieuwTlvBesluit"] = {
      {"type", "object"},
      {"required", {"uitkomst"}},
      {"properties",
       {{"uitkomst", {{"type", "string"}, {"enum", {"toegekend", "afgewezen"}}}},
        {"datum", dag},
        {"categorie", categorie},
        {"ingangsdatum", dag},
        {"einddatum", dag},
        {"heleLoopbaan", ja_nee},
        {"motivering", tekst}}}};
  schemas["NieuwTlvBezwaar"] = {{"type", "object"},
                                {"required", {"gronden"}},
                                {"properties", {{"datum", dag}, {"gronden", tekst}}}};
  schemas["TlvBezwaarAfronding"] = {
      {"type", "object"},
      {"required", {"lbtAdviesOp", "lbtAdvies", "gegrond", "beslissing"}},
      {"properties",
       {{"lbtAdviesOp", dag},
        {"lbtAdvies", tekst},
        {"beslistOp", dag},
        {"gegrond", ja_nee},
        {"beslissing", tekst}}}};
  schemas["TlvAanvraag"] = {
      {"type", "object"},
      {"description", "Een TLV-aanvraag met adviezen, status, termijnen, besluit en bezwaar"},
      {"required", {"id", "leerling", "soort", "status", "compleet", "adviezen"}},
      {"properties",
       {{"id", geheel},
        {"leerling", geheel},
        {"leerlingNaam", tekst},
        {"school", tekst},
        {"schoolNaam", tekst},
        {"swv", tekst},
        {"soort", soort},
        {"aangevraagdOp", dag},
        {"ondersteuningsbehoefte", tekst},
        {"alGedaan", tekst},
        {"zienswijzeOuders", tekst},
        {"hoorrecht", {{"type", "object"}}},
        {"adviezen",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"discipline", tekst}, {"naam", tekst}, {"datum", dag}, {"advies", tekst}}}}}}},
        {"status", {{"type", "string"}, {"enum", {"open", "compleet", "besloten"}}}},
        {"compleet", ja_nee},
        {"compleetOp", dag_of_null},
        {"beslisUiterlijk", dag_of_null},
        {"besluit",
         {{"type", "object"},
          {"nullable", true},
          {"properties",
           {{"uitkomst", {{"type", "string"}, {"enum", {"toegekend", "afgewezen"}}}},
            {"datum", dag},
            {"categorie", categorie_of_null},
            {"ingangsdatum", dag_of_null},
            {"einddatum", dag_of_null},
            {"heleLoopbaan", ja_nee},
            {"motivering", tekst_of_null}}}}},
        {"bezwaarUiterlijk", dag_of_null},
        {"bezwaar",
         {{"type", "object"},
          {"nullable", true},
          {"properties",
           {{"ingediendOp", dag},
            {"gronden", tekst},
            {"lbtAdviesOp", dag_of_null},
            {"lbtAdvies", tekst_of_null},
            {"beslistOp", dag_of_null},
            {"gegrond", {{"type", "boolean"}, {"nullable", true}}},
            {"beslissing", tekst_of_null}}}}},
        {"evaluatieGevraagdOp", dag_of_null},
        {"_links", {{"type", "object"}}}}}};
  schemas["TlvAanvraagPagina"] = PageSchema("tlvAanvragen", "TlvAanvraag");
  const json per_categorie{
      {"type", "object"}, {"properties", {{"laag", geheel}, {"midden", geheel}, {"hoog", geheel}}}};
  schemas["TlvTelling"] = {
      {"type", "object"},
      {"properties",
       {{"totaal", geheel}, {"sbo", geheel}, {"so", per_categorie}, {"vso", per_categorie}}}};
  schemas["Tlv"] = {{"type", "object"},
                    {"properties",
                     {{"aanvraag", geheel},
                      {"leerling", geheel},
                      {"leerlingNaam", tekst},
                      {"swv", tekst},
                      {"soort", soort},
                      {"categorie", categorie_of_null},
                      {"ingangsdatum", dag},
                      {"einddatum", dag_of_null},
                      {"heleLoopbaan", ja_nee},
                      {"school", tekst},
                      {"huidigeSchool", tekst_of_null},
                      {"huidigeSchoolNaam", tekst_of_null},
                      {"huidigeSchoolSoort", tekst_of_null},
                      {"huidigeSchoolSwv", tekst_of_null},
                      {"_links", {{"type", "object"}}}}}};
  const json lijst{{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Tlv"}}}};
  schemas["TlvRegister"] = {
      {"type", "object"},
      {"required", {"peildatum", "telling", "teldatum", "tellingOpTeldatum", "tlvs"}},
      {"properties",
       {{"swv", tekst_of_null},
        {"peildatum", dag},
        {"actief", {{"type", "boolean"}, {"nullable", true}}},
        {"telling", {{"$ref", "#/components/schemas/TlvTelling"}}},
        {"teldatum", dag},
        {"tellingOpTeldatum", {{"$ref", "#/components/schemas/TlvTelling"}}},
        {"tlvs", lijst},
        {"eindigenBinnenkort", lijst},
        {"grensverkeer", {{"type", "object"}, {"properties", {{"uit", lijst}, {"in", lijst}}}}},
        {"_links", {{"type", "object"}}}}}};
}

}  // namespace passend::web
