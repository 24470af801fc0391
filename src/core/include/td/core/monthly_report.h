#pragma once
// Headquarters' monthly figures (月次報告): per branch and procedure, what was entered,
// approved, rejected and cancelled in a month (Japan time), how long approval took, locks and
// unlocks, misuse reports, key fobs issued, returned and lost, and the tokens in use at the
// month's end. Core counts and words them; the clients write them as CSV or PDF.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "td/core/context.h"
#include "td/core/document_model.h"
#include "td/core/outcome.h"

namespace td::core {

struct ProcedureFigures {
    ApplicationKind kind = ApplicationKind::software_token;
    std::int64_t entered = 0;    // entered in the month
    std::int64_t approved = 0;   // decided in the month, so
    std::int64_t rejected = 0;
    std::int64_t cancelled = 0;
    // From entry to approval, over the applications approved in the month; unset when none.
    std::optional<std::chrono::seconds> median_to_approval;
    std::optional<std::chrono::seconds> p90_to_approval;
};

struct BranchMonth {
    Branch branch;
    std::vector<ProcedureFigures> procedures;  // every kind, in ApplicationKind's order
    std::int64_t locks = 0;            // users locked by wrong one-time passwords
    std::int64_t unlocks = 0;          // written-form unlocks approved, and online unlocks
    std::int64_t misuse_reports = 0;   // entered
    std::int64_t hardware_issued = 0;  // key fobs handed over (approved)
    std::int64_t hardware_returned = 0;  // revoked as returned
    std::int64_t hardware_lost = 0;      // revoked as lost or stolen
    std::int64_t software_in_use = 0;    // at the month's end: issued or active then
    std::int64_t hardware_in_use = 0;
};

struct MonthlyReport {
    int year = 0;
    int month = 0;
    TimePoint from{};   // the 1st, 00:00 Japan time
    TimePoint until{};  // the next month's 1st, 00:00 Japan time
    std::vector<BranchMonth> branches;
    TimePoint made_at{};
    std::string made_by;  // staff ID
};

// "2026-11": the year and month; nullopt when malformed.
std::optional<std::pair<int, int>> parse_month(const std::string& text);

// The nearest-rank percentile (50: the median) of `values`, which it sorts; unset when empty.
std::optional<std::chrono::seconds> percentile(std::vector<std::chrono::seconds> values,
                                               int percent);

class MonthlyReportService {
  public:
    explicit MonthlyReportService(Context ctx) : ctx_(ctx) {}

    // An administrator: every branch, or `branch`. A manager: their own branch only (without
    // `branch`, theirs). Others: role_not_allowed. A month not yet begun is refused
    // (report_month_future); `month` must be "YYYY-MM" (report_month_format).
    Outcome<MonthlyReport> monthly(const Actor& actor, const std::string& month,
                                   const std::optional<std::string>& branch);

  private:
    Context ctx_;
};

// The report as a table in long form, its first row the headings: month, branch code, branch
// name, section, item, value. One row per figure, so that a spreadsheet pivots it as it likes.
std::vector<std::vector<std::string>> monthly_report_rows(const MonthlyReport& report,
                                                          Language language);

// One document per branch (template monthly_report: A4 landscape).
std::vector<DocumentModel> monthly_report_documents(const MonthlyReport& report,
                                                    Language language);

}  // namespace td::core
