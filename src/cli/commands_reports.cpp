// report monthly: headquarters' figures of a month as CSV (for a spreadsheet) or PDF (one A4
// landscape page per branch). Core counts and words them; this file picks the format from the
// file's extension and writes it.
#include <filesystem>

#include "commands.h"
#include "td/platform/utf8_path.h"
#include "td/runtime/monthly_report_file.h"

namespace td::cli {
namespace {

std::string extension_of(const std::string& path) {
    std::string ext = platform::path_from_utf8(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

}  // namespace

std::vector<Command> report_commands() {
    std::vector<Command> c;
    c.push_back(
        {{{"report", "monthly"},
          "",
          {"month", "branch", "out", "encoding", "language"},
          {},
          {"month", "out"},
          "a month's figures per branch and procedure, to FILE.csv (UTF-8 with a byte-order "
          "mark, or --encoding cp932) or FILE.pdf (A4 landscape, a page per branch) "
          "(manager: own branch; admin: any or all)"},
         [](CliEnv& env, Output& out, const Arguments& a) {
             auto actor = env.actor();
             if (!actor) return out.refused(actor.refusal());
             const auto lang = document_language(a);
             if (!lang) return out.refused(lang.refusal());
             const std::string path = a.value("out");
             const std::string ext = extension_of(path);
             if (ext != ".csv" && ext != ".pdf")
                 return out.refused(core::refuse("invalid_choice", "out").with("choices", ".csv|.pdf"));
             const auto encoding = runtime::csv_encoding(a.value("encoding", "utf-8"));
             if (!encoding)
                 return out.refused(
                     core::refuse("invalid_choice", "encoding").with("choices", "utf-8|cp932"));
             if (ext == ".pdf" && a.optional_value("encoding"))
                 return out.usage("--encoding is for CSV files");
             const auto format =
                 ext == ".csv" ? runtime::ReportFormat::csv : runtime::ReportFormat::pdf;
             auto written = runtime::write_monthly_report(
                 env.context(), env.renderer(), actor.value(), a.value("month"),
                 a.optional_value("branch"), platform::path_from_utf8(path), format, *encoding,
                 lang.value());
             if (!written) return out.refused(written.refusal());
             Json done = {{"file", path},
                          {"month", a.value("month")},
                          {"branches", written.value().branches},
                          {"format", ext.substr(1)}};
             if (format == runtime::ReportFormat::csv) {
                 done["encoding"] = *encoding == runtime::CsvEncoding::cp932 ? "cp932" : "utf-8";
                 done["rows"] = written.value().rows;
             } else {
                 done["bytes"] = written.value().bytes;
                 done["pages"] = written.value().branches.size();
             }
             return out.done(done);
         }});
    return c;
}

}  // namespace td::cli
