#include "domain/kwartaalregistratie.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace passend::domain {

namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

Result<Kwartaal> KwartaalFout() {
  return Fail(ErrorCode::kInvalid,
              "Ongeldig kwartaal. Schrijf het kwartaal als JJJJ-Qn met n van 1 tot en met 4, "
              "bijvoorbeeld 2025-Q1.",
              "kwartaal");
}

constexpr std::array<std::string_view, 12> kKolommen = {"meldingnummer",
                                                        "type",
                                                        "leeftijd",
                                                        "geslacht",
                                                        "gemeente",
                                                        "school",
                                                        "startdatum",
                                                        "einddatum",
                                                        "redenEinde",
                                                        "dagenThuis",
                                                        "langerDanDrieMaanden",
                                                        "aanbodDatum"};

std::string OptioneleDatum(const std::optional<Date>& date) {
  return date ? FormatIsoDate(*date) : std::string();
}

}  // namespace

Result<Kwartaal> Kwartaal::Parse(std::string_view text) {
  // Strictly `YYYY-Qn`, the spelling of the API's `kwartaal` parameter.
  if (text.size() != 7 || text[4] != '-' || (text[5] != 'Q' && text[5] != 'q')) {
    return KwartaalFout();
  }
  for (std::size_t i = 0; i < 4; ++i) {
    if (!IsDigit(text[i])) return KwartaalFout();
  }
  if (!IsDigit(text[6])) return KwartaalFout();
  int jaar = 0;
  for (std::size_t i = 0; i < 4; ++i) jaar = jaar * 10 + (text[i] - '0');
  return Make(jaar, text[6] - '0');
}

Result<Kwartaal> Kwartaal::Make(int jaar, int nummer) {
  if (nummer < 1 || nummer > 4 || jaar < 1900 || jaar > 9999) return KwartaalFout();
  return Kwartaal(jaar, nummer);
}

Kwartaal Kwartaal::Containing(Date date) {
  const int maand = static_cast<int>(static_cast<unsigned>(date.month()));
  return Kwartaal(static_cast<int>(date.year()), (maand - 1) / 3 + 1);
}

Date Kwartaal::Eerste() const {
  return Date{year{jaar_}, month{static_cast<unsigned>(3 * nummer_ - 2)}, day{1}};
}

Date Kwartaal::Laatste() const {
  return Date{std::chrono::year_month_day_last{
      year{jaar_}, std::chrono::month_day_last{month{static_cast<unsigned>(3 * nummer_)}}}};
}

SchoolYear Kwartaal::Schooljaar() const { return SchoolYear::Containing(Eerste()); }

std::string Kwartaal::Label() const { return fmt::format("{:04}-Q{}", jaar_, nummer_); }

Kwartaal Kwartaal::Volgende() const {
  return nummer_ == 4 ? Kwartaal(jaar_ + 1, 1) : Kwartaal(jaar_, nummer_ + 1);
}

std::vector<KwartaalRegel> BouwKwartaalregistratie(std::span<const RegisterInvoer> invoer,
                                                   const SwvCode& swv, Kwartaal kwartaal,
                                                   const VerzuimTermijnen& termijnen,
                                                   const Schoolvakanties& vakanties) {
  // Cumulative within the school year (Inspectie practice, domain.md §3.5): every quarter's
  // register starts on 1 August of its school year, so a row, once present, stays present
  // until the school year closes, whatever happens to the case later.
  const Date vanaf = kwartaal.Schooljaar().First();
  const Date tot_en_met = kwartaal.Laatste();
  std::vector<KwartaalRegel> regels;
  for (const RegisterInvoer& in : invoer) {
    const Verzuimmelding& m = in.melding;
    if (m.swv != swv) continue;
    // Thuiszitters count from the day they became one; exemptions are included (Inspectie
    // practice) from their start. Relatief verzuim and sickness are not thuiszitters (seed 004).
    std::optional<Date> begin;
    if (IsThuiszittertype(m.type)) {
      begin = ThuiszitterVanaf(m, termijnen, vakanties);
    } else if (IsVrijstelling(m.type)) {
      begin = m.startdatum;
    }
    if (!begin || *begin > tot_en_met) continue;
    if (m.einddatum && *m.einddatum <= vanaf) continue;  // ended before this school year

    // What was known on the quarter's last day: a later end or offer is not shown yet.
    const bool einde_bekend = m.einddatum && *m.einddatum <= tot_en_met;
    const Date eind_excl = einde_bekend ? *m.einddatum : AddDays(tot_en_met, 1);
    const std::optional<Date> drie = DrieMaandenDatum(m, termijnen);
    KwartaalRegel regel;
    regel.meldingnummer = m.id;
    regel.type = m.type;
    if (in.geboortedatum) regel.leeftijd = AgeOn(*in.geboortedatum, m.startdatum);
    regel.geslacht = in.geslacht;
    regel.gemeente = m.gemeente.str();
    regel.school = m.school ? m.school->str() : std::string();
    regel.startdatum = m.startdatum;
    if (einde_bekend) {
      regel.einddatum = m.einddatum;
      regel.reden_einde = m.reden_einde;
    }
    // The same count as the status on that day: whole days from the start to the quarter's
    // last day, or to the end when that came first.
    regel.dagen_thuis = StatusOp(m, tot_en_met, termijnen, vakanties).dagen_thuis;
    regel.langer_dan_drie_maanden = drie && *drie < eind_excl;
    if (m.aanbod && m.aanbod->datum <= tot_en_met) regel.aanbod_datum = m.aanbod->datum;
    regels.push_back(std::move(regel));
  }
  std::sort(regels.begin(), regels.end(), [](const KwartaalRegel& a, const KwartaalRegel& b) {
    if (a.startdatum != b.startdatum) return a.startdatum < b.startdatum;
    return a.meldingnummer < b.meldingnummer;
  });
  return regels;
}

std::span<const std::string_view> KwartaalregistratieKolommen() { return kKolommen; }

namespace {

// A number as the exports write them (`-1234`, `+5`, `12,5`): left as it is, so amounts and
// counts stay numbers for the spreadsheet.
bool IsGetal(std::string_view waarde) {
  size_t i = (!waarde.empty() && (waarde[0] == '-' || waarde[0] == '+')) ? 1 : 0;
  bool cijfer = false;
  bool scheiding = false;
  for (; i < waarde.size(); ++i) {
    const char c = waarde[i];
    if (c >= '0' && c <= '9') {
      cijfer = true;
    } else if ((c == '.' || c == ',') && !scheiding) {
      scheiding = true;
    } else {
      return false;
    }
  }
  return cijfer;
}

}  // namespace

std::string CsvVeld(std::string_view waarde) {
  // CSV injection (OWASP): a spreadsheet runs a field that starts with =, +, -, @, a tab or a
  // carriage return as a formula. Such a field, unless it is a plain number, gets a leading
  // apostrophe so it is shown as text; names and free text come from users.
  std::string veld;
  if (!waarde.empty() && std::string_view("=+-@\t\r").find(waarde[0]) != std::string_view::npos &&
      !IsGetal(waarde)) {
    veld = "'";
  }
  veld += waarde;
  // RFC 4180 §2.6-2.7: fields with a comma, a double quote or a line break are enclosed in
  // double quotes, and a double quote inside is escaped by doubling it.
  if (veld.find_first_of(",\"\r\n") == std::string::npos) return veld;
  std::string uit = "\"";
  for (char c : veld) {
    if (c == '"') uit += '"';
    uit += c;
  }
  uit += '"';
  return uit;
}

std::string KwartaalregistratieCsv(std::span<const KwartaalRegel> regels) {
  std::string csv;
  const auto regel_uit = [&csv](std::span<const std::string> velden) {
    for (std::size_t i = 0; i < velden.size(); ++i) {
      if (i > 0) csv += ',';
      csv += CsvVeld(velden[i]);
    }
    csv += "\r\n";  // RFC 4180 §2.1: CRLF
  };
  std::vector<std::string> kop(kKolommen.begin(), kKolommen.end());
  regel_uit(kop);
  for (const KwartaalRegel& r : regels) {
    const std::vector<std::string> velden = {
        std::to_string(r.meldingnummer),
        std::string(VerzuimTypeCode(r.type)),
        r.leeftijd ? std::to_string(*r.leeftijd) : std::string(),
        std::string(GeslachtCode(r.geslacht)),
        r.gemeente,
        r.school,
        FormatIsoDate(r.startdatum),
        OptioneleDatum(r.einddatum),
        r.reden_einde ? std::string(BeeindigingCode(*r.reden_einde)) : std::string(),
        std::to_string(r.dagen_thuis),
        r.langer_dan_drie_maanden ? "ja" : "nee",
        OptioneleDatum(r.aanbod_datum),
    };
    regel_uit(velden);
  }
  return csv;
}

}  // namespace passend::domain
