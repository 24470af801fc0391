# One place for the warning set, applied per target with td_warnings(target).
add_library(td_warnings INTERFACE)
target_compile_options(td_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
  -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual)
if(TD_WERROR)
  target_compile_options(td_warnings INTERFACE -Werror)
endif()
