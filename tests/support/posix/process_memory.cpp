#include "process_memory.h"

#include <fstream>
#include <string>

namespace td::test {

namespace {

long long sum_of(const char* file, const std::string& key) {
    std::ifstream in(file);
    std::string line;
    long long total = 0;
    while (std::getline(in, line))
        if (line.rfind(key, 0) == 0) total += std::stoll(line.substr(key.size()));
    return total;
}

}  // namespace

ProcessMemory process_memory() {
    return {sum_of("/proc/self/status", "VmRSS:"),
            sum_of("/proc/self/smaps_rollup", "Private_Dirty:")};
}

}  // namespace td::test
