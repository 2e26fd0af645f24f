#include "web/json_fields.h"

#include <fmt/format.h>

namespace passend::web {

using domain::ErrorCode;
using domain::Fail;
using domain::Result;
using nlohmann::json;

namespace {

bool Absent(const json& body, const std::string& field) {
  return !body.contains(field) || body[field].is_null();
}

}  // namespace

Result<std::string> JsonText(const json& body, const std::string& field, bool required) {
  if (Absent(body, field)) {
    if (required) return Fail(ErrorCode::kInvalid, fmt::format("Vul {} in.", field), field);
    return std::string();
  }
  if (!body[field].is_string()) {
    return Fail(ErrorCode::kInvalid, fmt::format("{} moet tekst zijn.", field), field);
  }
  return body[field].get<std::string>();
}

Result<std::optional<bool>> JsonFlag(const json& body, const std::string& field, bool required) {
  if (Absent(body, field)) {
    if (required) {
      return Fail(ErrorCode::kInvalid, fmt::format("Geef {} op: true of false.", field), field);
    }
    return std::optional<bool>();
  }
  if (!body[field].is_boolean()) {
    return Fail(ErrorCode::kInvalid, fmt::format("{} moet true of false zijn.", field), field);
  }
  return std::optional<bool>(body[field].get<bool>());
}

Result<std::optional<int64_t>> JsonInt(const json& body, const std::string& field) {
  if (Absent(body, field)) return std::optional<int64_t>();
  if (!body[field].is_number_integer()) {
    return Fail(ErrorCode::kInvalid, fmt::format("{} moet een geheel getal zijn.", field), field);
  }
  return std::optional<int64_t>(body[field].get<int64_t>());
}

Result<std::optional<domain::Date>> JsonDate(const json& body, const std::string& field) {
  if (Absent(body, field)) return std::optional<domain::Date>();
  auto date = body[field].is_string() ? domain::ParseIsoDate(body[field].get<std::string>())
                                      : Result<domain::Date>(std::unexpected(domain::Error{}));
  if (!date) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("{} moet een bestaande datum zijn (JJJJ-MM-DD, bijvoorbeeld "
                            "2025-09-22).",
                            field),
                field);
  }
  return std::optional<domain::Date>(*date);
}

json DateOrNull(const std::optional<domain::Date>& date) {
  return date ? json(domain::FormatIsoDate(*date)) : json(nullptr);
}

domain::Result<domain::Date> VerplichteDatum(const nlohmann::json& body, const char* field,
                                             const char* wat) {
  PASSEND_ASSIGN_OR_RETURN(auto datum, JsonDate(body, field));
  if (!datum) {
    return domain::Fail(domain::ErrorCode::kInvalid, std::string("Geef ") + wat + " op.", field);
  }
  return *datum;
}

domain::Result<domain::Hoorrecht> JsonHoorrecht(const nlohmann::json& body) {
  const json* h = body.contains("hoorrecht") ? &body["hoorrecht"] : nullptr;
  if (h == nullptr || !h->is_object() || !h->contains("gehoord") || !(*h)["gehoord"].is_boolean()) {
    return domain::Fail(domain::ErrorCode::kInvalid,
                        "Geef hoorrecht als {\"gehoord\": true, \"zienswijze\": ...} of "
                        "{\"gehoord\": false, \"reden\": ...}.",
                        "hoorrecht");
  }
  domain::Hoorrecht hoorrecht;
  hoorrecht.gehoord = (*h)["gehoord"].get<bool>();
  PASSEND_ASSIGN_OR_RETURN(hoorrecht.zienswijze,
                           AlsVeldfout(JsonText(*h, "zienswijze", false), "hoorrecht"));
  PASSEND_ASSIGN_OR_RETURN(hoorrecht.reden, AlsVeldfout(JsonText(*h, "reden", false), "hoorrecht"));
  return hoorrecht;
}

json HoorrechtJson(const domain::Hoorrecht& h) {
  auto tekst = [](const std::string& t) { return t.empty() ? json(nullptr) : json(t); };
  return json{
      {"gehoord", h.gehoord}, {"zienswijze", tekst(h.zienswijze)}, {"reden", tekst(h.reden)}};
}

domain::Result<domain::LeerlingId> VerplichteLeerling(const nlohmann::json& body) {
  PASSEND_ASSIGN_OR_RETURN(auto leerling, JsonInt(body, "leerling"));
  if (!leerling || *leerling <= 0) {
    return domain::Fail(domain::ErrorCode::kInvalid, "Geef het id van de leerling op.", "leerling");
  }
  return domain::LeerlingId{*leerling};
}

}  // namespace passend::web
