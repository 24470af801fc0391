#include "pdf_writer.h"

#include <hpdf.h>

#include <cstdio>
#include <string>

#include "td/core/outcome.h"
#include "td/platform/utf8_path.h"
#include "to_unicode_cmap.h"

namespace td::reports {
namespace {

// libharu 2.3.0 hangs the font's encoding CMap on /ToUnicode (to_unicode_cmap.h says why that
// is invalid); the stream is rewritten in place with the identity ToUnicode CMap. This reaches
// into libharu's font record, so a libharu that changes it fails here, not silently.
void replace_to_unicode(HPDF_Font font) {
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    if (!attr || !attr->cmap_stream ||
        HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT) != attr->cmap_stream)
        throw core::Fault("PDF: the font has no ToUnicode CMap where libharu 2.3 puts it");
    static const std::string cmap = identity_to_unicode_cmap();
    HPDF_Stream stream = attr->cmap_stream->stream;
    HPDF_MemStream_FreeData(stream);
    if (HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                          static_cast<HPDF_UINT>(cmap.size())) != HPDF_OK)
        throw core::Fault("PDF: cannot write the ToUnicode CMap");
}

constexpr HPDF_REAL kPointsPerMm = 72.0f / 25.4f;
constexpr double kA4LongSidePt = 841.89;
constexpr double kA4ShortSidePt = 595.28;

HPDF_REAL pt(double mm) {
    return static_cast<HPDF_REAL>(mm * kPointsPerMm);
}
// PDF's y runs up from the page's foot; the layout's down from its top.
HPDF_REAL y_from_foot(double page_height_pt, double mm_from_top) {
    return static_cast<HPDF_REAL>(page_height_pt - mm_from_top * kPointsPerMm);
}
HPDF_REAL real(double v) {
    return static_cast<HPDF_REAL>(v);
}

// libharu reports errors through a C callback; throwing through C frames is not safe, so the
// callback records the first error and the writer checks after each step.
struct ErrorSlot {
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS detail = 0;
};

void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
    auto* slot = static_cast<ErrorSlot*>(user);
    if (slot->error == HPDF_OK) slot->error = error, slot->detail = detail;
}

}  // namespace

struct PdfWriter::State {
    ErrorSlot errors;
    HPDF_Doc doc = nullptr;
    HPDF_Font font = nullptr;

    void check(const char* step) {
        if (errors.error == HPDF_OK) return;
        char code[48];
        std::snprintf(code, sizeof code, "error 0x%04X, detail %u",
                      static_cast<unsigned>(errors.error), static_cast<unsigned>(errors.detail));
        throw core::Fault(std::string("PDF library (libharu) ") + code + " while " + step);
    }
};

PdfWriter::PdfWriter() : state_(std::make_unique<State>()) {
    state_->doc = HPDF_New(on_error, &state_->errors);
    if (!state_->doc) throw core::Fault("PDF library (libharu): cannot create a document");
    HPDF_SetCompressionMode(state_->doc, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(state_->doc);
    HPDF_SetCurrentEncoder(state_->doc, "UTF-8");
    state_->check("setting up the document");
}

PdfWriter::~PdfWriter() {
    if (state_->doc) HPDF_Free(state_->doc);
}

void PdfWriter::set_metadata(const core::PdfMetadata& metadata) {
    HPDF_Doc doc = state_->doc;
    if (!metadata.title.empty()) HPDF_SetInfoAttr(doc, HPDF_INFO_TITLE, metadata.title.c_str());
    if (!metadata.subject.empty())
        HPDF_SetInfoAttr(doc, HPDF_INFO_SUBJECT, metadata.subject.c_str());
    HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, "TokenDesk");
    // The caller's instant, in Japan time: documents never read the clock themselves.
    const core::JapanDateTime t = core::to_japan(metadata.created);
    HPDF_Date date{t.year, t.month, t.day, t.hour, t.minute, t.second, '+', 9, 0};
    HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(doc, HPDF_INFO_MOD_DATE, date);
    state_->check("setting the metadata");
}

void PdfWriter::load_font(const std::filesystem::path& ttf) {
    const char* name =
        HPDF_LoadTTFontFromFile(state_->doc, platform::path_for_c_library(ttf).c_str(), HPDF_TRUE);
    state_->check("loading the font");
    state_->font = HPDF_GetFont(state_->doc, name, "UTF-8");
    state_->check("preparing the font");
    replace_to_unicode(state_->font);
}

void PdfWriter::add_page(const Page& page) {
    HPDF_Page p = HPDF_AddPage(state_->doc);
    HPDF_Page_SetSize(p, HPDF_PAGE_SIZE_A4,
                      page.landscape ? HPDF_PAGE_LANDSCAPE : HPDF_PAGE_PORTRAIT);
    const double height = page.landscape ? kA4ShortSidePt : kA4LongSidePt;
    const auto pt_y = [height](double mm_from_top) { return y_from_foot(height, mm_from_top); };

    // Fills first so that rules and text stay on top of them.
    for (const auto& r : page.rectangles) {
        if (r.fill < 0) continue;
        HPDF_Page_SetGrayFill(p, real(r.fill));
        HPDF_Page_Rectangle(p, pt(r.x), pt_y(r.y + r.height), pt(r.width), pt(r.height));
        HPDF_Page_Fill(p);
    }
    double width = -1;
    bool dashed = false;
    const auto pen = [&](double thickness, bool dash) {
        if (thickness != width) HPDF_Page_SetLineWidth(p, real(thickness)), width = thickness;
        if (dash != dashed) {
            static const HPDF_UINT16 kDash[] = {3, 2};
            HPDF_Page_SetDash(p, dash ? kDash : nullptr, dash ? 2 : 0, 0);
            dashed = dash;
        }
    };
    for (const auto& r : page.rectangles) {
        if (!r.stroke) continue;
        pen(r.thickness, r.dashed);
        HPDF_Page_Rectangle(p, pt(r.x), pt_y(r.y + r.height), pt(r.width), pt(r.height));
        HPDF_Page_Stroke(p);
    }
    for (const auto& l : page.lines) {
        pen(l.thickness, l.dashed);
        HPDF_Page_MoveTo(p, pt(l.x1), pt_y(l.y1));
        HPDF_Page_LineTo(p, pt(l.x2), pt_y(l.y2));
        HPDF_Page_Stroke(p);
    }
    for (const auto& c : page.circles) {
        pen(c.thickness, c.dashed);
        HPDF_Page_Circle(p, pt(c.cx), pt_y(c.cy), pt(c.radius));
        HPDF_Page_Stroke(p);
    }
    if (dashed) HPDF_Page_SetDash(p, nullptr, 0, 0);

    if (!page.texts.empty()) {
        HPDF_Page_BeginText(p);
        // gray starts unknown: the fills above left their own gray as the fill colour.
        double size = -1, gray = -1;
        bool bold = false;
        for (const auto& t : page.texts) {
            if (t.size != size)
                HPDF_Page_SetFontAndSize(p, state_->font, real(t.size)), size = t.size;
            if (t.gray != gray) HPDF_Page_SetGrayFill(p, real(t.gray)), gray = t.gray;
            if (t.bold != bold) {
                // One font only: bold is the glyphs stroked as well as filled.
                HPDF_Page_SetTextRenderingMode(p, t.bold ? HPDF_FILL_THEN_STROKE : HPDF_FILL);
                bold = t.bold;
            }
            if (bold) {
                HPDF_Page_SetLineWidth(p, real(t.size * 0.03));
                HPDF_Page_SetGrayStroke(p, real(t.gray));
            }
            HPDF_Page_TextOut(p, pt(t.x), pt_y(t.baseline), t.text.c_str());
        }
        HPDF_Page_EndText(p);
    }
    state_->check("drawing a page");
}

std::vector<std::uint8_t> PdfWriter::finish() {
    HPDF_SaveToStream(state_->doc);
    state_->check("writing the PDF");
    HPDF_UINT32 size = HPDF_GetStreamSize(state_->doc);
    std::vector<std::uint8_t> out(size);
    HPDF_ResetStream(state_->doc);
    HPDF_ReadFromStream(state_->doc, out.data(), &size);
    // HPDF_ReadFromStream reports HPDF_STREAM_EOF when it has read everything.
    if (state_->errors.error == HPDF_STREAM_EOF) state_->errors.error = HPDF_OK;
    state_->check("reading the PDF back");
    out.resize(size);
    return out;
}

}  // namespace td::reports
