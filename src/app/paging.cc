#include "app/paging.h"

#include <fmt/format.h>

namespace passend::app {

using domain::ErrorCode;
using domain::Fail;

domain::Result<PageRequest> MakePageRequest(int64_t page, int64_t page_size) {
  if (page < 1) {
    return Fail(ErrorCode::kInvalid, "Het paginanummer moet 1 of hoger zijn.", "page");
  }
  if (page_size < 1 || page_size > kMaxPageSize) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("De paginagrootte moet tussen 1 en {} liggen.", kMaxPageSize),
                "pageSize");
  }
  // Pages beyond what int can index are empty anyway; clamp rather than overflow.
  if (page > 1'000'000'000) {
    return Fail(ErrorCode::kInvalid, "Het paginanummer is te groot.", "page");
  }
  return PageRequest{static_cast<int>(page), static_cast<int>(page_size)};
}

}  // namespace passend::app
