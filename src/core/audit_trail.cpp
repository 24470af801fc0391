#include "td/core/audit_trail.h"

namespace td::core {
namespace {

void put_field(std::string& out, const std::string& value) {
    out += std::to_string(value.size());
    out += ':';
    out += value;
    out += ';';
}

std::string otp_chain_name(const std::string& branch_code, int shard) {
    return branch_code + "/otp" + std::to_string(shard);
}

}  // namespace

std::string otp_chain(const std::string& branch_code, const std::string& login_id) {
    // FNV-1a: stable across builds and platforms, unlike std::hash.
    std::uint32_t h = 2166136261u;
    for (unsigned char c : login_id) h = (h ^ c) * 16777619u;
    return otp_chain_name(branch_code, static_cast<int>(h % kOtpChains));
}

std::vector<std::string> branch_chains(const std::string& branch_code) {
    std::vector<std::string> chains{branch_code};
    for (int shard = 0; shard < kOtpChains; ++shard)
        chains.push_back(otp_chain_name(branch_code, shard));
    return chains;
}

std::string canonical_event(const AuditEvent& e) {
    std::string out = "tokendesk-audit-v1;";
    put_field(out, e.chain);
    put_field(out, std::to_string(e.seq));
    put_field(out, format_utc_iso(e.at));
    put_field(out, e.actor);
    put_field(out, e.action);
    put_field(out, e.target);
    put_field(out, e.detail);
    put_field(out, e.prev_mac);
    return out;
}

std::int64_t record_event(Transaction& tx, AuditMac& mac, AuditEvent event) {
    const auto head = tx.audit().lock_head(event.chain);
    event.seq = head ? head->seq + 1 : 1;
    event.prev_mac = head ? head->mac : std::string{};
    event.mac = mac.mac(canonical_event(event));
    tx.audit().append(event);
    return event.seq;
}

ChainCheck verify_chains(Transaction& tx, AuditMac& mac, const std::optional<std::string>& anchor) {
    ChainCheck result;
    bool anchor_found = !anchor.has_value();
    for (const auto& chain : tx.audit().chains()) {
        std::string prev;
        std::int64_t expected_seq = 1;
        for (const auto& e : tx.audit().events(chain)) {
            ++result.events_checked;
            const char* problem = nullptr;
            if (e.seq != expected_seq || e.chain != chain)
                problem = "sequence_gap";
            else if (e.prev_mac != prev || mac.mac(canonical_event(e)) != e.mac)
                problem = "mac_mismatch";
            if (problem) {
                result.intact = false;
                result.broken_chain = chain;
                result.broken_seq = e.seq;
                result.reason = problem;
                return result;
            }
            if (anchor && e.mac == *anchor) anchor_found = true;
            prev = e.mac;
            result.heads[chain] = ChainHead{e.seq, e.mac};
            ++expected_seq;
        }
    }
    if (!anchor_found) {
        result.intact = false;
        result.reason = "anchor_not_found";
    }
    return result;
}

}  // namespace td::core
