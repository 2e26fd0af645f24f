#pragma once
// TLV views for the pages (issue 7; docs/tlv.md "Pages"): the parent's view of a request in
// plain Dutch, the objection as facts, the register's sections with a chart, and the register
// list as CSV.

#include <string>

#include "app/tlv_service.h"
#include "domain/date.h"

namespace passend::web {

/// `midden (categorie 2)`: the category with the law's number.
std::string TlvCategorieNaam(domain::TlvCategorie categorie);

/// The parent's view of one request (docs/tlv.md "What the parents see"): where it stands, the
/// decision with its category, period and reasons, the last day to object and how (with the
/// SWV `swv_naam`, which asks the Landelijke Bezwaaradviescommissie), the objection and its
/// end, the request as the school wrote it and the experts' advices. `vandaag` tells whether
/// the objection term has passed.
std::string TlvOuderHtml(const app::TlvInzicht& inzicht, const std::string& swv_naam,
                         domain::Date vandaag);

/// The experts' advices (discipline, name, date, text), or what is still needed.
std::string TlvAdviezenHtml(const domain::TlvAanvraag& aanvraag);

/// The objection and how it ended, as facts under their heading; empty without an objection.
std::string TlvBezwaarHtml(const domain::TlvAanvraag& aanvraag);

/// The register on its peildatum: counts per kind and category on the peildatum and on the
/// count date (table and chart), those ending within `signaal_dagen`, grensverkeer out and in,
/// and the list of TLVs with a link to `csv_href`. Every student links to the request page,
/// except incoming grensverkeer (another SWV's request).
std::string TlvRegisterHtml(const app::TlvRegister& reg, int signaal_dagen,
                            const std::string& csv_href);

/// The register's list (`reg.tlvs`) as RFC 4180 CSV with a header row and CRLF line ends:
/// aanvraag,leerling,naam,soort,categorie,ingangsdatum,einddatum,heleLoopbaan,actief,
/// huidigeSchool,huidigeSchoolSwv (actief on the register's peildatum).
std::string TlvRegisterCsv(const app::TlvRegister& reg);

}  // namespace passend::web
