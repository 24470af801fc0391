#include "sealed_data_repository.h"

#include "columns.h"

namespace td::store {
namespace {

struct Place {
    const char* table;
    const char* key;
    const char* column;  // for messages: "tokens.sealed_seed"
};

Place place_of(core::SealedKind kind) {
    return kind == core::SealedKind::token_seed
               ? Place{"tokens", "id", "tokens.sealed_seed"}
               : Place{"devices", "serial", "devices.sealed_seed"};
}

}  // namespace

std::vector<core::SealedItem> SqlSealedDataRepository::after(core::SealedKind kind,
                                                             const std::string& after,
                                                             std::size_t limit) {
    const Place place = place_of(kind);
    return db_.guard("reading sealed seeds", [&] {
        // A token's number compares as a number, a serial as text; both in the database's own
        // order, so that each batch starts where the last one ended.
        const bool numbered = kind == core::SealedKind::token_seed;
        const std::int64_t after_number = numbered && !after.empty() ? std::stoll(after) : 0;
        std::int64_t number = 0;
        std::string key;
        std::string sealed;
        Query q(db_.sql);
        if (numbered)
            q.out(number).in(after_number);
        else
            q.out(key).in(after);
        q.out(sealed);
        return fetch_all(q, sealed,
                         std::string("SELECT ") + place.key + ", sealed_seed FROM " +
                             place.table + " WHERE " + place.key + " > :after ORDER BY " +
                             place.key + " LIMIT " + std::to_string(limit),
                         [&](const std::string& s) {
                             return core::SealedItem{numbered ? std::to_string(number) : key,
                                                     bytes_from_column(s, place.column)};
                         });
    });
}

bool SqlSealedDataRepository::replace(core::SealedKind kind, const std::string& id,
                                      const std::vector<std::uint8_t>& was,
                                      const std::vector<std::uint8_t>& now) {
    const Place place = place_of(kind);
    return db_.guard("sealing a seed again", [&] {
        const std::string was_text = hex_column(was);
        const std::string now_text = hex_column(now);
        const std::int64_t token_id = kind == core::SealedKind::token_seed ? std::stoll(id) : 0;
        Query q(db_.sql);
        q.in(now_text);
        if (kind == core::SealedKind::token_seed)
            q.in(token_id);
        else
            q.in(id);
        q.in(was_text);
        // Only if nobody changed it since it was read: a concurrent writer's seed stands.
        q.run(std::string("UPDATE ") + place.table + " SET sealed_seed = :now WHERE " +
              place.key + " = :key AND sealed_seed = :was");
        return q.affected_rows() > 0;
    });
}

}  // namespace td::store
