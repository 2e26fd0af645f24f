#pragma once
// The forms of the registration pages: a new registration, an extension of the decision term
// and a decision. Each form reads its values from a post (to show them again on an error) and
// renders itself with the Dutch message beside the field it names, in NL Design System
// (Utrecht) markup that works without JavaScript.

#include <httplib.h>

#include <string>
#include <vector>

#include "domain/error.h"
#include "web/aanmelding_json.h"
#include "web/form_fields.h"

namespace passend::web {

/// Where a registration may be made: one fixed school (a school account) or a choice among
/// schools (an SWV acting as centraal aanmeldpunt).
struct SchoolKeuze {
  std::vector<Keuze> scholen;  // code and `name (code)`
  bool vast = false;           // true: the only school, shown read-only
};

/// The registration form's values, as typed (kept when the form is shown again).
struct AanmeldingFormulier {
  std::string leerlingnummer;  // an existing student; empty for a new child
  NieuwKindInvoer kind;
  std::string school;
  std::string aanmelddatum;
  std::string wijze = "schriftelijk";  // `schriftelijk` or `mondeling`
  std::string gewenste_startdatum;
  bool eerste_keuze = true;
  bool vooraanmelding = false;
  std::vector<std::string> ondersteuningsbehoeften;  // codes
};

/// The values of a posted registration form.
AanmeldingFormulier LeesAanmeldingFormulier(const httplib::Request& req);

/// The registration the form describes; kInvalid naming the field (like the API's).
domain::Result<app::NieuweAanmelding> NaarNieuweAanmelding(const AanmeldingFormulier& formulier);

/// The registration form posting to `/aanmeldingen`.
std::string AanmeldingFormulierHtml(const AanmeldingFormulier& formulier,
                                    const SchoolKeuze& scholen, const VeldFout& fout,
                                    const std::string& csrf);

/// The extension form's values.
struct VerlengingFormulier {
  std::string weken;
  std::string reden;
};

/// The values of a posted extension form.
VerlengingFormulier LeesVerlengingFormulier(const httplib::Request& req);

/// The extension the form describes; kInvalid naming `weken` when it is not a number.
domain::Result<VerlengingVerzoek> NaarVerlenging(const VerlengingFormulier& formulier);

/// The extension form posting to `/aanmeldingen/{id}/verlenging`; `max_weken` from the terms.
std::string VerlengingFormulierHtml(int64_t id, const VerlengingFormulier& formulier, int max_weken,
                                    const VeldFout& fout, const std::string& csrf);

/// The decision form's values.
struct BesluitFormulier {
  std::string uitkomst;
  std::string grond;
  std::string andere_school;
  bool andere_school_akkoord = false;
  bool met_arrangement = false;
  std::string hoorrecht;  // `gehoord`, `niet-gehoord` or empty (not recorded)
  std::string zienswijze;
  std::string reden;
  std::string datum;
};

/// The values of a posted decision form.
BesluitFormulier LeesBesluitFormulier(const httplib::Request& req);

/// The decision the form describes (`datum` defaults to `vandaag`).
domain::Result<domain::Besluit> NaarBesluit(const BesluitFormulier& formulier,
                                            domain::Date vandaag);

/// The decision form posting to `/aanmeldingen/{id}/besluit`; `andere_scholen` are offered as
/// suggestions for the other school.
std::string BesluitFormulierHtml(int64_t id, const BesluitFormulier& formulier,
                                 const std::vector<Keuze>& andere_scholen, const VeldFout& fout,
                                 const std::string& csrf);

}  // namespace passend::web
