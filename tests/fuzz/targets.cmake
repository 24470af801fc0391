# What each fuzz target links and sees, for both its libFuzzer build (tests/fuzz/CMakeLists.txt)
# and its replay in the ordinary test build (replay.cmake): one list, so the two cannot drift.
set(TD_FUZZ_TARGETS pskc text settings database_url template)

function(td_fuzz_target_setup target name)
  find_library(TD_LIBPQ_LIBRARY pq REQUIRED)
  if(name STREQUAL "pskc")
    target_link_libraries(${target} PRIVATE td_crypto)
  elseif(name STREQUAL "text")
    target_link_libraries(${target} PRIVATE td_core)
  elseif(name STREQUAL "settings")
    target_link_libraries(${target} PRIVATE td_runtime td_core)
  elseif(name STREQUAL "database_url")
    target_link_libraries(${target} PRIVATE td_store td_core ${TD_LIBPQ_LIBRARY})
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src/store
      ${TD_LIBPQ_INCLUDE_DIR})
  elseif(name STREQUAL "template")
    target_link_libraries(${target} PRIVATE td_reports td_core)
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src/reports)
    target_compile_definitions(${target} PRIVATE
      TD_FUZZ_FONT="/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf")
  endif()
  target_link_libraries(${target} PRIVATE td_warnings)
endfunction()
