#include <doctest/doctest.h>

#include <ios>
#include <string>
#include <utility>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/text/lowered.h"
#include "newslens/text/span.h"
#include "newslens/text/tokenizer.h"
#include "newslens/text/utf8.h"

namespace text = newslens::text;

TEST_CASE("lowercasing keeps every character's UTF-8 length, so spans keep their offsets") {
  // Every code point toLower maps: its lower case has as many UTF-8 bytes.
  for (char32_t cp = 1; cp < 0x11000; ++cp) {
    if (cp >= 0xD800 && cp < 0xE000) continue;
    std::string upper, lower;
    text::appendUtf8(upper, cp);
    text::appendUtf8(lower, text::toLower(cp));
    if (upper.size() != lower.size()) FAIL("U+" << std::hex << static_cast<unsigned>(cp) << " changes length");
  }
  CHECK(text::lowercase("ÀÉÎ ΑΘΗΝΑ МОСКВА ĀĒ Ѐ") == "àéî αθηνα москва āē ѐ");
}

TEST_CASE("lowercaseText lowers every token where it stands; invalid bytes stay") {
  const std::string input = "WASHINGTON (CNN) \xFF Zoë ÇELİK said “Hi” \xE2\x80 ΑΘΗΝΑ.";
  const std::string lowered = text::lowercaseText(input);
  REQUIRE(lowered.size() == input.size());
  CHECK(lowered.find("washington (cnn) \xFF zoë çel") == 0);
  for (const newslens::Token& t : text::tokenize(input))
    CHECK(text::surface(lowered, t) == text::lowercase(text::surface(input, t)));
}

TEST_CASE("LowerWord lowercases as lowercase() does, short words on the stack and long ones in a string") {
  const std::vector<std::string> words = {"", "Mr", "ÇELİK",
                                          "\xFF\xE2\x80"
                                          "Ab",
                                          std::string(31, 'Q'), std::string(32, 'Q'), std::string(33, 'Q'),
                                          "Ζ" + std::string(40, 'W') + "É",
                                          // An ASCII prefix lowered as copied, then the rest decoded.
                                          "ZÜRICH", "MAÑANA Ÿ",
                                          "AB\xFF"
                                          "CD",
                                          std::string(30, 'K') + "Ä"};
  for (const std::string& word : words) {
    const text::LowerWord lower(word);
    CHECK(lower.view() == text::lowercase(word));
  }
}

TEST_CASE("loweredText uses the analysis's lowered text only when it was made for this text") {
  newslens::Analysis a;
  std::string scratch;
  CHECK(text::loweredText("Mr Xi", a, scratch) == "mr xi");  // none made: computed into scratch
  a.lower = "LEFT AS IS";
  CHECK(text::loweredText("Some Text!", a, scratch) == "LEFT AS IS");  // same size: the analysis's own
  CHECK(text::loweredText("Other", a, scratch) == "other");
}

TEST_CASE("tokensOf reads a mention's own token range only when it is tokensIn's") {
  const std::string input = "Secretary Antony Blinken met Xi Jinping in Beijing.";
  const std::vector<newslens::Token> tokens = text::tokenize(input);
  newslens::Mention m;
  m.start = static_cast<std::uint32_t>(input.find("Antony"));
  m.end = static_cast<std::uint32_t>(input.find(" met"));
  const text::TokenSpan searched = text::tokensIn(tokens, m.start, m.end);
  REQUIRE(searched.first == 1);
  REQUIRE(searched.last == 3);
  // Right, off by one at either end, empty, out of range: always tokensIn's answer.
  for (const auto& [first, last] : {std::pair{1u, 3u}, {0u, 3u}, {1u, 4u}, {2u, 3u}, {1u, 2u}, {3u, 3u}, {1u, 99u}}) {
    m.firstToken = first;
    m.lastToken = last;
    const text::TokenSpan got = text::tokensOf(tokens, m);
    CHECK(got.first == searched.first);
    CHECK(got.last == searched.last);
  }
}
