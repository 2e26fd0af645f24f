#include "web/reserveplan_json.h"

#include <fmt/format.h>

#include "domain/reserve.h"
#include "domain/timestamp.h"
#include "web/json_fields.h"

namespace passend::web {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

json InhoudingJson(const domain::InhoudingsStatus& s) {
  return {{"stand", std::string(domain::InhoudingCode(s.stand))},
          {"omschrijving", std::string(domain::InhoudingNaam(s.stand))},
          {"deadline", DateOrNull(s.deadline)},
          {"ingehoudenVanaf", DateOrNull(s.ingehouden_vanaf)},
          {"beeindigdOp", DateOrNull(s.beeindigd_op)}};
}

std::string BesluitCode(const domain::PlanBesluit& b) {
  if (b.orgaan == domain::PlanOrgaan::kOpr) return b.akkoord ? "gegeven" : "geweigerd";
  return b.akkoord ? "goedgekeurd" : "afgekeurd";
}

// The required whole number in `field` of `body`, named `naam` in an error.
Result<int64_t> VerplichtGetal(const json& body, const char* field, const std::string& naam,
                               const char* wat) {
  auto waarde = JsonInt(body, field);
  if (!waarde || !*waarde) {
    return Fail(ErrorCode::kInvalid, fmt::format("Vul {} in als geheel getal.", wat), naam);
  }
  return **waarde;
}

Result<std::string> VerplichteTekst(const json& body, const char* field, const std::string& naam,
                                    const char* wat) {
  auto tekst = JsonText(body, field, false);
  if (!tekst || tekst->empty()) {
    return Fail(ErrorCode::kInvalid, fmt::format("Vul {} in.", wat), naam);
  }
  return *tekst;
}

// The array of objects in `regels`.
Result<const json*> Regels(const json& body) {
  if (!body.is_object() || !body.contains("regels") || !body["regels"].is_array()) {
    return Fail(ErrorCode::kInvalid, "Geef de regels op als lijst.", "regels");
  }
  for (size_t i = 0; i < body["regels"].size(); ++i) {
    if (!body["regels"][i].is_object()) {
      return Fail(ErrorCode::kInvalid, "Elke regel is een object.", fmt::format("regels[{}]", i));
    }
  }
  return &body["regels"];
}

}  // namespace

json ToJson(const app::PlanVersieInzicht& v) {
  const auto& r = v.record;
  json regels = json::array();
  for (const auto& regel : r.plan.regels) {
    regels.push_back(
        {{"jaar", regel.jaar}, {"bedrag", regel.bedrag.value()}, {"doel", regel.doel}});
  }
  json besluiten = json::array();
  for (const auto& b : r.besluiten) {
    besluiten.push_back({{"orgaan", std::string(domain::PlanOrgaanCode(b.besluit.orgaan))},
                         {"besluit", BesluitCode(b.besluit)},
                         {"datum", domain::FormatIsoDate(b.besluit.datum)},
                         {"toelichting", b.besluit.toelichting},
                         {"vastgelegdDoor", b.vastgelegd_door}});
  }
  return {{"id", r.id},
          {"swv", r.swv},
          {"jaarrekeningJaar", r.plan.jaarrekening_jaar},
          {"versie", r.versie},
          {"stand", std::string(domain::PlanStandCode(v.toestand.stand))},
          {"teruggestuurd", v.toestand.teruggestuurd},
          {"goedgekeurdOp", DateOrNull(v.toestand.goedgekeurd_op)},
          {"vervangen", v.vervangen},
          {"bovenmatigeReserve", r.bovenmatige_reserve.value()},
          {"totaal", v.totaal.value()},
          {"regels", regels},
          {"toelichting", r.plan.toelichting},
          {"besluiten", besluiten},
          {"vastgelegdOp", domain::FormatIsoTimestamp(r.vastgelegd_op)},
          {"vastgelegdDoor", r.vastgelegd_door}};
}

json ToJson(const app::ReservebezwaarRecord& b) {
  json uitspraak = nullptr;
  if (b.uitspraak) {
    uitspraak = {{"uitkomst", b.uitspraak->gegrond ? "gegrond" : "ongegrond"},
                 {"motivering", b.uitspraak->motivering},
                 {"datum", domain::FormatIsoDate(b.uitspraak->datum)},
                 {"vastgelegdDoor", b.uitspraak_door}};
  }
  return {{"id", b.id},
          {"swv", b.swv},
          {"jaarrekeningJaar", b.bezwaar.jaarrekening_jaar},
          {"onderwerp", std::string(domain::BezwaarOnderwerpCode(b.bezwaar.onderwerp))},
          {"argumenten", b.bezwaar.argumenten},
          {"ingediendOp", domain::FormatIsoDate(b.bezwaar.ingediend_op)},
          {"vastgelegdDoor", b.vastgelegd_door},
          {"uitspraak", uitspraak}};
}

json ToJson(const app::ReserveOverzicht& o) {
  json jaren = json::array();
  for (const auto& j : o.jaren) {
    json versies = json::array();
    for (const auto& v : j.versies) versies.push_back(ToJson(v));
    json bezwaren = json::array();
    for (const auto& b : j.bezwaren) bezwaren.push_back(ToJson(b));
    jaren.push_back(
        {{"jaarrekeningJaar", j.jaar},
         {"bovenmatigeReserve", j.bovenmatige_reserve.value()},
         {"inhouding", InhoudingJson(j.inhouding)},
         {"planInWerking", j.versies.empty() ? json(nullptr) : json(j.versies.back().record.id)},
         {"versies", versies},
         {"bezwaren", bezwaren}});
  }
  return {{"swv", o.swv},
          {"naam", o.swv_naam},
          {"peildatum", domain::FormatIsoDate(o.vandaag)},
          {"jaren", jaren}};
}

json ToJson(const app::BegrotingInzicht& b) {
  const auto& r = b.record;
  json regels = json::array();
  for (const auto& regel : r.begroting.regels) {
    regels.push_back({{"jaar", regel.jaar},
                      {"soort", std::string(domain::BegrotingSoortCode(regel.soort))},
                      {"doel", regel.doel},
                      {"bedrag", regel.bedrag.value()}});
  }
  json totalen = json::array();
  for (const auto& t : b.totalen) {
    totalen.push_back({{"jaar", t.jaar},
                       {"baten", t.baten.value()},
                       {"lasten", t.lasten.value()},
                       {"saldo", t.saldo.value()}});
  }
  json stappen = json::array();
  for (const auto& s : r.instemming) {
    stappen.push_back({{"stand", std::string(domain::OprInstemmingCode(s.stap.stand))},
                       {"datum", domain::FormatIsoDate(s.stap.datum)},
                       {"vastgelegdDoor", s.vastgelegd_door}});
  }
  return {{"id", r.id},
          {"swv", r.swv},
          {"versie", r.versie},
          {"eersteJaar", r.begroting.eerste_jaar},
          {"vervangen", b.vervangen},
          {"instemmingOpr",
           b.instemming ? json(std::string(domain::OprInstemmingCode(*b.instemming))) : json()},
          {"instemmingStappen", stappen},
          {"regels", regels},
          {"totalen", totalen},
          {"toelichting", r.begroting.toelichting},
          {"vastgelegdOp", domain::FormatIsoTimestamp(r.vastgelegd_op)},
          {"vastgelegdDoor", r.vastgelegd_door}};
}

json ToJson(const app::LandelijkReserveplannen& l) {
  return {{"jaarrekeningJaar", l.jaar},
          {"peildatum", domain::FormatIsoDate(l.vandaag)},
          {"deadline", domain::FormatIsoDate(l.deadline)},
          {"bovenSignaleringswaarde", l.boven},
          {"metGoedgekeurdPlan", l.goedgekeurd},
          {"ingehouden", l.ingehouden},
          {"vrijgegeven", l.vrijgegeven},
          {"deadlineNogNietVoorbij", l.nog_niet},
          {"bezwaren", l.bezwaren},
          {"bezwarenGegrond", l.bezwaren_gegrond}};
}

namespace {

// The year of the accounts a plan or an objection is about (domain::IsGeldjaar).
Result<int> JaarrekeningJaar(const json& body) {
  PASSEND_ASSIGN_OR_RETURN(
      const int64_t jaar,
      VerplichtGetal(body, "jaarrekeningJaar", "jaarrekeningJaar", "het jaar van de jaarrekening"));
  if (!domain::IsGeldjaar(jaar)) {
    return Fail(ErrorCode::kInvalid, "Het jaar moet tussen 2014 en 2100 liggen.",
                "jaarrekeningJaar");
  }
  return static_cast<int>(jaar);
}

}  // namespace

Result<domain::Bestedingsplan> ParseBestedingsplan(const json& body) {
  domain::Bestedingsplan plan;
  PASSEND_ASSIGN_OR_RETURN(plan.jaarrekening_jaar, JaarrekeningJaar(body));
  PASSEND_ASSIGN_OR_RETURN(plan.toelichting, JsonText(body, "toelichting", false));
  PASSEND_ASSIGN_OR_RETURN(const json* regels, Regels(body));
  for (size_t i = 0; i < regels->size(); ++i) {
    const json& r = (*regels)[i];
    domain::PlanRegel regel;
    PASSEND_ASSIGN_OR_RETURN(
        const int64_t regel_jaar,
        VerplichtGetal(r, "jaar", fmt::format("regels[{}].jaar", i), "het jaar van de besteding"));
    regel.jaar = static_cast<int>(regel_jaar);
    PASSEND_ASSIGN_OR_RETURN(const int64_t bedrag,
                             VerplichtGetal(r, "bedrag", fmt::format("regels[{}].bedrag", i),
                                            "het bedrag in hele eurocenten"));
    regel.bedrag = domain::Cents(bedrag);
    PASSEND_ASSIGN_OR_RETURN(regel.doel,
                             VerplichteTekst(r, "doel", fmt::format("regels[{}].doel", i),
                                             "waaraan het geld wordt besteed"));
    plan.regels.push_back(std::move(regel));
  }
  return plan;
}

Result<domain::PlanBesluit> ParsePlanBesluit(const json& body, domain::PlanOrgaan orgaan) {
  domain::PlanBesluit b;
  b.orgaan = orgaan;
  const bool opr = orgaan == domain::PlanOrgaan::kOpr;
  const std::string ja = opr ? "gegeven" : "goedgekeurd";
  const std::string nee = opr ? "geweigerd" : "afgekeurd";
  auto besluit = JsonText(body, "besluit", false);
  if (!besluit || (*besluit != ja && *besluit != nee)) {
    return Fail(ErrorCode::kInvalid, fmt::format("Kies {} of {}.", ja, nee), "besluit");
  }
  b.akkoord = *besluit == ja;
  PASSEND_ASSIGN_OR_RETURN(b.datum, VerplichteDatum(body, "datum", "de datum van het besluit"));
  PASSEND_ASSIGN_OR_RETURN(b.toelichting, JsonText(body, "toelichting", false));
  return b;
}

Result<domain::Reservebezwaar> ParseReservebezwaar(const json& body) {
  domain::Reservebezwaar b;
  PASSEND_ASSIGN_OR_RETURN(b.jaarrekening_jaar, JaarrekeningJaar(body));
  auto onderwerp = JsonText(body, "onderwerp", false);
  if (!onderwerp) return std::unexpected(onderwerp.error());
  PASSEND_ASSIGN_OR_RETURN(b.onderwerp, domain::ParseBezwaarOnderwerp(*onderwerp));
  PASSEND_ASSIGN_OR_RETURN(b.argumenten, VerplichteTekst(body, "argumenten", "argumenten",
                                                         "de argumenten van het bezwaar"));
  PASSEND_ASSIGN_OR_RETURN(b.ingediend_op,
                           VerplichteDatum(body, "ingediendOp", "de datum van indienen"));
  return b;
}

Result<domain::BezwaarUitspraak> ParseBezwaarUitspraak(const json& body) {
  domain::BezwaarUitspraak u;
  auto uitkomst = JsonText(body, "uitkomst", false);
  if (!uitkomst || (*uitkomst != "gegrond" && *uitkomst != "ongegrond")) {
    return Fail(ErrorCode::kInvalid, "Kies gegrond of ongegrond.", "uitkomst");
  }
  u.gegrond = *uitkomst == "gegrond";
  PASSEND_ASSIGN_OR_RETURN(u.motivering, VerplichteTekst(body, "motivering", "motivering",
                                                         "de motivering van de beslissing"));
  PASSEND_ASSIGN_OR_RETURN(u.datum, VerplichteDatum(body, "datum", "de datum van de beslissing"));
  return u;
}

Result<domain::Meerjarenbegroting> ParseMeerjarenbegroting(const json& body) {
  domain::Meerjarenbegroting m;
  PASSEND_ASSIGN_OR_RETURN(const int64_t eerste,
                           VerplichtGetal(body, "eersteJaar", "eersteJaar", "het eerste jaar"));
  if (!domain::IsGeldjaar(eerste)) {
    return Fail(ErrorCode::kInvalid, "Het jaar moet tussen 2014 en 2100 liggen.", "eersteJaar");
  }
  m.eerste_jaar = static_cast<int>(eerste);
  PASSEND_ASSIGN_OR_RETURN(m.toelichting, JsonText(body, "toelichting", false));
  PASSEND_ASSIGN_OR_RETURN(const json* regels, Regels(body));
  for (size_t i = 0; i < regels->size(); ++i) {
    const json& r = (*regels)[i];
    domain::BegrotingRegel regel;
    PASSEND_ASSIGN_OR_RETURN(
        const int64_t jaar,
        VerplichtGetal(r, "jaar", fmt::format("regels[{}].jaar", i), "het jaar"));
    regel.jaar = static_cast<int>(jaar);
    auto soort = JsonText(r, "soort", false);
    auto geparst = soort ? domain::ParseBegrotingSoort(*soort)
                         : Result<domain::BegrotingSoort>(std::unexpected(soort.error()));
    if (!geparst) {
      return Fail(ErrorCode::kInvalid, "Kies baten of lasten.", fmt::format("regels[{}].soort", i));
    }
    regel.soort = *geparst;
    PASSEND_ASSIGN_OR_RETURN(
        regel.doel,
        VerplichteTekst(r, "doel", fmt::format("regels[{}].doel", i), "het doel of de bron"));
    PASSEND_ASSIGN_OR_RETURN(const int64_t bedrag,
                             VerplichtGetal(r, "bedrag", fmt::format("regels[{}].bedrag", i),
                                            "het bedrag in hele eurocenten"));
    regel.bedrag = domain::Cents(bedrag);
    m.regels.push_back(std::move(regel));
  }
  return m;
}

Result<domain::InstemmingStap> ParseInstemmingStap(const json& body) {
  domain::InstemmingStap s;
  auto stand = JsonText(body, "stand", false);
  auto geparst = stand ? domain::ParseOprInstemming(*stand)
                       : Result<domain::OprInstemming>(std::unexpected(stand.error()));
  if (!geparst) return Fail(ErrorCode::kInvalid, "Kies gevraagd, gegeven of geweigerd.", "stand");
  s.stand = *geparst;
  PASSEND_ASSIGN_OR_RETURN(s.datum, VerplichteDatum(body, "datum", "de datum"));
  return s;
}

void AddReserveplanSchemas(json& schemas) {
  const json cent{{"type", "integer"}, {"description", "Bedrag in eurocent"}};
  const json tekst{{"type", "string"}};
  const json geheel{{"type", "integer"}};
  const json datum{{"type", "string"}, {"format", "date"}};
  const json datum_of_null{{"type", "string"}, {"format", "date"}, {"nullable", true}};
  auto lijst = [](json items) { return json{{"type", "array"}, {"items", std::move(items)}}; };
  auto ref = [](const char* naam) {
    return json{{"$ref", std::string("#/components/schemas/") + naam}};
  };
  schemas["NieuwReserveplan"] = {
      {"type", "object"},
      {"required", {"jaarrekeningJaar", "regels"}},
      {"properties",
       {{"jaarrekeningJaar", geheel},
        {"regels", lijst({{"type", "object"},
                          {"required", {"jaar", "bedrag", "doel"}},
                          {"properties", {{"jaar", geheel}, {"bedrag", cent}, {"doel", tekst}}}})},
        {"toelichting", tekst}}}};
  schemas["Reserveplan"] = {
      {"type", "object"},
      {"required", {"id", "swv", "jaarrekeningJaar", "versie", "stand", "regels", "totaal"}},
      {"properties",
       {{"id", geheel},
        {"swv", tekst},
        {"jaarrekeningJaar", geheel},
        {"versie", geheel},
        {"stand", {{"type", "string"}, {"enum", {"concept", "instemming-opr", "goedgekeurd"}}}},
        {"teruggestuurd", {{"type", "boolean"}}},
        {"goedgekeurdOp", datum_of_null},
        {"vervangen", {{"type", "boolean"}}},
        {"bovenmatigeReserve", cent},
        {"totaal", cent},
        {"regels", lijst({{"type", "object"},
                          {"properties", {{"jaar", geheel}, {"bedrag", cent}, {"doel", tekst}}}})},
        {"toelichting", tekst},
        {"besluiten", lijst({{"type", "object"},
                             {"properties",
                              {{"orgaan", tekst},
                               {"besluit", tekst},
                               {"datum", datum},
                               {"toelichting", tekst},
                               {"vastgelegdDoor", tekst}}}})},
        {"vastgelegdOp", {{"type", "string"}, {"format", "date-time"}}},
        {"vastgelegdDoor", tekst}}}};
  schemas["PlanInstemming"] = {
      {"type", "object"},
      {"required", {"besluit", "datum"}},
      {"properties",
       {{"besluit", {{"type", "string"}, {"enum", {"gegeven", "geweigerd"}}}},
        {"datum", datum},
        {"toelichting", tekst}}}};
  schemas["PlanGoedkeuring"] = {
      {"type", "object"},
      {"required", {"besluit", "datum"}},
      {"properties",
       {{"besluit", {{"type", "string"}, {"enum", {"goedgekeurd", "afgekeurd"}}}},
        {"datum", datum},
        {"toelichting", tekst}}}};
  schemas["NieuwReservebezwaar"] = {
      {"type", "object"},
      {"required", {"jaarrekeningJaar", "onderwerp", "argumenten", "ingediendOp"}},
      {"properties",
       {{"jaarrekeningJaar", geheel},
        {"onderwerp", {{"type", "string"}, {"enum", {"cijfers", "inhouding"}}}},
        {"argumenten", tekst},
        {"ingediendOp", datum}}}};
  schemas["BezwaarUitspraak"] = {
      {"type", "object"},
      {"required", {"uitkomst", "motivering", "datum"}},
      {"properties",
       {{"uitkomst", {{"type", "string"}, {"enum", {"gegrond", "ongegrond"}}}},
        {"motivering", tekst},
        {"datum", datum}}}};
  schemas["Reservebezwaar"] = {
      {"type", "object"},
      {"required", {"id", "swv", "jaarrekeningJaar", "onderwerp", "argumenten", "ingediendOp"}},
      {"properties",
       {{"id", geheel},
        {"swv", tekst},
        {"jaarrekeningJaar", geheel},
        {"onderwerp", tekst},
        {"argumenten", tekst},
        {"ingediendOp", datum},
        {"vastgelegdDoor", tekst},
        {"uitspraak",
         {{"type", "object"},
          {"nullable", true},
          {"properties",
           {{"uitkomst", tekst},
            {"motivering", tekst},
            {"datum", datum},
            {"vastgelegdDoor", tekst}}}}}}}};
  schemas["ReservebezwaarLijst"] = {{"type", "object"},
                                    {"properties", {{"bezwaren", lijst(ref("Reservebezwaar"))}}}};
  schemas["ReserveOverzicht"] = {
      {"type", "object"},
      {"required", {"swv", "peildatum", "jaren"}},
      {"properties",
       {{"swv", tekst},
        {"naam", tekst},
        {"peildatum", datum},
        {"jaren", lijst({{"type", "object"},
                         {"properties",
                          {{"jaarrekeningJaar", geheel},
                           {"bovenmatigeReserve", cent},
                           {"inhouding",
                            {{"type", "object"},
                             {"properties",
                              {{"stand",
                                {{"type", "string"},
                                 {"enum",
                                  {"niet-nodig", "nog-niet", "niet-ingehouden", "ingehouden",
                                   "vrijgegeven", "opgeheven"}}}},
                               {"omschrijving", tekst},
                               {"deadline", datum_of_null},
                               {"ingehoudenVanaf", datum_of_null},
                               {"beeindigdOp", datum_of_null}}}}},
                           {"planInWerking", {{"type", "integer"}, {"nullable", true}}},
                           {"versies", lijst(ref("Reserveplan"))},
                           {"bezwaren", lijst(ref("Reservebezwaar"))}}}})}}}};
  schemas["NieuweMeerjarenbegroting"] = {
      {"type", "object"},
      {"required", {"eersteJaar", "regels"}},
      {"properties",
       {{"eersteJaar", geheel},
        {"regels", lijst({{"type", "object"},
                          {"required", {"jaar", "soort", "doel", "bedrag"}},
                          {"properties",
                           {{"jaar", geheel},
                            {"soort", {{"type", "string"}, {"enum", {"baten", "lasten"}}}},
                            {"doel", tekst},
                            {"bedrag", cent}}}})},
        {"toelichting", tekst}}}};
  schemas["Meerjarenbegroting"] = {
      {"type", "object"},
      {"required", {"id", "swv", "versie", "eersteJaar", "regels", "totalen"}},
      {"properties",
       {{"id", geheel},
        {"swv", tekst},
        {"versie", geheel},
        {"eersteJaar", geheel},
        {"vervangen", {{"type", "boolean"}}},
        {"instemmingOpr",
         {{"type", "string"},
          {"nullable", true},
          {"description", "gevraagd, gegeven of geweigerd; null voordat het is gevraagd"}}},
        {"instemmingStappen",
         lijst({{"type", "object"},
                {"properties", {{"stand", tekst}, {"datum", datum}, {"vastgelegdDoor", tekst}}}})},
        {"regels",
         lijst({{"type", "object"},
                {"properties",
                 {{"jaar", geheel}, {"soort", tekst}, {"doel", tekst}, {"bedrag", cent}}}})},
        {"totalen",
         lijst({{"type", "object"},
                {"properties",
                 {{"jaar", geheel}, {"baten", cent}, {"lasten", cent}, {"saldo", cent}}}})},
        {"toelichting", tekst},
        {"vastgelegdOp", {{"type", "string"}, {"format", "date-time"}}},
        {"vastgelegdDoor", tekst}}}};
  schemas["MeerjarenbegrotingLijst"] = {
      {"type", "object"},
      {"properties", {{"meerjarenbegrotingen", lijst(ref("Meerjarenbegroting"))}}}};
  schemas["BegrotingInstemming"] = {
      {"type", "object"},
      {"required", {"stand", "datum"}},
      {"properties",
       {{"stand", {{"type", "string"}, {"enum", {"gevraagd", "gegeven", "geweigerd"}}}},
        {"datum", datum}}}};
  schemas["LandelijkReserveplannen"] = {
      {"type", "object"},
      {"required", {"jaarrekeningJaar", "bovenSignaleringswaarde"}},
      {"properties",
       {{"jaarrekeningJaar", geheel},
        {"peildatum", datum},
        {"deadline", datum},
        {"bovenSignaleringswaarde", geheel},
        {"metGoedgekeurdPlan", geheel},
        {"ingehouden", geheel},
        {"vrijgegeven", geheel},
        {"deadlineNogNietVoorbij", geheel},
        {"bezwaren", geheel},
        {"bezwarenGegrond", geheel}}}};
}

}  // namespace passend::web
