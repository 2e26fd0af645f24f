#include "web/openapi.h"
#include "web/routes.h"

namespace passend::web {

void AddMetaRoutes(Router& router) {
  router.Add(Route{"GET",
                   "/api/v1/health",
                   app::Permission::kPubliek,
                   "Geeft aan of de dienst werkt",
                   {},
                   "Health",
                   [](const httplib::Request&, httplib::Response& res, const RequestContext&) {
                     res.set_content(R"({"status":"ok","versie":"0.1.0"})", "application/json");
                   }});
  // The document is built on request from the router itself, so it always lists every route.
  const Router* self = &router;
  router.Add(Route{"GET",
                   "/api/v1/openapi.json",
                   app::Permission::kPubliek,
                   "Het OpenAPI 3-document van deze API",
                   {},
                   "OpenApi",
                   [self](const httplib::Request&, httplib::Response& res, const RequestContext&) {
                     res.set_content(BuildOpenApi(*self).dump(2), "application/json");
                   }});
}

void AddAllRoutes(Router& router, const Services& services) {
  AddMetaRoutes(router);
  AddRegistryApi(router, services);
  AddRegistryPages(router, services);
  AddAuthApi(router, services);
  AddLeerlingenApi(router, services);
  AddAanmeldingenApi(router, services);
  AddGeschillenApi(router, services);
  AddVerzuimApi(router, services);
  AddThuiszittersApi(router, services);
  AddTlvApi(router, services);
  AddGeldApi(router, services);
  AddGeldExport(router, services);
  AddReserveplanApi(router, services);
  AddArrangementenApi(router, services);
  AddOppApi(router, services);
  AddBasisondersteuningApi(router, services);
  AddBasisondersteuningPages(router, services);
  AddAuthPages(router, services);
  AddLeerlingenPages(router, services);
  AddAanmeldingenPages(router, services);
  AddGeschillenPages(router, services);
  AddVerzuimPages(router, services);
  AddTlvPages(router, services);
  AddGeldPages(router, services);
  AddReserveplanPages(router, services);
  AddArrangementenPages(router, services);
  AddOppPages(router, services);
  AddBerichten(router, services);
  AddThuiszittersPages(router, services);
  AddOndersteuningApi(router, services);
  AddOndersteuningPages(router, services);
  AddDekkendAanbodApi(router, services);
  AddDekkendAanbodPages(router, services);
  AddPlaatsingsrondeApi(router, services);
  AddPlaatsingsrondePages(router, services);
}

}  // namespace passend::web
