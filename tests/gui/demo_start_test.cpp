// The desktop program itself, started as a teller would start it: `tokendesk --demo` on a new
// database shows the demo box, and Enter on it leads to the sign-in window, not to the end of
// the program. Keys go through the window system; the windows are found by their titles on the
// (virtual) display.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wx/gdicmn.h>
#include <wx/uiaction.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "gui_pump.h"

namespace td::app::test {
namespace {

// Titles of the top-level windows on the display (xwininfo, from x11-utils).
std::string window_titles() {
    std::unique_ptr<FILE, int (*)(FILE*)> p(popen("xwininfo -root -tree 2>/dev/null", "r"), pclose);
    std::string out;
    if (!p) return out;
    char buf[4096];
    while (std::fgets(buf, sizeof buf, p.get())) out += buf;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));  // asked a few times a second
    return out;
}

// The first top-level window of that exact title and at least that wide, as x, y, width, height.
std::optional<wxRect> find_window(const std::string& title, int min_width = 0) {
    std::istringstream lines(window_titles());
    const std::string quoted = "\"" + title + "\": (";
    for (std::string line; std::getline(lines, line);) {
        const auto at = line.find(quoted);
        if (at == std::string::npos) continue;
        // ...: ("class" "Class")  WIDTHxHEIGHT+X+Y  +X+Y
        const auto geometry = line.find(")  ", at);
        int w = 0, h = 0, x = 0, y = 0;
        if (geometry == std::string::npos ||
            std::sscanf(line.c_str() + geometry + 3, "%dx%d+%d+%d", &w, &h, &x, &y) != 4)
            continue;
        if (w >= min_width) return wxRect(x, y, w, h);
    }
    return std::nullopt;
}

bool window_shown(const std::string& title) {
    return find_window(title).has_value();
}

// No window manager on the test display: the keyboard goes to the window under the pointer.
void point_at(const wxRect& window) {
    wxUIActionSimulator mouse;
    mouse.MouseMove(window.GetPosition() + wxPoint(window.width / 2, window.height / 2));
    pump_until([] { return false; }, 300);
}

class DemoStartTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string tmpl = (std::filesystem::temp_directory_path() / "td-demo-XXXXXX").string();
        ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
        dir_ = tmpl;
    }
    void TearDown() override {
        if (pid_ > 0) {
            kill(pid_, SIGTERM);
            int status = 0;
            waitpid(pid_, &status, 0);
        }
        std::filesystem::remove_all(dir_);
    }
    // The program with its own home, so no settings of the machine's user are read.
    void start(const std::vector<std::string>& args) {
        pid_ = fork();
        ASSERT_GE(pid_, 0);
        if (pid_ == 0) {
            setenv("HOME", dir_.c_str(), 1);
            setenv("XDG_CONFIG_HOME", (dir_ / "config").c_str(), 1);
            setenv("XDG_DATA_HOME", (dir_ / "data").c_str(), 1);
            unsetenv("TOKENDESK_DB");
            unsetenv("TOKENDESK_KEY_FILE");
            std::vector<char*> argv{const_cast<char*>(TD_DESKTOP_EXE)};
            for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
            argv.push_back(nullptr);
            execv(argv[0], argv.data());
            _exit(127);
        }
    }
    bool running() {
        int status = 0;
        return waitpid(pid_, &status, WNOHANG) == 0;
    }
    std::filesystem::path dir_;
    pid_t pid_ = -1;
};

TEST_F(DemoStartTest, EnterOnTheDemoBoxLeadsToTheSignInAndTheDesk) {
    const std::string db = "sqlite:" + (dir_ / "demo.db").string();
    start({"--demo", "--db", db, "--key-file", (dir_ / "demo.key").string(), "--lang", "en"});
    ASSERT_TRUE(pump_until([] { return window_shown("TokenDesk demo"); }, 60000))
        << window_titles();
    point_at(*find_window("TokenDesk demo"));
    wxUIActionSimulator keyboard;
    keyboard.Char(WXK_RETURN);
    ASSERT_TRUE(pump_until(
        [] { return window_shown("TokenDesk") && !window_shown("TokenDesk demo"); }, 30000))
        << window_titles();
    // The sign-in takes the demo teller, and the desk's main window (wider than any dialog)
    // opens: the program did not end with the box.
    point_at(*find_window("TokenDesk"));
    keyboard.Text("teller1");
    keyboard.Char(WXK_TAB);
    keyboard.Text("demo-teller-pw");
    keyboard.Char(WXK_RETURN);
    EXPECT_TRUE(pump_until([] { return find_window("TokenDesk", 900).has_value(); }, 30000))
        << window_titles();
    EXPECT_TRUE(running());
}

}  // namespace
}  // namespace td::app::test
