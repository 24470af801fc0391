# Writes a C++ source that holds a text file as a string (docs/openapi.yaml, which the server
# serves): cmake -DIN=FILE -DOUT=FILE.cpp -DNAME=kName -P embed_text.cmake
file(READ "${IN}" text)
string(FIND "${text}" ")td_text\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw string's end marker")
endif()
file(WRITE "${OUT}" "// Generated from ${IN}; do not edit.\nnamespace td::server {\nextern const char ${NAME}[];\nconst char ${NAME}[] = R\"td_text(${text})td_text\";\n}  // namespace td::server\n")
