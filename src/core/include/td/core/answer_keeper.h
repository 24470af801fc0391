#pragma once
// Idempotency for the host interface: a request the host retries with the same
// Idempotency-Key within ten minutes gets the first answer again, from whichever server the
// retry reaches, instead of being done twice (or refused as a replay). Kept per host, sealed.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "td/core/context.h"
#include "td/core/outcome.h"
#include "td/core/validation.h"

namespace td::core {

inline constexpr std::chrono::minutes kKeepAnswersFor{10};

struct KeptReply {
    int status = 0;
    std::string body;
};

class AnswerKeeper {
  public:
    AnswerKeeper(Context ctx, std::string host) : ctx_(ctx), host_(std::move(host)) {}

    // 1 to 255 visible ASCII characters (field Idempotency-Key).
    static Check check_key(std::string_view key);

    // The answer kept for `key` when it answered this same `request` within ten minutes; the
    // refusal idempotency_key_reused when it answered another; none otherwise.
    std::optional<Outcome<KeptReply>> recall(const std::string& key, std::string_view request);
    // Keeps the answer, unless one is kept for `key` already (another server's, first).
    void keep(const std::string& key, std::string_view request, const KeptReply& reply);

  private:
    std::string request_mac(std::string_view request) const;
    Context ctx_;
    std::string host_;
};

}  // namespace td::core
