#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newslens/text/boilerplate.h"
#include "newslens/text/sentences.h"
#include "newslens/text/tokenizer.h"

using namespace newslens;

namespace {

struct Marked {
  std::string text;
  bool boilerplate;
};

std::vector<Marked> mark(std::string_view text) {
  const auto tokens = text::tokenize(text);
  auto sentences = text::splitSentences(text, tokens);
  text::markBoilerplate(text, tokens, sentences);
  std::vector<Marked> out;
  for (const Sentence& s : sentences)
    out.push_back({std::string(text.substr(s.contentStart, s.contentEnd - s.contentStart)), s.boilerplate});
  return out;
}

std::vector<std::string> marked(std::string_view text) {
  std::vector<std::string> out;
  for (const Marked& m : mark(text))
    if (m.boilerplate) out.push_back(m.text);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("the sample article: the Read more block and its two headlines, nothing else") {
  std::ifstream in(std::string(NEWSLENS_SOURCE_DIR) + "/web/samples/us-china-talks.txt");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(marked(ss.str()) == V{"Read more:", "Five key talking points at US-China talks",
                              "Bill Gates visit signals Beijing is open to a thaw in relations with US"});
}

TEST_CASE("a related-links block ends at the first line that reads like a sentence") {
  const std::string text =
      "The council approved the budget on Tuesday.\nRelated\nCity hall braces for strike\nMayor's plan in "
      "doubt\nThe vote was 7 to 2.\nShort heading\n";
  CHECK(marked(text) == V{"Related", "City hall braces for strike", "Mayor's plan in doubt"});
}

TEST_CASE("bylines, time stamps, credits and captions") {
  const std::string text =
      "By John Smith and Jane Doe, CNN\nUpdated 10:32 AM ET, Mon June 19, 2023\n"
      "The storm hit the coast at dawn.\n(Getty Images)\nPhoto: Reuters/Jane Roe\n"
      "Image caption The harbour after the storm\nBy Monday, the roads had reopened.\n";
  CHECK(marked(text) == V{"By John Smith and Jane Doe, CNN", "Updated 10:32 AM ET, Mon June 19, 2023", "(Getty Images)",
                          "Photo: Reuters/Jane Roe", "Image caption The harbour after the storm"});
}

TEST_CASE("advertising, sharing, sign-up, follow, copyright, click-here and cookie lines") {
  const std::string text =
      "Advertisement\nShare this article\nThe minister resigned on Friday.\nSign up for our daily newsletter\n"
      "Follow us on Twitter\nCopyright 2023 Cable News Network. All rights reserved.\nClick here to read the report\n"
      "We use cookies to improve your experience. By continuing you accept our use of cookies.\n"
      "Read more: Minister under pressure over contracts\n";
  CHECK(marked(text) == V{"Advertisement", "Share this article", "Sign up for our daily newsletter",
                          "Follow us on Twitter", "Copyright 2023 Cable News Network.", "All rights reserved.",
                          "Click here to read the report", "We use cookies to improve your experience.",
                          "By continuing you accept our use of cookies.",
                          "Read more: Minister under pressure over contracts"});
}

TEST_CASE("a furniture phrase counts wherever it stands in the sentence, and only whole") {
  const std::string text =
      "Reuters contributed reporting.\nThe rest, all rights reserved\nThis text may not be published, broadcast, "
      "rewritten or redistributed.\nCookie settings: we use them.\nThe rights were reserved for all, he said.\n"
      "She contributedly wrote: copies were not published, broadcast or rewritten.\n";
  CHECK(marked(text) == V{"Reuters contributed reporting.", "The rest, all rights reserved",
                          "This text may not be published, broadcast, rewritten or redistributed.",
                          "Cookie settings: we use them."});
}

TEST_CASE("real sentences that mention the same words stay unmarked") {
  const std::string text =
      "By then the advertisement had run for weeks.\nCopyright law protects the photo, the court said.\n"
      "She said she would share the article with colleagues.\nRead more about the case in the ruling, he said.\n"
      "The photo was taken in 2019 (by a tourist).\n";
  CHECK(marked(text).empty());
}

TEST_CASE("a one-line article is judged sentence by sentence") {
  CHECK(marked("(CNN)The talks resumed. Advertisement is not a sentence here. Photo: AP. They ended late.") ==
        V{"Photo: AP."});
}
