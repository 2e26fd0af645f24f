#include "web/html.h"

namespace passend::web {

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string RenderPage(const PageOptions& options, std::string_view main_html) {
  std::string html;
  html.reserve(main_html.size() + 2048);
  html += R"(<!DOCTYPE html>
<html lang="nl" class="utrecht-theme">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>)";
  html += Escape(options.title);
  html += R"( – Passend</title>
<link rel="stylesheet" href="/static/tokens/index.css">
<link rel="stylesheet" href="/static/utrecht/index.css">
<link rel="stylesheet" href="/static/passend.css">
</head>
<body class="utrecht-document utrecht-body">
<a class="utrecht-skip-link" href="#inhoud">Direct naar de inhoud</a>
<header class="passend-header">
<div class="passend-container">
<a class="passend-logo" href="/">Passend</a>
<span class="passend-tagline">Een passende plek voor elk kind</span>
</div>
</header>
)";
  if (!options.breadcrumbs.empty()) {
    html +=
        R"(<nav class="passend-container utrecht-breadcrumb-nav" aria-label="Kruimelpad"><ol class="utrecht-breadcrumb-nav__list">)";
    for (const auto& link : options.breadcrumbs) {
      html +=
          R"(<li class="utrecht-breadcrumb-nav__item"><a class="utrecht-link utrecht-breadcrumb-nav__link" href=")";
      html += Escape(link.href);
      html += "\">";
      html += Escape(link.label);
      html += "</a></li>";
    }
    html += R"(<li class="utrecht-breadcrumb-nav__item" aria-current="page">)";
    html += Escape(options.title);
    html += "</li></ol></nav>\n";
  }
  html += R"(<main id="inhoud" class="passend-container utrecht-page-content" tabindex="-1">
)";
  html += main_html;
  html += R"(</main>
<footer class="passend-footer">
<div class="passend-container">
<p class="utrecht-paragraph">Passend – open-source software voor passend onderwijs.
<a class="utrecht-link" href="/api/v1/openapi.json">API-documentatie (OpenAPI)</a></p>
</div>
</footer>
</body>
</html>
)";
  return html;
}

}  // namespace passend::web
