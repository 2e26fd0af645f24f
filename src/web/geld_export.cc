// Downloads of the money figures (issue 8 item 9; docs/geld.md): an SWV's year figures and its
// income lines as CSV or XLSX, for the SWV's own spreadsheets and the accountant. Amounts are
// whole cents (column names end in `Cent`), shares whole basis points.
#include <fmt/format.h>

#include "web/export_tabel.h"
#include "web/geld_json.h"
#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

namespace {

enum class Formaat { kCsv, kXlsx };

domain::Result<Formaat> ParseFormaat(std::string_view tekst) {
  if (tekst == "csv") return Formaat::kCsv;
  if (tekst == "xlsx") return Formaat::kXlsx;
  return domain::Fail(domain::ErrorCode::kInvalid, "Kies het formaat: csv of xlsx.", "formaat");
}

ExportTabel Jaarcijfers(const std::vector<app::JaarrekeningInzicht>& lijst) {
  ExportTabel t{"Jaarcijfers",
                {"swv", "jaar", "versie", "batenTotaalCent", "lastenTotaalCent",
                 "eigenVermogenCent", "organisatiekostenCent", "signaleringswaardeCent",
                 "bovenmatigeReserveCent", "organisatiekostenAandeelBp", "onbesteedAandeelBp"},
                {}};
  for (const auto& j : lijst) {
    const auto& c = j.record.cijfers;
    const auto& b = j.beoordeling;
    t.rijen.push_back({j.record.swv, int64_t{c.jaar}, int64_t{j.record.versie},
                       c.baten_totaal.value(), c.lasten_totaal.value(), c.eigen_vermogen.value(),
                       c.organisatiekosten.value(), b.signaleringswaarde.value(),
                       b.bovenmatige_reserve.value(), b.organisatiekosten_bp, b.onbesteed_bp});
  }
  return t;
}

ExportTabel Batenregels(const app::BatenOverzicht& baten) {
  ExportTabel t{"Baten " + baten.schooljaar.Label(),
                {"swv", "schooljaar", "teldatum", "code", "omschrijving", "aantal",
                 "perEenheidCent", "bedragCent", "formule"},
                {}};
  for (const auto& r : baten.baten.regels) {
    t.rijen.push_back({baten.swv, baten.schooljaar.Label(), domain::FormatIsoDate(baten.teldatum),
                       r.code, r.omschrijving, r.aantal, r.per_eenheid.value(), r.bedrag.value(),
                       r.formule});
  }
  t.rijen.push_back({baten.swv, baten.schooljaar.Label(), domain::FormatIsoDate(baten.teldatum),
                     std::string("totaal"), std::string("Totaal"), int64_t{0}, int64_t{0},
                     baten.baten.totaal.value(), std::string()});
  return t;
}

void Stuur(const httplib::Request& req, httplib::Response& res, const ExportTabel& tabel,
           Formaat formaat, const std::string& naam) {
  if (formaat == Formaat::kCsv) {
    res.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}.csv\"", naam));
    res.set_content(AlsCsv(tabel), "text/csv; charset=utf-8");
    return;
  }
  auto xlsx = AlsXlsx(tabel);
  if (!Check(req, res, xlsx)) return;
  res.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}.xlsx\"", naam));
  res.set_content(*xlsx, kXlsxType);
}

}  // namespace

void AddGeldExport(Router& router, const Services& services) {
  const QueryParam formaat{"formaat", "csv (standaard) of xlsx"};
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/jaarcijfers",
      app::Permission::kGeldLezen,
      "De jaarcijfers van het samenwerkingsverband (per jaar de laatste versie van de "
      "jaarrekening met signaleringswaarde en aandelen) als CSV of XLSX; bedragen in eurocent",
      {formaat},
      "JaarcijfersCsv",
      [&services, formaat_naam = formaat.name](const httplib::Request& req, httplib::Response& res,
                                               const RequestContext& ctx) {
        auto gekozen = OptionalParam<Formaat>(req, formaat_naam, ParseFormaat);
        if (!Check(req, res, gekozen)) return;
        const std::string swv = ctx.path.at("code");
        auto lijst = services.geld.Jaarrekeningen(*ctx.principal, swv);
        if (!Check(req, res, lijst)) return;
        Stuur(req, res, Jaarcijfers(*lijst), gekozen->value_or(Formaat::kCsv),
              "jaarcijfers-" + swv);
      }});
  router.Add(Route{
      "GET",
      "/api/v1/samenwerkingsverbanden/{code}/baten/export",
      app::Permission::kGeldLezen,
      "De baten van een schooljaar met elke regel, invoer en formule als CSV of XLSX; bedragen "
      "in eurocent",
      {formaat, {"schooljaar", "Schooljaar als 2025-2026 (standaard het huidige)"}},
      "BatenCsv",
      [&services, formaat_naam = formaat.name](const httplib::Request& req, httplib::Response& res,
                                               const RequestContext& ctx) {
        auto gekozen = OptionalParam<Formaat>(req, formaat_naam, ParseFormaat);
        if (!Check(req, res, gekozen)) return;
        std::optional<int> start_jaar;
        if (auto tekst = QueryValue(req, "schooljaar"); tekst && !tekst->empty()) {
          auto jaar = domain::SchoolYear::Parse(*tekst);
          if (!jaar) {
            Check(req, res,
                  domain::Result<int>(std::unexpected(
                      domain::Error{domain::ErrorCode::kInvalid,
                                    "Geef het schooljaar op als 2025-2026.", "schooljaar"})));
            return;
          }
          start_jaar = jaar->start_year();
        }
        const std::string swv = ctx.path.at("code");
        auto baten = services.geld.Baten(*ctx.principal, swv, start_jaar);
        if (!Check(req, res, baten)) return;
        Stuur(req, res, Batenregels(*baten), gekozen->value_or(Formaat::kCsv),
              "baten-" + swv + "-" + baten->schooljaar.Label());
      }});
}

void AddGeldExportSchemas(nlohmann::json& schemas) {
  schemas["JaarcijfersCsv"] = {
      {"type", "string"},
      {"description",
       "RFC 4180-CSV (of XLSX met formaat=xlsx) met een kopregel; één regel per jaar; bedragen "
       "in eurocent, aandelen in basispunten"}};
  schemas["BatenCsv"] = {
      {"type", "string"},
      {"description",
       "RFC 4180-CSV (of XLSX met formaat=xlsx) met een kopregel; één regel per baten-regel en "
       "een totaalregel; bedragen in eurocent"}};
}

}  // namespace passend::web
