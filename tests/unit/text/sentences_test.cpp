#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "newslens/text/sentences.h"
#include "newslens/text/tokenizer.h"

using newslens::Sentence;

namespace {
std::vector<Sentence> split(std::string_view text) {
  return newslens::text::splitSentences(text, newslens::text::tokenize(text));
}
std::vector<std::string> contents(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : split(text)) out.emplace_back(text.substr(s.contentStart, s.contentEnd - s.contentStart));
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("no split after titles and acronyms inside a sentence") {
  CHECK(contents("Mr. Blinken met Dr. Smith in the U.S. capital. Then he left.") ==
        V{"Mr. Blinken met Dr. Smith in the U.S. capital.", "Then he left."});
  CHECK(contents("Mr Xi said so. Mr Blinken agreed!") == V{"Mr Xi said so.", "Mr Blinken agreed!"});
}

TEST_CASE("an acronym ends a sentence before a typical starter") {
  CHECK(contents("He flew to the U.S. The talks began.") == V{"He flew to the U.S.", "The talks began."});
}

TEST_CASE("closing quotes stay with their sentence") {
  CHECK(contents("He said: \xE2\x80\x9CWe agree.\xE2\x80\x9D Then he left.") ==
        V{"He said: \xE2\x80\x9CWe agree.\xE2\x80\x9D", "Then he left."});
}

TEST_CASE("numbers and ellipses") {
  CHECK(contents("It rose 2.5 percent. Wait... What?") == V{"It rose 2.5 percent.", "Wait...", "What?"});
}

TEST_CASE("line breaks split headlines and start paragraphs") {
  const std::string text = "Read more:\nFive key talking points\n\nBody one. Body two.";
  CHECK(contents(text) == V{"Read more:", "Five key talking points", "Body one.", "Body two."});
  const auto sentences = split(text);
  CHECK(sentences[0].paragraph == 0);
  CHECK(sentences[1].paragraph == 1);
  CHECK(sentences[2].paragraph == 2);
  CHECK(sentences[3].paragraph == 2);
}

TEST_CASE("sentences tile the text exactly") {
  for (std::string_view text : {std::string_view("  Lead. Next one!\r\n\r\nLast  "), std::string_view(" \n "),
                                std::string_view("x"), std::string_view("One.Two. three")}) {
    const auto sentences = split(text);
    REQUIRE_FALSE(sentences.empty());
    CHECK(sentences.front().start == 0);
    CHECK(sentences.back().end == text.size());
    for (std::size_t i = 1; i < sentences.size(); ++i) CHECK(sentences[i].start == sentences[i - 1].end);
  }
  CHECK(split("").empty());
}

TEST_CASE("stats count words and worded sentences") {
  const std::string text = "One two three. Four!\n\n---\nFive";
  const auto tokens = newslens::text::tokenize(text);
  const auto sentences = newslens::text::splitSentences(text, tokens);
  const auto stats = newslens::text::computeStats(text, tokens, sentences);
  CHECK(stats.words == 5);
  CHECK(stats.sentences == 3);
  CHECK(stats.paragraphs == 2);
}

TEST_CASE("a straight opening quote starts the next sentence, a closing one ends this one") {
  CHECK(contents("He left. \"We agree,\" she said.") == V{"He left.", "\"We agree,\" she said."});
  CHECK(contents("She said \"we agree.\" Then he left.") == V{"She said \"we agree.\"", "Then he left."});
}

TEST_CASE("a lowercase word after a period continues the sentence") {
  CHECK(contents("He was ranked No. 1. player of the year. Then he retired.") ==
        V{"He was ranked No. 1. player of the year.", "Then he retired."});
}
