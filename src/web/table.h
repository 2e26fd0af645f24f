#pragma once
// Tables and paging for pages: one way to render them, NL Design System classes included.

#include <cstdint>
#include <string>
#include <vector>

namespace passend::web {

/// A column header; numeric columns are right-aligned in tabular figures.
struct Column {
  Column(const char* text) : header(text) {}  // NOLINT(google-explicit-constructor)
  Column(std::string text, bool is_numeric) : header(std::move(text)), numeric(is_numeric) {}
  std::string header;
  bool numeric = false;
};

/// A table in a scroll container, so that wide tables scroll on their own on narrow screens
/// instead of widening the page (WCAG 1.4.10). The container is focusable so that keyboard
/// users can scroll it, and it is a region named after the table. Without a `heading_id` the
/// table gets a visible caption with id `id`; with one, the heading above names the table.
/// `rows` is the escaped `<tr>` markup.
std::string Table(const std::string& id, const std::string& caption,
                  const std::vector<Column>& columns, const std::string& rows,
                  const std::string& heading_id = "");

/// A data cell holding already escaped `html`.
std::string Cell(const std::string& html);

/// A right-aligned numeric cell holding already escaped `html`.
std::string NumericCell(const std::string& html);

/// A row of cells.
std::string Row(const std::string& cells);

/// "Vorige pagina / Pagina n van m / Volgende pagina"; `base` ends with `?` or `&`.
std::string Pager(const std::string& base, int64_t page, int64_t last);

}  // namespace passend::web
