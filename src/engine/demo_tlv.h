#pragma once
// Demo TLVs and arrangementen (issue 7 items 1 and 6; docs/demo-data.md "TLVs and
// arrangementen"): a TLV for every student of an sbo and of an so or vso school of an SWV (the
// stock the register counts), renewals under way for some that end soon, new requests of
// regular schools in every state (open, one advice, complete, granted, refused, objected), and
// grensverkeer both ways; each SWV's catalogue of arrangementen and assignments to about 1 % of
// the students of regular schools. The demo accounts' SWV and school get fixed cases in every
// state, and the demo parent's child a granted TLV and an arrangement. Every request is built
// through the domain's rules (domain/tlv.h, domain/arrangement.h); the import replays them.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/arrangement.h"
#include "domain/registry.h"
#include "domain/tlv.h"
#include "engine/demo.h"
#include "engine/rng.h"

namespace passend::engine {

/// A generated TLV request in its final state; `aanvraag.id` is 0 (the store numbers them).
struct DemoTlv {
  domain::TlvAanvraag aanvraag;
  /// One of the fixed cases for swv.demo, school.demo and ouder.demo (not calibrated).
  bool voor_demo_accounts = false;
};

/// What the generator made: the TLV requests in the order to store them, the catalogue
/// (`arrangement.id` numbers the entries 1..N in order) and the assignments (`toekenning.id`
/// 0, `toekenning.arrangement` the entry's number, `einde` an early end if any).
struct DemoTlvData {
  std::vector<DemoTlv> tlvs;
  std::vector<domain::Arrangement> arrangementen;
  std::vector<domain::Toekenning> toekenningen;
};

/// Remembers, while the schools and students stream past the demo sink, the students of sbo,
/// so and vso schools of an SWV (each holds a TLV) and a sample of the students of regular
/// schools (new requests, arrangementen); generates everything at the end. Students must carry
/// their stored id (`inschrijving.leerling`).
class TlvKandidaten {
 public:
  explicit TlvKandidaten(const DemoOptions& options);

  /// Remembers a school's kind, cluster and SWV (all schools come before the students).
  void Add(const domain::School& school);
  /// Considers a student with its current enrolment.
  void Add(const domain::Leerling& leerling, const domain::Inschrijving& inschrijving);
  /// The TLVs and arrangementen; deterministic in the options and the students added.
  DemoTlvData Genereer() const;

 private:
  struct SchoolInfo {
    domain::SchoolSoort soort = domain::SchoolSoort::kBao;
    int cluster = 0;
    std::optional<domain::SwvCode> swv;
  };
  struct Kandidaat {
    domain::LeerlingId leerling;
    domain::Vestigingscode school;
    domain::SwvCode swv;
    domain::SchoolSoort soort = domain::SchoolSoort::kBao;
    int cluster = 0;
    domain::Date geboortedatum{};
    domain::Date van{};            // the enrolment's start
    bool nieuwe_aanvraag = false;  // a regular school's student with a new request
    bool arrangement = false;      // a regular school's student with an arrangement
  };
  const std::string& DemoSchool() const;

  DemoOptions options_;
  domain::Date vandaag_{};
  Rng kies_;  // who of the regular schools' students is sampled, in the order they come
  std::map<std::string, SchoolInfo> scholen_;
  mutable std::optional<std::string> demo_school_;
  std::vector<Kandidaat> speciaal_;  // sbo, so and vso students of an SWV's school
  std::vector<Kandidaat> regulier_;  // the sampled students of regular schools
  /// The demo school's students with their names (the demo parent's child is the first by
  /// name, as MaakDemoAccounts lists them).
  std::vector<std::pair<std::string, Kandidaat>> demo_school_leerlingen_;
};

}  // namespace passend::engine
