#include "process_memory.h"

#include <windows.h>
// windows.h first: psapi.h uses its types.
#include <psapi.h>

namespace td::test {

namespace {

// Windows' "private bytes" (PrivateUsage) are the committed private pages; counted here from the
// address space itself, since Wine leaves PrivateUsage at 0.
long long private_committed_kb() {
    unsigned long long total = 0;
    MEMORY_BASIC_INFORMATION region{};
    const char* at = nullptr;
    while (VirtualQuery(at, &region, sizeof region) == sizeof region) {
        if (region.State == MEM_COMMIT && region.Type == MEM_PRIVATE) total += region.RegionSize;
        const char* next = static_cast<const char*>(region.BaseAddress) + region.RegionSize;
        if (next <= at) break;
        at = next;
    }
    return static_cast<long long>(total / 1024);
}

}  // namespace

ProcessMemory process_memory() {
    PROCESS_MEMORY_COUNTERS counters{};
    counters.cb = sizeof counters;
    const long long resident = GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters)
                                   ? static_cast<long long>(counters.WorkingSetSize / 1024)
                                   : 0;
    return {resident, private_committed_kb()};
}

}  // namespace td::test
