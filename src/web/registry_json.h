#pragma once
// JSON representations of the public registry (API Design Rules: camelCase, HAL links).

#include <nlohmann/json.hpp>
#include <string>

#include "app/ports.h"
#include "web/leerling_json.h"

namespace passend::web {

/// An SWV with its counts and links.
nlohmann::json ToJson(const app::SwvOverzicht& overzicht);

/// A school location with its address, board, municipality and links.
nlohmann::json ToJson(const app::SchoolOverzicht& overzicht);

/// Wraps a page of items as `{_embedded: {name: [...]}, _links, page, pageSize, totaal}`.
/// `base` is the path with the other query parameters, e.g. `/api/v1/scholen?swv=PO2001`.
template <typename T>
nlohmann::json PageToJson(const app::Page<T>& page, const std::string& name,
                          const std::string& base) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : page.items) items.push_back(ToJson(item));
  const char sep = base.find('?') == std::string::npos ? '?' : '&';
  auto link = [&](int64_t number) {
    return nlohmann::json{{"href", base + sep + "page=" + std::to_string(number) +
                                       "&pageSize=" + std::to_string(page.request.page_size)}};
  };
  nlohmann::json links{
      {"self", link(page.request.page)}, {"first", link(1)}, {"last", link(page.LastPage())}};
  if (page.request.page > 1) links["prev"] = link(page.request.page - 1);
  if (page.request.page < page.LastPage()) links["next"] = link(page.request.page + 1);
  return nlohmann::json{{"_embedded", {{name, std::move(items)}}},
                        {"_links", std::move(links)},
                        {"page", page.request.page},
                        {"pageSize", page.request.page_size},
                        {"totaal", page.total},
                        {"aantalPaginas", page.LastPage()}};
}

}  // namespace passend::web
