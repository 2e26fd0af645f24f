#pragma once
// The flow every change form on a record page shares (verzuim, TLV): the record's id from the
// path, the posted values, one use case; then back to the page (post/redirect/get), the page
// again with the message beside the field when the user can fix it, or the error page.

#include <httplib.h>

#include <cstdint>
#include <string>

#include "web/form_fields.h"
#include "web/params.h"
#include "web/problem.h"
#include "web/respond.h"

namespace passend::web {

/// Runs `call(id, waarden)` for the record `{id}` of the path and answers: 303 to `pad` + id on
/// success; `toon(id, waarden, fout, status)` for an error the user can fix in the form; the
/// error page otherwise (a record outside the scope is a 404 page, not a typing error).
template <typename Call, typename Toon>
void NaFormulier(const httplib::Request& req, httplib::Response& res, const RequestContext& ctx,
                 const std::string& pad, const std::string& niet_gevonden, Call call, Toon toon) {
  auto id = ParseId(ctx.path.at("id"), niet_gevonden);
  if (!Check(req, res, id, ctx)) return;
  const Formulierwaarden waarden = LeesFormulier(req);
  auto result = call(*id, waarden);
  if (result) {
    SeeOther(res, pad + std::to_string(*id));
    return;
  }
  if (IsFormulierFout(result.error()) && result.error().code != domain::ErrorCode::kNotFound) {
    toon(*id, waarden, FoutVan(result.error()), StatusFor(result.error().code));
    return;
  }
  Check(req, res, result, ctx);
}

}  // namespace passend::web
