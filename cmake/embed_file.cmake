# Writes a C++ source that defines newslens::builtinModel() over the bytes of INPUT
# (or an empty blob when INPUT does not exist). Run with cmake -P at build time.
# A string literal of \x escapes compiles far faster than an initializer list.
if(EXISTS "${INPUT}")
  file(READ "${INPUT}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${hex}")
  string(REGEX REPLACE "(([\\][x][0-9a-f][0-9a-f]){64})" "\\1\"\n\"" escaped "${escaped}")
  set(literal "\"${escaped}\"")
else()
  set(size 0)
  set(literal "\"\"")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/embed_file.cmake. Do not edit.
#include \"newslens/builtin_model.h\"
namespace newslens {
namespace {
alignas(16) const char kModel[] =
${literal};
}  // namespace
std::string_view builtinModel() { return std::string_view(kModel, ${size}); }
}  // namespace newslens
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
