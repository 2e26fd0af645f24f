#include "support/profielen.h"

#include <gtest/gtest.h>

#include <utility>

#include "domain/date.h"
#include "domain/registry.h"

namespace passend::testing {

bool SchrijfIn(store::sqlite::SqliteStore& store,
               const std::function<domain::Result<void>(app::Writer&)>& work) {
  auto r = store.Run(work, false);
  EXPECT_TRUE(r.has_value()) << r.error().message;
  return r.has_value();
}

void SlaProfielOp(store::sqlite::SqliteStore& store, const char* school,
                  std::vector<domain::ProfielRegel> regels) {
  SchrijfIn(store, [&](app::Writer& w) -> domain::Result<void> {
    domain::Ondersteuningsprofiel p;
    p.school = *domain::Vestigingscode::Parse(school);
    p.swv = "PO2001";
    p.vastgesteld_op = *domain::ParseIsoDate("2025-09-01");
    p.taxonomie_versie = "2026.1";
    p.vastgesteld_door = "test";
    p.regels = std::move(regels);
    PASSEND_RETURN_IF_ERROR(w.InsertOndersteuningsprofiel(p));
    return {};
  });
}

}  // namespace passend::testing
