#pragma once
// The document sink of the CLI and the desktop: the PDF is put at its path with replace_file
// (a temporary file beside it, flushed, renamed into place), so a print is recorded only for a
// file that exists whole.
#include <filesystem>

#include "td/core/document_sink.h"

namespace td::platform {

class FileDocumentSink final : public core::DocumentSink {
  public:
    explicit FileDocumentSink(std::filesystem::path target) : target_(std::move(target)) {}
    void publish(const std::vector<std::uint8_t>& pdf) override;
    const std::filesystem::path& path() const { return target_; }

  private:
    std::filesystem::path target_;
};

}  // namespace td::platform
