# td_discover_tests(TARGET [SHARDS n] [PROPERTIES name value...] [DISCOVERY_TIMEOUT s]):
# natively, one ctest entry per test case (gtest_discover_tests); cross-built for Windows, one
# entry per program, run once under Wine, because each Wine process start costs most of a
# second — or, with SHARDS, n entries that each run a share of its tests (GoogleTest's
# sharding), so a long program's tests can run side by side (ctest -j).
function(td_discover_tests target)
  if(NOT CMAKE_CROSSCOMPILING)
    set(args ${ARGN})
    list(FIND args SHARDS at)
    if(at GREATER -1)
      math(EXPR count_at "${at} + 1")
      list(REMOVE_AT args ${at} ${count_at})  # SHARDS and its count
    endif()
    gtest_discover_tests(${target} ${args})
    return()
  endif()
  cmake_parse_arguments(ARG "" "DISCOVERY_TIMEOUT;SHARDS" "PROPERTIES" ${ARGN})
  set(tests ${target})
  if(ARG_SHARDS)
    set(tests "")
    math(EXPR last "${ARG_SHARDS} - 1")
    foreach(i RANGE ${last})
      math(EXPR n "${i} + 1")
      set(test ${target}.${n}of${ARG_SHARDS})
      add_test(NAME ${test} COMMAND ${target})
      set_property(TEST ${test} PROPERTY ENVIRONMENT
        GTEST_TOTAL_SHARDS=${ARG_SHARDS} GTEST_SHARD_INDEX=${i})
      list(APPEND tests ${test})
    endforeach()
  else()
    add_test(NAME ${target} COMMAND ${target})
  endif()
  # A property's value runs until the next property name (LABELS may be a list).
  set(names LABELS ENVIRONMENT RUN_SERIAL TIMEOUT SKIP_REGULAR_EXPRESSION)
  foreach(test ${tests})
    set(name "")
    foreach(item ${ARG_PROPERTIES})
      if(item IN_LIST names)
        set(name ${item})
      elseif(name)
        set_property(TEST ${test} APPEND PROPERTY ${name} ${item})
      endif()
    endforeach()
  endforeach()
endfunction()

# td_test_pch(TARGET...): GoogleTest and the standard headers every test file reads, compiled
# once per test program instead of once per file (most of a test file's compile time is these
# headers; the test command builds the tests three times: sanitized, for threads, for Windows).
function(td_test_pch)
  foreach(target ${ARGN})
    target_precompile_headers(${target} PRIVATE <gtest/gtest.h> <string> <vector> <optional>
      <memory> <map> <functional> <chrono>)
  endforeach()
endfunction()
