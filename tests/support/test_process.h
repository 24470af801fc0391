#pragma once
// Running a program the way a script does (arguments, extra environment, standard input),
// the same way on Debian and Windows.
#include <map>
#include <string>
#include <vector>

namespace td::test {

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs `program` with `args` (UTF-8), the caller's environment plus `env`, and `stdin_text` as
// its standard input; waits for it.
ProcessResult run_program(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env,
                          const std::string& stdin_text = {});

}  // namespace td::test
