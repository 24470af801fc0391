# Every fuzz target's seeds and past findings replayed as a ctest entry (label unit), in every
# build: a fixed finding stays fixed without clang or libFuzzer. The PSKC findings are replayed
# by crypto_tests (PskcRegression).
set(TD_FUZZ_DIR ${PROJECT_SOURCE_DIR}/tests/fuzz)
function(td_fuzz_replay name)
  add_executable(${name}_replay ${TD_FUZZ_DIR}/${name}_fuzz.cpp ${TD_FUZZ_DIR}/replay_main.cpp)
  target_link_libraries(${name}_replay PRIVATE ${ARGN} td_warnings)
  add_test(NAME fuzz_replay.${name} COMMAND ${name}_replay ${TD_FUZZ_DIR}/corpus/${name}
    ${TD_FUZZ_DIR}/regressions/${name} ${TD_FUZZ_REPLAY_EXTRA_${name}})
  set_tests_properties(fuzz_replay.${name} PROPERTIES LABELS unit)
endfunction()

td_fuzz_replay(text td_core)
td_fuzz_replay(settings td_runtime td_core)
find_library(TD_LIBPQ_LIBRARY pq REQUIRED)
td_fuzz_replay(database_url td_store td_core ${TD_LIBPQ_LIBRARY})
target_include_directories(database_url_replay PRIVATE ${PROJECT_SOURCE_DIR}/src/store
  ${TD_LIBPQ_INCLUDE_DIR})
set(TD_FUZZ_REPLAY_EXTRA_template ${PROJECT_SOURCE_DIR}/reports/templates)
td_fuzz_replay(template td_reports td_core)
target_include_directories(template_replay PRIVATE ${PROJECT_SOURCE_DIR}/src/reports)
target_compile_definitions(template_replay PRIVATE
  TD_FUZZ_FONT="/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf")
