#pragma once
// Ports of the basisondersteuning (issue 5 item 3; docs/basisondersteuning.md): an SWV's norm
// versions, a location's accounts, and the current account of every location in a region.
// Nothing here is personal data.

#include <optional>
#include <string>
#include <vector>

#include "domain/basisondersteuning.h"
#include "domain/codes.h"

namespace passend::app {

/// One stored version of a location's account, without its elements (the version list).
struct InvullingVersie {
  int versie = 0;
  domain::Date vastgesteld_op{};
  std::string norm;
  std::string vastgesteld_door;
};

/// A location of a region with its current account (none: never described).
struct RegioInvulling {
  std::string school;
  std::string naam;
  std::optional<domain::BasisInvulling> invulling;
};

/// Reads of norms and accounts.
class BasisondersteuningQueries {
 public:
  virtual ~BasisondersteuningQueries() = default;
  /// Every version of `swv`'s own norm with its aspects and elements, newest first.
  virtual domain::Result<std::vector<domain::Basisondersteuningsnorm>> NormVersies(
      const std::string& swv) = 0;
  /// Version `versie` (the current one when absent) of `school`'s account, or none.
  virtual domain::Result<std::optional<domain::BasisInvulling>> FindInvulling(
      const domain::Vestigingscode& school, std::optional<int> versie) = 0;
  /// Every version of `school`'s account, newest first.
  virtual domain::Result<std::vector<InvullingVersie>> InvullingVersies(
      const domain::Vestigingscode& school) = 0;
  /// Every location of `swv`'s region, ordered by name, with its current account.
  virtual domain::Result<std::vector<RegioInvulling>> RegioInvullingen(const std::string& swv) = 0;
};

}  // namespace passend::app
