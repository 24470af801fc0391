#include "td/runtime/monthly_report_file.h"

#include "td/platform/file_document_sink.h"

namespace td::runtime {

core::Outcome<ReportWritten> write_monthly_report(core::Context ctx,
                                                  core::DocumentRenderer& renderer,
                                                  const core::Actor& actor,
                                                  const std::string& month,
                                                  const std::optional<std::string>& branch,
                                                  const std::filesystem::path& out,
                                                  ReportFormat format, CsvEncoding encoding,
                                                  core::Language language) {
    auto report = core::MonthlyReportService(ctx).monthly(actor, month, branch);
    if (!report) return report.refusal();
    ReportWritten written;
    for (const auto& b : report.value().branches) written.branches.push_back(b.branch.code);
    if (format == ReportFormat::csv) {
        const auto rows = core::monthly_report_rows(report.value(), language);
        if (auto refused = write_csv(out, rows, encoding)) return *refused;
        written.rows = rows.size() - 1;
        return written;
    }
    const auto pdf = renderer.render(core::monthly_report_documents(report.value(), language),
                                     {"月次報告 " + month, core::kMonthlyReport,
                                      report.value().made_at});
    platform::FileDocumentSink(out).publish(pdf);
    written.bytes = pdf.size();
    return written;
}

}  // namespace td::runtime
