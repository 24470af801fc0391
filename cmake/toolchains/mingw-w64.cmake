# Cross-compiling TokenDesk for 64-bit Windows on Debian: mingw-w64's posix-threads compiler
# (the win32-threads one has no std::mutex) against the static libraries that
# scripts/build-windows-deps.sh builds into TD_WINDOWS_DEPS (scripts/build-windows.sh passes
# it; the environment variable of the same name works too). Programs link everything
# statically, so they need nothing but Windows' own DLLs; tests run under Wine.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(TD_MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${TD_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${TD_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${TD_MINGW_TRIPLET}-windres)

if(NOT TD_WINDOWS_DEPS AND DEFINED ENV{TD_WINDOWS_DEPS})
  set(TD_WINDOWS_DEPS $ENV{TD_WINDOWS_DEPS})
endif()
if(NOT TD_WINDOWS_DEPS)
  message(FATAL_ERROR "TD_WINDOWS_DEPS is not set: run scripts/build-windows-deps.sh and pass "
    "the prefix it prints (scripts/build-windows.sh does both)")
endif()
# try_compile projects read this file again: hand them the prefix.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES TD_WINDOWS_DEPS)

set(CMAKE_FIND_ROOT_PATH ${TD_WINDOWS_DEPS} /usr/${TD_MINGW_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(ENV{PKG_CONFIG_LIBDIR} ${TD_WINDOWS_DEPS}/lib/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")
set(PKG_CONFIG_ARGN --static)

# The C and C++ runtimes and winpthreads go into each program.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

set(wxWidgets_CONFIG_EXECUTABLE ${TD_WINDOWS_DEPS}/bin/wx-config)
set(OPENSSL_ROOT_DIR ${TD_WINDOWS_DEPS})

# ctest (and gtest_discover_tests) run the test programs through Wine.
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
