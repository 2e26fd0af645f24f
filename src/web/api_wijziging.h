#pragma once
// The shape every change route of the API shares (TLV, OPP): the record's id from the path,
// the JSON body, one parse, one use case, the changed record as JSON. Include this after the
// `*_json.h` that declares ToJson for the use case's result: the call in the template is found
// by ordinary lookup at its definition (two-phase lookup), as with registry_json.h.

#include <httplib.h>

#include <string>
#include <utility>

#include "web/params.h"
#include "web/respond.h"
#include "web/router.h"

namespace passend::web {

/// A handler for a change of record `{id}`: a malformed id is 404 with `niet_gevonden` (it cannot
/// exist), then JsonBody, `parse(body)`, `call(ctx, id, verzoek)` and ToJson of its result; every
/// error as problem+json.
template <typename Parse, typename Call>
Handler Wijziging(std::string niet_gevonden, Parse parse, Call call) {
  return [niet_gevonden = std::move(niet_gevonden), parse, call](
             const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
    auto id = ParseId(ctx.path.at("id"), niet_gevonden);
    if (!Check(req, res, id)) return;
    auto body = JsonBody(req);
    if (!Check(req, res, body)) return;
    auto verzoek = parse(*body);
    if (!Check(req, res, verzoek)) return;
    auto inzicht = call(ctx, *id, std::move(*verzoek));
    if (!Check(req, res, inzicht)) return;
    WriteJson(res, ToJson(*inzicht));
  };
}

}  // namespace passend::web
