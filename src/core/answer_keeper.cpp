#include "td/core/answer_keeper.h"

#include "step.h"

namespace td::core {

Check AnswerKeeper::check_key(std::string_view key) {
    const std::string field = "Idempotency-Key";
    if (key.empty() || key.size() > 255) return refuse("idempotency_key_format", field);
    for (const char c : key)
        if (c < 0x21 || c > 0x7e) return refuse("idempotency_key_format", field);
    return std::nullopt;
}

std::string AnswerKeeper::request_mac(std::string_view request) const {
    return ctx_.crypto.audit_mac.mac("kept-answer\n" + host_ + "\n" + std::string(request));
}

std::optional<Outcome<KeptReply>> AnswerKeeper::recall(const std::string& key,
                                                       std::string_view request) {
    std::optional<KeptAnswer> kept;
    ctx_.store.read([&](Transaction& tx) { kept = tx.kept_answers().find(host_, key); });
    if (!kept || kept->kept_at < ctx_.clock.now() - kKeepAnswersFor) return std::nullopt;
    if (kept->request_mac != request_mac(request))
        return Outcome<KeptReply>(refuse("idempotency_key_reused", "Idempotency-Key"));
    const SecretBytes body = ctx_.crypto.vault.unseal(kept->sealed_body);
    const auto bytes = body.view();
    return Outcome<KeptReply>(KeptReply{kept->status, std::string(bytes.begin(), bytes.end())});
}

void AnswerKeeper::keep(const std::string& key, std::string_view request, const KeptReply& reply) {
    KeptAnswer a;
    a.host = host_;
    a.key = key;
    a.request_mac = request_mac(request);
    a.status = reply.status;
    a.sealed_body = ctx_.crypto.vault.seal(
        SecretBytes(std::vector<std::uint8_t>(reply.body.begin(), reply.body.end())));
    a.kept_at = ctx_.clock.now();
    try {
        ctx_.store.run([&](Transaction& tx) {
            tx.kept_answers().forget_before(a.kept_at - kKeepAnswersFor);
            tx.kept_answers().insert(a);
            return true;
        });
    } catch (const UniqueViolation&) {
        // A retry answered by another server got there first; its answer stands.
    }
}

}  // namespace td::core
