#pragma once
// Test data for the tests that need school support profiles (the finder, the placement rounds,
// the dekkend aanbod): written through the store's Writer, as the demo import writes them.

#include <functional>
#include <vector>

#include "app/ports.h"
#include "domain/ondersteuningsprofiel.h"
#include "store/sqlite/sqlite_store.h"

namespace passend::testing {

/// Runs `work` in one write transaction; a failure is reported as a test failure and false.
bool SchrijfIn(store::sqlite::SqliteStore& store,
               const std::function<domain::Result<void>(app::Writer&)>& work);

/// Stores a new version of `school`'s profile (SWV PO2001, taxonomy 2026.1, set on
/// 1 September 2025) with `regels`.
void SlaProfielOp(store::sqlite::SqliteStore& store, const char* school,
                  std::vector<domain::ProfielRegel> regels);

}  // namespace passend::testing
