#pragma once
// The ToUnicode CMap of our UTF-8 fonts. libharu 2.3.0 gives a TrueType font under its UTF-8
// encoder the *encoding* CMap as /ToUnicode (`<0000> <FFFF> 0 begincidrange`), which is not a
// ToUnicode CMap: poppler warns "Invalid 'begincidrange' operator in ToUnicode CMap" for every
// document and other readers may extract no text. That encoder writes each character as its
// BMP code point (Identity-H, CID = code point), so the right ToUnicode CMap is the identity
// over the BMP, which pdf_writer puts in place of libharu's.
#include <string>

namespace td::reports {

// bfrange blocks mapping every 2-byte code to the same UTF-16 value, surrogates left out.
std::string identity_to_unicode_cmap();

}  // namespace td::reports
