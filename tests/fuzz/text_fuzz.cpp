// libFuzzer entry for core's text validators and normalisers: whatever the bytes, each check
// answers (a refusal or nothing) and each normaliser returns; beyond not crashing, what a
// check accepts must be what the rest of TokenDesk can take (valid UTF-8, within its limits),
// and folding is idempotent, so a search typed twice finds the same.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "td/core/kana.h"
#include "td/core/printable.h"
#include "td/core/utf8.h"
#include "td/core/time.h"
#include "td/core/token_user_id.h"
#include "td/core/validation.h"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace td::core;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const bool utf8 = is_valid_utf8(text);

    // What check_text accepts holds only characters the renderer's rule calls printable.
    if (!check_text("f", text, kMaxNameChars)) {
        require(utf8 && count_code_points(text) <= kMaxNameChars);
        for (std::size_t i = 0; i < text.size();) require(may_be_printed(decode_at(text, i)));
    }
    (void)check_printable("f", text);
    (void)check_otp_code("f", text);
    (void)check_form_date("f", text, from_japan({2026, 11, 26, 10, 0, 0}));
    (void)check_text("f", text, kMaxDetailsChars, false);
    for (auto check : {check_login_id, check_staff_id, check_serial, check_branch_code,
                       check_contract_number, check_kana, check_date})
        if (!check("f", text)) require(utf8);
    (void)check_ascii_digits("f", text, 4, 8);
    (void)check_start_password(text);
    (void)check_phone("f", text, true);
    (void)check_mobile_email("f", text, {"docomo.ne.jp", "ezweb.ne.jp"});
    (void)normalize_postal_code("f", text);
    (void)token_user_id_well_formed(text);
    (void)parse_date(text);
    (void)parse_iso(text);

    if (utf8) {
        const std::string folded = fold_width(text);
        require(fold_width(folded) == folded);
        const std::string kana = normalize_kana(text);
        require(normalize_kana(kana) == kana);
        for (std::size_t i = 0; i < text.size();) (void)describe_character(decode_at(text, i));
    }
    return 0;
}
