#include "domain/swv_instellingen.h"

namespace passend::domain {

namespace {

bool HasSpace(const std::string& text) {
  return text.find_first_of(" \t\r\n") != std::string::npos;
}

}  // namespace

Result<void> Valideer(const SwvInstellingen& instellingen) {
  PASSEND_RETURN_IF_ERROR(ValideerLadder(instellingen.ladder));
  const Steunpunt& s = instellingen.steunpunt;
  // Shape only: parents must be able to use what is shown; whether it is answered is the
  // SWV's responsibility.
  if (!s.email.empty() && (s.email.find('@') == std::string::npos || HasSpace(s.email))) {
    return Fail(ErrorCode::kInvalid, "Vul een geldig e-mailadres in, bijvoorbeeld info@swv.nl.",
                "steunpunt.email");
  }
  if (!s.website.empty() && s.website.rfind("https://", 0) != 0) {
    return Fail(ErrorCode::kInvalid,
                "Een website begint met https://, bijvoorbeeld https://www.swv.nl.",
                "steunpunt.website");
  }
  if (s.naam.size() > 200 || s.telefoon.size() > 40 || s.email.size() > 200 ||
      s.website.size() > 300) {
    return Fail(ErrorCode::kInvalid, "Een gegeven van het steunpunt is te lang.", "steunpunt");
  }
  if (auto verzuim = Valideer(instellingen.verzuim); !verzuim) {
    auto error = verzuim.error();
    error.field = "verzuim." + error.field;
    return std::unexpected(error);
  }
  return {};
}

bool SwvZiet(const SwvInstellingen& instellingen, const Aanmelding& aanmelding,
             const ZorgplichtTermijnen& termijnen, SwvZichtbaarheid zichtbaarheid, Date op) {
  // domain.md §3.1: meldingsplicht makes every registration with an extra support need
  // visible to the SWV at once.
  if (instellingen.meldingsplicht && !aanmelding.ondersteuningsbehoeften.empty()) return true;
  if (zichtbaarheid.door_swv || zichtbaarheid.in_geschil) return true;
  // A lapsed term is the SWV's business whatever the settings: the child now has a right to
  // provisional placement and the SWV guarantees a fitting place (dekkend aanbod).
  auto status = StatusOp(aanmelding, termijnen, op);
  return status && status->soort == AanmeldingStatusSoort::kVerlopen;
}

}  // namespace passend::domain
