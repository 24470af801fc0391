# td_discover_tests(TARGET [PROPERTIES name value...] [DISCOVERY_TIMEOUT s]): natively, one
# ctest entry per test case (gtest_discover_tests); cross-built for Windows, one entry per
# program, run once under Wine, because each Wine process start costs most of a second.
function(td_discover_tests target)
  if(NOT CMAKE_CROSSCOMPILING)
    gtest_discover_tests(${target} ${ARGN})
    return()
  endif()
  cmake_parse_arguments(ARG "" "DISCOVERY_TIMEOUT" "PROPERTIES" ${ARGN})
  add_test(NAME ${target} COMMAND ${target})
  # A property's value runs until the next property name (LABELS may be a list).
  set(names LABELS ENVIRONMENT RUN_SERIAL TIMEOUT SKIP_REGULAR_EXPRESSION)
  set(name "")
  foreach(item ${ARG_PROPERTIES})
    if(item IN_LIST names)
      set(name ${item})
    elseif(name)
      set_property(TEST ${target} APPEND PROPERTY ${name} ${item})
    endif()
  endforeach()
endfunction()
