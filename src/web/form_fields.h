#pragma once
// Form controls for the Dutch pages in NL Design System (Utrecht) markup, without JavaScript:
// labelled fields whose hint and error are tied to them with aria-describedby (WCAG 1.3.1,
// 3.3.1), radio and checkbox groups in a fieldset, and the reading of posted values.

#include <httplib.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/error.h"

namespace passend::web {

/// The message a form shows again beside one of its fields.
struct VeldFout {
  std::string veld;     // API field name (`bsn`, `hoorrecht`, ...); unknown or empty: the form
  std::string melding;  // Dutch; empty when there is no error
};

/// The error of a failed change as a VeldFout.
VeldFout FoutVan(const domain::Error& error);

/// True for errors the user can fix in the form (shown beside the field); everything else
/// (authorization, a record outside the scope, a failure) is an error page.
bool IsFormulierFout(const domain::Error& error);

/// An option of a select, radio group or checkbox list.
struct Keuze {
  std::string waarde;
  std::string label;
};

/// One labelled control. Hints and errors are tied to it with aria-describedby, so a screen
// reader reads them with the label (WCAG 1.3.1, 3.3.1).
struct Veld {
  std::string id;    // element id, unique on the page
  std::string name;  // form field name
  std::string label;
  std::string hint = "";
  std::string fout = "";
};

/// A text-like input (`type` text, date, email, ...); `attrs` adds attributes such as
/// ` inputmode="numeric"`.
std::string Tekstveld(const Veld& v, const std::string& waarde, std::string_view type = "text",
                      std::string_view attrs = "");
/// A multi-line text field.
std::string Tekstvak(const Veld& v, const std::string& waarde);
/// A select with `opties`, `gekozen` selected.
std::string Keuzelijst(const Veld& v, const std::vector<Keuze>& opties, const std::string& gekozen);
/// Radio buttons (`soort` "radio") or checkboxes in a fieldset whose legend is the question;
/// `binnen` is extra markup inside the fieldset.
std::string Groep(const Veld& v, std::string_view soort, const std::vector<Keuze>& opties,
                  const std::vector<std::string>& gekozen, const std::string& binnen = "");
/// One checkbox with its label beside it (posted as `ja` when ticked).
std::string Vinkje(const Veld& v, bool aan);
/// The message of `fout` when it names `veld`, otherwise nothing.
std::string FoutVoor(const VeldFout& fout, std::string_view veld);
/// A message for the form as a whole, for errors that name no field of it.
std::string FormulierMelding(const std::string& id, const std::string& melding);
/// The form's primary submit button.
std::string Knop(std::string_view tekst);
/// `text` without leading and trailing white space.
std::string Trim(const std::string& text);
/// The values a form was posted with (field name → text), shown again beside an error.
using Formulierwaarden = std::map<std::string, std::string>;
/// Every posted field of `req` (the last value of a repeated name).
Formulierwaarden LeesFormulier(const httplib::Request& req);
/// The value of `naam` as typed; empty when absent.
std::string Waarde(const Formulierwaarden& waarden, const std::string& naam);
/// The value of `naam` without leading and trailing white space; empty when absent.
std::string Ingevuld(const Formulierwaarden& waarden, const std::string& naam);
/// The date typed in `veld` (JJJJ-MM-DD); none when left empty; kInvalid naming `veld` when it
/// is no existing date.
domain::Result<std::optional<domain::Date>> FormulierDatum(const Formulierwaarden& waarden,
                                                           const std::string& veld);
/// Every posted value of `name` (checkbox lists).
std::vector<std::string> Waarden(const httplib::Request& req, const std::string& name);

}  // namespace passend::web
