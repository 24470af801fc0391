#include "td/core/audit_trail.h"

#include <set>

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

KeyOutOfDate::KeyOutOfDate(int database_key, int own_key)
    : Fault("the audit trail continues with key " + std::to_string(database_key) +
            " since a key rotation, and this program has key " + std::to_string(own_key) +
            ": replace its key file with the current one and start it again"),
      database_key_(database_key) {}

namespace {

ChainHead append_event(Transaction& tx, AuditMac& mac, AuditEvent& event,
                       const std::optional<ChainHead>& head) {
    event.seq = head ? head->seq + 1 : 1;
    event.prev_mac = head ? head->mac : std::string{};
    event.key_id = mac.key_id();
    event.mac = mac.mac(canonical_event(event));
    tx.audit().append(event);
    return ChainHead{event.seq, event.mac, event.key_id};
}

std::string handover_detail(int from_key) {
    return "from_key=" + std::to_string(from_key);
}

}  // namespace

std::int64_t record_event(Transaction& tx, AuditMac& mac, AuditEvent event) {
    auto head = tx.audit().lock_head(event.chain);
    if (head && head->key_id > mac.key_id()) throw KeyOutOfDate(head->key_id, mac.key_id());
    if (head && head->key_id < mac.key_id()) {
        if (event.action == kKeyHandover) {
            event.detail = handover_detail(head->key_id);
        } else {
            AuditEvent handover;
            handover.chain = event.chain;
            handover.at = event.at;
            handover.actor = event.actor;
            handover.action = kKeyHandover;
            handover.target = "key:" + std::to_string(mac.key_id());
            handover.detail = handover_detail(head->key_id);
            head = append_event(tx, mac, handover, head);
        }
    }
    append_event(tx, mac, event, head);
    return event.seq;
}

ChainCheck verify_chains(Transaction& tx, AuditMac& mac, const std::optional<std::string>& anchor) {
    ChainCheck result;
    bool anchor_found = !anchor.has_value();
    std::set<int> keys_used;
    for (const auto& chain : tx.audit().chains()) {
        std::string prev;
        int prev_key = 0;
        std::int64_t expected_seq = 1;
        for (const auto& e : tx.audit().events(chain)) {
            ++result.events_checked;
            const char* problem = nullptr;
            if (e.seq != expected_seq || e.chain != chain)
                problem = "sequence_gap";
            else if (!mac.has_key(e.key_id))
                problem = "unknown_key";
            else if (e.prev_mac != prev || mac.mac_under(e.key_id, canonical_event(e)) != e.mac)
                problem = "mac_mismatch";
            // The key changes only upwards, and only by a hand-over naming the key before.
            else if (prev_key != 0 && e.key_id != prev_key &&
                     (e.key_id < prev_key || e.action != kKeyHandover ||
                      e.detail != handover_detail(prev_key)))
                problem = "key_out_of_turn";
            if (problem) {
                result.intact = false;
                result.broken_chain = chain;
                result.broken_seq = e.seq;
                result.reason = problem;
                return result;
            }
            if (anchor && e.mac == *anchor) anchor_found = true;
            prev = e.mac;
            prev_key = e.key_id;
            keys_used.insert(e.key_id);
            result.heads[chain] = ChainHead{e.seq, e.mac, e.key_id};
            ++expected_seq;
        }
    }
    result.keys_used.assign(keys_used.begin(), keys_used.end());
    if (!anchor_found) {
        result.intact = false;
        result.reason = "anchor_not_found";
    }
    return result;
}

}  // namespace td::core
