#include "newslens/summary/short_form.h"

namespace newslens::summary {

std::string shortForm(std::string_view text, const Analysis& analysis, std::uint32_t start, std::uint32_t end) {
  return std::string(text.substr(start, end - start));
}

}  // namespace newslens::summary
