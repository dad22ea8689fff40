#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "newslens/ner/features.h"
#include "newslens/ner/normal_lower.h"
#include "newslens/text/span.h"
#include "newslens/text/tokenizer.h"
#include "newslens/text/utf8.h"

using namespace newslens;
using namespace newslens::ner;

TEST_CASE("NormalLower reads a word as lowercase(normalizeToken(word)), ASCII or not") {
  for (const std::string_view word : {"", "Twitter", "U.S.", "NATO", "o'Neil", "Ren\xC3\xA9",
                                      "\xC3\x89LYS\xC3\x89"
                                      "E",
                                      "don\xE2\x80\x99t", "\xE2\x80\x9CTop",
                                      "Lagos\xE2\x80\x94"
                                      "Abuja",
                                      "A-Very-Long-Hyphenated-Name-Of-Forty-Bytes-Or-More"}) {
    CAPTURE(word);
    CHECK(NormalLower(word).view() == text::lowercase(normalizeToken(word)));
    std::string appended = "key ";
    NormalLower::append(appended, word);
    CHECK(appended == "key " + text::lowercase(normalizeToken(word)));
  }
}

TEST_CASE("surfacesWithin into a buffer gives what the returning form gives, the buffer cleared first") {
  const std::string text = "pro-Israel groups met Mr Smith.";
  const std::vector<Token> tokens = text::tokenize(text);
  std::vector<std::string_view> buffer = {"stale"};
  text::surfacesWithin(text, tokens, 0, 3, 4, 17, buffer);
  CHECK(buffer == text::surfacesWithin(text, tokens, 0, 3, 4, 17));
  CHECK(buffer.front() == "Israel");
}
