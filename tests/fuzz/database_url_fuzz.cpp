// libFuzzer entry for database URLs: whatever the text, translating a postgresql:// URL returns
// a libpq connection string or throws core::Fault; and every string we return is one libpq
// itself parses (PQconninfoParse, the real peer) but for option names it does not know, so no
// URL, however odd its user name, password or options, breaks the quoting.
#include <libpq-fe.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "postgres_url.h"
#include "td/core/outcome.h"

namespace {

// libpq reads the string as key=value pairs. An option name libpq does not know is passed on
// as the URL gave it (libpq refuses it, by design); any other complaint means our quoting let a
// value spill into the syntax.
bool parses_cleanly(const std::string& connect_string) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(connect_string.c_str(), &error);
    if (!options) {
        const bool unknown_option =
            error && std::string(error).rfind("invalid connection option", 0) == 0;
        PQfreemem(error);
        return unknown_option;
    }
    PQconninfoFree(options);
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (const std::string& url : {text, "postgresql://" + text}) {
        std::string out;
        try {
            out = td::store::postgres_connect_string(url);
        } catch (const td::core::Fault&) {
            continue;
        }
        if (!parses_cleanly(out)) std::abort();
    }
    // A value quoted for libpq reads back as exactly that value.
    const std::string quoted = "password=" + td::store::libpq_value(text);
    char* error = nullptr;
    if (PQconninfoOption* options = PQconninfoParse(quoted.c_str(), &error)) {
        for (auto* o = options; o->keyword; ++o)
            if (std::string(o->keyword) == "password" && (!o->val || text != o->val) &&
                text.find('\0') == std::string::npos)
                std::abort();
        PQconninfoFree(options);
    } else {
        PQfreemem(error);
        if (text.find('\0') == std::string::npos) std::abort();
    }
    return 0;
}
