#pragma once
// The zorgplicht clock: the term within which a school must decide on a registration
// (domain.md §3.1). Pure: no I/O and no clock; "today" is always a parameter.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/error.h"

namespace passend::domain {

/// The terms of the zorgplicht, in calendar days. They come from configuration; the defaults
/// are the current law (6 weeks, once at most 4 weeks more) and a warning 7 days before.
struct ZorgplichtTermijnen {
  int beslistermijn_dagen = 42;
  int max_verlenging_dagen = 28;
  int signaal_dagen = 7;
};

/// Where a registration stands with respect to its decision term.
enum class ZorgplichtStatus {
  kLoopt,          // open, more than `signaal_dagen` left
  kBijnaVerlopen,  // open, at most `signaal_dagen` left (the deadline day included)
  kVerlopen,       // open, the deadline has passed without a decision
  kBesloten,       // a decision has been taken
};

/// Dutch label for pages (`Loopt`, `Bijna verlopen`, `Verlopen`, `Besloten`).
std::string_view ZorgplichtStatusNaam(ZorgplichtStatus status);

/// The decision term of one registration. The decision may still be taken on the deadline
/// day itself; the term has lapsed from the day after.
class ZorgplichtKlok {
 public:
  /// Starts the clock on the day the written registration became complete; refuses terms
  /// that are not positive.
  static Result<ZorgplichtKlok> Create(Date compleet, ZorgplichtTermijnen termijnen = {});

  /// The day the written registration became complete.
  Date Compleet() const { return compleet_; }
  const ZorgplichtTermijnen& Termijnen() const { return termijnen_; }
  /// The last day on which the decision is on time, extension included.
  Date Deadline() const;

  /// Extends the term once by `dagen` (1..max) with a reason for the parents, on day `op`;
  /// refused when already extended, decided, lapsed on `op`, or when the input is wrong.
  Result<void> Verleng(int dagen, std::string reden, Date op);
  /// True once the term has been extended.
  bool Verlengd() const { return verlenging_dagen_ > 0; }
  /// Days added by the extension (0 when not extended).
  int VerlengingDagen() const { return verlenging_dagen_; }
  /// The reason given for the extension (empty when not extended).
  const std::string& VerlengingReden() const { return verlenging_reden_; }

  /// Records the decision on day `op` (late decisions are accepted); refused when already
  /// decided or when `op` is before the registration was complete.
  Result<void> Besluit(Date op);
  /// True once a decision has been recorded.
  bool Besloten() const { return besluit_.has_value(); }
  /// The day of the decision, if any.
  std::optional<Date> BesluitDatum() const { return besluit_; }

  /// The status on day `op`; a decision taken on or before `op` overrides the term.
  ZorgplichtStatus Status(Date op) const;
  /// Days from `op` to the deadline: 0 on the deadline day, negative once lapsed.
  int DagenResterend(Date op) const;
  /// True when on day `op` the term has lapsed without a decision: the child then has a
  /// right to provisional placement.
  bool RechtOpVoorlopigePlaatsing(Date op) const;

 private:
  ZorgplichtKlok(Date compleet, ZorgplichtTermijnen termijnen)
      : compleet_(compleet), termijnen_(termijnen) {}

  Date compleet_;
  ZorgplichtTermijnen termijnen_;
  int verlenging_dagen_ = 0;
  std::string verlenging_reden_;
  std::optional<Date> besluit_;
};

/// One registration of a child at a school, as far as the zorgplicht holder is concerned.
struct Aanmeldkeuze {
  int64_t aanmelding_id = 0;
  bool eerste_keuze = false;
  Date datum;
};

/// The registration whose school holds the zorgplicht: a single registration holds it;
/// among several, the one marked first choice (exactly one must be).
Result<int64_t> ZorgplichtHouder(const std::vector<Aanmeldkeuze>& aanmeldingen);

}  // namespace passend::domain
