// URL forms and the default database location (no server needed: connections to PostgreSQL
// are only tried where they fail at once).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <random>

#include "td/core/outcome.h"
#include "td/platform/places.h"
#include "td/platform/utf8_path.h"
#include "td/store/connection_failure.h"
#include "td/store/open_store.h"

namespace td::store::test {
namespace {

namespace fs = std::filesystem;

class TempDir {
  public:
    TempDir() {
        std::random_device random;
        path_ = fs::temp_directory_path() /
                ("td-url-test-" + std::to_string(random()) + "-" + std::to_string(random()));
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

std::string fault_text(const std::string& url) {
    try {
        open_store(url);
    } catch (const core::Fault& e) {
        return e.what();
    }
    return "(opened)";
}

TEST(DatabaseUrl, UnknownSchemesAreRefusedWithoutEchoingTheUrl) {
    const auto m = fault_text("mysql://td:hunter2@db.example/td");
    EXPECT_NE(m.find("unsupported database URL"), std::string::npos) << m;
    EXPECT_EQ(m.find("hunter2"), std::string::npos) << m;
    EXPECT_NE(fault_text("mysql:whatever").find("unsupported database URL"), std::string::npos);
    EXPECT_NE(fault_text("/var/lib/tokendesk.db").find("unsupported database URL"),
              std::string::npos);
}

// Nothing listens on port 1: libpq and psqlODBC fail at once with their own messages.
TEST(DatabaseUrl, FailedServerConnectionsSayWhyAndDoNotShowThePassword) {
    const std::pair<std::string, ConnectionProblem> cases[] = {
        {"postgresql://td:hunter2@127.0.0.1:1/td", ConnectionProblem::server_unreachable},
        {"postgres://td:hunter2@127.0.0.1:1/td", ConnectionProblem::server_unreachable},
        {"odbc:Driver={PostgreSQL Unicode};Server=127.0.0.1;Port=1;Uid=td;Pwd=hunter2;",
         ConnectionProblem::server_unreachable},
        {"odbc:DSN=td-no-such-dsn;Pwd=hunter2", ConnectionProblem::no_such_dsn},
        {"odbc:Driver={No Such Driver};Pwd=hunter2", ConnectionProblem::driver_missing},
        {"postgresql://td:hunter2@no-such-host.invalid/td", ConnectionProblem::unknown_host},
    };
    for (const auto& [url, problem] : cases) {
        try {
            open_store(url);
            ADD_FAILURE() << "opened " << url;
        } catch (const ConnectionFailed& e) {
            EXPECT_EQ(e.problem(), problem) << e.what();
            EXPECT_EQ(std::string(e.what()).find("hunter2"), std::string::npos) << e.what();
        }
    }
}

TEST(DatabaseUrl, MalformedServerUrlsAreRefusedWithoutShowingThePassword) {
    for (const std::string url : {"postgresql://td:hunter2@host:port/td",
                                  "postgresql://td:hunter2%zz@host/td", "odbc:hunter2"}) {
        const auto m = fault_text(url);
        EXPECT_EQ(m.find("hunter2"), std::string::npos) << m;
        EXPECT_NE(m, "(opened)");
    }
}

TEST(DatabaseUrl, SqliteNeedsAPath) {
    EXPECT_THROW(open_store("sqlite:"), core::Fault);
}

TEST(DatabaseUrl, SqlitePathsMayHoldSpacesAndJapaneseAndMissingDirectories) {
    TempDir dir;
    const auto file = dir.path() / "共有 フォルダ" / "a b" / "tokendesk.db";
    auto store = open_store("sqlite:" + file.string(), creating());
    store->run([](core::Transaction& tx) {
        tx.policy().put("k", "v");
        return true;
    });
    EXPECT_TRUE(fs::exists(file));
}

TEST(DatabaseUrl, DefaultIsInTheUsersDataDirectory) {
    EXPECT_EQ(default_sqlite_url(),
              "sqlite:" + platform::utf8_of(platform::user_data_directory() / "tokendesk.db"));
}

}  // namespace
}  // namespace td::store::test
