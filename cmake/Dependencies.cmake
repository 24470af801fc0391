# Adapter libraries, found once. Debian ships neither CMake configs nor pkg-config files
# for SOCI and libharu, so they are found by header and library name.
find_package(OpenSSL 3 REQUIRED)
find_package(Threads REQUIRED)
# The PSKC reader's XML parser; Debian's libpugixml-dev ships a CMake config.
find_package(pugixml REQUIRED)

find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_library(SOCI_CORE_LIBRARY soci_core REQUIRED)
add_library(soci_core_lib INTERFACE)
target_include_directories(soci_core_lib SYSTEM INTERFACE ${SOCI_INCLUDE_DIR})
# Backends are loaded at run time by name; only soci_core and dl are linked.
target_link_libraries(soci_core_lib INTERFACE ${SOCI_CORE_LIBRARY} ${CMAKE_DL_LIBS})

find_path(NLOHMANN_JSON_INCLUDE_DIR nlohmann/json.hpp REQUIRED)
add_library(nlohmann_json_lib INTERFACE)
target_include_directories(nlohmann_json_lib SYSTEM INTERFACE ${NLOHMANN_JSON_INCLUDE_DIR})
