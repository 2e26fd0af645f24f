#include "web/openapi.h"

#include <cctype>
#include <regex>
#include <set>

#include "web/arrangement_json.h"
#include "web/basisondersteuning_json.h"
#include "web/dekkend_aanbod_json.h"
#include "web/geld_json.h"
#include "web/ondersteuning_json.h"
#include "web/opp_json.h"
#include "web/plaatsingsronde_json.h"
#include "web/routes.h"
#include "web/thuiszitters_json.h"
#include "web/tlv_json.h"

namespace passend::web {

using nlohmann::json;

namespace {

json Ref(const std::string& name) { return json{{"$ref", "#/components/schemas/" + name}}; }

json ProblemResponse(const std::string& description) {
  return json{{"description", description},
              {"content", {{"application/problem+json", {{"schema", Ref("Problem")}}}}}};
}

}  // namespace

json PageSchema(const std::string& embedded, const std::string& item) {
  return json{{"type", "object"},
              {"required", {"_embedded", "_links", "page", "pageSize", "totaal"}},
              {"properties",
               {{"_embedded",
                 {{"type", "object"},
                  {"properties", {{embedded, {{"type", "array"}, {"items", Ref(item)}}}}}}},
                {"_links", Ref("PaginaLinks")},
                {"page", {{"type", "integer"}}},
                {"pageSize", {{"type", "integer"}}},
                {"totaal", {{"type", "integer"}}},
                {"aantalPaginas", {{"type", "integer"}}}}}};
}

namespace {

json Schemas() {
  const json link{{"type", "object"}, {"properties", {{"href", {{"type", "string"}}}}}};
  json schemas;
  schemas["Link"] = link;
  schemas["PaginaLinks"] = {{"type", "object"},
                            {"properties",
                             {{"self", Ref("Link")},
                              {"first", Ref("Link")},
                              {"prev", Ref("Link")},
                              {"next", Ref("Link")},
                              {"last", Ref("Link")}}}};
  schemas["Problem"] = {
      {"type", "object"},
      {"description", "Foutmelding volgens RFC 9457"},
      {"properties",
       {{"type", {{"type", "string"}}},
        {"title", {{"type", "string"}}},
        {"status", {{"type", "integer"}}},
        {"detail", {{"type", "string"}}},
        {"instance", {{"type", "string"}}},
        {"invalidParams",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"name", {{"type", "string"}}}, {"reason", {{"type", "string"}}}}}}}}}}}};
  schemas["Health"] = {{"type", "object"},
                       {"properties",
                        {{"status", {{"type", "string"}, {"enum", {"ok", "fout"}}}},
                         {"versie", {{"type", "string"}}}}}};
  schemas["Samenwerkingsverband"] = {
      {"type", "object"},
      {"required", {"code", "naam", "sector"}},
      {"properties",
       {{"code", {{"type", "string"}, {"pattern", "^(PO|VO)[0-9]{4}$"}, {"example", "PO2001"}}},
        {"naam", {{"type", "string"}}},
        {"sector", {{"type", "string"}, {"enum", {"PO", "VO"}}}},
        {"gemeenten",
         {{"type", "array"}, {"items", {{"type", "string"}, {"pattern", "^GM[0-9]{4}$"}}}}},
        {"aantalScholen", {{"type", "integer"}}},
        {"aantalLeerlingen", {{"type", "integer"}}},
        {"_links", {{"type", "object"}}}}}};
  schemas["School"] = {
      {"type", "object"},
      {"required", {"code", "naam", "soort"}},
      {"properties",
       {{"code",
         {{"type", "string"}, {"pattern", "^[0-9]{2}[A-Z]{2}[0-9]{2}$"}, {"example", "12AB00"}}},
        {"brin", {{"type", "string"}}},
        {"naam", {{"type", "string"}}},
        {"soort", {{"type", "string"}, {"enum", {"bao", "sbo", "so", "vso", "vo", "pro"}}}},
        {"cluster", {{"type", "integer"}, {"nullable", true}, {"minimum", 1}, {"maximum", 4}}},
        {"adres", {{"type", "object"}}},
        {"gemeente", {{"type", "object"}}},
        {"positie", {{"type", "object"}}},
        {"bestuur", {{"type", "object"}}},
        {"samenwerkingsverband", {{"type", "string"}, {"nullable", true}}},
        {"aantalLeerlingen", {{"type", "integer"}}},
        {"plaats", {{"type", "string"}}},
        // The school finder (issue 5 item 2) adds these.
        {"afstandKm",
         {{"type", "number"},
          {"nullable", true},
          {"description", "Afstand hemelsbreed vanaf nabij"}}},
        {"ondersteuning",
         {{"type", "array"},
          {"description", "De gevraagde behoeften die de school op niveau biedt"},
          {"items", {{"type", "object"}}}}},
        {"aanbod",
         {{"type", "array"},
          {"description", "Alles wat de school boven de basis biedt"},
          {"items", {{"type", "object"}}}}},
        {"_links", {{"type", "object"}}}}}};
  schemas["SamenwerkingsverbandPagina"] =
      PageSchema("samenwerkingsverbanden", "Samenwerkingsverband");
  schemas["SchoolPagina"] = PageSchema("scholen", "School");
  schemas["OpenApi"] = {{"type", "object"}};
  const json text{{"type", "string"}};
  schemas["Gebruiker"] = {
      {"type", "object"},
      {"properties",
       {{"gebruikersnaam", text}, {"rol", text}, {"rolNaam", text}, {"organisatie", text}}}};
  schemas["Sessie"] = {{"type", "object"},
                       {"required", {"token", "tokenType"}},
                       {"properties",
                        {{"token", text},
                         {"tokenType", {{"type", "string"}, {"enum", {"Bearer"}}}},
                         {"verlooptBijInactiviteit", {{"type", "string"}, {"format", "date-time"}}},
                         {"gebruiker", Ref("Gebruiker")}}}};
  schemas["GebruikerLijst"] = {{"type", "object"},
                               {"properties", {{"totaal", {{"type", "integer"}}}}}};
  schemas["Statistiek"] = {
      {"type", "object"},
      {"properties",
       {{"tellingen",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"samenwerkingsverband", {{"type", "string"}, {"nullable", true}}},
              {"soort", text},
              {"aantal",
               {{"type", "string"},
                {"description", "Een getal, of <5 voor 1 tot en met 4"}}}}}}}}}}}};
  schemas["Leerling"] = {
      {"type", "object"},
      {"description", "Dossier van een leerling; het BSN alleen gemaskeerd"},
      {"properties",
       {{"id", {{"type", "integer"}}},
        {"voornaam", text},
        {"tussenvoegsel", text},
        {"achternaam", text},
        {"geboortedatum", {{"type", "string"}, {"format", "date"}}},
        {"bsn", text},
        {"verzorgers", {{"type", "array"}, {"items", {{"type", "object"}}}}},
        {"inschrijvingen", {{"type", "array"}, {"items", {{"type", "object"}}}}}}}};
  schemas["LeerlingPagina"] = PageSchema("leerlingen", "Leerling");
  schemas["LeerlingVerwijzing"] = {
      {"type", "object"},
      {"properties", {{"id", {{"type", "integer"}}}, {"_links", {{"type", "object"}}}}}};
  const json datum{{"type", "string"}, {"format", "date"}};
  const json nullable_datum{{"type", "string"}, {"format", "date"}, {"nullable", true}};
  schemas["Aanmelding"] = {
      {"type", "object"},
      {"description", "Een aanmelding met de status van de zorgplicht op vandaag"},
      {"required", {"id", "status", "uitersteBeslisdatum", "dagenResterend"}},
      {"properties",
       {{"id", {{"type", "integer"}}},
        {"status",
         {{"type", "string"},
          {"enum", {"open", "bijna-verlopen", "verlopen", "besloten", "mondeling"}}}},
        {"statusToelichting", text},
        {"uitersteBeslisdatum", nullable_datum},
        {"dagenResterend", {{"type", "integer"}, {"nullable", true}}},
        {"rechtOpVoorlopigePlaatsing", {{"type", "boolean"}}},
        {"leerling", {{"type", "object"}}},
        {"school", {{"type", "object"}}},
        {"samenwerkingsverband", {{"type", "string"}, {"nullable", true}}},
        {"aanmelddatum", datum},
        {"schriftelijk", {{"type", "boolean"}}},
        {"gewensteStartdatum", nullable_datum},
        {"eersteKeuze", {{"type", "boolean"}}},
        {"vooraanmelding", {{"type", "boolean"}}},
        {"ondersteuningsbehoeften", {{"type", "array"}, {"items", text}}},
        {"verlenging", {{"type", "object"}, {"nullable", true}}},
        {"besluit", {{"type", "object"}, {"nullable", true}}},
        {"doorSwv", {{"type", "boolean"}}},
        {"inGeschil", {{"type", "boolean"}}},
        {"zorgplichtHouder", {{"type", "integer"}, {"nullable", true}}},
        {"_links", {{"type", "object"}}}}}};
  schemas["AanmeldingPagina"] = PageSchema("aanmeldingen", "Aanmelding");
  schemas["AanmeldingTijdlijn"] = {
      {"type", "object"},
      {"properties",
       {{"aantal", {{"type", "integer"}}},
        {"_embedded",
         {{"type", "object"},
          {"properties",
           {{"stappen",
             {{"type", "array"},
              {"items",
               {{"type", "object"},
                {"properties",
                 {{"volgnummer", {{"type", "integer"}}},
                  {"tijdstip", {{"type", "string"}, {"format", "date-time"}}},
                  {"type", text},
                  {"omschrijving", text},
                  {"gebruiker", text},
                  {"rol", text},
                  {"organisatie", text},
                  {"gegevens", {{"type", "object"}}}}}}}}}}}}},
        {"_links", {{"type", "object"}}}}}};
  const json nullable_text{{"type", "string"}, {"nullable", true}};
  const json integer{{"type", "integer"}};
  const json ladder_stap{
      {"type", "object"},
      {"required", {"code", "naam"}},
      {"properties", {{"code", text}, {"naam", text}, {"termijnDagen", integer}}}};
  const json steunpunt{
      {"type", "object"},
      {"properties", {{"naam", text}, {"telefoon", text}, {"email", text}, {"website", text}}}};
  const json verzuim_instellingen{
      {"type", "object"},
      {"description",
       "Verzuim: vakantieregio (null: standaard), doorzettingsmacht, advies voor vrijstelling "
       "5 onder a, tussendoelen voor kinderen langer dan 3 maanden thuis"},
      {"properties",
       {{"vakantieregio",
         {{"type", "string"}, {"nullable", true}, {"enum", {"noord", "midden", "zuid", nullptr}}}},
        {"doorzettingsmacht",
         {{"type", "object"},
          {"properties",
           {{"houder", {{"type", "string"}, {"enum", {"coordinator", "commissie", "wethouder"}}}},
            {"naam", text}}}}},
        {"adviesVoorVrijstelling", {{"type", "boolean"}}},
        {"tussendoelen",
         {{"type", "object"},
          {"nullable", true},
          {"properties",
           {{"basisdatum", text},
            {"basiswaarde", integer},
            {"doeljaar", text},
            {"doelwaarde", integer},
            {"stappen", integer}}}}}}}};
  schemas["SwvInstellingen"] = {{"type", "object"},
                                {"description", "Instellingen van een samenwerkingsverband"},
                                {"required", {"meldingsplicht", "centraalAanmeldpunt"}},
                                {"properties",
                                 {{"meldingsplicht", {{"type", "boolean"}}},
                                  {"centraalAanmeldpunt", {{"type", "boolean"}}},
                                  {"ladder", {{"type", "array"}, {"items", ladder_stap}}},
                                  {"steunpunt", steunpunt},
                                  {"verzuim", verzuim_instellingen}}}};
  const json stap{{"type", "object"},
                  {"properties",
                   {{"volgnummer", integer},
                    {"stap", text},
                    {"naam", text},
                    {"start", datum},
                    {"eigenaar", text},
                    {"termijnDagen", integer},
                    {"uiterlijk", nullable_datum},
                    {"einde", nullable_datum},
                    {"uitkomst", nullable_text}}}};
  schemas["Geschil"] = {
      {"type", "object"},
      {"description", "Een geschil met zijn stappen op de escalatieladder"},
      {"required", {"id", "onderwerp", "stappen", "ladder"}},
      {"properties",
       {{"id", integer},
        {"onderwerp", {{"type", "string"}, {"enum", {"toelating", "verwijdering", "opp"}}}},
        {"leerling", {{"type", "object"}}},
        {"school", {{"type", "object"}}},
        {"swv", nullable_text},
        {"aanmelding", {{"type", "integer"}, {"nullable", true}}},
        {"besluitdatum", nullable_datum},
        {"omschrijving", text},
        {"geopendOp", datum},
        {"ladder", {{"type", "array"}, {"items", ladder_stap}}},
        {"stappen", {{"type", "array"}, {"items", stap}}},
        {"huidigeStap", {{"type", "object"}, {"nullable", true}}},
        {"volgendeStap", {{"type", "object"}, {"nullable", true}}},
        {"uitersteDatum", nullable_datum},
        {"termijnVerstreken", {{"type", "boolean"}}},
        {"gpo", {{"type", "object"}}},
        {"steunpunt", steunpunt},
        {"_links", {{"type", "object"}}}}}};
  schemas["GeschilPagina"] = PageSchema("geschillen", "Geschil");
  schemas["NieuwGeschil"] = {
      {"type", "object"},
      {"required", {"onderwerp"}},
      {"properties",
       {{"onderwerp", {{"type", "string"}, {"enum", {"toelating", "verwijdering", "opp"}}}},
        {"aanmelding", integer},
        {"leerling", integer},
        {"besluitdatum", datum},
        {"omschrijving", text}}}};
  schemas["NieuweStap"] = {{"type", "object"},
                           {"required", {"stap", "eigenaar"}},
                           {"properties", {{"stap", text}, {"start", datum}, {"eigenaar", text}}}};
  schemas["StapAfronding"] = {{"type", "object"},
                              {"required", {"uitkomst"}},
                              {"properties", {{"einde", datum}, {"uitkomst", text}}}};
  schemas["NieuweAanmelding"] = {
      {"type", "object"},
      {"required", {"school", "aanmelddatum", "schriftelijk", "eersteKeuze", "leerling"}},
      {"properties",
       {{"school", text},
        {"aanmelddatum", datum},
        {"schriftelijk", {{"type", "boolean"}}},
        {"eersteKeuze", {{"type", "boolean"}}},
        {"vooraanmelding", {{"type", "boolean"}}},
        {"gewensteStartdatum", datum},
        {"ondersteuningsbehoeften", {{"type", "array"}, {"items", text}}},
        {"leerling",
         {{"description",
           "Het id van een bestaande leerling, of een nieuw kind met voornamen, achternaam, "
           "geslacht, geboortedatum, bsn, postcode en huisnummer"}}}}}};
  schemas["Verlenging"] = {{"type", "object"},
                           {"required", {"weken", "reden"}},
                           {"properties", {{"weken", integer}, {"reden", text}}}};
  schemas["NieuwBesluit"] = {
      {"type", "object"},
      {"required", {"uitkomst", "hoorrecht"}},
      {"properties",
       {{"uitkomst",
         {{"type", "string"},
          {"enum", {"toegelaten", "elders-geplaatst", "geweigerd", "ingetrokken"}}}},
        {"datum", datum},
        {"grond",
         {{"type", "string"}, {"enum", {"school-vol", "grondslag", "onevenredige-belasting"}}}},
        {"andereSchool", text},
        {"andereSchoolAkkoord", {{"type", "boolean"}}},
        {"metArrangement", {{"type", "boolean"}}},
        {"hoorrecht",
         {{"type", "object"},
          {"properties",
           {{"gehoord", {{"type", "boolean"}}}, {"zienswijze", text}, {"reden", text}}}}}}}};
  schemas["Bericht"] = {
      {"type", "object"},
      {"description", "Een bericht aan de ouders over een wijziging in de zaak van hun kind"},
      {"required", {"id", "leerling", "aangemaakt", "onderwerp", "tekst", "gelezen"}},
      {"properties",
       {{"id", integer},
        {"leerling", integer},
        {"aangemaakt", {{"type", "string"}, {"format", "date-time"}}},
        {"onderwerp", text},
        {"tekst", text},
        {"link", nullable_text},
        {"gelezen", {{"type", "boolean"}}}}}};
  schemas["BerichtPagina"] = PageSchema("berichten", "Bericht");
  // Absence cases and thuiszitters (issue 6).
  const json verzuimtypes = {"absoluut-verzuim",
                             "langdurig-relatief-verzuim",
                             "relatief-verzuim",
                             "vrijstelling-5a",
                             "vrijstelling-5b",
                             "vrijstelling-5c",
                             "ziek"};
  const json redenen = {
      "terug-naar-school",         "andere-school", "vrijstelling", "verhuisd", "einde-leerplicht",
      "onderwijs-zorgarrangement", "overig"};
  const json geheel{{"type", "integer"}};
  const json tekst{{"type", "string"}};
  const json dag{{"type", "string"}, {"format", "date"}};
  const json dag_of_null{{"type", "string"}, {"format", "date"}, {"nullable", true}};
  const json tekst_of_null{{"type", "string"}, {"nullable", true}};
  schemas["Verzuimmelding"] = {
      {"type", "object"},
      {"description", "Een verzuimmelding met dagen thuis, termijnen en signalen op vandaag"},
      {"required",
       {"id", "leerling", "type", "startdatum", "loopt", "thuiszitter", "dagenThuis", "signalen"}},
      {"properties",
       {{"id", geheel},
        {"leerling", geheel},
        {"leerlingNaam", tekst},
        {"type", {{"type", "string"}, {"enum", verzuimtypes}}},
        {"gemeente", tekst},
        {"school", tekst_of_null},
        {"schoolNaam", tekst_of_null},
        {"swv", tekst},
        {"startdatum", dag},
        {"einddatum", dag_of_null},
        {"redenEinde", tekst_of_null},
        {"toelichtingEinde", tekst},
        {"aanbod",
         {{"type", "object"},
          {"nullable", true},
          {"properties", {{"datum", dag}, {"omschrijving", tekst}}}}},
        {"overgedragenOp", dag_of_null},
        {"loopt", {{"type", "boolean"}}},
        {"thuiszitter", {{"type", "boolean"}}},
        {"dagenThuis", geheel},
        {"thuiszitterVanaf", dag_of_null},
        {"consulentVanaf", dag_of_null},
        {"drieMaandenVanaf", dag_of_null},
        {"langerDanDrieMaanden", {{"type", "boolean"}}},
        {"signalen",
         {{"type", "array"},
          {"items",
           {{"type", "string"}, {"enum", {"consulent", "bijna-drie-maanden", "drie-maanden"}}}}}},
        {"artsverklaring", dag_of_null},
        {"advies", {{"type", "integer"}, {"nullable", true}}},
        {"vrijstelling",
         {{"type", "object"},
          {"nullable", true},
          {"description", "Alleen bij vrijstelling 5 onder a: termijn en herinneringen"},
          {"properties",
           {{"artsverklaring", dag},
            {"geldigTotEnMet", dag},
            {"verlengenVoor", dag},
            {"signalen",
             {{"type", "array"},
              {"items",
               {{"type", "string"},
                {"enum", {"vrijstelling-verlengen", "vrijstelling-verlopen"}}}}}}}}}},
        {"doorbraken",
         {{"type", "array"},
          {"description", "Alleen gevuld in de enkele melding, niet in lijsten"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"volgnummer", geheel},
              {"aangevraagdOp", dag},
              {"aangevraagdDoor", tekst},
              {"reden", tekst},
              {"doorzettingsmacht", {{"type", "object"}}},
              {"besluitOp", dag_of_null},
              {"besluit", tekst_of_null},
              {"beslotenDoor", tekst_of_null}}}}}}},
        {"waarschuwingen", {{"type", "array"}, {"items", tekst}}},
        {"_links", {{"type", "object"}}}}}};
  schemas["VerzuimmeldingPagina"] = PageSchema("verzuimmeldingen", "Verzuimmelding");
  schemas["NieuweVerzuimmelding"] = {{"type", "object"},
                                     {"required", {"leerling", "type", "startdatum"}},
                                     {"properties",
                                      {{"leerling", geheel},
                                       {"type", {{"type", "string"}, {"enum", verzuimtypes}}},
                                       {"startdatum", dag},
                                       {"school", tekst},
                                       {"artsverklaring", dag}}}};
  schemas["DoorbraakVerzoek"] = {
      {"type", "object"}, {"required", {"reden"}}, {"properties", {{"reden", tekst}}}};
  schemas["DoorbraakBesluit"] = {
      {"type", "object"},
      {"required", {"besluit", "beslotenDoor"}},
      {"properties", {{"datum", dag}, {"besluit", tekst}, {"beslotenDoor", tekst}}}};
  schemas["NieuwVrijstellingsadvies"] = {
      {"type", "object"},
      {"required", {"leerling", "advies"}},
      {"properties", {{"leerling", geheel}, {"advies", tekst}, {"datum", dag}}}};
  schemas["Vrijstellingsadvies"] = {
      {"type", "object"},
      {"properties",
       {{"id", geheel}, {"leerling", geheel}, {"swv", tekst}, {"datum", dag}, {"advies", tekst}}}};
  schemas["Vrijstellingsadviezen"] = {
      {"type", "object"},
      {"properties", {{"adviezen", {{"type", "array"}, {"items", Ref("Vrijstellingsadvies")}}}}}};
  schemas["VerzuimBeeindiging"] = {{"type", "object"},
                                   {"required", {"einddatum", "reden"}},
                                   {"properties",
                                    {{"einddatum", dag},
                                     {"reden", {{"type", "string"}, {"enum", redenen}}},
                                     {"toelichting", tekst}}}};
  schemas["PassendAanbod"] = {{"type", "object"},
                              {"required", {"datum", "omschrijving"}},
                              {"properties", {{"datum", dag}, {"omschrijving", tekst}}}};
  schemas["Thuiszittertelling"] = {{"type", "object"},
                                   {"properties",
                                    {{"thuiszitters", geheel},
                                     {"absoluutVerzuim", geheel},
                                     {"langdurigRelatiefVerzuim", geheel},
                                     {"langerDanVierWeken", geheel},
                                     {"langerDanDrieMaanden", geheel},
                                     {"zonderAanbod", geheel},
                                     {"ziek", geheel},
                                     {"vrijstellingen", geheel},
                                     {"relatiefVerzuim", geheel}}}};
  schemas["Thuiszitters"] = {
      {"type", "object"},
      {"required", {"swv", "peildatum", "telling", "thuiszitters"}},
      {"properties",
       {{"swv", tekst},
        {"peildatum", dag},
        {"telling", Ref("Thuiszittertelling")},
        {"thuiszitters", {{"type", "array"}, {"items", Ref("Verzuimmelding")}}},
        {"_links", {{"type", "object"}}}}}};
  schemas["KwartaalregistratieCsv"] = {
      {"type", "string"},
      {"description",
       "RFC 4180-CSV met een kopregel; één regel per melding, zonder namen of BSN's"}};
  schemas["AuditLijst"] = {
      {"type", "object"},
      {"properties", {{"aantal", {{"type", "integer"}}}, {"maximum", {{"type", "integer"}}}}}};
  AddThuiszitterSchemas(schemas);
  AddTlvSchemas(schemas);
  AddGeldSchemas(schemas);
  AddGeldExportSchemas(schemas);
  AddReserveplanSchemas(schemas);
  AddOppSchemas(schemas);
  AddArrangementSchemas(schemas);
  AddOndersteuningSchemas(schemas);
  AddBasisondersteuningSchemas(schemas);
  AddDekkendAanbodSchemas(schemas);
  AddPlaatsingsrondeSchemas(schemas);
  return schemas;
}

// `get` + `/api/v1/scholen/{code}` → `getScholenCode`: letters only, valid in a URL.
std::string OperationId(const std::string& method, const std::string& path) {
  std::string id = method;
  bool upper = true;
  for (char c : path.substr(std::string_view("/api/v1").size())) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0) {
      upper = true;
      continue;
    }
    id += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return id;
}

// The first path segment after /api/v1/ groups operations (`scholen`, `leerlingen`, ...).
std::string TagOf(const std::string& path) {
  const std::string rest = path.substr(std::string_view("/api/v1/").size());
  return rest.substr(0, rest.find('/'));
}

}  // namespace

json BuildOpenApi(const Router& router) {
  json paths = json::object();
  json tags = json::array();
  std::set<std::string> seen_tags;
  const std::regex param_re(R"(\{([^}]+)\})");
  for (const Route& route : router.routes()) {
    if (!route.IsApi()) continue;
    json parameters = json::array();
    for (auto it = std::sregex_iterator(route.path.begin(), route.path.end(), param_re);
         it != std::sregex_iterator(); ++it) {
      parameters.push_back({{"name", (*it)[1].str()},
                            {"in", "path"},
                            {"required", true},
                            {"schema", {{"type", "string"}}}});
    }
    for (const auto& param : route.query) {
      parameters.push_back({{"name", param.name},
                            {"in", "query"},
                            {"required", false},
                            {"description", param.description},
                            {"schema", {{"type", param.type}}}});
    }
    std::string method = route.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    json success{{"description", route.success_status == 201 ? "Aangemaakt" : "OK"}};
    if (route.success_status == 204) {
      success["description"] = "Geen inhoud";  // 204 carries no body
    } else if (route.response_schema.ends_with("Csv")) {
      success["content"] = {{"text/csv", {{"schema", Ref(route.response_schema)}}}};
    } else {
      success["content"] = {
          {"application/json",
           {{"schema", Ref(route.response_schema.empty() ? "OpenApi" : route.response_schema)}}}};
    }
    json responses{{std::to_string(route.success_status), std::move(success)},
                   {"400", ProblemResponse("Ongeldige parameter")},
                   {"500", ProblemResponse("Interne fout")}};
    if (route.path.find('{') != std::string::npos) {
      responses["404"] = ProblemResponse("Niet gevonden");
    }
    if (route.permission == app::Permission::kAanmeldingenBeheren ||
        route.permission == app::Permission::kGeschillenBeheren ||
        route.permission == app::Permission::kVerzuimBeheren ||
        route.permission == app::Permission::kTlvBeheren ||
        route.permission == app::Permission::kTlvEvaluatieVragen ||
        route.permission == app::Permission::kGeldLezen ||
        route.permission == app::Permission::kGeldBeheren ||
        route.permission == app::Permission::kReserveBezwaarBeslissen ||
        route.permission == app::Permission::kOppBeheren ||
        route.permission == app::Permission::kOppInstemmen ||
        route.permission == app::Permission::kArrangementBeheren) {
      // Refusals by the rules of the zorgplicht (a second extension, a decision without
      // hoorrecht, ...) are 422 with a Dutch explanation.
      responses["422"] = ProblemResponse("Niet toegestaan volgens de regels");
    }
    json operation{
        {"summary", route.summary},
        {"security", route.permission == app::Permission::kPubliek
                         ? json::array()
                         : json::array({{{"bearer", json::array()}}, {{"sessie", json::array()}}})},
        {"operationId", OperationId(method, route.path)},
        {"tags", json::array({TagOf(route.path)})},
        {"description", route.summary + ". Vereiste permissie: " +
                            std::string(app::PermissionName(route.permission)) + "."},
        {"parameters", parameters},
        {"responses", responses},
        {"x-permission", std::string(app::PermissionName(route.permission))}};
    if (!route.request_schema.empty()) {
      operation["requestBody"] = {
          {"required", true},
          {"content", {{"application/json", {{"schema", Ref(route.request_schema)}}}}}};
    }
    paths[route.path][method] = std::move(operation);
    if (seen_tags.insert(TagOf(route.path)).second) {
      tags.push_back({{"name", TagOf(route.path)}});
    }
  }
  return json{
      {"openapi", "3.0.3"},
      {"info",
       {{"title", "Passend API"},
        {"version", "1.0.0"},
        {"description",
         "API van Passend, het platform voor passend onderwijs. Openbare gegevens over "
         "samenwerkingsverbanden en scholen; persoonsgegevens alleen na inloggen."},
        {"contact", {{"name", "Passend"}, {"url", "https://passend.example.nl"}}},
        {"license", {{"name", "EUPL-1.2"}}}}},
      {"servers", json::array({{{"url", "/"}}})},
      {"tags", std::move(tags)},
      {"paths", std::move(paths)},
      {"components",
       {{"schemas", Schemas()},
        {"securitySchemes",
         {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}},
          {"sessie", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "passend_sessie"}}}}}}}};
}

}  // namespace passend::web
