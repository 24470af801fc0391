# Every fuzz target's seeds and past findings replayed as a ctest entry (label unit), in every
# build: a fixed finding stays fixed without clang or libFuzzer. The PSKC findings are replayed
# by crypto_tests (PskcRegression), which also names the file that fails.
set(TD_FUZZ_DIR ${PROJECT_SOURCE_DIR}/tests/fuzz)
include(${TD_FUZZ_DIR}/targets.cmake)
set(TD_FUZZ_REPLAY_EXTRA_template ${PROJECT_SOURCE_DIR}/reports/templates)

foreach(name IN LISTS TD_FUZZ_TARGETS)
  if(name STREQUAL "pskc")
    continue()
  endif()
  add_executable(${name}_replay ${TD_FUZZ_DIR}/${name}_fuzz.cpp ${TD_FUZZ_DIR}/replay_main.cpp)
  td_fuzz_target_setup(${name}_replay ${name})
  add_test(NAME fuzz_replay.${name} COMMAND ${name}_replay ${TD_FUZZ_DIR}/corpus/${name}
    ${TD_FUZZ_DIR}/regressions/${name} ${TD_FUZZ_REPLAY_EXTRA_${name}})
  set_tests_properties(fuzz_replay.${name} PROPERTIES LABELS unit)
endforeach()
