#pragma once
// The monthly report written to a file, as the CLI and the desktop both write it: core counts,
// then CSV (csv_file.h) or a PDF of one A4 landscape page per branch, whole or not at all.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/document_model.h"
#include "td/core/monthly_report.h"
#include "td/runtime/csv_file.h"

namespace td::runtime {

enum class ReportFormat { csv, pdf };

struct ReportWritten {
    std::vector<std::string> branches;  // codes, in the report's order
    std::size_t rows = 0;               // CSV: figures (the headings not counted)
    std::size_t bytes = 0;              // PDF
};

// Refusals are core's (who may ask, the month) and cp932_unmappable; nothing is written then.
// Throws core::Fault when the file cannot be written or the PDF rendered.
core::Outcome<ReportWritten> write_monthly_report(core::Context ctx,
                                                  core::DocumentRenderer& renderer,
                                                  const core::Actor& actor,
                                                  const std::string& month,
                                                  const std::optional<std::string>& branch,
                                                  const std::filesystem::path& out,
                                                  ReportFormat format, CsvEncoding encoding,
                                                  core::Language language);

}  // namespace td::runtime
