# Adapter libraries, found once. Debian ships neither CMake configs nor pkg-config files
# for SOCI and libharu, so they are found by header and library name.
if(WIN32)
  # The Windows build links everything statically (one program file, no DLLs of ours).
  set(OPENSSL_USE_STATIC_LIBS TRUE)
endif()
find_package(OpenSSL 3 REQUIRED)
if(WIN32)
  # A static libcrypto needs Windows' socket and certificate-store libraries beside it.
  set_property(TARGET OpenSSL::Crypto APPEND PROPERTY INTERFACE_LINK_LIBRARIES ws2_32 crypt32 user32
    advapi32)
endif()
find_package(Threads REQUIRED)
# The PSKC reader's XML parser; Debian's libpugixml-dev ships a CMake config.
find_package(pugixml REQUIRED)

# SOCI as Debian names it, or as its own build names it for Windows (with the ABI version).
find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_library(SOCI_CORE_LIBRARY NAMES soci_core soci_core_4_0 REQUIRED)
add_library(soci_core_lib INTERFACE)
target_include_directories(soci_core_lib SYSTEM INTERFACE ${SOCI_INCLUDE_DIR})
target_link_libraries(soci_core_lib INTERFACE ${SOCI_CORE_LIBRARY} ${CMAKE_DL_LIBS})

# The SQLite, PostgreSQL and ODBC backends, linked (src/store/linked_backends.cpp registers
# them), with what they need: on Debian their shared libraries bring it; the static Windows
# ones need SQLite, libpq (with OpenSSL) and Windows' ODBC and socket libraries named.
add_library(soci_backends_lib INTERFACE)
set(TD_SOCI_BACKEND_LIBRARIES)
foreach(backend sqlite3 postgresql odbc)
  find_library(SOCI_${backend}_LIBRARY NAMES soci_${backend} soci_${backend}_4_0 REQUIRED)
  list(APPEND TD_SOCI_BACKEND_LIBRARIES ${SOCI_${backend}_LIBRARY})
endforeach()
if(WIN32)
  # Static archives that call each other: the linker looks through them until all is found.
  string(REPLACE ";" "," TD_SOCI_GROUP "${TD_SOCI_BACKEND_LIBRARIES};${SOCI_CORE_LIBRARY}")
  target_link_libraries(soci_backends_lib INTERFACE "$<LINK_GROUP:RESCAN,${TD_SOCI_GROUP}>")
else()
  target_link_libraries(soci_backends_lib INTERFACE ${TD_SOCI_BACKEND_LIBRARIES})
endif()
target_link_libraries(soci_backends_lib INTERFACE soci_core_lib)
if(WIN32)
  find_library(SQLITE3_LIBRARY sqlite3 REQUIRED)
  find_library(PQ_LIBRARY pq REQUIRED)
  find_library(PGCOMMON_LIBRARY pgcommon REQUIRED)
  find_library(PGPORT_LIBRARY pgport REQUIRED)
  target_link_libraries(soci_backends_lib INTERFACE ${SQLITE3_LIBRARY} ${PQ_LIBRARY}
    ${PGCOMMON_LIBRARY} ${PGPORT_LIBRARY} OpenSSL::SSL OpenSSL::Crypto odbc32 odbccp32 secur32
    ws2_32 crypt32 shell32)
endif()

find_path(NLOHMANN_JSON_INCLUDE_DIR nlohmann/json.hpp REQUIRED)
add_library(nlohmann_json_lib INTERFACE)
target_include_directories(nlohmann_json_lib SYSTEM INTERFACE ${NLOHMANN_JSON_INCLUDE_DIR})
