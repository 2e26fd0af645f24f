#pragma once
// Charts as inline SVG for the Dutch pages: no JavaScript, readable by screen readers through a
// title and description (WCAG 1.1.1), colours with at least 3:1 contrast (WCAG 1.4.11). Every
// chart shows data that the page also gives in a table.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace passend::web {

/// One series of a chart: a name for the legend and one value per label (none: no value).
struct Reeks {
  std::string naam;
  std::vector<std::optional<int64_t>> waarden;
};

/// What a chart shows.
struct Grafiek {
  std::string id;            // unique on the page; prefixes the ids of title and description
  std::string titel;         // the accessible name
  std::string beschrijving;  // a text alternative: what the chart shows, in a sentence or two
  std::vector<std::string> labels;  // the categories along the horizontal axis
  std::vector<Reeks> reeksen;       // at most 4
};

/// A bar chart: per label one bar per series, side by side, with a value axis from 0.
std::string StaafGrafiek(const Grafiek& grafiek);

/// A line chart: per series a line through its values with a marker at every point.
std::string LijnGrafiek(const Grafiek& grafiek);

/// A round upper bound for a value axis with four grid lines: 4 times 1, 2 or 5 times a power
/// of ten, at least `maximum` (4 for 0).
int64_t AsMaximum(int64_t maximum);

}  // namespace passend::web
