#include "web/ondersteuning_json.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "web/json_fields.h"
#include "web/registry_json.h"

namespace passend::web {

using nlohmann::json;

namespace {

json SchoolJson(const domain::School& s) {
  return json{{"code", s.code.str()},
              {"naam", s.naam},
              {"soort", domain::SchoolSoortCode(s.soort)},
              {"plaats", s.adres.plaats},
              {"samenwerkingsverband", s.swv ? json(s.swv->str()) : json(nullptr)},
              {"_links",
               {{"self", {{"href", "/api/v1/scholen/" + s.code.str()}}},
                {"ondersteuningsprofiel",
                 {{"href", "/api/v1/scholen/" + s.code.str() + "/ondersteuningsprofiel"}}}}}};
}

json RegelJson(const domain::ProfielRegel& r) {
  return json{{"behoefte", r.behoefte},
              {"niveau", domain::NiveauCode(r.niveau)},
              {"plaatsen", r.plaatsen ? json(*r.plaatsen) : json(nullptr)},
              {"omschrijving", r.omschrijving},
              {"onderbouwing", r.onderbouwing}};
}

json ProfielJson(const domain::Ondersteuningsprofiel& p) {
  json regels = json::array();
  for (const auto& r : p.regels) regels.push_back(RegelJson(r));
  return json{{"school", p.school.str()},
              {"versie", p.versie},
              {"vastgesteldOp", domain::FormatIsoDate(p.vastgesteld_op)},
              {"mrAdviesOp", DateOrNull(p.mr_advies_op)},
              {"taxonomieVersie", p.taxonomie_versie},
              {"toelichting", p.toelichting},
              {"regels", std::move(regels)}};
}

json ToetsingJson(const domain::Toetsing& t) {
  json voldaan = json::array();
  for (const auto& v : t.voldaan) {
    json item{{"behoefte", v.behoefte}, {"niveau", domain::NiveauCode(v.niveau)}};
    if (auto it = t.vrij.find(v.behoefte); it != t.vrij.end()) item["plaatsenVrij"] = it->second;
    voldaan.push_back(std::move(item));
  }
  return voldaan;
}

json TekortJson(const domain::Tekort& t, const domain::Ondersteuningstaxonomie& taxonomie) {
  return json{{"behoefte", t.behoefte},
              {"nodig", domain::NiveauCode(t.gevraagd)},
              {"geboden", domain::NiveauCode(t.geboden)},
              {"reden", t.vol ? "vol" : "niveau"},
              {"toelichting", domain::TekortTekst(t, taxonomie)}};
}

}  // namespace

double AfstandKm(int64_t meter) { return std::round(static_cast<double>(meter) / 100.0) / 10.0; }

std::string KmTekst(int64_t meter) {
  std::string tekst = fmt::format("{:.1f}", AfstandKm(meter));
  std::replace(tekst.begin(), tekst.end(), '.', ',');
  return tekst + " km";
}

json ToJson(const domain::Ondersteuningstaxonomie& t) {
  json niveaus = json::array();
  for (const auto& n : t.niveaus) {
    niveaus.push_back({{"code", domain::NiveauCode(n.niveau)},
                       {"naam", n.naam},
                       {"omschrijving", n.omschrijving}});
  }
  json behoeften = json::array();
  for (const auto& b : t.behoeften) {
    behoeften.push_back({{"code", b.code}, {"naam", b.naam}, {"omschrijving", b.omschrijving}});
  }
  return json{{"versie", t.versie},
              {"geldigVanaf", domain::FormatIsoDate(t.geldig_vanaf)},
              {"niveaus", std::move(niveaus)},
              {"behoeften", std::move(behoeften)}};
}

json ToJson(const app::ProfielInzicht& inzicht) {
  json versies = json::array();
  for (const auto& v : inzicht.versies) {
    versies.push_back({{"versie", v.versie},
                       {"vastgesteldOp", domain::FormatIsoDate(v.vastgesteld_op)},
                       {"mrAdviesOp", DateOrNull(v.mr_advies_op)},
                       {"taxonomieVersie", v.taxonomie_versie}});
  }
  return json{{"school", SchoolJson(inzicht.school.school)},
              {"profiel", inzicht.profiel ? ProfielJson(*inzicht.profiel) : json(nullptr)},
              {"versies", std::move(versies)}};
}

json ToJson(const app::ScholenTreffer& t) {
  json item = SchoolJson(t.school);
  item["afstandKm"] = t.meter ? json(AfstandKm(*t.meter)) : json(nullptr);
  item["ondersteuning"] = ToetsingJson(t.toetsing);
  json aanbod = json::array();
  if (t.profiel) {
    for (const auto& r : t.profiel->regels) {
      if (r.niveau == domain::Ondersteuningsniveau::kBasis) continue;
      aanbod.push_back({{"behoefte", r.behoefte},
                        {"niveau", domain::NiveauCode(r.niveau)},
                        {"plaatsen", r.plaatsen ? json(*r.plaatsen) : json(nullptr)}});
    }
  }
  item["aanbod"] = std::move(aanbod);
  return item;
}

json ToJson(const app::PassendeScholen& p, const domain::Ondersteuningstaxonomie& taxonomie) {
  json behoeften = json::array();
  for (const auto& v : p.behoeften) {
    behoeften.push_back({{"behoefte", v.behoefte}, {"niveau", domain::NiveauCode(v.niveau)}});
  }
  json suggesties = json::array();
  for (const auto& s : p.suggesties) {
    json item = SchoolJson(s.school);
    item["afstandKm"] = AfstandKm(s.suggestie.meter);
    item["score"] = s.suggestie.score;
    item["overschot"] = s.suggestie.toetsing.overschot;
    item["voldaan"] = ToetsingJson(s.suggestie.toetsing);
    std::string waarom = fmt::format("{:.1f} km {}", AfstandKm(s.suggestie.meter), p.afstand_soort);
    if (!p.behoeften.empty()) {
      waarom += "; biedt ";
      for (size_t i = 0; i < s.suggestie.toetsing.voldaan.size(); ++i) {
        const auto& v = s.suggestie.toetsing.voldaan[i];
        if (i > 0) waarom += ", ";
        const auto* b = taxonomie.Vind(v.behoefte);
        waarom +=
            fmt::format("{} ({} of hoger)", b ? b->naam : v.behoefte, domain::NiveauCode(v.niveau));
        if (auto it = s.suggestie.toetsing.vrij.find(v.behoefte);
            it != s.suggestie.toetsing.vrij.end()) {
          waarom +=
              fmt::format(", {} {} vrij", it->second, it->second == 1 ? "plaats" : "plaatsen");
        }
      }
    }
    item["waarom"] = waarom;
    suggesties.push_back(std::move(item));
  }
  json afgevallen = json::array();
  for (const auto& a : p.afgevallen) {
    json item = SchoolJson(a.school);
    item["afstandKm"] = AfstandKm(a.afgevallen.meter);
    json tekorten = json::array();
    std::string waarom;
    for (const auto& t : a.afgevallen.tekorten) {
      tekorten.push_back(TekortJson(t, taxonomie));
      if (!waarom.empty()) waarom += "; ";
      waarom += domain::TekortTekst(t, taxonomie);
    }
    item["tekorten"] = std::move(tekorten);
    item["waaromNiet"] = waarom;
    afgevallen.push_back(std::move(item));
  }
  return json{{"leerling", p.leerling.value},
              {"behoeften", std::move(behoeften)},
              {"bron", app::BehoefteBronCode(p.bron)},
              {"aanmelding", p.aanmelding ? json(*p.aanmelding) : json(nullptr)},
              {"afstand", p.afstand_soort},
              {"maxAfstandKm", AfstandKm(p.max_meter)},
              {"scholenBinnenBereik", p.binnen_bereik},
              {"suggesties", std::move(suggesties)},
              {"afgevallen", std::move(afgevallen)}};
}

domain::Result<app::NieuwProfiel> ParseNieuwProfiel(const json& body) {
  app::NieuwProfiel p;
  PASSEND_ASSIGN_OR_RETURN(p.mr_advies_op, JsonDate(body, "mrAdviesOp"));
  PASSEND_ASSIGN_OR_RETURN(p.toelichting, JsonText(body, "toelichting", false));
  if (!body.contains("regels") || !body.at("regels").is_array()) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "Geef de regels van het profiel als lijst (behoefte, niveau, ...).",
                        "regels");
  }
  const json& regels = body.at("regels");
  for (size_t i = 0; i < regels.size(); ++i) {
    const std::string pad = fmt::format("regels[{}]", i);
    const json& r = regels[i];
    if (!r.is_object()) {
      return domain::Fail(domain::ErrorCode::kInvalid, "Elke regel is een object.", pad);
    }
    domain::ProfielRegel regel;
    auto veld = [&](const char* naam, bool verplicht) -> domain::Result<std::string> {
      auto tekst = JsonText(r, naam, verplicht);
      if (!tekst) {
        auto e = tekst.error();
        e.field = pad + "." + naam;
        return std::unexpected(std::move(e));
      }
      return tekst;
    };
    PASSEND_ASSIGN_OR_RETURN(regel.behoefte, veld("behoefte", true));
    PASSEND_ASSIGN_OR_RETURN(std::string niveau, veld("niveau", true));
    PASSEND_ASSIGN_OR_RETURN(regel.niveau, domain::ParseNiveau(niveau, pad + ".niveau"));
    auto plaatsen = JsonInt(r, "plaatsen");
    if (!plaatsen) {
      auto e = plaatsen.error();
      e.field = pad + ".plaatsen";
      return std::unexpected(std::move(e));
    }
    if (*plaatsen) {
      if (**plaatsen < 0 || **plaatsen > 10000) {
        return domain::Fail(domain::ErrorCode::kInvalid,
                            "Het aantal plaatsen ligt tussen 0 en 10000.", pad + ".plaatsen");
      }
      regel.plaatsen = static_cast<int>(**plaatsen);
    }
    PASSEND_ASSIGN_OR_RETURN(regel.omschrijving, veld("omschrijving", false));
    PASSEND_ASSIGN_OR_RETURN(regel.onderbouwing, veld("onderbouwing", false));
    p.regels.push_back(std::move(regel));
  }
  return p;
}

}  // namespace passend::web

namespace passend::web {

void AddOndersteuningSchemas(json& schemas) {
  const json tekst{{"type", "string"}};
  const json geheel{{"type", "integer"}};
  const json dag_of_null{{"type", "string"}, {"format", "date"}, {"nullable", true}};
  const json niveau{{"type", "string"}, {"enum", {"basis", "extra", "specialistisch"}}};
  const json code_naam{{"type", "object"},
                       {"required", {"code", "naam"}},
                       {"properties", {{"code", tekst}, {"naam", tekst}, {"omschrijving", tekst}}}};
  schemas["Ondersteuningstaxonomie"] = {
      {"type", "object"},
      {"required", {"versie", "geldigVanaf", "niveaus", "behoeften"}},
      {"properties",
       {{"versie", tekst},
        {"geldigVanaf", {{"type", "string"}, {"format", "date"}}},
        {"niveaus", {{"type", "array"}, {"items", code_naam}}},
        {"behoeften", {{"type", "array"}, {"items", code_naam}}}}}};
  const json regel{
      {"type", "object"},
      {"required", {"behoefte", "niveau"}},
      {"properties",
       {{"behoefte",
         {{"type", "string"}, {"description", "Code uit /api/v1/ondersteuningsbehoeften"}}},
        {"niveau", niveau},
        {"plaatsen",
         {{"type", "integer"},
          {"nullable", true},
          {"minimum", 0},
          {"description", "Alleen bij extra of specialistisch; leeg: niet beperkt"}}},
        {"omschrijving", {{"type", "string"}, {"description", "Verplicht boven basis"}}},
        {"onderbouwing", tekst}}}};
  schemas["NieuwOndersteuningsprofiel"] = {
      {"type", "object"},
      {"required", {"regels"}},
      {"properties",
       {{"mrAdviesOp", dag_of_null},
        {"toelichting", tekst},
        {"regels",
         {{"type", "array"},
          {"description", "Behoeften die niet genoemd worden biedt de school op niveau basis"},
          {"items", regel}}}}}};
  schemas["OndersteuningsprofielInzicht"] = {
      {"type", "object"},
      {"required", {"school", "profiel", "versies"}},
      {"properties",
       {{"school", {{"type", "object"}}},
        {"profiel",
         {{"type", "object"},
          {"nullable", true},
          {"properties",
           {{"school", tekst},
            {"versie", geheel},
            {"vastgesteldOp", {{"type", "string"}, {"format", "date"}}},
            {"mrAdviesOp", dag_of_null},
            {"taxonomieVersie", tekst},
            {"toelichting", tekst},
            {"regels", {{"type", "array"}, {"items", regel}}}}}}},
        {"versies", {{"type", "array"}, {"items", {{"type", "object"}}}}}}}};
  schemas["PassendeScholen"] = {
      {"type", "object"},
      {"required", {"leerling", "behoeften", "bron", "suggesties", "afgevallen"}},
      {"properties",
       {{"leerling", geheel},
        {"behoeften", {{"type", "array"}, {"items", {{"type", "object"}}}}},
        {"bron", {{"type", "string"}, {"enum", {"gevraagd", "aanmelding", "geen"}}}},
        {"aanmelding", {{"type", "integer"}, {"nullable", true}}},
        {"afstand", {{"type", "string"}, {"example", "hemelsbreed"}}},
        {"maxAfstandKm", {{"type", "number"}}},
        {"scholenBinnenBereik", geheel},
        {"suggesties",
         {{"type", "array"},
          {"description",
           "Best passend eerst: afstand plus een toeslag per niveau boven de behoefte"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"code", tekst},
              {"naam", tekst},
              {"afstandKm", {{"type", "number"}}},
              {"voldaan", {{"type", "array"}, {"items", {{"type", "object"}}}}},
              {"waarom", tekst}}}}}}},
        {"afgevallen",
         {{"type", "array"},
          {"description", "Dichterbij gelegen scholen die niet passen, met de reden"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"code", tekst},
              {"naam", tekst},
              {"afstandKm", {{"type", "number"}}},
              {"tekorten", {{"type", "array"}, {"items", {{"type", "object"}}}}},
              {"waaromNiet", tekst}}}}}}}}}};
}

}  // namespace passend::web
