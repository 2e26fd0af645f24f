#pragma once
// Errors as HTTP responses: problem+json (RFC 9457) for the API, a Dutch page for people.
// HTTP status codes are chosen here and nowhere else.

#include <httplib.h>

#include "domain/error.h"
#include "web/router.h"

namespace passend::web {

/// The HTTP status for an error kind.
int StatusFor(domain::ErrorCode code);

/// Writes `error` as `application/problem+json` (api) or as a Dutch HTML page in the shell of
/// `context` (who is logged in), when given.
void WriteProblem(const httplib::Request& req, httplib::Response& res, const domain::Error& error,
                  bool api, const RequestContext* context = nullptr);

}  // namespace passend::web
