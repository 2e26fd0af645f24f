#include "web/table.h"

#include <fmt/format.h>

#include "web/html.h"

namespace passend::web {

std::string Table(const std::string& id, const std::string& caption,
                  const std::vector<Column>& columns, const std::string& rows,
                  const std::string& heading_id) {
  const std::string label_id = heading_id.empty() ? id : heading_id;
  std::string html = "<div class=\"passend-table-scroll\" role=\"region\" aria-labelledby=\"" +
                     Escape(label_id) + "\" tabindex=\"0\"><table class=\"utrecht-table\"";
  if (heading_id.empty()) {
    html += "><caption class=\"utrecht-table__caption\" id=\"" + Escape(id) + "\">" +
            Escape(caption) + "</caption>";
  } else {
    html += " aria-labelledby=\"" + Escape(heading_id) + "\">";
  }
  html += "<thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">";
  for (const auto& column : columns) {
    html += column.numeric ? "<th class=\"utrecht-table__header-cell "
                             "utrecht-table__header-cell--numeric-column\" scope=\"col\">"
                           : "<th class=\"utrecht-table__header-cell\" scope=\"col\">";
    html += Escape(column.header) + "</th>";
  }
  return html + "</tr></thead><tbody class=\"utrecht-table__body\">" + rows +
         "</tbody></table></div>\n";
}

std::string Cell(const std::string& html) {
  return "<td class=\"utrecht-table__cell\">" + html + "</td>";
}

std::string NumericCell(const std::string& html) {
  return "<td class=\"utrecht-table__cell utrecht-table__cell--numeric-column "
         "utrecht-table__cell--numeric-data\">" +
         html + "</td>";
}

std::string Row(const std::string& cells) {
  return "<tr class=\"utrecht-table__row\">" + cells + "</tr>\n";
}

std::string Pager(const std::string& base, int64_t page, int64_t last) {
  if (last <= 1) return "";
  std::string html = "<nav class=\"passend-pager\" aria-label=\"Paginering\"><p>";
  if (page > 1) {
    html += fmt::format("<a class=\"utrecht-link\" href=\"{}page={}\">Vorige pagina</a> ",
                        Escape(base), page - 1);
  }
  html += fmt::format("Pagina {} van {}", page, last);
  if (page < last) {
    html += fmt::format(" <a class=\"utrecht-link\" href=\"{}page={}\">Volgende pagina</a>",
                        Escape(base), page + 1);
  }
  return html + "</p></nav>\n";
}

}  // namespace passend::web
