// The schema, step by step. Portable SQL only: TEXT, INTEGER, BIGINT, no backend functions;
// `{id_pk}` is the dialect's generated key. Foreign keys are DEFERRABLE INITIALLY DEFERRED so
// that a step may write related rows in any order; they are checked at commit.
#include "td/store/migration.h"

namespace td::store {

const std::vector<Migration>& schema_migrations() {
    static const std::vector<Migration> steps{
        // 1: the initial schema.
        {{
            "CREATE TABLE branches ("
            " code TEXT NOT NULL PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " address TEXT NOT NULL,"
            " phone TEXT NOT NULL)",

            "CREATE TABLE staff ("
            " id TEXT NOT NULL PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " branch_code TEXT NOT NULL"
            "  REFERENCES branches (code) DEFERRABLE INITIALLY DEFERRED,"
            " role TEXT NOT NULL,"
            " password_hash TEXT NOT NULL,"
            " failed_logins INTEGER NOT NULL,"
            " locked INTEGER NOT NULL)",

            "CREATE TABLE contracts ("
            " number TEXT NOT NULL PRIMARY KEY,"
            " company_name TEXT NOT NULL,"
            " company_kana TEXT NOT NULL,"
            " representative_title TEXT NOT NULL,"
            " representative_name TEXT NOT NULL,"
            " postal_code TEXT NOT NULL,"
            " address TEXT NOT NULL,"
            " phone TEXT NOT NULL,"
            " branch_code TEXT NOT NULL"
            "  REFERENCES branches (code) DEFERRABLE INITIALLY DEFERRED)",

            "CREATE TABLE users ("
            " login_id TEXT NOT NULL PRIMARY KEY,"
            " contract_number TEXT NOT NULL"
            "  REFERENCES contracts (number) DEFERRABLE INITIALLY DEFERRED,"
            " name TEXT NOT NULL,"
            " kind TEXT NOT NULL,"
            " mobile_email TEXT NOT NULL,"
            " otp_state TEXT NOT NULL,"
            " fail_count INTEGER NOT NULL)",

            "CREATE INDEX users_by_contract ON users (contract_number)",

            // token_id has no foreign key: tokens refer to applications, and a cycle cannot
            // be declared portably (PostgreSQL needs ALTER TABLE, which SQLite lacks).
            "CREATE TABLE applications ("
            " id {id_pk},"
            " kind TEXT NOT NULL,"
            " state TEXT NOT NULL,"
            " login_id TEXT NOT NULL"
            "  REFERENCES users (login_id) DEFERRABLE INITIALLY DEFERRED,"
            " contract_number TEXT NOT NULL"
            "  REFERENCES contracts (number) DEFERRABLE INITIALLY DEFERRED,"
            " branch_code TEXT NOT NULL"
            "  REFERENCES branches (code) DEFERRABLE INITIALLY DEFERRED,"
            " form_received_date TEXT NOT NULL,"
            " form_seal_checked INTEGER NOT NULL,"
            " form_identity_checked INTEGER NOT NULL,"
            " form_visitor_name TEXT NOT NULL,"
            " form_visitor_role TEXT,"
            " form_memo TEXT NOT NULL,"
            " revoke_reason TEXT,"
            " details TEXT NOT NULL,"
            " start_password_hash TEXT NOT NULL,"
            " start_password_generated INTEGER NOT NULL,"
            " maker_id TEXT NOT NULL,"
            " entered_at TEXT NOT NULL,"
            " checker_id TEXT NOT NULL,"
            " decided_at TEXT,"
            " decision_reason TEXT NOT NULL,"
            " token_id BIGINT)",

            "CREATE INDEX applications_by_state ON applications (state)",
            "CREATE INDEX applications_by_login ON applications (login_id)",

            // token_user_id is NULL when empty: UNIQUE allows many NULLs everywhere, whereas
            // partial indexes are not portable.
            "CREATE TABLE tokens ("
            " id {id_pk},"
            " kind TEXT NOT NULL,"
            " login_id TEXT NOT NULL"
            "  REFERENCES users (login_id) DEFERRABLE INITIALLY DEFERRED,"
            " service_id TEXT NOT NULL,"
            " token_user_id TEXT UNIQUE,"
            " serial TEXT NOT NULL,"
            " mobile_email TEXT NOT NULL,"
            " sealed_seed TEXT NOT NULL,"
            " mode TEXT NOT NULL,"
            " algorithm TEXT NOT NULL,"
            " digits INTEGER NOT NULL,"
            " period INTEGER NOT NULL,"
            " counter BIGINT NOT NULL,"
            " start_password_hash TEXT NOT NULL,"
            " activation_failures INTEGER NOT NULL,"
            " state TEXT NOT NULL,"
            " issued_at TEXT NOT NULL,"
            " activated_at TEXT,"
            " ended_at TEXT,"
            " end_reason TEXT NOT NULL,"
            " application_id BIGINT"
            "  REFERENCES applications (id) DEFERRABLE INITIALLY DEFERRED)",

            "CREATE INDEX tokens_by_login ON tokens (login_id)",
            "CREATE INDEX tokens_by_email_state ON tokens (mobile_email, state)",

            "CREATE TABLE policy ("
            " key TEXT NOT NULL PRIMARY KEY,"
            " value TEXT NOT NULL)",

            "CREATE TABLE audit_events ("
            " chain TEXT NOT NULL,"
            " seq BIGINT NOT NULL,"
            " at TEXT NOT NULL,"
            " actor TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " target TEXT NOT NULL,"
            " detail TEXT NOT NULL,"
            " prev_mac TEXT NOT NULL,"
            " mac TEXT NOT NULL,"
            " PRIMARY KEY (chain, seq))",

            // One row per chain, kept equal to its newest event: the row a writer locks
            // (SELECT … FOR UPDATE) on backends where transactions do not serialise writers.
            "CREATE TABLE audit_heads ("
            " chain TEXT NOT NULL PRIMARY KEY,"
            " seq BIGINT NOT NULL,"
            " mac TEXT NOT NULL)",
        }},
        // 2: printed documents (print and reprint counts) and the journal's day query.
        {{
            "CREATE TABLE prints ("
            " document TEXT NOT NULL,"
            " target TEXT NOT NULL,"
            " application_id BIGINT,"
            " print_count BIGINT NOT NULL,"
            " first_at TEXT NOT NULL,"
            " last_at TEXT NOT NULL,"
            " last_by TEXT NOT NULL,"
            " PRIMARY KEY (document, target))",

            "CREATE INDEX prints_by_application ON prints (application_id, document)",
            "CREATE INDEX applications_by_branch_entered ON applications (branch_code, entered_at)",
        }},
        // 3: one issued or active software token per login ID, kept by the database itself so
        // that two approvals at once cannot both issue one. Partial unique indexes exist on
        // SQLite (3.8.0+) and PostgreSQL alike; the literals are enum_column's spellings.
        {{
            "CREATE UNIQUE INDEX tokens_one_live_software ON tokens (login_id)"
            " WHERE kind = 'software' AND state IN ('issued', 'active')",
        }},
        // Step 4: one pending (entered) application per user and kind, so that two tellers
        // entering the same request at once cannot both succeed (the rule's read alone would
        // let them). Fails, changing nothing, on a database that already holds such a pair:
        // cancel one of them first.
        {{
            "CREATE UNIQUE INDEX applications_one_pending ON applications (login_id, kind)"
            " WHERE state = 'entered'",
        }},
        // Step 5: hardware tokens. The branches' device stock (seeds sealed as tokens' are);
        // the serial a hardware-token application hands over; and, kept by the database, one
        // live token per device and one live hardware token per login ID.
        {{
            "CREATE TABLE devices ("
            " serial TEXT NOT NULL PRIMARY KEY,"
            " branch_code TEXT NOT NULL"
            "  REFERENCES branches (code) DEFERRABLE INITIALLY DEFERRED,"
            " state TEXT NOT NULL,"
            " manufacturer TEXT NOT NULL,"
            " mode TEXT NOT NULL,"
            " algorithm TEXT NOT NULL,"
            " digits INTEGER NOT NULL,"
            " period INTEGER NOT NULL,"
            " counter BIGINT NOT NULL,"
            " sealed_seed TEXT NOT NULL,"
            " imported_at TEXT NOT NULL,"
            " source TEXT NOT NULL,"
            " login_id TEXT,"
            " token_id BIGINT)",

            "CREATE INDEX devices_by_branch_state ON devices (branch_code, state)",
            "ALTER TABLE applications ADD COLUMN serial TEXT NOT NULL DEFAULT ''",
            "CREATE UNIQUE INDEX tokens_one_live_device ON tokens (serial)"
            " WHERE kind = 'hardware' AND state IN ('issued', 'active')",
            "CREATE UNIQUE INDEX tokens_one_live_hardware ON tokens (login_id)"
            " WHERE kind = 'hardware' AND state IN ('issued', 'active')",
        }},
        // Step 6: IDs that differ only in letter case are one ID (docs/architecture.md): a
        // second login ID, staff ID, contract number or serial spelt "Sakura01" beside
        // "sakura01" is refused by the database too. lower() and expression indexes exist on
        // SQLite (3.9+) and PostgreSQL alike. Fails, changing nothing, on a database that
        // already holds such a pair: rename one of them first.
        {{
            "CREATE UNIQUE INDEX staff_id_any_case ON staff (lower(id))",
            "CREATE UNIQUE INDEX contracts_number_any_case ON contracts (lower(number))",
            "CREATE UNIQUE INDEX users_login_id_any_case ON users (lower(login_id))",
            "CREATE UNIQUE INDEX devices_serial_any_case ON devices (lower(serial))",
        }},
        // Step 7: contract updates (契約内容変更) keep the fields they change, each with its
        // value at entry and the value it is to have ("field<TAB>before<TAB>after" lines).
        {{
            "ALTER TABLE applications ADD COLUMN contract_change TEXT NOT NULL DEFAULT ''",
        }},
        // Step 8: who looked at whom. The customers (contract numbers) whose data an audit
        // event's read showed, so that every look at one customer is found without scanning
        // every chain. The event's MACed detail lists the same numbers; this is their index.
        {{
            "CREATE TABLE audit_subjects ("
            " chain TEXT NOT NULL,"
            " seq BIGINT NOT NULL,"
            " contract_number TEXT NOT NULL,"
            " PRIMARY KEY (chain, seq, contract_number))",
            "CREATE INDEX audit_subjects_by_contract ON audit_subjects (contract_number)",
        }},
        // Step 9: the key's identity (its number and a check value derived from it, never the
        // key), so that a program started with another key file stops before it writes.
        // Filled when a new database is created, or by the first program to open an older
        // database after this step (open_store records its key).
        {{
            "CREATE TABLE key_checks ("
            " key_id INTEGER NOT NULL PRIMARY KEY,"
            " check_value TEXT NOT NULL)",
        }},
        // Step 10: tokendesk-server's answers to requests with an Idempotency-Key, for ten
        // minutes, shared by every server on the database (the body sealed, as hex).
        {{
            "CREATE TABLE kept_answers ("
            " host TEXT NOT NULL,"
            " idempotency_key TEXT NOT NULL,"
            " request_mac TEXT NOT NULL,"
            " status INTEGER NOT NULL,"
            " sealed_body TEXT NOT NULL,"
            " kept_at TEXT NOT NULL,"
            " PRIMARY KEY (host, idempotency_key))",
            "CREATE INDEX kept_answers_by_age ON kept_answers (kept_at)",
        }},
        // Step 11: the hosts' event feed. One counter row numbers the events: a step that
        // appends one holds it until it commits, so numbers become visible in order (only the
        // rare steps the feed reports take it: issue, setup, lock, unlock, revoke, misuse).
        {{
            "CREATE TABLE host_event_counter ("
            " id INTEGER NOT NULL PRIMARY KEY,"
            " last_seq BIGINT NOT NULL)",
            "INSERT INTO host_event_counter (id, last_seq) VALUES (1, 0)",
            "CREATE TABLE host_events ("
            " seq BIGINT NOT NULL PRIMARY KEY,"
            " type TEXT NOT NULL,"
            " login_id TEXT NOT NULL,"
            " service_id TEXT NOT NULL,"
            " token_kind TEXT NOT NULL,"
            " at TEXT NOT NULL)",
            "CREATE INDEX host_events_by_service ON host_events (service_id, seq)",
        }},
        // Step 12: online issuance (the customer issues an approved software token in internet
        // banking) and the outbox of the mails it sends, delivered with retries.
        {{
            "ALTER TABLE applications ADD COLUMN online_issuance INTEGER NOT NULL DEFAULT 0",
            "CREATE TABLE mail_outbox ("
            " id {id_pk},"
            " login_id TEXT NOT NULL,"
            " service_id TEXT NOT NULL,"
            " recipient TEXT NOT NULL,"
            " subject TEXT NOT NULL,"
            " body TEXT NOT NULL,"
            " queued_at TEXT NOT NULL,"
            " next_attempt_at TEXT NOT NULL,"
            " attempts INTEGER NOT NULL,"
            " last_error TEXT NOT NULL,"
            " sent_at TEXT,"
            " given_up INTEGER NOT NULL)",
            "CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, given_up, next_attempt_at)",
        }},
        // Step 13: dual control of administration. A change waits in admin_changes until a
        // second administrator approves it; the partial unique index keeps one pending change
        // per target even when two administrators enter at the same moment. An import's
        // devices wait in stock as pending, tagged with their change.
        {{
            "ALTER TABLE staff ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE devices ADD COLUMN import_change BIGINT",
            "CREATE TABLE admin_changes ("
            " id {id_pk},"
            " kind TEXT NOT NULL,"
            " state TEXT NOT NULL,"
            " target TEXT NOT NULL,"
            " summary TEXT NOT NULL,"
            " payload TEXT NOT NULL,"
            " maker_id TEXT NOT NULL,"
            " entered_at TEXT NOT NULL,"
            " checker_id TEXT,"
            " decided_at TEXT,"
            " decision_reason TEXT NOT NULL)",
            "CREATE UNIQUE INDEX admin_changes_one_pending ON admin_changes (target)"
            " WHERE state = 'pending'",
            "CREATE INDEX admin_changes_by_state ON admin_changes (state, id)",
            "CREATE INDEX devices_by_import ON devices (import_change)",
        }},
        // Step 14: the key ring. Each audit event names the key its MAC was made with (every
        // event before the ring: key 1), and a chain's head row the key its newest event was
        // made with, so a writer learns in the same round trip that a rotation moved on.
        {{
            "ALTER TABLE audit_events ADD COLUMN key_id INTEGER NOT NULL DEFAULT 1",
            "ALTER TABLE audit_heads ADD COLUMN key_id INTEGER NOT NULL DEFAULT 1",
        }},
        // Step 15: the staff password rules. A password an administrator set must be changed
        // at first sign-in; when a password was set (NULL: before this step) for its expiry;
        // and the hashes of earlier passwords, so that one is not used again.
        {{
            "ALTER TABLE staff ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE staff ADD COLUMN password_set_at TEXT",
            "CREATE TABLE staff_password_history ("
            " staff_id TEXT NOT NULL"
            "  REFERENCES staff (id) DEFERRABLE INITIALLY DEFERRED,"
            " seq BIGINT NOT NULL,"
            " replaced_at TEXT NOT NULL,"
            " password_hash TEXT NOT NULL,"
            " PRIMARY KEY (staff_id, seq))",
        }},
        // Step 16: retention. When a contract ended (an approved close) and when its personal
        // data was removed (retention purge); NULL while open, and while held.
        {{
            "ALTER TABLE contracts ADD COLUMN closed_at TEXT",
            "ALTER TABLE contracts ADD COLUMN purged_at TEXT",
        }},
    };
    return steps;
}

}  // namespace td::store
