#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "newslens/ner/word_classes.h"

using namespace newslens::ner::wordclass;

TEST_CASE("foldWord lowers ASCII, folds ’ to ', and leaves other bytes; the buffer form replaces its buffer") {
  CHECK(foldWord("January") == "january");
  CHECK(foldWord("O\xE2\x80\x99"
                 "Clock") == "o'clock");
  CHECK(foldWord("\xE2\x80\x99") == "'");
  CHECK(foldWord("a\xE2\x80") == "a\xE2\x80");  // a cut ’ stays as it is
  CHECK(foldWord("\xC3\x89T\xC3\x89") == "\xC3\x89t\xC3\x89");
  CHECK(foldWord("").empty());
  std::string out = "a long word from the token before";
  foldWord("Shi\xE2\x80\x99ITES", out);
  CHECK(out == "shi'ites");
  foldWord("MAY", out);
  CHECK(out == "may");
  foldWord("", out);
  CHECK(out.empty());
  // The pointer form writes the same bytes and says how many; a fold never grows.
  char buffer[16];
  const std::string_view word = "Shi\xE2\x80\x99ITES";
  const std::size_t n = foldWord(word, buffer);
  CHECK(n == 8);
  CHECK(std::string_view(buffer, n) == "shi'ites");
  CHECK(foldWord("", buffer) == 0);
}

TEST_CASE("classify gives every class of a listed word and 0 for any other") {
  CHECK(classify("second") == (kOrdinalWord | kTimeUnit));
  CHECK((classify("may") & kAmbiguousMonth) != 0);
  CHECK((classify("o'clock") & kMeridiem) != 0);
  CHECK((classify("c") & kTemperatureScale) != 0);
  CHECK((classify("\xC2\xA9") & kYearContext) != 0);
  CHECK((classify("approximately") & kApprox) != 0);
  CHECK(classify("secont") == 0);          // a listed first byte and length
  CHECK(classify("seconds!") == 0);        // a listed first byte, a length none of its words has
  CHECK(classify("approximatelyy") == 0);  // longer than any listed word
  CHECK(classify("qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq") == 0);
  CHECK(classify("") == 0);
  CHECK(classify("Second") == 0);  // takes folded words
}
