#include "host_event_repository.h"

#include "columns.h"

namespace td::store {

std::int64_t SqlHostEventRepository::append(const core::HostEvent& e) {
    return db_.guard("appending a host event", [&] {
        // The UPDATE locks the counter row until this transaction ends.
        Query bump(db_.sql);
        bump.run("UPDATE host_event_counter SET last_seq = last_seq + 1 WHERE id = 1");
        std::int64_t seq = 0;
        Query read(db_.sql);
        read.out(seq);
        if (!read.run("SELECT last_seq FROM host_event_counter WHERE id = 1"))
            throw_corrupt("host_event_counter", "its row is missing");
        const std::string at = time_column(e.at);
        Query insert(db_.sql);
        insert.in(seq).in(e.type).in(e.login_id).in(e.service_id).in(e.token_kind).in(at);
        insert.run(
            "INSERT INTO host_events (seq, type, login_id, service_id, token_kind, at)"
            " VALUES (:seq, :type, :login_id, :service_id, :token_kind, :at)");
        return seq;
    });
}

std::vector<core::HostEvent> SqlHostEventRepository::after(
    std::int64_t seq, const std::vector<std::string>& service_ids, std::size_t limit) {
    if (service_ids.empty() || limit == 0) return {};
    return db_.guard("reading host events", [&] {
        std::string in_list;
        for (std::size_t i = 0; i < service_ids.size(); ++i)
            in_list += (i ? ", :s" : ":s") + std::to_string(i);
        const std::string sql =
            "SELECT seq, type, login_id, service_id, token_kind, at FROM host_events"
            " WHERE seq > :after AND service_id IN (" +
            in_list + ") ORDER BY seq LIMIT " + std::to_string(limit);
        std::vector<core::HostEvent> out;
        core::HostEvent e;
        std::string at;
        Query q(db_.sql);
        q.in(seq);
        for (const auto& service : service_ids) q.in(service);
        q.out(e.seq).out(e.type).out(e.login_id).out(e.service_id).out(e.token_kind).out(at);
        q.open(sql);
        while (q.next()) {
            e.at = time_from_column(at, "host_events.at");
            out.push_back(e);
        }
        return out;
    });
}

}  // namespace td::store
