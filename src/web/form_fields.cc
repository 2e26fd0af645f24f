#include "web/form_fields.h"

#include <fmt/format.h>

#include <algorithm>

#include "web/html.h"

namespace passend::web {

namespace {

std::string UitlegId(const Veld& v) { return v.id + "-uitleg"; }
std::string FoutId(const Veld& v) { return v.id + "-fout"; }

std::string Beschreven(const Veld& v) {
  std::string ids = v.hint.empty() ? "" : UitlegId(v);
  if (!v.fout.empty()) {
    if (!ids.empty()) ids += ' ';
    ids += FoutId(v);
  }
  return ids.empty() ? "" : fmt::format(" aria-describedby=\"{}\"", ids);
}

std::string Ongeldig(const Veld& v) {
  return v.fout.empty() ? "" : fmt::format(" aria-invalid=\"true\"{}", Beschreven(v));
}

std::string Uitleg(const Veld& v) {
  if (v.hint.empty()) return "";
  return fmt::format("<p class=\"utrecht-form-field-description\" id=\"{}\">{}</p>\n", UitlegId(v),
                     Escape(v.hint));
}

std::string Melding(const Veld& v) {
  if (v.fout.empty()) return "";
  return fmt::format(
      "<p class=\"utrecht-form-field-error-message utrecht-form-field__error-message\" "
      "id=\"{}\">{}</p>\n",
      FoutId(v), Escape(v.fout));
}

std::string Invalid(const Veld& v, std::string_view klasse) {
  return v.fout.empty() ? "" : fmt::format(" {}--invalid", klasse);
}

std::string Label(const Veld& v) {
  return fmt::format("<label class=\"utrecht-form-label\" for=\"{}\">{}</label>\n", v.id,
                     Escape(v.label));
}

std::string Opties(const std::vector<Keuze>& opties, const std::string& gekozen) {
  std::string html;
  for (const auto& o : opties) {
    html += fmt::format("<option value=\"{}\"{}>{}</option>", Escape(o.waarde),
                        o.waarde == gekozen ? " selected" : "", Escape(o.label));
  }
  return html;
}

}  // namespace

VeldFout FoutVan(const domain::Error& error) { return VeldFout{error.field, error.message}; }

bool IsFormulierFout(const domain::Error& error) {
  switch (error.code) {
    case domain::ErrorCode::kInvalid:
    case domain::ErrorCode::kRegel:
    case domain::ErrorCode::kConflict:
      return true;
    case domain::ErrorCode::kNotFound:
      return !error.field.empty();  // a record named in the form
    default:
      return false;
  }
}

// A text-like input; `attrs` adds attributes such as ` inputmode="numeric"`.
std::string Tekstveld(const Veld& v, const std::string& waarde, std::string_view type,
                      std::string_view attrs) {
  return fmt::format(
      "<div class=\"utrecht-form-field{}\">\n{}{}{}<input class=\"utrecht-textbox "
      "utrecht-textbox--html-input{}\" id=\"{}\" name=\"{}\" type=\"{}\" value=\"{}\"{}{}>\n"
      "</div>\n",
      Invalid(v, "utrecht-form-field"), Label(v), Uitleg(v), Melding(v),
      Invalid(v, "utrecht-textbox"), v.id, v.name, type, Escape(waarde), attrs,
      v.fout.empty() ? Beschreven(v) : Ongeldig(v));
}

std::string Tekstvak(const Veld& v, const std::string& waarde) {
  return fmt::format(
      "<div class=\"utrecht-form-field{}\">\n{}{}{}<textarea class=\"utrecht-textarea "
      "utrecht-textarea--html-textarea{}\" id=\"{}\" name=\"{}\" rows=\"3\"{}>{}</textarea>\n"
      "</div>\n",
      Invalid(v, "utrecht-form-field"), Label(v), Uitleg(v), Melding(v),
      Invalid(v, "utrecht-textarea"), v.id, v.name, v.fout.empty() ? Beschreven(v) : Ongeldig(v),
      Escape(waarde));
}

std::string Keuzelijst(const Veld& v, const std::vector<Keuze>& opties,
                       const std::string& gekozen) {
  return fmt::format(
      "<div class=\"utrecht-form-field{}\">\n{}{}{}<select class=\"utrecht-select "
      "utrecht-select--html-select{}\" id=\"{}\" name=\"{}\"{}>{}</select>\n</div>\n",
      Invalid(v, "utrecht-form-field"), Label(v), Uitleg(v), Melding(v),
      Invalid(v, "utrecht-select"), v.id, v.name, v.fout.empty() ? Beschreven(v) : Ongeldig(v),
      Opties(opties, gekozen));
}

// A group of radio buttons or checkboxes in a fieldset whose legend is the question; the
// hint and error are read with the group. `binnen` is extra markup inside the fieldset.
std::string Groep(const Veld& v, std::string_view soort, const std::vector<Keuze>& opties,
                  const std::vector<std::string>& gekozen, const std::string& binnen) {
  const bool radio = soort == "radio";
  std::string html = fmt::format(
      "<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset "
      "passend-fieldset{}\" id=\"{}\"{}>\n<legend class=\"utrecht-form-fieldset__legend "
      "utrecht-form-fieldset__legend--html-legend\">{}</legend>\n{}{}",
      Invalid(v, "utrecht-form-fieldset"), v.id, Beschreven(v), Escape(v.label), Uitleg(v),
      Melding(v));
  for (const auto& o : opties) {
    const bool aan = std::find(gekozen.begin(), gekozen.end(), o.waarde) != gekozen.end();
    const std::string id = v.id + "-" + o.waarde;
    html += fmt::format(
        "<div class=\"utrecht-form-field utrecht-form-field--{0}\">\n<div "
        "class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label "
        "utrecht-form-label--{0}\" for=\"{1}\">{2}</label></div>\n<div "
        "class=\"utrecht-form-field__input\"><input class=\"{3} {3}--html-input\" type=\"{4}\" "
        "id=\"{1}\" name=\"{5}\" value=\"{6}\"{7}></div>\n</div>\n",
        radio ? "radio" : "checkbox", id, Escape(o.label),
        radio ? "utrecht-radio-button" : "utrecht-checkbox", radio ? "radio" : "checkbox", v.name,
        Escape(o.waarde), aan ? " checked" : "");
  }
  return html + binnen + "</fieldset>\n";
}

// One checkbox with its label beside it.
std::string Vinkje(const Veld& v, bool aan) {
  return fmt::format(
      "<div class=\"utrecht-form-field utrecht-form-field--checkbox{}\">\n<div "
      "class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label "
      "utrecht-form-label--checkbox\" for=\"{}\">{}</label></div>\n<div "
      "class=\"utrecht-form-field__input\"><input class=\"utrecht-checkbox "
      "utrecht-checkbox--html-input\" type=\"checkbox\" id=\"{}\" name=\"{}\" value=\"ja\"{}{}>"
      "</div>\n{}{}</div>\n",
      Invalid(v, "utrecht-form-field"), v.id, Escape(v.label), v.id, v.name, aan ? " checked" : "",
      Beschreven(v), Uitleg(v), Melding(v));
}

// The message of `fout` when it names `veld`, otherwise nothing.
std::string FoutVoor(const VeldFout& fout, std::string_view veld) {
  return fout.veld == veld ? fout.melding : "";
}

// A message for the form as a whole, for errors that name no field of it.
std::string FormulierMelding(const std::string& id, const std::string& melding) {
  return fmt::format(
      "<p class=\"utrecht-form-field-error-message passend-formulier-fout\" id=\"{}\">{}</p>\n", id,
      Escape(melding));
}

std::string Knop(std::string_view tekst) {
  return fmt::format(
      "<button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\">{}"
      "</button>\n",
      tekst);
}

std::string Trim(const std::string& text) {
  const size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

std::vector<std::string> Waarden(const httplib::Request& req, const std::string& name) {
  std::vector<std::string> out;
  const size_t n = req.get_param_value_count(name);
  for (size_t i = 0; i < n; ++i) out.push_back(req.get_param_value(name, i));
  return out;
}

Formulierwaarden LeesFormulier(const httplib::Request& req) {
  Formulierwaarden waarden;
  for (const auto& [naam, waarde] : req.params) waarden[naam] = waarde;
  return waarden;
}

std::string Waarde(const Formulierwaarden& waarden, const std::string& naam) {
  auto it = waarden.find(naam);
  return it == waarden.end() ? "" : it->second;
}

std::string Ingevuld(const Formulierwaarden& waarden, const std::string& naam) {
  return Trim(Waarde(waarden, naam));
}

domain::Result<std::optional<domain::Date>> FormulierDatum(const Formulierwaarden& waarden,
                                                           const std::string& veld) {
  const std::string tekst = Ingevuld(waarden, veld);
  if (tekst.empty()) return std::optional<domain::Date>();
  auto datum = domain::ParseIsoDate(tekst);
  if (!datum) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Vul een bestaande datum in.", veld);
  }
  return std::optional<domain::Date>(*datum);
}

}  // namespace passend::web
