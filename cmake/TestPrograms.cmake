# td_discover_tests(TARGET [PROPERTIES ...] [DISCOVERY_TIMEOUT s]): natively, one ctest entry per
# test case (gtest_discover_tests); cross-built for Windows, one entry per program, run once
# under Wine, because each Wine process start costs most of a second.
function(td_discover_tests target)
  if(CMAKE_CROSSCOMPILING)
    cmake_parse_arguments(ARG "" "DISCOVERY_TIMEOUT" "PROPERTIES" ${ARGN})
    add_test(NAME ${target} COMMAND ${target})
    if(ARG_PROPERTIES)
      set_tests_properties(${target} PROPERTIES ${ARG_PROPERTIES})
    endif()
  else()
    gtest_discover_tests(${target} ${ARGN})
  endif()
endfunction()
