// PDF documents: time and size of one completion notice and of a 1,000-notice batch, with the
// font subset per render (what PdfRenderer does) against the naive whole-font embedding, and
// against ReportLab drawing the same laid-out letter with the same font.
//
//   build-reports/tests/bench/pdf                 figures
//   build-reports/tests/bench/pdf --samples DIR   also writes every template (ja, en) as PDF
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "font_face.h"
#include "layout_engine.h"
#include "sample_documents.h"
#include "td/reports/pdf_renderer.h"
#include "template_loader.h"

namespace {

using Clock = std::chrono::steady_clock;
using td::core::DocumentModel;
using td::core::Language;
namespace samples = td::reports::samples;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Figure {
    double ms = 0;
    std::size_t bytes = 0;
};

Figure single(td::reports::PdfRenderer& r, const DocumentModel& doc, int runs) {
    const auto meta = samples::metadata("お手続き完了のお知らせ");
    for (int i = 0; i < 3; ++i) r.render({doc}, meta);  // warm caches and the allocator
    std::size_t bytes = 0;
    const auto start = Clock::now();
    for (int i = 0; i < runs; ++i) bytes = r.render({doc}, meta).size();
    return {ms_since(start) / runs, bytes};
}

std::vector<DocumentModel> batch_of(int n) {
    const char* procedures[] = {"software_token", "unlock", "revoke", "misuse_report"};
    std::vector<DocumentModel> docs;
    for (int i = 0; i < n; ++i) {
        auto doc = samples::completion_notice(Language::ja, procedures[i % 4]);
        doc.fields["reference"] = "001-20261126-" + std::to_string(100000 + i);
        doc.fields["login_id"] = "user" + std::to_string(1000 + i);
        docs.push_back(std::move(doc));
    }
    return docs;
}

Figure batch(td::reports::PdfRenderer& r, const std::vector<DocumentModel>& docs, int runs) {
    const auto meta = samples::metadata("お手続き完了のお知らせ");
    Figure best{1e18, 0};
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        const auto bytes = r.render(docs, meta).size();
        const double ms = ms_since(start);
        if (ms < best.ms) best = {ms, bytes};
    }
    return best;
}

// The laid-out notice (positions in mm from the top-left), for the ReportLab script to draw.
void dump_layout(const DocumentModel& doc, const std::filesystem::path& font_file,
                 const std::filesystem::path& reports_dir, const std::filesystem::path& out) {
    const td::reports::FontFace font(font_file);
    const auto tpl =
        td::reports::load_template(reports_dir / "templates" / (doc.template_name + ".json"), font);
    nlohmann::json pages = nlohmann::json::array();
    for (const auto& page : td::reports::layout_document(tpl, doc, font)) {
        nlohmann::json p;
        for (const auto& t : page.texts)
            p["texts"].push_back({{"x", t.x},
                                  {"y", t.baseline},
                                  {"size", t.size},
                                  {"text", t.text},
                                  {"bold", t.bold},
                                  {"gray", t.gray}});
        for (const auto& l : page.lines)
            p["lines"].push_back(
                {{"x1", l.x1}, {"y1", l.y1}, {"x2", l.x2}, {"y2", l.y2}, {"w", l.thickness}});
        for (const auto& r : page.rectangles)
            p["rects"].push_back({{"x", r.x},
                                  {"y", r.y},
                                  {"w", r.width},
                                  {"h", r.height},
                                  {"fill", r.fill},
                                  {"stroke", r.stroke}});
        pages.push_back(p);
    }
    std::ofstream(out) << nlohmann::json{{"font", font_file.string()}, {"pages", pages}};
}

void write_samples(td::reports::PdfRenderer& r, const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    for (Language lang : {Language::ja, Language::en}) {
        const std::string suffix = lang == Language::ja ? "_ja" : "_en";
        for (const auto& doc : samples::every_template(lang)) {
            std::string name = doc.template_name;
            if (name == td::core::kCompletionNotice) name += "_" + doc.fields.at("procedure");
            const auto pdf = r.render({doc}, samples::metadata(name));
            std::ofstream(dir / (name + suffix + ".pdf"), std::ios::binary)
                .write(reinterpret_cast<const char*>(pdf.data()),
                       static_cast<std::streamsize>(pdf.size()));
        }
        for (const char* form : {td::core::kFormTokenApplication, td::core::kFormRevoke,
                                 td::core::kFormMisuseReport}) {
            const auto pdf = r.render({samples::form(form, lang, true)}, samples::metadata(form));
            std::ofstream(dir / (std::string(form) + "_blank" + suffix + ".pdf"), std::ios::binary)
                .write(reinterpret_cast<const char*>(pdf.data()),
                       static_cast<std::streamsize>(pdf.size()));
        }
        const auto pdf = r.render({samples::journal(lang, 60)}, samples::metadata("journal"));
        std::ofstream(dir / ("journal_long" + suffix + ".pdf"), std::ios::binary)
            .write(reinterpret_cast<const char*>(pdf.data()),
                   static_cast<std::streamsize>(pdf.size()));
    }
    std::printf("samples written to %s\n", dir.c_str());
}

bool reportlab_available(std::string& python) {
    for (const char* candidate : {"python3", "/usr/bin/python3"}) {
        const std::string cmd = std::string(candidate) + " -c 'import reportlab' 2>/dev/null";
        if (std::system(cmd.c_str()) == 0) {
            python = candidate;
            return true;
        }
    }
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    auto config = td::reports::PdfRenderer::default_config();
    td::reports::PdfRenderer renderer(config);
    if (argc == 3 && std::string(argv[1]) == "--samples") {
        write_samples(renderer, argv[2]);
        return 0;
    }

    const auto notice = samples::completion_notice(Language::ja, "software_token");
    const auto docs = batch_of(1000);

    const Figure one = single(renderer, notice, 200);
    const Figure many = batch(renderer, docs, 3);

    auto naive_config = config;
    naive_config.subset_font = false;
    td::reports::PdfRenderer naive(naive_config);
    const Figure naive_one = single(naive, notice, 20);
    const Figure naive_many = batch(naive, docs, 1);

    std::printf("PDF documents (IPAex Mincho embedded; completion notice, ja)\n");
    std::printf("%-34s %12s %12s\n", "", "ms", "bytes");
    std::printf("%-34s %12.2f %12zu\n", "TokenDesk, one notice (avg of 200)", one.ms, one.bytes);
    std::printf("%-34s %12.1f %12zu\n", "TokenDesk, 1,000 notices, one PDF", many.ms, many.bytes);
    std::printf("%-34s %12.2f %12zu\n", "naive (whole font), one notice", naive_one.ms,
                naive_one.bytes);
    std::printf("%-34s %12.1f %12zu\n", "naive (whole font), 1,000 notices", naive_many.ms,
                naive_many.bytes);

    std::string python;
    if (!reportlab_available(python)) {
        std::printf("ReportLab: not installed (apt-get install python3-reportlab); skipped\n");
        return 0;
    }
    const auto layout = std::filesystem::temp_directory_path() / "tokendesk-pdf-bench.json";
    dump_layout(notice, config.font_file, config.reports_dir, layout);
    const std::string cmd = python + " " TD_PDF_REPORTLAB_SCRIPT " " + layout.string();
    std::fflush(stdout);
    const int rc = std::system(cmd.c_str());
    std::filesystem::remove(layout);
    return rc == 0 ? 0 : 1;
}
