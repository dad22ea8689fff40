#include <doctest/doctest.h>

#include <string>

#include "newslens/analyzer.h"
#include "newslens/text/dateline.h"

using newslens::text::leadingDatelineLength;

namespace {

// What is left of `sentence` once its dateline is dropped.
std::string rest(std::string_view sentence) { return std::string(sentence.substr(leadingDatelineLength(sentence))); }

}  // namespace

TEST_CASE("datelines: source in parentheses, with or without a place and a dash") {
  CHECK(rest("(CNN)Share, and your gift will be multiplied.") == "Share, and your gift will be multiplied.");
  CHECK(rest("(CNN) -- Police said on Monday.") == "Police said on Monday.");
  CHECK(rest("(Rolling Stone)Kanye West fans are used to it.") == "Kanye West fans are used to it.");
  CHECK(rest("Tokyo (CNN)Police in Japan say they have arrested a man.") ==
        "Police in Japan say they have arrested a man.");
  CHECK(rest("Naypyidaw, Myanmar (CNN)Twenty-one people are dead.") == "Twenty-one people are dead.");
  CHECK(rest("New Delhi, India (CNN)The ambassador apologised.") == "The ambassador apologised.");
  CHECK(rest("WASHINGTON (CNN) \xE2\x80\x94 The Senate voted on Tuesday.") == "The Senate voted on Tuesday.");
  CHECK(rest("LONDON, June 3 (Reuters) - Shares fell sharply.") == "Shares fell sharply.");
  CHECK(rest("S\xC3\x83O PAULO (AP) \xE2\x80\x93 Floods hit the city.") == "Floods hit the city.");
}

TEST_CASE("datelines: a place in capitals and a dash") {
  CHECK(rest("WASHINGTON \xE2\x80\x94 The Senate voted on Tuesday.") == "The Senate voted on Tuesday.");
  CHECK(rest("BEIRUT, Lebanon \xE2\x80\x94 Protesters gathered.") == "Protesters gathered.");
  CHECK(rest("WASHINGTON\xE2\x80\x94The Senate voted.") == "The Senate voted.");
}

TEST_CASE("datelines: ordinary sentence starts are left alone") {
  for (const char* sentence : {
           "Flooding forced thousands of residents from their homes.",
           "Apple (AAPL) shares rose 3 percent on Monday.",
           "Senator Barack Obama (D-Ill.) said he would vote no.",
           "NATO \xE2\x80\x94 the alliance founded in 1949 \xE2\x80\x94 met in Brussels.",
           "(left to right) Smith, Jones and Lee.",
           "US-China talks resumed in Beijing.",
           "CNN reported the story first.",
           "(Reuters)",               // nothing would be left
           "(CNN) \xE2\x80\x94 ...",  // nothing but punctuation would be left
           "",
           "(",
           "(CNN",
       }) {
    CAPTURE(sentence);
    CHECK(leadingDatelineLength(sentence) == 0);
  }
}

TEST_CASE("key points drop the dateline from their span, the sentence keeps it") {
  const std::string text =
      "WASHINGTON (CNN) \xE2\x80\x94 The Senate passed the budget bill on Tuesday after a long night of votes.\n"
      "The bill funds the government through September and adds money for disaster relief.\n"
      "Senators from both parties said the compromise was the best they could get.\n";
  const newslens::Analyzer analyzer;
  newslens::Options options;
  options.keyPoints = 3;
  const newslens::Analysis a = analyzer.analyze(text, options);
  REQUIRE(!a.keyPoints.empty());
  const newslens::KeyPoint& first = a.keyPoints.front();
  REQUIRE(first.sentence == 0);
  const newslens::Sentence& s = a.sentences[0];
  CHECK(s.contentStart == 0);
  CHECK(text.substr(first.start, first.end - first.start).rfind("The Senate passed", 0) == 0);
  CHECK(first.end == s.contentEnd);
  for (const newslens::KeyPoint& k : a.keyPoints) {
    const newslens::Sentence& ks = a.sentences[k.sentence];
    CHECK(k.start >= ks.contentStart);
    CHECK(k.start < k.end);
    CHECK(k.end == ks.contentEnd);
  }
}
