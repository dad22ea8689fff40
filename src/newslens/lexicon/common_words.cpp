#include "newslens/lexicon/lexicon.h"

namespace newslens::lexicon {
namespace {

#include "newslens/lexicon/common_words.inc"

}  // namespace

std::vector<std::string_view> commonNewsWords() {
  std::vector<std::string_view> words;
  for (std::size_t start = 1; start < kCommonWords.size();) {
    const std::size_t end = kCommonWords.find('|', start);
    words.push_back(kCommonWords.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

}  // namespace newslens::lexicon
