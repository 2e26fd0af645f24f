#include "web/geld_json.h"

#include <fmt/format.h>

#include "domain/reserve.h"
#include "domain/suppression.h"
#include "domain/timestamp.h"
#include "web/json_fields.h"

namespace passend::web {

using nlohmann::json;

std::string ProcentTekst(int64_t basispunten) {
  const int64_t absoluut = basispunten < 0 ? -basispunten : basispunten;
  return fmt::format("{}{},{:02} %", basispunten < 0 ? "-" : "", absoluut / 100, absoluut % 100);
}

json ToJson(const app::BatenOverzicht& b) {
  json regels = json::array();
  for (const auto& r : b.baten.regels) {
    regels.push_back({{"code", r.code},
                      {"omschrijving", r.omschrijving},
                      {"aantal", r.aantal},
                      {"perEenheid", r.per_eenheid.value()},
                      {"bedrag", r.bedrag.value()},
                      {"formule", r.formule}});
  }
  json per_categorie = json::object();
  const auto& telling = b.sector == domain::Sector::kPo ? b.telling.so : b.telling.vso;
  for (const auto& [categorie, aantal] : telling) {
    per_categorie[std::string(domain::TlvCategorieCode(categorie))] = aantal;
  }
  return {{"swv", b.swv},
          {"naam", b.swv_naam},
          {"sector", std::string(domain::SectorCode(b.sector))},
          {"schooljaar", b.schooljaar.Label()},
          {"teldatum", domain::FormatIsoDate(b.teldatum)},
          {"leerlingen", b.leerlingen},
          {"tlvsOpTeldatum", per_categorie},
          {"regels", regels},
          {"totaal", b.baten.totaal.value()},
          {"augustusTotDecember", b.verdeling.augustus_december.value()},
          {"januariTotJuli", b.verdeling.januari_juli.value()},
          {"demobedragen", b.demo},
          {"vereveningDemo", b.verevening_demo}};
}

json ToJson(const app::JaarrekeningInzicht& inzicht) {
  const auto& c = inzicht.record.cijfers;
  const auto& b = inzicht.beoordeling;
  return {{"swv", inzicht.record.swv},
          {"jaar", c.jaar},
          {"versie", inzicht.record.versie},
          {"vastgelegdOp", domain::FormatIsoTimestamp(inzicht.record.vastgelegd_op)},
          {"vastgelegdDoor", inzicht.record.vastgelegd_door},
          {"batenTotaal", c.baten_totaal.value()},
          {"lastenTotaal", c.lasten_totaal.value()},
          {"eigenVermogen", c.eigen_vermogen.value()},
          {"organisatiekosten", c.organisatiekosten.value()},
          {"signaleringswaarde", b.signaleringswaarde.value()},
          {"bovenmatigeReserve", b.bovenmatige_reserve.value()},
          {"bovenSignaleringswaarde", b.boven_signaleringswaarde},
          {"organisatiekostenAandeelBp", b.organisatiekosten_bp},
          {"organisatiekostenAandeel", ProcentTekst(b.organisatiekosten_bp)},
          {"onbesteedAandeelBp", b.onbesteed_bp},
          {"onbesteedAandeel", ProcentTekst(b.onbesteed_bp)}};
}

namespace {

json Klassen(const std::vector<app::Verdelingsklasse>& klassen) {
  json uit = json::array();
  for (const auto& k : klassen) {
    uit.push_back({{"vanBp", k.van_bp},
                   {"totBp", k.tot_bp == 0 ? json(nullptr) : json(k.tot_bp)},
                   {"aantal", k.aantal}});
  }
  return uit;
}

}  // namespace

json ToJson(const app::LandelijkGeldOverzicht& o) {
  return {{"jaar", o.jaar},
          {"aantalSwv", o.aantal_swv},
          {"bovenSignaleringswaarde", o.boven_signaleringswaarde},
          {"totaalBovenmatigeReserve", o.totaal_boven.value()},
          {"totaalBaten", o.totaal_baten.value()},
          {"totaalOrganisatiekosten", o.totaal_organisatiekosten.value()},
          {"organisatiekostenAandeelBp", o.organisatiekosten_bp},
          {"organisatiekostenAandeel", ProcentTekst(o.organisatiekosten_bp)},
          {"organisatiekostenVerdeling", Klassen(o.organisatiekosten_verdeling)},
          {"reserveVerdeling", Klassen(o.reserve_verdeling)}};
}

namespace {

domain::Result<domain::Cents> VerplichtBedrag(const json& body, const char* veld) {
  PASSEND_ASSIGN_OR_RETURN(auto waarde, JsonInt(body, veld));
  if (!waarde) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        fmt::format("Vul '{}' in: een bedrag in hele eurocenten.", veld), veld);
  }
  return domain::Cents(*waarde);
}

}  // namespace

domain::Result<domain::Jaarrekening> ParseJaarrekening(const json& body) {
  domain::Jaarrekening j;
  PASSEND_ASSIGN_OR_RETURN(auto jaar, JsonInt(body, "jaar"));
  if (!jaar) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Vul het jaar van de jaarrekening in.",
                        "jaar");
  }
  if (!domain::IsGeldjaar(*jaar)) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Het jaar moet tussen 2014 en 2100 liggen.",
                        "jaar");
  }
  j.jaar = static_cast<int>(*jaar);
  PASSEND_ASSIGN_OR_RETURN(j.baten_totaal, VerplichtBedrag(body, "batenTotaal"));
  PASSEND_ASSIGN_OR_RETURN(j.lasten_totaal, VerplichtBedrag(body, "lastenTotaal"));
  PASSEND_ASSIGN_OR_RETURN(j.eigen_vermogen, VerplichtBedrag(body, "eigenVermogen"));
  PASSEND_ASSIGN_OR_RETURN(j.organisatiekosten, VerplichtBedrag(body, "organisatiekosten"));
  return j;
}

json ToJson(const app::ToewijzingRecord& r) {
  return {{"id", r.id},
          {"swv", r.swv},
          {"school", r.toewijzing.school},
          {"schoolNaam", r.school_naam},
          {"schooljaar", r.toewijzing.schooljaar.Label()},
          {"doel", std::string(domain::DoelCode(r.toewijzing.doel))},
          {"bedrag", r.toewijzing.bedrag.value()},
          {"omschrijving", r.toewijzing.omschrijving},
          {"vastgelegdOp", domain::FormatIsoTimestamp(r.vastgelegd_op)},
          {"vastgelegdDoor", r.vastgelegd_door}};
}

namespace {

json PerDoel(const std::map<domain::ToewijzingDoel, domain::Cents>& per_doel) {
  json uit = json::object();
  for (const auto& [doel, bedrag] : per_doel) {
    uit[std::string(domain::DoelCode(doel))] = bedrag.value();
  }
  return uit;
}

}  // namespace

namespace {

json ToJson(const domain::SchoolBedrag& b) {
  // The number of assignments is a count of children: below 5 it is shown as `<5`
  // (domain/suppression.h), so a school's sum never points at one child.
  return {{"aantal", domain::SuppressedCount(b.aantal)}, {"bedrag", b.bedrag.value()}};
}

}  // namespace

json ToJson(const app::ToewijzingenOverzicht& o) {
  json records = json::array();
  for (const auto& r : o.records) records.push_back(ToJson(r));
  json scholen = json::array();
  for (const auto& [school, per_doel] : o.totalen.per_school_doel) {
    const auto naam = o.school_namen.find(school);
    scholen.push_back({{"school", school},
                       {"naam", naam == o.school_namen.end() ? "" : naam->second},
                       {"perDoel", PerDoel(per_doel)},
                       {"totaal", o.totalen.per_school.at(school).value()}});
  }
  json arrangementen = json::array();
  for (const auto& [school, bedrag] : o.arrangementen_per_school) {
    const auto naam = o.school_namen.find(school);
    json rij = ToJson(bedrag);
    rij["school"] = school;
    rij["naam"] = naam == o.school_namen.end() ? "" : naam->second;
    arrangementen.push_back(std::move(rij));
  }
  json bestedingen = json::array();
  for (const auto& b : o.bestedingen) {
    bestedingen.push_back(
        {{"jaar", b.jaar},
         {"toewijzingenJanuariTotJuli", b.toewijzingen_januari_juli.value()},
         {"toewijzingenAugustusTotDecember", b.toewijzingen_augustus_december.value()},
         {"toewijzingen", b.toewijzingen.value()},
         {"arrangementenJanuariTotJuli", b.arrangementen_januari_juli.value()},
         {"arrangementenAugustusTotDecember", b.arrangementen_augustus_december.value()},
         {"arrangementen", b.arrangementen.value()},
         {"organisatiekosten",
          b.organisatiekosten ? json(b.organisatiekosten->value()) : json(nullptr)}});
  }
  return {{"swv", o.swv},
          {"naam", o.swv_naam},
          {"schooljaar", o.schooljaar.Label()},
          {"toewijzingen", records},
          {"perSchool", scholen},
          {"perDoel", PerDoel(o.totalen.per_doel)},
          {"totaal", o.totalen.totaal.value()},
          {"augustusTotDecember", o.verdeling.augustus_december.value()},
          {"januariTotJuli", o.verdeling.januari_juli.value()},
          {"bestedingenPerKalenderjaar", bestedingen},
          {"arrangementen", ToJson(o.arrangementen_totaal)},
          {"arrangementenPerSchool", arrangementen}};
}

json ToJson(const app::Ondersteuningsgeld& g) {
  json jaren = json::array();
  for (const auto& j : g.jaren) {
    jaren.push_back({{"schooljaar", j.schooljaar.Label()},
                     {"perDoel", PerDoel(j.per_doel)},
                     {"totaal", j.totaal.value()},
                     {"augustusTotDecember", j.verdeling.augustus_december.value()},
                     {"januariTotJuli", j.verdeling.januari_juli.value()},
                     {"arrangementen", ToJson(j.arrangementen)}});
  }
  return {{"school", g.school},
          {"naam", g.school_naam},
          {"swv", g.swv.empty() ? json(nullptr) : json(g.swv)},
          {"swvNaam", g.swv_naam},
          {"jaren", jaren}};
}

domain::Result<domain::Toewijzing> ParseToewijzing(const json& body) {
  domain::Toewijzing t;
  PASSEND_ASSIGN_OR_RETURN(t.school, JsonText(body, "school", true));
  PASSEND_ASSIGN_OR_RETURN(const std::string schooljaar, JsonText(body, "schooljaar", true));
  auto jaar = domain::SchoolYear::Parse(schooljaar);
  if (!jaar || !domain::IsGeldjaar(jaar->start_year())) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Geef het schooljaar op als 2025-2026.",
                        "schooljaar");
  }
  t.schooljaar = *jaar;
  PASSEND_ASSIGN_OR_RETURN(const std::string doel, JsonText(body, "doel", true));
  auto gekozen = domain::ParseDoel(doel);
  if (!gekozen) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "Kies een doel: basisondersteuning, extra-ondersteuning, arrangementen, "
                        "personeel of anders.",
                        "doel");
  }
  t.doel = *gekozen;
  PASSEND_ASSIGN_OR_RETURN(t.bedrag, VerplichtBedrag(body, "bedrag"));
  PASSEND_ASSIGN_OR_RETURN(t.omschrijving, JsonText(body, "omschrijving", false));
  PASSEND_RETURN_IF_ERROR(domain::Valideer(t));
  return t;
}

void AddGeldSchemas(json& schemas) {
  const json cent{{"type", "integer"}, {"description", "Bedrag in eurocent"}};
  const json bp{{"type", "integer"}, {"description", "Aandeel in basispunten (10000 = 100 %)"}};
  const json tekst{{"type", "string"}};
  const json geheel{{"type", "integer"}};
  schemas["NieuweJaarrekening"] = {
      {"type", "object"},
      {"required", {"jaar", "batenTotaal", "lastenTotaal", "eigenVermogen", "organisatiekosten"}},
      {"properties",
       {{"jaar", geheel},
        {"batenTotaal", cent},
        {"lastenTotaal", cent},
        {"eigenVermogen", cent},
        {"organisatiekosten", cent}}}};
  schemas["Jaarrekening"] = {
      {"type", "object"},
      {"required",
       {"swv", "jaar", "versie", "batenTotaal", "lastenTotaal", "eigenVermogen",
        "organisatiekosten", "signaleringswaarde", "bovenmatigeReserve"}},
      {"properties",
       {{"swv", tekst},
        {"jaar", geheel},
        {"versie", geheel},
        {"vastgelegdOp", {{"type", "string"}, {"format", "date-time"}}},
        {"vastgelegdDoor", tekst},
        {"batenTotaal", cent},
        {"lastenTotaal", cent},
        {"eigenVermogen", cent},
        {"organisatiekosten", cent},
        {"signaleringswaarde", cent},
        {"bovenmatigeReserve", cent},
        {"bovenSignaleringswaarde", {{"type", "boolean"}}},
        {"organisatiekostenAandeelBp", bp},
        {"organisatiekostenAandeel", tekst},
        {"onbesteedAandeelBp", bp},
        {"onbesteedAandeel", tekst}}}};
  schemas["JaarrekeningLijst"] = {
      {"type", "object"},
      {"properties",
       {{"jaarrekeningen",
         {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Jaarrekening"}}}}}}}};
  schemas["Baten"] = {{"type", "object"},
                      {"required", {"swv", "schooljaar", "teldatum", "regels", "totaal"}},
                      {"properties",
                       {{"swv", tekst},
                        {"naam", tekst},
                        {"sector", tekst},
                        {"schooljaar", tekst},
                        {"teldatum", {{"type", "string"}, {"format", "date"}}},
                        {"leerlingen", geheel},
                        {"tlvsOpTeldatum", {{"type", "object"}}},
                        {"regels",
                         {{"type", "array"},
                          {"items",
                           {{"type", "object"},
                            {"properties",
                             {{"code", tekst},
                              {"omschrijving", tekst},
                              {"aantal", geheel},
                              {"perEenheid", cent},
                              {"bedrag", cent},
                              {"formule", tekst}}}}}}},
                        {"totaal", cent},
                        {"augustusTotDecember", cent},
                        {"januariTotJuli", cent},
                        {"demobedragen", {{"type", "boolean"}}},
                        {"vereveningDemo", {{"type", "boolean"}}}}}};
  const json klassen{{"type", "array"},
                     {"items",
                      {{"type", "object"},
                       {"properties",
                        {{"vanBp", bp},
                         {"totBp", {{"type", "integer"}, {"nullable", true}}},
                         {"aantal", geheel}}}}}};
  schemas["LandelijkGeldOverzicht"] = {
      {"type", "object"},
      {"required", {"jaar", "aantalSwv", "bovenSignaleringswaarde", "totaalBovenmatigeReserve"}},
      {"properties",
       {{"jaar", geheel},
        {"aantalSwv", geheel},
        {"bovenSignaleringswaarde", geheel},
        {"totaalBovenmatigeReserve", cent},
        {"totaalBaten", cent},
        {"totaalOrganisatiekosten", cent},
        {"organisatiekostenAandeelBp", bp},
        {"organisatiekostenAandeel", tekst},
        {"organisatiekostenVerdeling", klassen},
        {"reserveVerdeling", klassen}}}};
  const json per_doel{{"type", "object"},
                      {"description", "Bedrag in eurocent per doel"},
                      {"additionalProperties", cent}};
  schemas["NieuweToewijzing"] = {
      {"type", "object"},
      {"required", {"school", "schooljaar", "doel", "bedrag"}},
      {"properties",
       {{"school", tekst},
        {"schooljaar", tekst},
        {"doel",
         {{"type", "string"},
          {"enum",
           {"basisondersteuning", "extra-ondersteuning", "arrangementen", "personeel", "anders"}}}},
        {"bedrag", cent},
        {"omschrijving", tekst}}}};
  schemas["Toewijzing"] = {{"type", "object"},
                           {"required", {"id", "swv", "school", "schooljaar", "doel", "bedrag"}},
                           {"properties",
                            {{"id", geheel},
                             {"swv", tekst},
                             {"school", tekst},
                             {"schoolNaam", tekst},
                             {"schooljaar", tekst},
                             {"doel", tekst},
                             {"bedrag", cent},
                             {"omschrijving", tekst},
                             {"vastgelegdOp", {{"type", "string"}, {"format", "date-time"}}},
                             {"vastgelegdDoor", tekst}}}};
  schemas["ToewijzingenOverzicht"] = {
      {"type", "object"},
      {"required", {"swv", "schooljaar", "toewijzingen", "perSchool", "totaal"}},
      {"properties",
       {{"swv", tekst},
        {"naam", tekst},
        {"schooljaar", tekst},
        {"toewijzingen",
         {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Toewijzing"}}}}},
        {"perSchool",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"school", tekst}, {"naam", tekst}, {"perDoel", per_doel}, {"totaal", cent}}}}}}},
        {"perDoel", per_doel},
        {"totaal", cent},
        {"augustusTotDecember", cent},
        {"januariTotJuli", cent},
        {"bestedingenPerKalenderjaar",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"jaar", geheel},
              {"toewijzingenJanuariTotJuli", cent},
              {"toewijzingenAugustusTotDecember", cent},
              {"toewijzingen", cent},
              {"arrangementenJanuariTotJuli", cent},
              {"arrangementenAugustusTotDecember", cent},
              {"arrangementen", cent},
              {"organisatiekosten",
               {{"type", "integer"},
                {"nullable", true},
                {"description", "Bedrag in eurocent"}}}}}}}}},
        {"arrangementen", {{"$ref", "#/components/schemas/ArrangementenSom"}}},
        {"arrangementenPerSchool",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", {"school", "aantal", "bedrag"}},
            {"properties",
             {{"school", tekst}, {"naam", tekst}, {"aantal", tekst}, {"bedrag", cent}}}}}}}}}};
  schemas["ArrangementenSom"] = {
      {"type", "object"},
      {"description",
       "Toegekende arrangementen die in het schooljaar beginnen: het aantal (onder 5 als <5) "
       "en het totaalbedrag in eurocent."},
      {"required", {"aantal", "bedrag"}},
      {"properties", {{"aantal", tekst}, {"bedrag", cent}}}};
  schemas["Ondersteuningsgeld"] = {
      {"type", "object"},
      {"required", {"school", "naam", "jaren"}},
      {"properties",
       {{"school", tekst},
        {"naam", tekst},
        {"swv", {{"type", "string"}, {"nullable", true}}},
        {"swvNaam", tekst},
        {"jaren",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"schooljaar", tekst},
              {"perDoel", per_doel},
              {"totaal", cent},
              {"augustusTotDecember", cent},
              {"januariTotJuli", cent},
              {"arrangementen", {{"$ref", "#/components/schemas/ArrangementenSom"}}}}}}}}}}}};
}

}  // namespace passend::web
