#pragma once
// Errors as values: every expected failure in Passend travels as an Error in a Result.

#include <expected>
#include <string>
#include <utility>

namespace passend::domain {

/// What kind of failure happened; the web layer maps each kind to one HTTP status.
enum class ErrorCode {
  kInvalid,          // malformed or missing input (400)
  kNotFound,         // no such resource (404)
  kConflict,         // state does not allow it (409)
  kRegel,            // well-formed, but refused by a rule of law or policy (422)
  kUnauthenticated,  // nobody is logged in (401)
  kForbidden,        // logged in, not allowed (403)
  kTooManyRequests,  // throttled (429)
  kUnavailable,      // a dependency (database, port) is not available (503)
  kInternal,         // a bug or an unexpected library failure (500)
};

/// A failure a user can act on: `message` is Dutch and says what to do; `field` names the
/// input that was wrong, if any.
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string field;
};

/// The result of an operation that can fail in an expected way.
template <typename T>
using Result = std::expected<T, Error>;

/// Builds an unexpected Error of the given kind.
inline std::unexpected<Error> Fail(ErrorCode code, std::string message, std::string field = {}) {
  return std::unexpected(Error{code, std::move(message), std::move(field)});
}

}  // namespace passend::domain

/// Evaluates `expr` (a Result); on failure returns its error from the enclosing function,
/// otherwise assigns the value to `lhs`.
#define PASSEND_CONCAT_INNER(a, b) a##b
#define PASSEND_CONCAT(a, b) PASSEND_CONCAT_INNER(a, b)
#define PASSEND_ASSIGN_OR_RETURN(lhs, expr) \
  PASSEND_ASSIGN_OR_RETURN_IMPL(PASSEND_CONCAT(passend_result_, __COUNTER__), lhs, expr)
#define PASSEND_ASSIGN_OR_RETURN_IMPL(name, lhs, expr)        \
  auto name = (expr);                                         \
  if (!name) return std::unexpected(std::move(name).error()); \
  lhs = std::move(*name)

/// Evaluates `expr` (a Result<void> or any Result); on failure returns its error.
#define PASSEND_RETURN_IF_ERROR(expr) \
  PASSEND_RETURN_IF_ERROR_IMPL(PASSEND_CONCAT(passend_status_, __COUNTER__), expr)
#define PASSEND_RETURN_IF_ERROR_IMPL(name, expr)                \
  do {                                                          \
    auto name = (expr);                                         \
    if (!name) return std::unexpected(std::move(name).error()); \
  } while (false)
