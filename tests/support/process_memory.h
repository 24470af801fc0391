#pragma once

// The memory this process holds, as the system reports it, for the benchmarks: resident (Linux's
// VmRSS, Windows' working set) and the part that is this process's alone (Linux's private dirty
// pages, Windows' private bytes).
namespace td::test {

struct ProcessMemory {
    long long resident_kb = 0;
    long long private_kb = 0;
};

ProcessMemory process_memory();

}  // namespace td::test
