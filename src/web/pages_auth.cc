// The login and logout pages.
#include <fmt/format.h>

#include <cctype>
#include <string_view>

#include "web/params.h"
#include "web/respond.h"
#include "web/routes.h"

namespace passend::web {

namespace {

// Where a role lands after logging in: the first page its work starts from.
std::string Landing(domain::Rol rol) {
  switch (rol) {
    case domain::Rol::kInspectie:
    case domain::Rol::kMinisterie:
      return "/statistieken";
    case domain::Rol::kBeheer:
      return "/beheer/gebruikers";
    default:
      return "/leerlingen";
  }
}

// Only local paths: an open redirect would let a phishing link borrow our login page. Browsers
// drop tabs and newlines from URLs (`/\t/evil` becomes `//evil`), so only plain path
// characters are accepted, and never a second leading slash.
std::string SafeReturn(const std::string& terug) {
  if (terug.size() < 2 || terug[0] != '/' || terug[1] == '/') return {};
  for (char c : terug) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) != 0 ||
                    std::string_view("/_.~%?=&-").find(c) != std::string_view::npos;
    if (!ok) return {};
  }
  return terug;
}

struct LoginForm {
  std::string gebruikersnaam;
  std::string terug;
  std::string fout;       // message beside the password field
  std::string fout_naam;  // message beside the username field
  std::string melding;    // a notice above the form
};

std::string FieldError(const std::string& id, const std::string& message) {
  if (message.empty()) return "";
  return fmt::format("<p class=\"utrecht-form-field-error-message\" id=\"{}\">{}</p>", id,
                     Escape(message));
}

void RenderLogin(httplib::Response& res, const RequestContext& ctx, const LoginForm& form,
                 const std::string& csrf, bool secure) {
  // A fresh pre-session token, double-submitted as cookie and hidden field.
  res.set_header("Set-Cookie", CookieHeader(kInlogCsrfCookie, csrf, secure));
  const bool naam_fout = !form.fout_naam.empty();
  const bool ww_fout = !form.fout.empty();
  std::string body = "<h1 class=\"utrecht-heading-1\">Inloggen</h1>\n";
  if (!form.melding.empty()) {
    body += "<p class=\"utrecht-paragraph passend-notice\" role=\"status\">" +
            Escape(form.melding) + "</p>\n";
  }
  body += fmt::format(
      "<form class=\"passend-form\" method=\"post\" action=\"/inloggen\" novalidate>\n"
      "<input type=\"hidden\" name=\"_csrf\" value=\"{0}\">\n"
      "<input type=\"hidden\" name=\"terug\" value=\"{1}\">\n"
      "<div class=\"utrecht-form-field{2}\">\n"
      "<label class=\"utrecht-form-label\" for=\"gebruikersnaam\">Gebruikersnaam</label>\n{3}"
      "<input class=\"utrecht-textbox utrecht-textbox--html-input{4}\" id=\"gebruikersnaam\" "
      "name=\"gebruikersnaam\" type=\"text\" autocomplete=\"username\" required "
      "value=\"{5}\"{6}>\n</div>\n"
      "<div class=\"utrecht-form-field{7}\">\n"
      "<label class=\"utrecht-form-label\" for=\"wachtwoord\">Wachtwoord</label>\n{8}"
      "<input class=\"utrecht-textbox utrecht-textbox--html-input{9}\" id=\"wachtwoord\" "
      "name=\"wachtwoord\" type=\"password\" autocomplete=\"current-password\" required{10}>\n"
      "</div>\n"
      "<button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\">"
      "Inloggen</button>\n</form>\n",
      Escape(csrf), Escape(form.terug), naam_fout ? " utrecht-form-field--invalid" : "",
      FieldError("gebruikersnaam-fout", form.fout_naam),
      naam_fout ? " utrecht-textbox--invalid" : "", Escape(form.gebruikersnaam),
      naam_fout ? " aria-invalid=\"true\" aria-describedby=\"gebruikersnaam-fout\"" : "",
      ww_fout ? " utrecht-form-field--invalid" : "", FieldError("wachtwoord-fout", form.fout),
      ww_fout ? " utrecht-textbox--invalid" : "",
      ww_fout ? " aria-invalid=\"true\" aria-describedby=\"wachtwoord-fout\"" : "");
  WriteHtml(res, PageOptions{"Inloggen", {}, &ctx}, body);
}

}  // namespace

void AddAuthPages(Router& router, const Services& services) {
  router.Add(Route{
      "GET",
      "/inloggen",
      app::Permission::kPubliek,
      "Inlogpagina",
      {{"terug", "Pagina om na het inloggen naar terug te keren"},
       {"uitgelogd", "Toont dat u bent uitgelogd"}},
      "",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        if (ctx.principal) {
          SeeOther(res, Landing(ctx.principal->rol));
          return;
        }
        LoginForm form;
        form.terug = SafeReturn(QueryValue(req, "terug").value_or(""));
        if (req.has_param("uitgelogd")) form.melding = "U bent uitgelogd.";
        RenderLogin(res, ctx, form, services.auth.NewFormToken(), services.secure_cookies);
      }});

  router.Add(Route{
      "POST",
      "/inloggen",
      app::Permission::kPubliek,
      "Inloggen met het formulier",
      {},
      "",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        LoginForm form;
        form.gebruikersnaam = req.get_param_value("gebruikersnaam");
        form.terug = SafeReturn(req.get_param_value("terug"));
        const std::string wachtwoord = req.get_param_value("wachtwoord");
        if (form.gebruikersnaam.empty()) form.fout_naam = "Vul uw gebruikersnaam in.";
        if (wachtwoord.empty()) form.fout = "Vul uw wachtwoord in.";
        if (form.fout_naam.empty() && form.fout.empty()) {
          auto sessie = services.auth.Login(form.gebruikersnaam, wachtwoord, ctx.client);
          if (sessie) {
            res.set_header("Set-Cookie",
                           CookieHeader(kSessieCookie, sessie->token, services.secure_cookies));
            SeeOther(res, form.terug.empty() ? Landing(sessie->principal.rol) : form.terug);
            return;
          }
          res.status = StatusFor(sessie.error().code);
          form.fout = sessie.error().message;
        } else {
          res.status = 400;
        }
        RenderLogin(res, ctx, form, services.auth.NewFormToken(), services.secure_cookies);
      },
      CsrfCheck::kInlog});

  router.Add(Route{
      "POST",
      "/uitloggen",
      app::Permission::kIngelogd,
      "Uitloggen met het formulier",
      {},
      "",
      [&services](const httplib::Request& req, httplib::Response& res, const RequestContext& ctx) {
        auto ok = services.auth.Logout(ctx.sessie_token, ctx.client);
        if (!Check(req, res, ok, ctx)) return;
        res.set_header("Set-Cookie", CookieHeader(kSessieCookie, "", services.secure_cookies));
        SeeOther(res, "/inloggen?uitgelogd=1");
      }});
}

}  // namespace passend::web
