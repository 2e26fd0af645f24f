#pragma once
// Registration of every route, by area. server.cc calls AddAllRoutes.

#include "web/router.h"
#include "web/services.h"

namespace passend::web {

/// `/api/v1/health` and `/api/v1/openapi.json` (generated from `router` at request time).
void AddMetaRoutes(Router& router);
/// The public registry API: SWVs and schools.
void AddRegistryApi(Router& router, const Services& services);
/// The public Dutch pages: home page, SWV page, school page.
void AddRegistryPages(Router& router, const Services& services);

/// Every route of the application.
void AddAllRoutes(Router& router, const Services& services);

}  // namespace passend::web
