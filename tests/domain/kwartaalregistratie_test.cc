// The Inspectie's quarterly register (domain.md §3.5; docs/verzuim.md): quarters, the rows,
// the cumulative property within a school year, and RFC 4180 CSV.
#include "domain/kwartaalregistratie.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "support/dates.h"

namespace passend::domain {
namespace {

using passend::testing::D;

const VerzuimTermijnen kStandaard{};

Schoolvakanties Noord() {
  auto v = Schoolvakanties::Create({
      {"herfstvakantie", D(2025, 10, 18), D(2025, 10, 26)},
      {"kerstvakantie", D(2025, 12, 20), D(2026, 1, 4)},
      {"voorjaarsvakantie", D(2026, 2, 21), D(2026, 3, 1)},
      {"meivakantie", D(2026, 4, 25), D(2026, 5, 3)},
      {"zomervakantie", D(2026, 7, 4), D(2026, 8, 16)},
  });
  EXPECT_TRUE(v.has_value());
  return *v;
}

const SwvCode kSwv = *SwvCode::Parse("VO2001");

RegisterInvoer Invoer(int64_t id, VerzuimType type, Date start,
                      std::optional<Date> einde = std::nullopt) {
  RegisterInvoer in;
  Verzuimmelding& m = in.melding;
  m.id = id;
  m.leerling = LeerlingId{1000 + id};
  m.type = type;
  m.gemeente = *GemeenteCode::Parse("GM0363");
  m.swv = kSwv;
  if (type == VerzuimType::kLangdurigRelatiefVerzuim || type == VerzuimType::kRelatiefVerzuim ||
      type == VerzuimType::kZiek) {
    m.school = *Vestigingscode::Parse("12AB00");
  }
  m.startdatum = start;
  if (einde) {
    EXPECT_TRUE(Beeindig(m, *einde, Beeindiging::kTerugNaarSchool));
  }
  in.geboortedatum = D(2011, 3, 15);
  in.geslacht = Geslacht::kMan;
  return in;
}

std::vector<KwartaalRegel> Register(const std::vector<RegisterInvoer>& invoer, const char* k) {
  return BouwKwartaalregistratie(invoer, kSwv, *Kwartaal::Parse(k), kStandaard, Noord());
}

std::vector<int64_t> Nummers(const std::vector<KwartaalRegel>& regels) {
  std::vector<int64_t> nummers;
  for (const KwartaalRegel& r : regels) nummers.push_back(r.meldingnummer);
  return nummers;
}

// --- Quarters --------------------------------------------------------------------------------

TEST(Kwartaal, ParsesYearAndQuarterWithItsDays) {
  auto q1 = Kwartaal::Parse("2025-Q1");
  ASSERT_TRUE(q1);
  EXPECT_EQ(q1->Eerste(), D(2025, 1, 1));
  EXPECT_EQ(q1->Laatste(), D(2025, 3, 31));
  EXPECT_EQ(q1->Label(), "2025-Q1");
  auto q4 = Kwartaal::Parse("2025-q4");
  ASSERT_TRUE(q4);
  EXPECT_EQ(q4->Eerste(), D(2025, 10, 1));
  EXPECT_EQ(q4->Laatste(), D(2025, 12, 31));
  EXPECT_EQ(q4->Volgende().Label(), "2026-Q1");
  EXPECT_EQ(Kwartaal::Parse("2024-Q1")->Volgende().Laatste(), D(2024, 6, 30));
  EXPECT_EQ(Kwartaal::Parse("2024-Q1")->Volgende().Volgende().Laatste(), D(2024, 9, 30));
  EXPECT_EQ(Kwartaal::Containing(D(2025, 8, 15)).Label(), "2025-Q3");
}

TEST(Kwartaal, RefusesOtherSpellingsInDutchNamingTheParameter) {
  for (const char* fout :
       {"2025-Q5", "2025-Q0", "2025Q1", "25-Q1", "2025-K1", "2025-Q1 ", "", "abcd-Q1", "2025-Qx"}) {
    auto k = Kwartaal::Parse(fout);
    ASSERT_FALSE(k) << fout;
    EXPECT_EQ(k.error().code, ErrorCode::kInvalid);
    EXPECT_EQ(k.error().field, "kwartaal");
    EXPECT_NE(k.error().message.find("bijvoorbeeld 2025-Q1"), std::string::npos);
  }
}

TEST(Kwartaal, BelongsToTheSchoolYearItStartsIn) {
  EXPECT_EQ(Kwartaal::Parse("2025-Q3")->Schooljaar().Label(), "2024-2025");  // closes it
  EXPECT_EQ(Kwartaal::Parse("2025-Q4")->Schooljaar().Label(), "2025-2026");
  EXPECT_EQ(Kwartaal::Parse("2026-Q1")->Schooljaar().Label(), "2025-2026");
  EXPECT_EQ(Kwartaal::Parse("2026-Q3")->Schooljaar().Label(), "2025-2026");
}

// --- Rows ------------------------------------------------------------------------------------

TEST(Kwartaalregistratie, HoldsThuiszittersAndExemptionsButNotSicknessOrTruancy) {
  RegisterInvoer andere_swv = Invoer(8, VerzuimType::kAbsoluutVerzuim, D(2025, 10, 1));
  andere_swv.melding.swv = *SwvCode::Parse("VO2002");
  const std::vector<RegisterInvoer> invoer = {
      Invoer(1, VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10)),
      Invoer(2, VerzuimType::kLangdurigRelatiefVerzuim, D(2025, 9, 29)),
      Invoer(3, VerzuimType::kVrijstelling5a, D(2025, 9, 1)),
      Invoer(4, VerzuimType::kZiek, D(2025, 10, 6)),
      Invoer(5, VerzuimType::kRelatiefVerzuim, D(2025, 10, 6)),
      // Back at school within 4 school weeks: never a thuiszitter.
      Invoer(6, VerzuimType::kLangdurigRelatiefVerzuim, D(2025, 10, 6), D(2025, 10, 29)),
      // Ended before the school year began.
      Invoer(7, VerzuimType::kAbsoluutVerzuim, D(2025, 5, 1), D(2025, 8, 1)), andere_swv,
      // Became a thuiszitter only after the quarter (4 school weeks end in January).
      Invoer(9, VerzuimType::kLangdurigRelatiefVerzuim, D(2025, 12, 8)),
      Invoer(10, VerzuimType::kVrijstelling5c, D(2026, 1, 5)),  // after the quarter
  };
  const std::vector<KwartaalRegel> q4 = Register(invoer, "2025-Q4");
  EXPECT_EQ(Nummers(q4), (std::vector<int64_t>{3, 2, 1}));  // by start date
  EXPECT_EQ(Nummers(Register(invoer, "2026-Q1")), (std::vector<int64_t>{3, 2, 1, 9, 10}));

  const KwartaalRegel& lrv = q4[1];
  EXPECT_EQ(lrv.type, VerzuimType::kLangdurigRelatiefVerzuim);
  EXPECT_EQ(lrv.leeftijd, 14);
  EXPECT_EQ(lrv.geslacht, Geslacht::kMan);
  EXPECT_EQ(lrv.school, "12AB00");
  EXPECT_EQ(lrv.startdatum, D(2025, 9, 29));
  EXPECT_FALSE(lrv.einddatum.has_value());
  EXPECT_EQ(lrv.dagen_thuis, 93);  // 29 September to 31 December
  EXPECT_TRUE(lrv.langer_dan_drie_maanden);
  EXPECT_FALSE(q4[2].langer_dan_drie_maanden);  // 10 November: not yet 3 months
  EXPECT_FALSE(q4[0].langer_dan_drie_maanden);  // an exemption is never a thuiszitter
}

TEST(Kwartaalregistratie, ShowsOnlyWhatWasKnownOnTheQuartersLastDay) {
  RegisterInvoer in = Invoer(1, VerzuimType::kAbsoluutVerzuim, D(2025, 11, 10));
  ASSERT_TRUE(RegistreerAanbod(in.melding, {D(2026, 1, 12), "Plaats op VSO De Brug"}));
  ASSERT_TRUE(Beeindig(in.melding, D(2026, 2, 2), Beeindiging::kAndereSchool));
  const std::vector<RegisterInvoer> invoer = {in};
  const KwartaalRegel q4 = Register(invoer, "2025-Q4").at(0);
  EXPECT_FALSE(q4.einddatum.has_value());
  EXPECT_FALSE(q4.reden_einde.has_value());
  EXPECT_FALSE(q4.aanbod_datum.has_value());
  EXPECT_EQ(q4.dagen_thuis, 51);
  const KwartaalRegel q1 = Register(invoer, "2026-Q1").at(0);
  EXPECT_EQ(q1.einddatum, D(2026, 2, 2));
  EXPECT_EQ(q1.reden_einde, Beeindiging::kAndereSchool);
  EXPECT_EQ(q1.aanbod_datum, D(2026, 1, 12));
  EXPECT_EQ(q1.dagen_thuis, 84);
  EXPECT_FALSE(q1.langer_dan_drie_maanden);  // ended 2 February, before 10 February
}

// Every combination of type, start and duration across the school year 2025-2026, with offers
// on some: enough variety to catch a row that disappears or changes.
std::vector<RegisterInvoer> VeelMeldingen() {
  std::vector<RegisterInvoer> invoer;
  const int duren[] = {3, 20, 45, 100, 200, 0};  // 0: still open
  int64_t id = 0;
  for (Date start = D(2025, 6, 2); start < D(2026, 9, 30); start = AddDays(start, 5)) {
    for (VerzuimType type : kAlleVerzuimTypes) {
      const int duur = duren[id % 6];
      RegisterInvoer in = Invoer(++id, type, start);
      if (id % 4 == 0) {
        EXPECT_TRUE(RegistreerAanbod(in.melding, {AddDays(start, 10), "Plaats op school X"}));
      }
      if (duur > 0) {
        EXPECT_TRUE(Beeindig(in.melding, AddDays(start, std::max(duur, 11)),
                             Beeindiging::kTerugNaarSchool));
      }
      invoer.push_back(std::move(in));
    }
  }
  return invoer;
}

TEST(Kwartaalregistratie, IsCumulativeWithinASchoolYear) {
  // Inspectie practice (domain.md §3.5): every row of a quarter is in the next quarter of the
  // same school year, unchanged except its end: the end may appear, the days at home grow,
  // the 3-month mark and an offer may appear. Q4, Q1, Q2, Q3 form school year 2025-2026.
  const std::vector<RegisterInvoer> invoer = VeelMeldingen();
  const std::vector<const char*> jaar = {"2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"};
  std::size_t vorige_grootte = 0;
  for (std::size_t i = 0; i + 1 < jaar.size(); ++i) {
    SCOPED_TRACE(jaar[i]);
    const std::vector<KwartaalRegel> nu = Register(invoer, jaar[i]);
    const std::vector<KwartaalRegel> straks = Register(invoer, jaar[i + 1]);
    ASSERT_GT(nu.size(), vorige_grootte);  // the register only grows
    vorige_grootte = nu.size();
    std::map<int64_t, KwartaalRegel> later;
    for (const KwartaalRegel& r : straks) later.emplace(r.meldingnummer, r);
    for (const KwartaalRegel& r : nu) {
      auto it = later.find(r.meldingnummer);
      ASSERT_NE(it, later.end()) << "row " << r.meldingnummer << " disappeared";
      const KwartaalRegel& s = it->second;
      EXPECT_EQ(s.type, r.type);
      EXPECT_EQ(s.leeftijd, r.leeftijd);
      EXPECT_EQ(s.geslacht, r.geslacht);
      EXPECT_EQ(s.gemeente, r.gemeente);
      EXPECT_EQ(s.school, r.school);
      EXPECT_EQ(s.startdatum, r.startdatum);
      if (r.einddatum) {
        // An ended case stays, with the same end, and then nothing about it changes.
        EXPECT_EQ(s, r) << "row " << r.meldingnummer;
      }
      EXPECT_GE(s.dagen_thuis, r.dagen_thuis);
      EXPECT_TRUE(s.langer_dan_drie_maanden || !r.langer_dan_drie_maanden);
      if (r.aanbod_datum) {
        EXPECT_EQ(s.aanbod_datum, r.aanbod_datum);
      }
    }
  }
}

TEST(Kwartaalregistratie, ANewSchoolYearStartsAFreshRegister) {
  const std::vector<RegisterInvoer> invoer = {
      Invoer(1, VerzuimType::kAbsoluutVerzuim, D(2025, 3, 3), D(2025, 6, 2)),
      Invoer(2, VerzuimType::kAbsoluutVerzuim, D(2025, 7, 7), D(2025, 7, 21)),
      Invoer(3, VerzuimType::kAbsoluutVerzuim, D(2025, 9, 1)),
  };
  // 2025-Q3 closes school year 2024-2025: it holds the July case and August-September too.
  EXPECT_EQ(Nummers(Register(invoer, "2025-Q2")), (std::vector<int64_t>{1}));
  EXPECT_EQ(Nummers(Register(invoer, "2025-Q3")), (std::vector<int64_t>{1, 2, 3}));
  // 2025-Q4 starts school year 2025-2026: cases that ended before 1 August are gone.
  EXPECT_EQ(Nummers(Register(invoer, "2025-Q4")), (std::vector<int64_t>{3}));
}

// --- CSV -------------------------------------------------------------------------------------

TEST(Csv, QuotesFieldsAsRfc4180Requires) {
  EXPECT_EQ(CsvVeld("12AB00"), "12AB00");
  EXPECT_EQ(CsvVeld(""), "");
  EXPECT_EQ(CsvVeld("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvVeld("zeg \"hoi\""), "\"zeg \"\"hoi\"\"\"");
  EXPECT_EQ(CsvVeld("regel\r\nnieuw"), "\"regel\r\nnieuw\"");
  // A formula stays text in a spreadsheet (CSV injection); plain numbers stay numbers.
  EXPECT_EQ(CsvVeld("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(CsvVeld("+31 6 1234"), "'+31 6 1234");
  EXPECT_EQ(CsvVeld("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvVeld("-2+3"), "'-2+3");
  EXPECT_EQ(CsvVeld("=1,2"), "\"'=1,2\"");
  EXPECT_EQ(CsvVeld("-123456"), "-123456");
  EXPECT_EQ(CsvVeld("+5"), "+5");
  EXPECT_EQ(CsvVeld("-12,50"), "\"-12,50\"");
  EXPECT_EQ(CsvVeld("-"), "'-");
  EXPECT_EQ(CsvVeld("regel\nnieuw"), "\"regel\nnieuw\"");
}

TEST(Csv, HasADutchHeaderAndOneCrlfLinePerRowWithoutPersonalData) {
  RegisterInvoer in = Invoer(17, VerzuimType::kLangdurigRelatiefVerzuim, D(2025, 9, 29));
  ASSERT_TRUE(RegistreerAanbod(in.melding, {D(2025, 12, 1), "Plaats bij Jan de Vries, 12AB00"}));
  RegisterInvoer vrij = Invoer(18, VerzuimType::kVrijstelling5a, D(2025, 9, 1), D(2025, 12, 1));
  vrij.geboortedatum.reset();
  vrij.geslacht = Geslacht::kVrouw;
  const std::vector<RegisterInvoer> invoer = {in, vrij};
  const std::string csv = KwartaalregistratieCsv(Register(invoer, "2025-Q4"));
  EXPECT_EQ(csv,
            "meldingnummer,type,leeftijd,geslacht,gemeente,school,startdatum,einddatum,"
            "redenEinde,dagenThuis,langerDanDrieMaanden,aanbodDatum\r\n"
            "18,vrijstelling-5a,,V,GM0363,,2025-09-01,2025-12-01,terug-naar-school,91,nee,\r\n"
            "17,langdurig-relatief-verzuim,14,M,GM0363,12AB00,2025-09-29,,,93,ja,2025-12-01\r\n");
  // Anonymised: no student id, no free text (an offer's description can name people).
  EXPECT_EQ(csv.find("1017"), std::string::npos);
  EXPECT_EQ(csv.find("Jan de Vries"), std::string::npos);
  EXPECT_EQ(KwartaalregistratieKolommen().size(), 12u);
}

TEST(Csv, AnEmptyRegisterIsJustTheHeader) {
  EXPECT_EQ(KwartaalregistratieCsv({}),
            "meldingnummer,type,leeftijd,geslacht,gemeente,school,startdatum,einddatum,"
            "redenEinde,dagenThuis,langerDanDrieMaanden,aanbodDatum\r\n");
}

}  // namespace
}  // namespace passend::domain
