#pragma once
// Demo ontwikkelingsperspectiefplannen (issue 7 items 4 and 6; docs/opp.md): plans for a sample
// of the sbo, so and vso students and a few students with extra support at regular schools, in
// every consent state (none asked, asked, given, refused with the earlier version in force),
// with plans still due (some past the 6-week term) and yearly evaluations (some overdue). The
// demo accounts' school and the demo parent's child always have plans, the child's with a
// consent request open. Every plan is built through the domain's rules (domain/opp.h).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/opp.h"
#include "domain/registry.h"
#include "engine/demo.h"

namespace passend::engine {

/// A generated plan: versions, consent steps and evaluations as the rules took them; `opp.id`
/// is 0 (the store numbers them).
struct DemoOpp {
  domain::Opp opp;
};

/// Chooses, while the schools and students stream past the demo sink, who gets a plan, and
/// generates the plans at the end. Students must carry their stored id (`inschrijving.leerling`).
class OppKandidaten {
 public:
  explicit OppKandidaten(const DemoOptions& options);

  /// Remembers a school's kind and SWV (all schools come before the students).
  void Add(const domain::School& school);
  /// Considers a student with its current enrolment.
  void Add(const domain::Leerling& leerling, const domain::Inschrijving& inschrijving);
  /// The plans, in the order the students were added; the demo school's first.
  std::vector<DemoOpp> Genereer() const;

 private:
  struct Kandidaat {
    domain::LeerlingId leerling;
    domain::Vestigingscode school;
    domain::SwvCode swv;
    domain::SchoolSoort onderwijs = domain::SchoolSoort::kBao;
    domain::Date van{};
    std::string achternaam;  // the demo parent's child is the first by name (MaakDemoAccounts)
    std::string voornaam;
  };
  struct SchoolInfo {
    domain::SchoolSoort soort = domain::SchoolSoort::kBao;
    std::optional<domain::SwvCode> swv;
  };
  const std::string& DemoSchool();

  DemoOptions options_;
  domain::Date vandaag_{};
  std::map<std::string, SchoolInfo> scholen_;
  std::optional<std::string> demo_school_;
  std::vector<Kandidaat> gekozen_;
  std::vector<Kandidaat> demo_school_leerlingen_;
};

}  // namespace passend::engine
