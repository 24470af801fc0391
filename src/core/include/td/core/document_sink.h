#pragma once
// Where a rendered document goes: a port, implemented once for files (td_platform) and used by
// every client, so that the order "render, make the document exist, then record the print" is
// DocumentService's and no client can get it wrong.
#include <cstdint>
#include <vector>

namespace td::core {

class DocumentSink {
  public:
    virtual ~DocumentSink() = default;
    // Makes the document exist at its destination, whole and durable, or throws Fault and
    // leaves nothing behind (and whatever was there before untouched). DocumentService calls it
    // inside the print's transaction and records the print only after it returned.
    virtual void publish(const std::vector<std::uint8_t>& pdf) = 0;
};

}  // namespace td::core
