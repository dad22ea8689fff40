#include "newslens/lexicon/lexicon.h"

namespace newslens::lexicon {
namespace {

#include "newslens/lexicon/first_names.inc"

// Binary search in a sorted list written as "|name|name|…|". lo and hi are always
// positions of a '|'; the name sought, if present, starts after a bar in [lo, hi).
bool inBarList(std::string_view list, std::string_view name) {
  if (name.empty() || name.find('|') != std::string_view::npos) return false;
  std::size_t lo = 0, hi = list.size() - 1;
  while (lo < hi) {
    const std::size_t start = list.rfind('|', lo + (hi - lo) / 2);  // in [lo, mid]
    const std::size_t end = list.find('|', start + 1);              // in (start, hi]
    const std::string_view here = list.substr(start + 1, end - start - 1);
    if (here == name) return true;
    if (here < name)
      lo = end;
    else
      hi = start;
  }
  return false;
}

}  // namespace

Gender firstNameGender(std::string_view name) {
  if (inBarList(kMaleNames, name)) return Gender::Male;
  if (inBarList(kFemaleNames, name)) return Gender::Female;
  return Gender::Unknown;
}

Gender honorificGender(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w == "mr" || w == "sir" || w == "lord" || w == "mister") return Gender::Male;
  if (w == "mrs" || w == "ms" || w == "miss" || w == "dame" || w == "lady" || w == "madam") return Gender::Female;
  return Gender::Unknown;
}

Gender pronounGender(std::string_view w) {
  if (w == "he" || w == "him" || w == "his" || w == "himself") return Gender::Male;
  if (w == "she" || w == "her" || w == "hers" || w == "herself") return Gender::Female;
  return Gender::Unknown;
}

}  // namespace newslens::lexicon
