#pragma once
// Use case: fill an empty database with the synthetic demo data set.

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "app/actor.h"
#include "app/ports.h"
#include "engine/demo.h"

namespace passend::app {

/// What a demo import wrote.
struct DemoTelling {
  int64_t gemeenten = 0;
  int64_t samenwerkingsverbanden = 0;
  int64_t besturen = 0;
  int64_t scholen = 0;
  int64_t leerlingen = 0;
  int64_t aanmeldingen = 0;
  int64_t geschillen = 0;
  int64_t verzuimmeldingen = 0;
  int64_t opps = 0;  // ontwikkelingsperspectiefplannen
  int64_t tlv_aanvragen = 0;
  int64_t toekenningen = 0;  // arrangementen assigned to students
  int64_t events = 0;
};

/// Receives progress of a long import: phase, done, total.
using ProgressFn = std::function<void(std::string_view phase, int64_t done, int64_t total)>;

/// Generates the demo data set and stores it in one bulk transaction, with events.
class DemoImport {
 public:
  DemoImport(UnitOfWork& work, RegistryQueries& queries, const BsnVault& vault, const Clock& clock)
      : work_(work), queries_(queries), vault_(vault), clock_(clock) {}

  /// Fails (kConflict) when the registry already holds data: demo data never mixes with
  /// real records. Registrations are dated back from `options.vandaag`, or from the clock's
  /// date when that is unset.
  domain::Result<DemoTelling> Run(const Actor& actor, const engine::DemoOptions& options,
                                  const ProgressFn& progress);

 private:
  UnitOfWork& work_;
  RegistryQueries& queries_;
  const BsnVault& vault_;
  const Clock& clock_;
};

}  // namespace passend::app
