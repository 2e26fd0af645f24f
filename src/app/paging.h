#pragma once
// Pagination of collections (Dutch API Design Rules: `page` and `pageSize`).

#include <cstdint>
#include <vector>

#include "domain/error.h"

namespace passend::app {

/// Largest page a client may ask for.
inline constexpr int kMaxPageSize = 1000;

/// A 1-based page number and a page size.
struct PageRequest {
  int page = 1;
  int page_size = 100;
  int64_t Offset() const { return static_cast<int64_t>(page - 1) * page_size; }
};

/// Validates page (>= 1) and page size (1..kMaxPageSize); errors name the field.
domain::Result<PageRequest> MakePageRequest(int64_t page, int64_t page_size);

/// One page of a collection and the size of the whole collection.
template <typename T>
struct Page {
  std::vector<T> items;
  int64_t total = 0;
  PageRequest request;
  /// The number of the last page (at least 1).
  int64_t LastPage() const {
    return total == 0 ? 1 : (total + request.page_size - 1) / request.page_size;
  }
};

}  // namespace passend::app
