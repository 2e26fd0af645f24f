#include "web/export_tabel.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "domain/kwartaalregistratie.h"

namespace passend::web {

std::string AlsCsv(const ExportTabel& tabel) {
  std::string csv;
  auto regel = [&csv](const std::vector<std::string>& velden) {
    for (std::size_t i = 0; i < velden.size(); ++i) {
      if (i > 0) csv += ',';
      csv += domain::CsvVeld(velden[i]);
    }
    csv += "\r\n";
  };
  regel(tabel.kolommen);
  for (const auto& rij : tabel.rijen) {
    std::vector<std::string> velden;
    velden.reserve(rij.size());
    for (const ExportCel& cel : rij) {
      velden.push_back(std::holds_alternative<int64_t>(cel) ? std::to_string(std::get<int64_t>(cel))
                                                            : std::get<std::string>(cel));
    }
    regel(velden);
  }
  return csv;
}

domain::Result<std::string> AlsXlsx(const ExportTabel& tabel) {
  // libxlsxwriter 1.1.4 (Debian 12) writes to a file only; a private temporary file it is.
  char pad[] = "/tmp/passend-export-XXXXXX";
  const int fd = mkstemp(pad);
  if (fd < 0) {
    return domain::Fail(domain::ErrorCode::kInternal, "Het exportbestand kon niet worden gemaakt.");
  }
  close(fd);
  struct Opruimen {
    const char* pad;
    ~Opruimen() { std::remove(pad); }
  } opruimen{pad};

  lxw_workbook* boek = workbook_new(pad);
  if (boek == nullptr) {
    return domain::Fail(domain::ErrorCode::kInternal, "Het exportbestand kon niet worden gemaakt.");
  }
  lxw_worksheet* blad = workbook_add_worksheet(boek, tabel.blad.substr(0, 31).c_str());
  lxw_format* kop = workbook_add_format(boek);
  format_set_bold(kop);
  for (std::size_t k = 0; k < tabel.kolommen.size(); ++k) {
    worksheet_write_string(blad, 0, static_cast<lxw_col_t>(k), tabel.kolommen[k].c_str(), kop);
  }
  for (std::size_t r = 0; r < tabel.rijen.size(); ++r) {
    const auto rij = static_cast<lxw_row_t>(r + 1);
    for (std::size_t k = 0; k < tabel.rijen[r].size(); ++k) {
      const ExportCel& cel = tabel.rijen[r][k];
      const auto kolom = static_cast<lxw_col_t>(k);
      if (std::holds_alternative<int64_t>(cel)) {
        // Whole numbers below 2^53 are exact as a spreadsheet number.
        worksheet_write_number(blad, rij, kolom, static_cast<double>(std::get<int64_t>(cel)),
                               nullptr);
      } else {
        worksheet_write_string(blad, rij, kolom, std::get<std::string>(cel).c_str(), nullptr);
      }
    }
  }
  if (workbook_close(boek) != LXW_NO_ERROR) {
    return domain::Fail(domain::ErrorCode::kInternal,
                        "Het exportbestand kon niet worden geschreven.");
  }
  std::ifstream in(pad, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

}  // namespace passend::web
