#pragma once
// Running the PDF tools (qpdf, poppler) on rendered documents, and scratch directories.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace td::reports::testing {

struct ToolOutput {
    int status = -1;
    std::string out;  // stdout and stderr together
};

// Runs a shell command; arguments must already be quoted.
ToolOutput run(const std::string& command);
std::string quote(const std::filesystem::path& p);

// A fresh directory under the system temp directory, removed with everything in it.
class ScratchDir {
  public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path write(const std::string& name, const std::vector<std::uint8_t>& bytes);
    std::filesystem::path write(const std::string& name, const std::string& text);

  private:
    std::filesystem::path path_;
};

// pdftotext's text with all whitespace removed: wrapped lines and layout spacing then do not
// split the strings a test looks for.
std::string pdf_text(const std::filesystem::path& pdf);
std::string squeeze(const std::string& text);

}  // namespace td::reports::testing
