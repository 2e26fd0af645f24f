#include "web/html.h"

#include "app/policy.h"
#include "domain/money.h"
#include "domain/rol.h"
#include "domain/suppression.h"

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

std::string CsrfField(const std::string& token) {
  return "<input type=\"hidden\" name=\"_csrf\" value=\"" + Escape(token) + "\">";
}

std::string FormatCount(int64_t n) { return domain::FormatAantal(n); }

std::string FormatSuppressedCount(int64_t n) {
  return domain::IsSuppressed(n) ? Escape(domain::SuppressedCount(n)) : FormatCount(n);
}

namespace {

// Who is logged in, in which role and for which organisation, and the way out.
std::string AccountBlock(const RequestContext* context) {
  if (context == nullptr || !context->principal) {
    return "<p class=\"passend-account\"><a class=\"passend-header__link\" "
           "href=\"/inloggen\">Inloggen</a></p>\n";
  }
  const app::Principal& p = *context->principal;
  std::string html = "<div class=\"passend-account\"><p class=\"passend-account__who\">";
  html += "<span class=\"passend-account__name\">" + Escape(p.gebruikersnaam) + "</span> · ";
  html += Escape(domain::RolNaam(p.rol));
  if (!p.organisatie.empty()) {
    html += ' ';
    html += Escape(p.organisatie);
  }
  html += "</p><form method=\"post\" action=\"/uitloggen\">" + CsrfField(context->csrf) +
          "<button class=\"utrecht-button utrecht-button--secondary-action passend-logout\" "
          "type=\"submit\">Uitloggen</button></form></div>\n";
  return html;
}

// Navigation follows the policy: a link appears only when the role holds its permission.
std::string Navigation(const RequestContext* context) {
  struct Item {
    const char* href;
    const char* label;
    app::Permission permission;
  };
  constexpr Item kItems[] = {
      {"/", "Samenwerkingsverbanden", app::Permission::kPubliek},
      {"/scholen", "Scholenzoeker", app::Permission::kPubliek},
      {"/leerlingen", "Leerlingen", app::Permission::kLeerlingenLezen},
      {"/aanmeldingen", "Aanmeldingen", app::Permission::kAanmeldingenLezen},
      {"/geschillen", "Geschillen", app::Permission::kGeschillenLezen},
      {"/berichten", "Berichten", app::Permission::kBerichtenLezen},
      {"/verzuim", "Verzuim", app::Permission::kVerzuimLezen},
      {"/tlv", "TLV", app::Permission::kTlvLezen},
      {"/opp", "OPP", app::Permission::kOppLezen},
      {"/arrangementen", "Arrangementen", app::Permission::kArrangementLezen},
      {"/thuiszitters", "Thuiszitters", app::Permission::kStatistiekLezen},
      {"/geld", "Geld", app::Permission::kGeldLezen},
      {"/dekkend-aanbod", "Dekkend aanbod", app::Permission::kDekkendAanbodLezen},
      {"/statistieken", "Statistieken", app::Permission::kStatistiekLezen},
      {"/beheer/gebruikers", "Gebruikers", app::Permission::kGebruikersBeheren},
      {"/instellingen", "Instellingen", app::Permission::kInstellingenBeheren},
      {"/mijn-school/ondersteuningsprofiel", "Ondersteuningsprofiel",
       app::Permission::kProfielBeheren},
      {"/mijn-school/basisondersteuning", "Basisondersteuning",
       app::Permission::kBasisondersteuningBeschrijven},
      {"/basisondersteuning", "Basisondersteuning", app::Permission::kBasisondersteuningBeheren},
      {"/plaatsingsrondes", "Plaatsingsrondes", app::Permission::kPlaatsingsrondeLezen},
  };
  const std::optional<app::Principal> none;
  const auto& principal = context != nullptr ? context->principal : none;
  std::string html =
      "<nav class=\"passend-nav\" aria-label=\"Hoofdmenu\"><ul class=\"passend-container "
      "passend-nav__list\">";
  for (const Item& item : kItems) {
    if (!app::Authorize(principal, item.permission)) continue;
    html += "<li><a class=\"passend-nav__link\" href=\"";
    html += item.href;
    html += "\">";
    html += item.label;
    html += "</a></li>";
  }
  html += "</ul></nav>\n";
  return html;
}

}  // namespace

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
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
</head>
<body class="utrecht-document utrecht-body">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Direct naar de inhoud</a>
<header class="passend-header">
<div class="passend-container passend-header__inner">
<div><a class="passend-logo" href="/">Passend</a>
<span class="passend-tagline">Een passende plek voor elk kind</span></div>
)";
  html += AccountBlock(options.context);
  html += "</div>\n";
  html += Navigation(options.context);
  html += "</header>\n";
  if (!options.breadcrumbs.empty()) {
    html += R"(<nav class="passend-container utrecht-breadcrumb-nav" aria-label="Kruimelpad">)"
            R"(<ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">)";
    bool first = true;
    for (const auto& link : options.breadcrumbs) {
      html += R"(<li class="utrecht-breadcrumb-nav__item"><a class="utrecht-link )"
              R"(utrecht-breadcrumb-nav__link)";
      html += first ? " utrecht-breadcrumb-nav__link--first\" href=\"" : "\" href=\"";
      html += Escape(link.href);
      html += "\">";
      html += Escape(link.label);
      html += "</a></li>";
      first = false;
    }
    html += R"(<li class="utrecht-breadcrumb-nav__item"><span class="utrecht-breadcrumb-nav__link )"
            R"(utrecht-breadcrumb-nav__link--current" aria-current="page">)";
    html += Escape(options.title);
    html += "</span></li></ol></nav>\n";
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
