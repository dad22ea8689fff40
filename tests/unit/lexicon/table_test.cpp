#include <doctest/doctest.h>

#include <string>

#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"
#include "newslens/text/utf8.h"

namespace {

using newslens::lexicon::FlaggedWord;
using newslens::lexicon::WordIndex;

constexpr FlaggedWord kWords[] = {{"a", 1}, {"alpha", 2}, {"beta", 4}, {"gamma", 8}, {"gammas", 16}};
constexpr WordIndex kIndex{kWords};

}  // namespace

TEST_CASE("WordIndex finds each listed word's flags and nothing else") {
  for (const FlaggedWord& w : kWords) CHECK(kIndex.flagsOf(w.word) == w.flags);
  CHECK(kIndex.flagsOf("") == 0);
  CHECK(kIndex.flagsOf("alph") == 0);      // a prefix of a word
  CHECK(kIndex.flagsOf("alphas") == 0);    // a word plus a letter
  CHECK(kIndex.flagsOf("Alpha") == 0);     // compared exactly
  CHECK(kIndex.flagsOf("gammasss") == 0);  // longer than any word
  static_assert(kIndex.flagsOf("beta") == 4, "the index is usable at compile time");
}

TEST_CASE("WordIndex's first-byte and length filter passes every listed word, long and empty ones too") {
  static constexpr FlaggedWord kShapes[] = {
      {"", 1},
      {"\xC3\xA9t\xC3\xA9", 2},  // a first byte above 0x7F
      {"b", 4},
      {"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", 8},  // 37 bytes: past the length bits
      {"zebra", 16}};
  static constexpr WordIndex kShapeIndex{kShapes};
  for (const FlaggedWord& w : kShapes) CHECK(kShapeIndex.flagsOf(w.word) == w.flags);
  CHECK(kShapeIndex.flagsOf("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb") == 0);  // 36 bytes: same length bit, other word
  CHECK(kShapeIndex.flagsOf("zebr") == 0);
  CHECK(kShapeIndex.flagsOf("bebra") == 0);  // a listed length under another first byte
  CHECK(kShapeIndex.flagsOf("a") == 0);
}

TEST_CASE("FirstByteLengths rules out a word only when no listed word has its first byte and length") {
  newslens::lexicon::FirstByteLengths lengths;
  for (const char* w : {"may", "march", "\xC3\xA9t\xC3\xA9", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}) lengths.add(w);
  CHECK(lengths.mayList("may"));
  CHECK(lengths.mayList("mad"));  // a listed first byte and length: the caller compares
  CHECK(lengths.mayList("\xC3\xA9t\xC3\xA9"));
  CHECK(lengths.mayList("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));  // 44 bytes: lengths past 30 share a bit
  CHECK(lengths.mayList(""));
  CHECK_FALSE(lengths.mayList("mays"));
  CHECK_FALSE(lengths.mayList("ma"));
  CHECK_FALSE(lengths.mayList("nay"));
  CHECK_FALSE(lengths.mayList("b"));
}

TEST_CASE("the lexicon's indexed tables answer as their lists say") {
  using namespace newslens::lexicon;
  CHECK(isScoringStopWord("the"));
  CHECK_FALSE(isScoringStopWord("senate"));
  CHECK(isKeywordStopWord("yesterday"));
  CHECK(isReportingVerb("said"));
  CHECK_FALSE(isReportingVerb("sai"));
  CHECK(isHonorific("mr."));
  CHECK_FALSE(isHonorific("mrx"));
}

TEST_CASE("lowercase lowers ASCII in place and decodes the rest") {
  using newslens::text::lowercase;
  CHECK(lowercase("Hello WORLD 42") == "hello world 42");
  CHECK(lowercase("") == "");
  CHECK(lowercase("ÉCOLE Ärzte") == "école ärzte");
  CHECK(lowercase("Abc\xFF"
                  "DEF") ==
        "abc\xFF"
        "def");  // an invalid byte is kept, the rest still lowered
}
