#include "web/svg_chart.h"

#include <fmt/format.h>

#include <algorithm>

#include "web/html.h"

namespace passend::web {

namespace {

// Colours of the Rijkshuisstijl palette, each at least 3:1 against white and told apart by
// the legend and the pattern of the markers as well as by colour.
constexpr const char* kKleuren[] = {"#154273", "#ca005d", "#275937", "#673327"};
constexpr int kBreedte = 640;
constexpr int kHoogte = 280;
constexpr int kLinks = 48;  // room for the value axis
constexpr int kOnder = 40;  // room for the labels
constexpr int kBoven = 16;
constexpr int kRechts = 12;

int64_t Grootste(const Grafiek& g) {
  int64_t max = 0;
  for (const auto& r : g.reeksen) {
    for (const auto& w : r.waarden) {
      if (w) max = std::max(max, *w);
    }
  }
  return max;
}

// The frame every chart shares: the svg element with its title and description, the value
// axis with its grid lines, the labels, and after the svg the legend.
struct Kader {
  int64_t max = 1;
  double plot_breedte = 0;
  double plot_hoogte = 0;
  double Y(int64_t waarde) const {
    return kBoven + plot_hoogte -
           plot_hoogte * static_cast<double>(waarde) / static_cast<double>(max);
  }
};

std::string Begin(const Grafiek& g, const Kader& k) {
  std::string svg = fmt::format(
      "<figure class=\"passend-grafiek\" id=\"{0}\"><svg role=\"img\" "
      "aria-labelledby=\"{0}-titel {0}-beschrijving\" viewBox=\"0 0 {1} {2}\" "
      "preserveAspectRatio=\"xMinYMin meet\" class=\"passend-grafiek__svg\" "
      "xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{0}-titel\">{3}</title>"
      "<desc id=\"{0}-beschrijving\">{4}</desc>",
      Escape(g.id), kBreedte, kHoogte, Escape(g.titel), Escape(g.beschrijving));
  // Four grid lines with their values.
  for (int i = 0; i <= 4; ++i) {
    const int64_t waarde = k.max * i / 4;
    const double y = k.Y(waarde);
    svg += fmt::format(
        "<line x1=\"{}\" x2=\"{}\" y1=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#8c8c8c\" "
        "stroke-width=\"{}\"/><text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\" font-size=\"12\" "
        "fill=\"#1a1a1a\">{}</text>",
        kLinks, kBreedte - kRechts, y, y, i == 0 ? 1.5 : 0.5, kLinks - 6, y + 4,
        FormatCount(waarde));
  }
  const double stap =
      k.plot_breedte / static_cast<double>(std::max<std::size_t>(g.labels.size(), 1));
  for (std::size_t i = 0; i < g.labels.size(); ++i) {
    svg += fmt::format(
        "<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" "
        "fill=\"#1a1a1a\">{}</text>",
        kLinks + stap * (static_cast<double>(i) + 0.5), kHoogte - kOnder + 18, Escape(g.labels[i]));
  }
  return svg;
}

std::string Einde(const Grafiek& g) {
  std::string html = "</svg><figcaption class=\"passend-grafiek__legenda\">";
  for (std::size_t i = 0; i < g.reeksen.size(); ++i) {
    html += fmt::format(
        "<span class=\"passend-grafiek__sleutel\"><svg width=\"14\" height=\"14\" "
        "aria-hidden=\"true\" focusable=\"false\"><rect width=\"14\" height=\"14\" "
        "fill=\"{}\"/></svg> {}</span> ",
        kKleuren[i % std::size(kKleuren)], Escape(g.reeksen[i].naam));
  }
  html += "</figcaption></figure>\n";
  return html;
}

Kader MaakKader(const Grafiek& g) {
  Kader k;
  k.max = AsMaximum(Grootste(g));
  k.plot_breedte = kBreedte - kLinks - kRechts;
  k.plot_hoogte = kHoogte - kBoven - kOnder;
  return k;
}

}  // namespace

int64_t AsMaximum(int64_t maximum) {
  // Four grid lines at a round step (1, 2 or 5 times a power of ten), so every line is a
  // whole number.
  for (int64_t macht = 1;; macht *= 10) {
    for (int64_t f : {1, 2, 5}) {
      if (4 * f * macht >= maximum) return 4 * f * macht;
    }
  }
}

std::string StaafGrafiek(const Grafiek& g) {
  const Kader k = MaakKader(g);
  std::string svg = Begin(g, k);
  const std::size_t n = std::max<std::size_t>(g.labels.size(), 1);
  const double stap = k.plot_breedte / static_cast<double>(n);
  const std::size_t reeksen = std::max<std::size_t>(g.reeksen.size(), 1);
  const double balk = stap * 0.8 / static_cast<double>(reeksen);
  for (std::size_t r = 0; r < g.reeksen.size(); ++r) {
    for (std::size_t i = 0; i < g.reeksen[r].waarden.size() && i < g.labels.size(); ++i) {
      const auto& w = g.reeksen[r].waarden[i];
      if (!w) continue;
      const double x =
          kLinks + stap * static_cast<double>(i) + stap * 0.1 + balk * static_cast<double>(r);
      const double y = k.Y(*w);
      svg += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\"/>", x, y,
          std::max(balk - 1.0, 1.0), k.Y(0) - y, kKleuren[r % std::size(kKleuren)]);
    }
  }
  return svg + Einde(g);
}

std::string LijnGrafiek(const Grafiek& g) {
  const Kader k = MaakKader(g);
  std::string svg = Begin(g, k);
  const std::size_t n = std::max<std::size_t>(g.labels.size(), 1);
  const double stap = k.plot_breedte / static_cast<double>(n);
  for (std::size_t r = 0; r < g.reeksen.size(); ++r) {
    const char* kleur = kKleuren[r % std::size(kKleuren)];
    std::string punten;
    std::string markers;
    for (std::size_t i = 0; i < g.reeksen[r].waarden.size() && i < g.labels.size(); ++i) {
      const auto& w = g.reeksen[r].waarden[i];
      if (!w) continue;
      const double x = kLinks + stap * (static_cast<double>(i) + 0.5);
      const double y = k.Y(*w);
      punten += fmt::format("{:.1f},{:.1f} ", x, y);
      // Series differ by marker shape too: circles, squares, diamonds.
      if (r % 3 == 0) {
        markers +=
            fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\" fill=\"{}\"/>", x, y, kleur);
      } else if (r % 3 == 1) {
        markers +=
            fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"8\" height=\"8\" fill=\"{}\"/>",
                        x - 4, y - 4, kleur);
      } else {
        markers += fmt::format(
            "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"8\" height=\"8\" fill=\"{}\" "
            "transform=\"rotate(45 {:.1f} {:.1f})\"/>",
            x - 4, y - 4, kleur, x, y);
      }
    }
    svg +=
        fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\"/>{}",
                    punten, kleur, markers);
  }
  return svg + Einde(g);
}

}  // namespace passend::web
