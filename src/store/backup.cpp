#include "td/store/backup.h"

#include <soci/soci.h>

#include <fstream>

#include "connect.h"
#include "database_url.h"
#include "postgres_url.h"
#include "td/platform/private_files.h"
#include "td/platform/program.h"
#include "td/platform/utf8_path.h"
#include "td/store/open_store.h"

namespace td::store {
namespace {

namespace fs = std::filesystem;

// A new name beside `target`, so that the final rename stays on one file system.
fs::path temporary_beside(const fs::path& target) {
    return target.parent_path() / ("." + platform::utf8_of(target.filename()) + ".part");
}

void check_new_file(const fs::path& out) {
    if (fs::exists(out))
        throw core::Fault(platform::utf8_of(out) +
                          " exists already: a backup never overwrites a file; name a new one");
    if (!out.parent_path().empty() && !fs::is_directory(out.parent_path()))
        throw core::Fault("the folder of " + platform::utf8_of(out) + " does not exist");
}

// An empty file readable by its owner only (on Windows too: its access list), for the copy to
// be written into: a backup holds every customer's data.
fs::path private_part(const fs::path& target) {
    const fs::path part = temporary_beside(target);
    fs::remove(part);
    if (!platform::create_private_file(part))
        throw core::Fault("cannot create " + platform::utf8_of(part));
    return part;
}

void copy_into(const fs::path& from, const fs::path& to) {
    std::ifstream in(from, std::ios::binary);
    std::ofstream out(to, std::ios::binary | std::ios::trunc);
    out << in.rdbuf();
    out.flush();
    if (!in || !out) throw core::Fault("cannot copy " + platform::utf8_of(from));
}

std::string pg_command_line(const std::vector<std::string>& argv) {
    std::string line;
    for (const auto& a : argv) {
        if (!line.empty()) line += ' ';
        const bool plain = a.find_first_of(" '\"\\$`") == std::string::npos && !a.empty();
        if (plain) {
            line += a;
            continue;
        }
        line += "'";
        for (char c : a) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
        line += "'";
    }
    return line;
}

// Runs pg_dump or pg_restore with the password in PGPASSWORD; RunByHand when it cannot start.
void run_pg_tool(const std::vector<std::string>& argv, const PostgresLogin& login,
                 const std::string& doing) {
    std::vector<std::pair<std::string, std::string>> env;
    if (login.password) env.emplace_back("PGPASSWORD", *login.password);
    const auto ran = platform::run_program(argv, env);
    const std::string command =
        (login.password ? "PGPASSWORD=... " : std::string()) + pg_command_line(argv);
    if (!ran.started)
        throw RunByHand(argv[0] + " could not be run here (" + ran.why_not +
                            "); run it on the database server or a PC with PostgreSQL's "
                            "client programs",
                        command);
    if (ran.exit_status != 0) {
        std::string said = ran.output;
        while (!said.empty() && (said.back() == '\n' || said.back() == ' ')) said.pop_back();
        throw core::Fault(doing + " failed: " + said);
    }
}

void require_empty(const std::string& url) {
    if (stored_schema_version(url) != 0)
        throw core::Fault(database_label(url) +
                          " is not empty: a backup is restored into a new, empty database only "
                          "(create one, or move the old file away)");
}

BackupMade backup_sqlite(const DatabaseTarget& target, const fs::path& out) {
    const fs::path part = private_part(out);
    try {
        soci::session sql;
        open_session(sql, *target.dialect, target.connect_string);
        // One read transaction: what was committed when it began, whatever is written meanwhile.
        const std::string file = platform::utf8_of(part);  // SOCI binds by reference
        sql << "VACUUM INTO :file", soci::use(file);
    } catch (...) {
        fs::remove(part);
        throw;
    }
    fs::rename(part, out);
    return {"sqlite", out, fs::file_size(out), 0};
}

}  // namespace

BackupMade backup_database(const std::string& url, const fs::path& out) {
    check_new_file(out);
    const auto target = resolve_database_url(url);
    const int version = stored_schema_version(url);
    if (version == 0)
        throw DatabaseMissing(database_label(url),
                              database_label(url) + " holds no TokenDesk database to back up");
    if (!target.sqlite_path.empty()) {
        auto made = backup_sqlite(target, out);
        made.schema_version = version;
        return made;
    }
    if (target.dialect->soci_backend == "postgresql") {
        const auto login = postgres_login(url);
        const fs::path part = private_part(out);
        try {
            run_pg_tool({"pg_dump", "--format=custom", "--no-owner",
                         "--file=" + platform::utf8_of(part), "--dbname=" + login.connect},
                        login, "pg_dump");
        } catch (...) {
            fs::remove(part);
            throw;
        }
        fs::rename(part, out);
        return {"pg_dump", out, fs::file_size(out), version};
    }
    throw RunByHand("an ODBC data source is backed up by the database's own tool: TokenDesk "
                    "cannot tell which server and database it names",
                    "pg_dump --format=custom --no-owner --file=" + platform::utf8_of(out) +
                        " --dbname='host=HOST port=PORT dbname=DATABASE user=USER'");
}

void restore_database(const std::string& url, const fs::path& file,
                      const std::function<std::vector<core::KeyCheck>(bool new_database)>& key) {
    if (!fs::is_regular_file(file))
        throw core::Fault(platform::utf8_of(file) + " is not a backup file");
    const auto target = resolve_database_url(url);
    require_empty(url);
    OpenOptions check;
    check.key = key;
    if (!target.sqlite_path.empty()) {
        const fs::path dest = platform::path_from_utf8(target.sqlite_path);
        create_sqlite_directories(target);
        const fs::path part = private_part(dest);
        try {
            copy_into(file, part);
            if (stored_schema_version("sqlite:" + platform::utf8_of(part)) == 0)
                throw core::Fault(platform::utf8_of(file) + " is not a TokenDesk backup");
            // Opens the copy as the programs will: its key, and its schema brought up to date.
            (void)open_store("sqlite:" + platform::utf8_of(part), check);
        } catch (...) {
            fs::remove(part);
            throw;
        }
        fs::remove(dest);  // an empty (0-byte) file SQLite left, if any
        fs::rename(part, dest);
        return;
    }
    if (target.dialect->soci_backend == "postgresql") {
        const auto login = postgres_login(url);
        run_pg_tool({"pg_restore", "--no-owner", "--exit-on-error", "--single-transaction",
                     "--dbname=" + login.connect, platform::utf8_of(file)},
                    login, "pg_restore");
        (void)open_store(url, check);
        return;
    }
    throw RunByHand("an ODBC data source is restored by the database's own tool",
                    "pg_restore --no-owner --exit-on-error --single-transaction "
                    "--dbname='host=HOST port=PORT dbname=DATABASE user=USER' " +
                        platform::utf8_of(file));
}

}  // namespace td::store
