#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "newslens/text/tokenizer.h"

using newslens::Token;
using newslens::TokenKind;
using newslens::text::tokenize;
using newslens::text::wordShape;

namespace {
std::vector<std::string> surfaces(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) out.emplace_back(text.substr(t.start, t.end - t.start));
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("possessives split off, inner apostrophes stay") {
  CHECK(surfaces("China\xE2\x80\x99s top diplomat") == V{"China", "\xE2\x80\x99s", "top", "diplomat"});
  CHECK(surfaces("the US's view") == V{"the", "US", "'s", "view"});
  CHECK(surfaces("O'Brien doesn't") == V{"O'Brien", "doesn't"});
}

TEST_CASE("a possessive written apart from its word (tokenized text) is one token") {
  CHECK(surfaces("Standard & Poor 's index") == V{"Standard", "&", "Poor", "'s", "index"});
  CHECK(surfaces("Puig \xE2\x80\x99s gift") == V{"Puig", "\xE2\x80\x99s", "gift"});
  CHECK(surfaces("he said 'sorry' twice") == V{"he", "said", "'", "sorry", "'", "twice"});
  CHECK(surfaces("' s") == V{"'", "s"});
}

TEST_CASE("hyphens join words, dashes separate") {
  CHECK(surfaces("US-China talks") == V{"US-China", "talks"});
  CHECK(surfaces("Beijing \xE2\x80\x93 as") == V{"Beijing", "\xE2\x80\x93", "as"});
  CHECK(surfaces("yes\xE2\x80\x94no") == V{"yes", "\xE2\x80\x94", "no"});
  CHECK(surfaces("well -- no") == V{"well", "--", "no"});
}

TEST_CASE("abbreviations keep their period, sentence periods do not") {
  CHECK(surfaces("Mr. Smith met the U.S. envoy.") == V{"Mr.", "Smith", "met", "the", "U.S.", "envoy", "."});
  CHECK(surfaces("Mr Xi") == V{"Mr", "Xi"});
  CHECK(surfaces("J. K. Rowling") == V{"J.", "K.", "Rowling"});
  CHECK(surfaces("at 5 p.m. today") == V{"at", "5", "p.m.", "today"});
}

TEST_CASE("numbers keep separators") {
  CHECK(surfaces("2,000.5 people") == V{"2,000.5", "people"});
  CHECK(surfaces("at 10:30, in the 1990s") == V{"at", "10:30", ",", "in", "the", "1990s"});
  CHECK(surfaces("$5bn, 3%") == V{"$", "5bn", ",", "3", "%"});
  const auto tokens = tokenize("2,000");
  REQUIRE(tokens.size() == 1);
  CHECK(tokens[0].kind == TokenKind::Number);
}

TEST_CASE("urls and e-mail addresses are one token without trailing punctuation") {
  CHECK(surfaces("see https://example.com/a?b=1. Then") == V{"see", "https://example.com/a?b=1", ".", "Then"});
  CHECK(surfaces("(www.bbc.co.uk)") == V{"(", "www.bbc.co.uk", ")"});
  const auto tokens = tokenize("mail press@state.gov now");
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[1].kind == TokenKind::Url);
}

TEST_CASE("emoji sequences stay whole") {
  // family: man ZWJ woman ZWJ girl; flag: two regional indicators; thumbs up + skin tone
  const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
  const std::string flag = "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8";
  const std::string thumbs = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD";
  CHECK(surfaces(family + flag + " ok" + thumbs) == V{family, flag, "ok", thumbs});
}

TEST_CASE("quotes are their own tokens") {
  CHECK(surfaces("\xE2\x80\x9Cmore positive\xE2\x80\x9D") == V{"\xE2\x80\x9C", "more", "positive", "\xE2\x80\x9D"});
}

TEST_CASE("every non-space byte lies in exactly one token, even in invalid UTF-8") {
  const std::string text = std::string("ok \xFF\xFE bad\xC3 x\0y ", 15) + "\xE2\x82";
  const auto tokens = tokenize(text);
  std::vector<int> covered(text.size(), 0);
  for (const Token& t : tokens) {
    CHECK(t.start < t.end);
    for (auto i = t.start; i < t.end; ++i) ++covered[i];
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool space = text[i] == ' ';
    CHECK(covered[i] == (space ? 0 : 1));
  }
}

TEST_CASE("newlineBefore marks line starts") {
  const auto tokens = tokenize("Headline\r\nBody text");
  REQUIRE(tokens.size() == 3);
  CHECK_FALSE(tokens[0].newlineBefore);
  CHECK(tokens[1].newlineBefore);
  CHECK_FALSE(tokens[2].newlineBefore);
}

TEST_CASE("word shapes") {
  CHECK(wordShape("Blinken") == "Xx");
  CHECK(wordShape("U.S.") == "X.X.");
  CHECK(wordShape("2,000.5") == "d,d.d");
  CHECK(wordShape("US-China") == "X-Xx");
  CHECK(wordShape("iPhone") == "xXx");
  CHECK(wordShape("\xC3\x89mile") == "Xx");  // Émile
}
