#include "domain/rol.h"

#include "domain/codes.h"
#include "domain/registry.h"

namespace passend::domain {

std::string_view RolCode(Rol rol) {
  switch (rol) {
    case Rol::kOuder:
      return "ouder";
    case Rol::kSchool:
      return "school";
    case Rol::kBestuur:
      return "bestuur";
    case Rol::kSwv:
      return "swv";
    case Rol::kGemeente:
      return "gemeente";
    case Rol::kConsulent:
      return "consulent";
    case Rol::kInspectie:
      return "inspectie";
    case Rol::kMinisterie:
      return "ministerie";
    case Rol::kBeheer:
      return "beheer";
  }
  return "";
}

std::string_view RolNaam(Rol rol) {
  switch (rol) {
    case Rol::kOuder:
      return "Ouder/verzorger";
    case Rol::kSchool:
      return "School";
    case Rol::kBestuur:
      return "Schoolbestuur";
    case Rol::kSwv:
      return "Samenwerkingsverband";
    case Rol::kGemeente:
      return "Gemeente (leerplicht)";
    case Rol::kConsulent:
      return "Onderwijsconsulent";
    case Rol::kInspectie:
      return "Inspectie van het Onderwijs";
    case Rol::kMinisterie:
      return "Ministerie van OCW";
    case Rol::kBeheer:
      return "Gebruikersbeheer";
  }
  return "";
}

Result<Rol> ParseRol(std::string_view text) {
  for (Rol rol : kAlleRollen) {
    if (RolCode(rol) == text) return rol;
  }
  return Fail(ErrorCode::kInvalid,
              "Onbekende rol; kies uit ouder, school, bestuur, swv, gemeente, consulent, "
              "inspectie, ministerie of beheer.");
}

bool IsLandelijk(Rol rol) { return rol == Rol::kInspectie || rol == Rol::kMinisterie; }

Result<std::string> ValidateScope(Rol rol, std::string_view organisatie) {
  auto need = [&](auto parsed) -> Result<std::string> {
    if (!parsed) return Fail(ErrorCode::kInvalid, parsed.error().message, "organisatie");
    return parsed->str();
  };
  switch (rol) {
    case Rol::kSchool:
      return need(Vestigingscode::Parse(organisatie));
    case Rol::kSwv:
      return need(SwvCode::Parse(organisatie));
    case Rol::kGemeente:
      return need(GemeenteCode::Parse(organisatie));
    case Rol::kBestuur: {
      auto code = ParseBestuurCode(organisatie);
      if (!code) return Fail(ErrorCode::kInvalid, code.error().message, "organisatie");
      return *code;
    }
    case Rol::kConsulent:
      // A consultancy is named by the SWV region it serves.
      return need(SwvCode::Parse(organisatie));
    case Rol::kOuder:
    case Rol::kInspectie:
    case Rol::kMinisterie:
    case Rol::kBeheer:
      if (!organisatie.empty()) {
        return Fail(ErrorCode::kInvalid,
                    "Deze rol heeft geen organisatie; laat --org weg (een ouder krijgt "
                    "leerlingen via --leerling).",
                    "organisatie");
      }
      return std::string();
  }
  return Fail(ErrorCode::kInvalid, "Onbekende rol.");
}

}  // namespace passend::domain
