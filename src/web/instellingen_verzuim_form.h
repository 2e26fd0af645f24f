#pragma once
// The section "Verzuim en thuiszitters" of the SWV's settings form (/instellingen): the
// holiday region, who holds doorzettingsmacht, the advice before an exemption 5 onder a and
// the interim targets (domain::VerzuimInstellingen; issue 6 items 3-5). Fields are read as
// typed, so a refused form shows them again unchanged.

#include <httplib.h>

#include <string>
#include <vector>

#include "domain/error.h"
#include "domain/verzuim_instellingen.h"
#include "web/form_fields.h"

namespace passend::web {

/// The verzuim part of the settings form, as typed (empty strings for empty fields).
struct VerzuimFormulier {
  std::string vakantieregio;  // "" (the configuration's), `noord`, `midden` or `zuid`
  std::string houder;         // DoorzettingsmachtCode
  std::string naam;
  bool advies_voor_vrijstelling = true;
  std::string basisdatum;  // tussendoelen: all five empty means no plan
  std::string basiswaarde;
  std::string doeljaar;
  std::string doelwaarde;
  std::string stappen;
};

/// The form filled with the stored settings.
VerzuimFormulier AlsVerzuimFormulier(const domain::VerzuimInstellingen& instellingen);

/// The posted fields of the section (trimmed; an unticked checkbox is off).
VerzuimFormulier LeesVerzuimFormulier(const httplib::Request& req);

/// The settings the form describes. kInvalid naming the field as the API does
/// (`verzuim.vakantieregio`, `verzuim.tussendoelen.doeljaar`, ...) when a value cannot be read;
/// the content is checked by domain::Valideer when saved.
domain::Result<domain::VerzuimInstellingen> NaarVerzuimInstellingen(const VerzuimFormulier& f);

/// The error field names of the section (for deciding whether an error is shown beside a
/// field or above the form).
std::vector<std::string> VerzuimVelden();

/// The section's markup: a heading, labelled controls grouped in fieldsets with legends
/// (WCAG 1.3.1), and `fout`'s message beside the field it names.
std::string VerzuimInstellingenHtml(const VerzuimFormulier& f, const VeldFout& fout);

}  // namespace passend::web
