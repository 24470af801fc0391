#include "print_repository.h"

#include "columns.h"

namespace td::store {

std::optional<core::PrintRecord> SqlPrintRepository::find(const std::string& document,
                                                          const std::string& target) {
    return db_.guard("reading a print record", [&]() -> std::optional<core::PrintRecord> {
        core::PrintRecord r;
        NullableId application_id;
        std::string first_at, last_at;
        Query q(db_.sql);
        q.out(application_id.value, application_id.ind)
            .out(r.count)
            .out(first_at)
            .out(last_at)
            .out(r.last_by)
            .in(document)
            .in(target);
        if (!q.run("SELECT application_id, print_count, first_at, last_at, last_by FROM prints"
                   " WHERE document = :document AND target = :target"))
            return std::nullopt;
        r.document = document;
        r.target = target;
        r.application_id = null_as_zero(application_id);
        r.first_at = time_from_column(first_at, "prints.first_at");
        r.last_at = time_from_column(last_at, "prints.last_at");
        return r;
    });
}

core::PrintRecord SqlPrintRepository::record(const std::string& document, const std::string& target,
                                             std::int64_t application_id, const std::string& by,
                                             core::TimePoint at) {
    db_.guard("recording a print", [&] {
        const std::string at_text = time_column(at);
        // UPDATE then INSERT: upsert syntax differs on every backend.
        Query update(db_.sql);
        update.in(at_text).in(by).in(document).in(target);
        update.run(
            "UPDATE prints SET print_count = print_count + 1, last_at = :at, last_by = :by"
            " WHERE document = :document AND target = :target");
        if (update.affected_rows() > 0) return;
        NullableId app = zero_as_null(application_id);
        Query insert(db_.sql);
        insert.in(document).in(target).in(app.value, app.ind).in(at_text).in(at_text).in(by);
        insert.run(
            "INSERT INTO prints (document, target, application_id, print_count, first_at,"
            " last_at, last_by) VALUES (:document, :target, :application_id, 1, :first_at,"
            " :last_at, :by)");
    });
    return *find(document, target);
}

}  // namespace td::store
