#pragma once
// Ports for the money part (issue 8; domain.md §3.7): counts on the count date and the SWVs'
// year accounts.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/reserve.h"
#include "domain/timestamp.h"
#include "domain/toewijzing.h"

namespace passend::app {

/// One stored version of an SWV's year accounts.
struct JaarrekeningRecord {
  std::string swv;
  int versie = 1;  // a correction is a new version; the latest counts
  domain::Jaarrekening cijfers;
  domain::Timestamp vastgelegd_op;
  std::string vastgelegd_door;  // the account that recorded it
};

/// One stored allocation record of an SWV to one of its school locations (append-only).
struct ToewijzingRecord {
  int64_t id = 0;
  std::string swv;
  domain::Toewijzing toewijzing;
  std::string school_naam;  // filled on reads
  domain::Timestamp vastgelegd_op;
  std::string vastgelegd_door;  // the account that recorded it
};

/// Reads for the money part.
class GeldQueries {
 public:
  virtual ~GeldQueries() = default;
  /// Students enrolled on `teldatum` at the SWV's regular schools (not so or vso: those are
  /// funded through the TLV), the count the norm amounts multiply.
  virtual domain::Result<int64_t> LeerlingenOpTeldatum(const std::string& swv,
                                                       domain::Date teldatum) = 0;
  /// The latest version of the SWV's accounts of `jaar`, or none.
  virtual domain::Result<std::optional<JaarrekeningRecord>> FindJaarrekening(const std::string& swv,
                                                                             int jaar) = 0;
  /// The latest version per year of the SWV's accounts, newest year first.
  virtual domain::Result<std::vector<JaarrekeningRecord>> JaarrekeningenVan(
      const std::string& swv) = 0;
  /// The latest version of every SWV's accounts of `jaar`, by SWV code.
  virtual domain::Result<std::vector<JaarrekeningRecord>> JaarrekeningenVanJaar(int jaar) = 0;
  /// The SWV's allocation records of the school years starting in [van, tot], in order of
  /// recording.
  virtual domain::Result<std::vector<ToewijzingRecord>> ToewijzingenVan(const std::string& swv,
                                                                        int van, int tot) = 0;
  /// Every allocation record to `school` in the school years starting in [van, tot].
  virtual domain::Result<std::vector<ToewijzingRecord>> ToewijzingenAan(const std::string& school,
                                                                        int van, int tot) = 0;
};

}  // namespace passend::app
