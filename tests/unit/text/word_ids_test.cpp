#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newslens/text/word_ids.h"

namespace text = newslens::text;

TEST_CASE("WordIds numbers words in first-seen order, as a map filled with its own size would") {
  // Enough distinct words to grow the table several times, each seen more than once.
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) words.push_back("w" + std::to_string(i * 7919 % 1000));
  words.push_back("");
  words.push_back(std::string(70, 'L'));  // past the lengths find() tells apart
  words.push_back(std::string(64, 'L'));
  text::WordIds ids;
  std::unordered_map<std::string_view, std::uint32_t> expected;
  for (const std::string& w : words) {
    const std::uint32_t want = expected.try_emplace(w, static_cast<std::uint32_t>(expected.size())).first->second;
    CHECK(ids.idOf(w) == want);
  }
  CHECK(ids.size() == expected.size());
  for (const auto& [w, id] : expected) {
    CHECK(ids.find(w) == id);
    CHECK(ids.word(id) == w);
  }
  CHECK(ids.find("w1000") == text::WordIds::kNone);  // a seen shape, an unseen word
  CHECK(ids.find("x1") == text::WordIds::kNone);     // an unseen first byte
  CHECK(ids.find(std::string(65, 'L')) == text::WordIds::kNone);
  CHECK(text::WordIds().find("") == text::WordIds::kNone);
}
