#include "audit_repository.h"

#include <algorithm>

#include "columns.h"
#include "sql_text.h"

namespace td::store {
namespace {

// The two-column key (chain, seq) is bound like any other column.
const Columns kColumns{"chain",  "seq",    "at",       "actor", "action",
                       "target", "detail", "prev_mac", "mac",   "key_id"};

struct EventRow {
    std::string chain;
    std::int64_t seq = 0;
    std::string at, actor, action, target, detail, prev_mac, mac;
    int key_id = 1;
};

template <class Row, class F>
void bind_columns(Row& r, F&& f) {
    f(r.chain);
    f(r.seq);
    f(r.at);
    f(r.actor);
    f(r.action);
    f(r.target);
    f(r.detail);
    f(r.prev_mac);
    f(r.mac);
    f(r.key_id);
}

EventRow to_row(const core::AuditEvent& e) {
    return {e.chain,  e.seq,    time_column(e.at), e.actor, e.action,
            e.target, e.detail, e.prev_mac,        e.mac,   e.key_id};
}

core::AuditEvent from_row(const EventRow& r) {
    return {r.chain,  r.seq,      time_from_column(r.at, "audit_events.at"),
            r.actor,  r.action,   r.target,
            r.detail, r.prev_mac, r.mac, r.key_id};
}

}  // namespace

std::optional<core::ChainHead> SqlAuditRepository::lock_head(const std::string& chain) {
    return db_.guard("reading an audit chain's head", [&]() -> std::optional<core::ChainHead> {
        if (db_.dialect.one_statement_chain_head) {
            // Creates the head row of a new chain or locks the existing one, and reads it, in
            // one round trip: a second writer of this chain waits here until this transaction
            // ends. Every append moves the head in the same transaction, so a head past 0 is
            // the chain's last event; were it ever behind, the next append would collide with
            // an existing (chain, seq) and fail rather than fork the chain.
            core::ChainHead head;
            Query q(db_.sql);
            q.out(head.seq).out(head.mac).out(head.key_id).in(chain);
            q.run(
                "INSERT INTO audit_heads (chain, seq, mac) VALUES (:chain, 0, '')"
                " ON CONFLICT (chain) DO UPDATE SET seq = audit_heads.seq"
                " RETURNING seq, mac, key_id");
            if (head.seq > 0) return head;
        }
        // A new chain, or a backend whose transactions serialise writers: the events say.
        core::ChainHead head;
        Query q(db_.sql);
        q.out(head.seq).out(head.mac).out(head.key_id).in(chain).in(chain);
        if (!q.run("SELECT seq, mac, key_id FROM audit_events WHERE chain = :chain AND seq ="
                   " (SELECT MAX(seq) FROM audit_events WHERE chain = :chain2)"))
            return std::nullopt;
        return head;
    });
}

void SqlAuditRepository::append(const core::AuditEvent& e) {
    db_.guard("appending an audit event", [&] {
        EventRow row = to_row(e);
        if (db_.dialect.one_statement_chain_head) {
            // lock_head created the head row; the event and the head's move are one statement.
            Query q(db_.sql);
            bind_in(q, row);
            q.run("WITH event AS (" + insert_sql("audit_events", kColumns) +
                  " RETURNING chain, seq, mac, key_id) UPDATE audit_heads SET seq = event.seq,"
                  " mac = event.mac, key_id = event.key_id FROM event"
                  " WHERE audit_heads.chain = event.chain");
            return;
        }
        Query insert(db_.sql);
        bind_in(insert, row);
        insert.run(insert_sql("audit_events", kColumns));

        Query update(db_.sql);
        update.in(row.seq).in(row.mac).in(row.key_id).in(row.chain).in(row.seq);
        update.run(
            "UPDATE audit_heads SET seq = :seq, mac = :mac, key_id = :key_id"
            " WHERE chain = :chain AND seq < :seq2");
        if (update.affected_rows() > 0) return;
        std::int64_t heads = 0;
        Query count(db_.sql);
        count.out(heads).in(row.chain);
        count.run("SELECT COUNT(*) FROM audit_heads WHERE chain = :chain");
        if (heads > 0) return;
        Query first(db_.sql);
        first.in(row.chain).in(row.seq).in(row.mac).in(row.key_id);
        first.run(
            "INSERT INTO audit_heads (chain, seq, mac, key_id)"
            " VALUES (:chain, :seq, :mac, :key_id)");
    });
}

std::vector<std::string> SqlAuditRepository::chains() {
    return db_.guard("listing audit chains", [&] {
        std::string chain;
        Query q(db_.sql);
        q.out(chain);
        auto out = fetch_all(q, chain, "SELECT DISTINCT chain FROM audit_events",
                             [](const std::string& c) { return c; });
        std::sort(out.begin(), out.end());
        return out;
    });
}

std::vector<core::AuditEvent> SqlAuditRepository::events(const std::string& chain) {
    return db_.guard("reading an audit chain", [&] {
        EventRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.in(chain);
        return fetch_all(
            q, row,
            select_sql("audit_events", kColumns, nullptr) + " WHERE chain = :chain ORDER BY seq",
            from_row);
    });
}

std::optional<core::ChainHead> SqlAuditRepository::head_before(const std::string& chain,
                                                               core::TimePoint until) {
    return db_.guard("reading an audit chain's head", [&]() -> std::optional<core::ChainHead> {
        // Fixed-width UTC text: text order is time order.
        const std::string until_text = time_column(until);
        core::ChainHead head;
        Query q(db_.sql);
        q.out(head.seq).out(head.mac).out(head.key_id).in(chain).in(chain).in(until_text);
        if (!q.run("SELECT seq, mac, key_id FROM audit_events WHERE chain = :chain AND seq ="
                   " (SELECT MAX(seq) FROM audit_events WHERE chain = :chain2 AND at < :until)"))
            return std::nullopt;
        return head;
    });
}

std::int64_t SqlAuditRepository::count_actions(const std::vector<std::string>& chains,
                                              const std::string& action, core::TimePoint from,
                                              core::TimePoint until) {
    if (chains.empty()) return 0;
    return db_.guard("counting audit events", [&] {
        // Fixed-width UTC text: text order is time order.
        const std::string from_text = time_column(from);
        const std::string until_text = time_column(until);
        std::int64_t n = 0;
        Query q(db_.sql);
        q.out(n);
        std::string in_list;
        for (std::size_t i = 0; i < chains.size(); ++i) {
            in_list += (i ? ", :c" : ":c") + std::to_string(i);
            q.in(chains[i]);
        }
        q.in(action).in(from_text).in(until_text);
        q.run("SELECT COUNT(*) FROM audit_events WHERE chain IN (" + in_list +
              ") AND action = :action AND at >= :from AND at < :until");
        return n;
    });
}

std::vector<core::AuditEvent> SqlAuditRepository::events_of(
    const std::vector<std::string>& chains, const std::vector<std::string>& actions,
    core::TimePoint from, core::TimePoint until) {
    if (chains.empty() || actions.empty()) return {};
    return db_.guard("reading audit events", [&] {
        std::string columns;
        for (const char* c : kColumns) columns += (columns.empty() ? "" : ", ") + std::string(c);
        const std::string from_text = time_column(from);
        const std::string until_text = time_column(until);
        EventRow row;
        Query q(db_.sql);
        bind_out(q, row);
        auto in_list = [&](const char* prefix, const std::vector<std::string>& values) {
            std::string text;
            for (std::size_t i = 0; i < values.size(); ++i) {
                text += (i ? ", :" : ":") + std::string(prefix) + std::to_string(i);
                q.in(values[i]);
            }
            return text;
        };
        const std::string chain_list = in_list("c", chains);
        const std::string action_list = in_list("a", actions);
        q.in(from_text).in(until_text);
        return fetch_all(q, row,
                         "SELECT " + columns + " FROM audit_events WHERE chain IN (" +
                             chain_list + ") AND action IN (" + action_list +
                             ") AND at >= :from AND at < :until ORDER BY at, chain, seq",
                         from_row);
    });
}

void SqlAuditRepository::add_subjects(const std::string& chain, std::int64_t seq,
                                      const std::vector<std::string>& contract_numbers) {
    if (contract_numbers.empty()) return;
    db_.guard("recording whom an audit event concerns", [&] {
        // One statement for all of them: a search showing 50 customers is one round trip.
        std::vector<std::string> numbers(contract_numbers);
        std::sort(numbers.begin(), numbers.end());
        numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
        std::string text = "INSERT INTO audit_subjects (chain, seq, contract_number) VALUES ";
        Query q(db_.sql);
        std::string chain_value = chain;
        std::int64_t seq_value = seq;
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            const std::string n = std::to_string(i);
            text += (i ? ", " : "") + std::string("(:c") + n + ", :s" + n + ", :n" + n + ")";
            q.in(chain_value).in(seq_value).in(numbers[i]);
        }
        q.run(text);
    });
}

std::vector<core::AuditEvent> SqlAuditRepository::events_about(
    const std::string& contract_number) {
    return db_.guard("reading whom audit events concern", [&] {
        std::string columns;
        for (const char* c : kColumns) columns += (columns.empty() ? "e." : ", e.") + std::string(c);
        EventRow row;
        Query q(db_.sql);
        bind_out(q, row);
        q.in(contract_number);
        return fetch_all(q, row,
                         "SELECT " + columns +
                             " FROM audit_events e JOIN audit_subjects s"
                             " ON s.chain = e.chain AND s.seq = e.seq"
                             " WHERE s.contract_number = :number ORDER BY e.at, e.chain, e.seq",
                         from_row);
    });
}

}  // namespace td::store
