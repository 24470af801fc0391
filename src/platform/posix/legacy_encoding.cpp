// CP932 through glibc's iconv, one character at a time so that the one it refuses is named.
#include "td/platform/legacy_encoding.h"

#include <iconv.h>

#include <cerrno>
#include <memory>

#include "td/core/utf8.h"

namespace td::platform {

std::string to_cp932(std::string_view utf8) {
    const iconv_t cd = iconv_open("CP932", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw core::Fault("this system's iconv has no CP932 converter");
    const std::unique_ptr<void, int (*)(iconv_t)> closing(cd, iconv_close);
    std::string out;
    std::size_t i = 0;
    while (i < utf8.size()) {
        const std::size_t start = i;
        const char32_t cp = core::decode_at(utf8, i);
        char* in = const_cast<char*>(utf8.data() + start);
        std::size_t in_left = i - start;
        char buf[8];
        char* to = buf;
        std::size_t to_left = sizeof buf;
        if (iconv(cd, &in, &in_left, &to, &to_left) == static_cast<std::size_t>(-1) || in_left != 0)
            throw NotInCp932(cp, start);
        out.append(buf, sizeof buf - to_left);
    }
    return out;
}

}  // namespace td::platform
