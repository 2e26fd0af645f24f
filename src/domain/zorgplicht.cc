#include "domain/zorgplicht.h"

#include <fmt/format.h>

#include <utility>

namespace passend::domain {

namespace {

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::string_view ZorgplichtStatusNaam(ZorgplichtStatus status) {
  switch (status) {
    case ZorgplichtStatus::kLoopt:
      return "Loopt";
    case ZorgplichtStatus::kBijnaVerlopen:
      return "Bijna verlopen";
    case ZorgplichtStatus::kVerlopen:
      return "Verlopen";
    case ZorgplichtStatus::kBesloten:
      return "Besloten";
  }
  return "";
}

Result<ZorgplichtKlok> ZorgplichtKlok::Create(Date compleet, ZorgplichtTermijnen termijnen) {
  if (!compleet.ok()) {
    return Fail(ErrorCode::kInvalid, "De datum van de volledige aanmelding bestaat niet.",
                "compleet");
  }
  // The terms are configuration, not law in code; a zero or negative term would make every
  // registration lapse at once, so it is a configuration error.
  if (termijnen.beslistermijn_dagen <= 0) {
    return Fail(ErrorCode::kInvalid,
                "De beslistermijn moet minstens 1 dag zijn. Pas de instelling aan (wettelijk: "
                "42 dagen).",
                "beslistermijnDagen");
  }
  if (termijnen.max_verlenging_dagen <= 0) {
    return Fail(ErrorCode::kInvalid,
                "De maximale verlenging moet minstens 1 dag zijn. Pas de instelling aan "
                "(wettelijk: 28 dagen).",
                "maxVerlengingDagen");
  }
  if (termijnen.signaal_dagen <= 0) {
    return Fail(ErrorCode::kInvalid,
                "Het signaal vooraf moet minstens 1 dag zijn. Pas de instelling aan "
                "(standaard: 7 dagen).",
                "signaalDagen");
  }
  return ZorgplichtKlok(compleet, termijnen);
}

Date ZorgplichtKlok::Deadline() const {
  // WPO art. 40 / WVO art. 27: 6 calendar weeks after the complete written registration,
  // plus the one extension if given.
  return AddDays(compleet_, termijnen_.beslistermijn_dagen + verlenging_dagen_);
}

Result<void> ZorgplichtKlok::Verleng(int dagen, std::string reden, Date op) {
  if (besluit_) {
    return Fail(ErrorCode::kConflict,
                "Er is al een besluit genomen over deze aanmelding; verlengen is niet meer "
                "nodig.");
  }
  // WPO art. 40 / WVO art. 27: the term may be extended once; after that the school must
  // decide.
  if (Verlengd()) {
    return Fail(ErrorCode::kConflict,
                fmt::format("De beslistermijn is al een keer verlengd (tot {}). De wet staat maar "
                            "één verlenging toe: neem uiterlijk die dag een besluit.",
                            FormatDutchDate(Deadline())));
  }
  // WPO art. 40 / WVO art. 27: at most 4 weeks (a parameter).
  if (dagen < 1 || dagen > termijnen_.max_verlenging_dagen) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Een verlenging moet 1 tot en met {} dagen zijn. Kies een kortere "
                            "verlenging.",
                            termijnen_.max_verlenging_dagen),
                "dagen");
  }
  // The parents must be told in writing why the term is extended.
  if (IsBlank(reden)) {
    return Fail(ErrorCode::kInvalid,
                "Geef de reden van de verlenging op; de ouders krijgen die schriftelijk te "
                "horen.",
                "reden");
  }
  if (op < compleet_) {
    return Fail(ErrorCode::kInvalid,
                "De verlenging kan niet vóór de datum van de volledige aanmelding liggen.", "op");
  }
  // A lapsed term cannot be revived: from the day after the deadline the child has a right
  // to provisional placement.
  if (op > Deadline()) {
    return Fail(ErrorCode::kConflict,
                fmt::format("De beslistermijn is op {} verlopen en kan niet meer worden verlengd. "
                            "Neem zo snel mogelijk een besluit; het kind heeft nu recht op "
                            "voorlopige plaatsing.",
                            FormatDutchDate(Deadline())));
  }
  verlenging_dagen_ = dagen;
  verlenging_reden_ = std::move(reden);
  return {};
}

Result<void> ZorgplichtKlok::Besluit(Date op) {
  if (besluit_) {
    return Fail(ErrorCode::kConflict, fmt::format("Over deze aanmelding is al op {} besloten.",
                                                  FormatDutchDate(*besluit_)));
  }
  if (op < compleet_) {
    return Fail(ErrorCode::kInvalid,
                "Het besluit kan niet vóór de datum van de volledige aanmelding liggen.", "op");
  }
  // A late decision is still recorded: it ends the provisional-placement period.
  besluit_ = op;
  return {};
}

int ZorgplichtKlok::DagenResterend(Date op) const { return DaysBetween(op, Deadline()); }

ZorgplichtStatus ZorgplichtKlok::Status(Date op) const {
  if (besluit_ && *besluit_ <= op) return ZorgplichtStatus::kBesloten;
  const int rest = DagenResterend(op);
  // The decision may still be taken on the deadline day itself (0 days left); the term
  // lapses from the day after.
  if (rest < 0) return ZorgplichtStatus::kVerlopen;
  if (rest <= termijnen_.signaal_dagen) return ZorgplichtStatus::kBijnaVerlopen;
  return ZorgplichtStatus::kLoopt;
}

bool ZorgplichtKlok::RechtOpVoorlopigePlaatsing(Date op) const {
  // WPO art. 40 / WVO art. 27: no decision within the (extended) term gives the child a
  // right to provisional placement.
  return Status(op) == ZorgplichtStatus::kVerlopen;
}

Result<int64_t> ZorgplichtHouder(const std::vector<Aanmeldkeuze>& aanmeldingen) {
  if (aanmeldingen.empty()) {
    return Fail(ErrorCode::kInvalid,
                "Er is geen aanmelding, dus ook geen school met zorgplicht. Registreer eerst de "
                "aanmelding.");
  }
  // Seed 003 §1.1: the school with the registration holds the zorgplicht.
  if (aanmeldingen.size() == 1) return aanmeldingen.front().aanmelding_id;
  // WPO art. 40 / WVO art. 27: with registrations at several schools, the school of first
  // choice holds the duty; the parents must name exactly one.
  const Aanmeldkeuze* eerste = nullptr;
  int aantal_eerste = 0;
  for (const Aanmeldkeuze& a : aanmeldingen) {
    if (a.eerste_keuze) {
      ++aantal_eerste;
      if (eerste == nullptr) eerste = &a;
    }
  }
  if (aantal_eerste == 0) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het kind is bij {} scholen aangemeld, maar geen daarvan is de eerste "
                            "keuze. Vraag de ouders welke school hun eerste keuze is; die school "
                            "heeft de zorgplicht.",
                            aanmeldingen.size()),
                "eersteKeuze");
  }
  if (aantal_eerste > 1) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("Het kind is bij {} scholen als eerste keuze aangemeld. Er kan maar "
                            "één eerste keuze zijn; vraag de ouders welke school dat is.",
                            aantal_eerste),
                "eersteKeuze");
  }
  return eerste->aanmelding_id;
}

}  // namespace passend::domain
