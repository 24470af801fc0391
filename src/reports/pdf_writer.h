#pragma once
// Writing laid-out pages to PDF with libharu: one embedded TrueType font (UTF-8), compression,
// metadata. libharu's headers stay in pdf_writer.cpp.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "page_layout.h"
#include "td/core/document_model.h"

namespace td::reports {

class PdfWriter {
  public:
    PdfWriter();
    ~PdfWriter();
    PdfWriter(const PdfWriter&) = delete;
    PdfWriter& operator=(const PdfWriter&) = delete;

    void set_metadata(const core::PdfMetadata& metadata);
    // The font every text run uses, embedded (libharu 2.3 reads fonts only from files).
    void load_font(const std::filesystem::path& ttf);
    void add_page(const Page& page);
    std::vector<std::uint8_t> finish();

  private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace td::reports
