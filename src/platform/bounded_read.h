#pragma once
// Reading a small secret file whole, the same on every platform: at most `max_size` bytes, one
// more refused as malformed. `read_some(buffer)` fills part of `buffer` and returns how much,
// 0 at the end, or throws core::Fault.
#include <algorithm>
#include <cstdint>
#include <span>
#include <string>

#include "td/core/outcome.h"
#include "td/core/secret_bytes.h"

namespace td::platform::detail {

template <class ReadSome>
core::SecretBytes read_at_most(std::size_t max_size, ReadSome read_some) {
    core::SecretBytes buffer(max_size + 1);
    std::size_t filled = 0;
    while (filled < buffer.size()) {
        const std::size_t n = read_some(buffer.data().subspan(filled));
        if (n == 0) break;
        filled += n;
    }
    if (filled > max_size)
        throw core::Fault("malformed: longer than " + std::to_string(max_size) + " bytes");
    core::SecretBytes content(filled);
    std::copy_n(buffer.view().begin(), filled, content.data().begin());
    return content;
}

}  // namespace td::platform::detail
