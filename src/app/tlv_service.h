#pragma once
// Use cases of the toelaatbaarheidsverklaring (TLV; issue 7 items 2 and 3; domain.md §3.3;
// docs/tlv.md): a school requests, experts advise, the SWV's committee decides (the parents are
// told), the SWV records the objection and its end, the parents ask for an evaluation moment,
// and the SWV's register. Every change is one transaction with its event
// (`tlv-aanvraag/{id}`) and an audit entry; every read is audited for its students before the
// data leaves.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/permission.h"
#include "app/ports.h"
#include "app/ports_aanmelding.h"
#include "app/ports_auth.h"
#include "app/ports_tlv.h"
#include "app/principal.h"

namespace passend::app {

/// A request as the API receives it; the school is the account's, the SWV that school's.
struct NieuweTlvAanvraag {
  domain::LeerlingId leerling;
  domain::TlvSoort soort = domain::TlvSoort::kSo;
  std::string ondersteuningsbehoefte;
  std::string al_gedaan;
  std::string zienswijze_ouders;
  domain::Hoorrecht hoorrecht;
};

/// The objection's end: the national objection committee's (LBT) advice and the decision.
struct TlvBezwaarAfronding {
  domain::Date lbt_advies_op{};
  std::string lbt_advies;
  domain::Date beslist_op{};
  bool gegrond = false;
  std::string beslissing;
};

/// A request with where it stands on today's date.
struct TlvInzicht {
  TlvOverzicht overzicht;
  TlvStatus status = TlvStatus::kOpen;
  std::optional<domain::Date> compleet_op;        // when it went to the committee
  std::optional<domain::Date> beslis_uiterlijk;   // complete + beslis_dagen
  std::optional<domain::Date> bezwaar_uiterlijk;  // decided + bezwaar_dagen (Awb)
  std::optional<domain::Tlv> tlv;                 // granted only
};

/// The TLV parameters (config/passend.json, section `tlv`).
struct TlvParameters {
  domain::TlvTermijnen termijnen;
  int teldatum_maand = 10;  // the count date: 1 October by law
  int teldatum_dag = 1;
};

/// What the file already holds for a new request of one student (issue 7 item 2: documents
/// reused, nothing typed twice), for the school to check and edit before it submits.
struct TlvVoorstel {
  domain::LeerlingId leerling;
  std::string leerling_naam;
  /// The support needs recorded on the student's latest registration (aanmelding), if any.
  std::optional<int64_t> aanmelding;
  std::optional<domain::Date> aanmelding_op;
  std::vector<domain::Ondersteuningsbehoefte> behoeften;
  /// The student's previous TLV request, if any: its support need and what was tried.
  std::optional<int64_t> vorige_aanvraag;
  std::optional<domain::Date> vorige_aanvraag_op;
  std::optional<domain::TlvSoort> soort;  // the kind asked then
  /// The proposed texts: the previous request's support need followed by the registration's
  /// needs, and the previous request's "what was tried". Empty when the file holds nothing.
  std::string ondersteuningsbehoefte;
  std::string al_gedaan;
};

/// The register of one SWV (or of everything in an account's scope) on a peildatum.
struct TlvRegister {
  std::optional<std::string> swv;
  domain::Date peildatum{};
  std::optional<bool> actief;                 // the filter applied to `tlvs`
  std::vector<TlvRegel> tlvs;                 // granted TLVs in scope, filtered by `actief`
  domain::TlvTelling actief_telling;          // active on the peildatum, by kind and category
  std::vector<TlvRegel> eindigen_binnenkort;  // active and ending within signaal_dagen
  domain::Date teldatum{};                    // 1 October of the peildatum's school year
  domain::TlvTelling teldatum_telling;        // domain::TelOp on the count date
  /// Active TLVs of this SWV whose student attends an so or vso school of another SWV.
  std::vector<TlvRegel> grensverkeer_uit;
  /// Active TLVs of other SWVs whose student attends an so or vso school of this SWV (only
  /// for the SWV's own account).
  std::vector<TlvRegel> grensverkeer_in;
};

/// TLV requests, decisions and the register.
class TlvService {
 public:
  TlvService(UnitOfWork& work, TlvQueries& tlv, LeerlingQueries& leerlingen,
             AanmeldingQueries& aanmeldingen, const Clock& clock, TlvParameters parameters)
      : work_(work),
        tlv_(tlv),
        leerlingen_(leerlingen),
        aanmeldingen_(aanmeldingen),
        clock_(clock),
        parameters_(std::move(parameters)) {}

  /// A school requests a TLV for a student enrolled with it (kForbidden for other roles,
  /// kNotFound outside the scope); the SWV is the school's (kRegel without one); validation by
  /// domain::Valideer (kInvalid naming the field); kConflict when one is still undecided.
  domain::Result<TlvInzicht> VraagAan(const Principal& principal, const std::string& client,
                                      const NieuweTlvAanvraag& nieuw);
  /// What the student's file already holds for a new request (TlvVoorstel): the needs on the
  /// latest registration and the previous request's texts. Same access as VraagAan (a school,
  /// the student enrolled with it: kNotFound naming `leerling` otherwise); audited.
  domain::Result<TlvVoorstel> Voorstel(const Principal& principal, const std::string& client,
                                       domain::LeerlingId leerling);
  /// Adds an expert advice (domain::VoegAdviesToe): the requesting school or the SWV.
  domain::Result<TlvInzicht> VoegAdviesToe(const Principal& principal, const std::string& client,
                                           int64_t id, domain::Deskundigenadvies advies);
  /// The committee's decision (domain::Beslis): only the request's SWV (kForbidden for a
  /// school); not after today; the parents get a message in the same transaction.
  domain::Result<TlvInzicht> Beslis(const Principal& principal, const std::string& client,
                                    int64_t id, domain::TlvBesluit besluit);
  /// Records the parents' objection filed with the SWV on `op` (domain::DienBezwaarIn; kRegel
  /// after the 6 weeks): only the request's SWV.
  domain::Result<TlvInzicht> DienBezwaarIn(const Principal& principal, const std::string& client,
                                           int64_t id, domain::Date op, std::string gronden);
  /// Records the LBT's advice and the decision on the objection (domain::RondBezwaarAf): only
  /// the request's SWV; the parents get a message.
  domain::Result<TlvInzicht> RondBezwaarAf(const Principal& principal, const std::string& client,
                                           int64_t id, TlvBezwaarAfronding afronding);
  /// The parents (or the SWV for them) ask for an evaluation moment on a whole-career TLV
  /// (domain::VraagEvaluatie; seed 000 #18).
  domain::Result<TlvInzicht> VraagEvaluatie(const Principal& principal, const std::string& client,
                                            int64_t id);
  /// One request; kNotFound when missing or outside the scope; audited.
  domain::Result<TlvInzicht> Get(const Principal& principal, const std::string& client, int64_t id);
  /// Requests in scope, newest first; each listed student is audited.
  domain::Result<Page<TlvInzicht>> Lijst(const Principal& principal, const std::string& client,
                                         const TlvFilter& filter, PageRequest page);
  /// The register on `peildatum` (today when absent) of `swv` (an SWV account: its own when
  /// absent) within the scope; each listed student is audited.
  domain::Result<TlvRegister> Register(const Principal& principal, const std::string& client,
                                       const std::optional<std::string>& swv,
                                       const std::optional<domain::Date>& peildatum,
                                       const std::optional<bool>& actief);

  /// Today's date by the service's clock (UTC).
  domain::Date Vandaag() const;
  const domain::TlvTermijnen& Termijnen() const { return parameters_.termijnen; }

 private:
  TlvInzicht Inzicht(TlvOverzicht overzicht) const;
  /// Loads inside the transaction, checks `permission` and the scope, applies `change` and
  /// stores it with its event `type` and an audit entry.
  domain::Result<TlvInzicht> Wijzig(
      const Principal& principal, const std::string& client, int64_t id, Permission permission,
      const std::function<domain::Result<std::string>(Writer&, domain::TlvAanvraag&)>& change,
      const std::string& type, const std::string& wat);
  domain::Result<TlvInzicht> Opgeslagen(int64_t id);

  UnitOfWork& work_;
  TlvQueries& tlv_;
  LeerlingQueries& leerlingen_;
  AanmeldingQueries& aanmeldingen_;
  const Clock& clock_;
  TlvParameters parameters_;
};

}  // namespace passend::app
