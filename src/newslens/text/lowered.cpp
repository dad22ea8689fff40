#include "newslens/text/lowered.h"

#include "newslens/text/utf8.h"

namespace newslens::text {

std::string lowercaseText(std::string_view text) {
  std::string out(text);
  lowercaseInPlace(out.data(), out.size());
  return out;
}

std::string_view loweredText(std::string_view text, const Analysis& a, std::string& scratch) {
  if (a.lower.size() == text.size()) return a.lower;
  scratch = lowercaseText(text);
  return scratch;
}

}  // namespace newslens::text
