# Sourced: how the AddressSanitizer / UBSan build's programs report (the test command's build-ci;
# source it before running its tests by hand). Any report ends the program with an error, so
# the test that met it fails; libraries' own lifetime allocations are suppressed by library.
supp_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/sanitize"
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$supp_dir/lsan.supp:print_suppressions=0"
unset supp_dir
