#include "domain/verzuim_instellingen.h"

namespace passend::domain {

std::string_view DoorzettingsmachtCode(DoorzettingsmachtHouder houder) {
  switch (houder) {
    case DoorzettingsmachtHouder::kCoordinator:
      return "coordinator";
    case DoorzettingsmachtHouder::kCommissie:
      return "commissie";
    case DoorzettingsmachtHouder::kWethouder:
      return "wethouder";
  }
  return "coordinator";
}

Result<DoorzettingsmachtHouder> ParseDoorzettingsmacht(std::string_view text) {
  for (auto houder : {DoorzettingsmachtHouder::kCoordinator, DoorzettingsmachtHouder::kCommissie,
                      DoorzettingsmachtHouder::kWethouder}) {
    if (DoorzettingsmachtCode(houder) == text) return houder;
  }
  return Fail(ErrorCode::kInvalid,
              "Kies wie doorzettingsmacht heeft: coordinator, commissie of wethouder.",
              "doorzettingsmacht.houder");
}

std::string_view DoorzettingsmachtNaam(DoorzettingsmachtHouder houder) {
  switch (houder) {
    case DoorzettingsmachtHouder::kCoordinator:
      return "De coördinator van het samenwerkingsverband";
    case DoorzettingsmachtHouder::kCommissie:
      return "Een commissie";
    case DoorzettingsmachtHouder::kWethouder:
      return "De wethouder";
  }
  return "De coördinator van het samenwerkingsverband";
}

Result<void> Valideer(const VerzuimInstellingen& instellingen) {
  if (instellingen.doorzettingsmacht.naam.size() > 200) {
    return Fail(ErrorCode::kInvalid, "De naam van wie doorzettingsmacht heeft is te lang.",
                "doorzettingsmacht.naam");
  }
  if (instellingen.tussendoelen) {
    auto ok = Valideer(*instellingen.tussendoelen);
    if (!ok) {
      auto error = ok.error();
      error.field = "tussendoelen." + error.field;
      return std::unexpected(error);
    }
  }
  return {};
}

}  // namespace passend::domain
