#pragma once
// A DocumentSink that keeps what it was given, can be told to fail like a full disk, and can
// look at the database at the moment of publishing (what was committed before the file exists).
#include <functional>

#include "td/core/document_sink.h"
#include "td/core/outcome.h"

namespace td::test {

class FakeDocumentSink final : public core::DocumentSink {
  public:
    void publish(const std::vector<std::uint8_t>& pdf) override {
        if (on_publish) on_publish();
        if (fail) throw core::Fault("cannot write notice.pdf: No space left on device");
        published.push_back(pdf);
    }

    bool fail = false;
    std::function<void()> on_publish;
    std::vector<std::vector<std::uint8_t>> published;
};

}  // namespace td::test
