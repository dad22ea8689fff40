#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "lib/conll.h"
#include "newslens/ner/patterns.h"
#include "newslens/text/sentences.h"
#include "newslens/text/tokenizer.h"

using newslens::Mention;
using newslens::Sentence;
using newslens::Token;

namespace {

using Found = std::vector<std::pair<std::string, std::string>>;  // (type, surface)

// Checks the stage contract on any input: sorted, non-overlapping, aligned with
// token boundaries, inside one sentence, offsets inside the text.
void checkContract(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                   const std::vector<Mention>& mentions) {
  std::uint32_t lastEnd = 0;
  std::uint32_t lastToken = 0;
  for (const Mention& m : mentions) {
    REQUIRE(m.firstToken < m.lastToken);
    REQUIRE(m.lastToken <= tokens.size());
    REQUIRE(m.firstToken >= lastToken);
    REQUIRE(m.start >= lastEnd);
    REQUIRE(m.start == tokens[m.firstToken].start);
    REQUIRE(m.end == tokens[m.lastToken - 1].end);
    REQUIRE(m.end <= text.size());
    REQUIRE(m.score > 0.0f);
    REQUIRE(m.score <= 1.0f);
    const bool inOneSentence = std::any_of(sentences.begin(), sentences.end(), [&](const Sentence& s) {
      return m.firstToken >= s.firstToken && m.lastToken <= s.lastToken;
    });
    REQUIRE(inOneSentence);
    lastEnd = m.end;
    lastToken = m.lastToken;
  }
}

Found find(std::string_view text) {
  const auto tokens = newslens::text::tokenize(text);
  const auto sentences = newslens::text::splitSentences(text, tokens);
  const auto mentions = newslens::ner::matchPatterns(text, tokens, sentences);
  checkContract(text, tokens, sentences, mentions);
  Found out;
  for (const Mention& m : mentions)
    out.emplace_back(newslens::entityTypeName(m.type), std::string(text.substr(m.start, m.end - m.start)));
  return out;
}

// The single mention a short text should give.
std::pair<std::string, std::string> only(std::string_view text) {
  const Found found = find(text);
  if (found.size() != 1) return {"count", std::to_string(found.size())};
  return found[0];
}

using P = std::pair<std::string, std::string>;

bool contains(const Found& found, const std::string& type, const std::string& surface) {
  return std::find(found.begin(), found.end(), P{type, surface}) != found.end();
}

std::size_t countOf(const Found& found, const std::string& type, const std::string& surface) {
  return static_cast<std::size_t>(std::count(found.begin(), found.end(), P{type, surface}));
}

}  // namespace

TEST_CASE("weekdays and months") {
  CHECK(only("They met on Monday.") == P{"DATE", "Monday"});
  CHECK(only("They met last Friday.") == P{"DATE", "last Friday"});
  CHECK(only("He took office in January 2021.") == P{"DATE", "January 2021"});
  CHECK(only("It was signed on June 18.") == P{"DATE", "June 18"});
  CHECK(only("It ended on 18 June 2023.") == P{"DATE", "18 June 2023"});
  CHECK(only("Talks resume Jan. 5 in Geneva.") == P{"DATE", "Jan. 5"});
  CHECK(only("She left on May 18, 2021, for good.") == P{"DATE", "May 18, 2021"});
  CHECK(only("Born on the 18th of June, she") == P{"DATE", "the 18th of June"});
  CHECK(only("It was Monday, June 18, 2018.") == P{"DATE", "Monday, June 18, 2018"});
  CHECK(only("Prices rose in early March.") == P{"DATE", "early March"});
  CHECK(only("Sales rose in the year to March.") == P{"DATE", "March"});
  CHECK(only("The report came out mid-January.") == P{"DATE", "mid-January"});
}

TEST_CASE("May the month and may the modal") {
  CHECK(find("He may go home soon.").empty());
  CHECK(find("May we go home?").empty());
  CHECK(find("Theresa May said no.").empty());
  CHECK(find("The March on Washington was huge.").empty());
  CHECK(only("It rained in May.") == P{"DATE", "May"});
  CHECK(only("May 2021 was wet.") == P{"DATE", "May 2021"});
  CHECK(only("May 5 is the deadline.") == P{"DATE", "May 5"});
  CHECK(only("Last May the talks failed.") == P{"DATE", "Last May"});
}

TEST_CASE("years, decades and ISO dates") {
  CHECK(only("Prices have risen since 1996.") == P{"DATE", "1996"});
  CHECK(only("The 2021 election was close") == P{"DATE", "2021"});
  CHECK(only("It was popular in the 1990s.") == P{"DATE", "the 1990s"});
  CHECK(only("It was popular in the early 2000s.") == P{"DATE", "the early 2000s"});
  CHECK(only("The 2019-21 season was odd") == P{"DATE", "2019-21"});
  CHECK(only("Released on 2021-06-18 worldwide") == P{"DATE", "2021-06-18"});
  CHECK(only("Released on 18/06/2021 worldwide") == P{"DATE", "18/06/2021"});
  CHECK(only("Copyright 2011 Wired") == P{"DATE", "2011"});
  CHECK(find("Between 2019 and 2021 it grew") == Found{{"DATE", "2019"}, {"DATE", "2021"}});
  // A four-digit number that counts things is not a year.
  CHECK(only("Some say 1500 people died there") == P{"CARDINAL", "1500"});
}

TEST_CASE("relative and durational dates") {
  CHECK(contains(find("He is the first to visit in five years"), "DATE", "five years"));
  CHECK(only("It took two weeks to agree") == P{"DATE", "two weeks"});
  CHECK(only("A meeting in the coming months is likely") == P{"DATE", "the coming months"});
  CHECK(only("The visit was postponed from earlier in the year") == P{"DATE", "earlier in the year"});
  CHECK(only("They met last week") == P{"DATE", "last week"});
  CHECK(only("They meet next month") == P{"DATE", "next month"});
  CHECK(only("Sales fell this year") == P{"DATE", "this year"});
  CHECK(only("He arrived yesterday") == P{"DATE", "yesterday"});
  CHECK(only("He leaves today") == P{"DATE", "today"});
  CHECK(only("Today he leaves") == P{"DATE", "Today"});
  CHECK(find("he told USA Today so").empty());
  CHECK(only("The raid early Wednesday failed") == P{"DATE", "early Wednesday"});
  CHECK(only("Prices rose in recent years") == P{"DATE", "recent years"});
  CHECK(only("It doubled over the past decade") == P{"DATE", "the past decade"});
  CHECK(only("It doubled over the past five years") == P{"DATE", "the past five years"});
  CHECK(only("The balloon flew for several days") == P{"DATE", "several days"});
  CHECK(only("He retired two years ago") == P{"DATE", "two years ago"});
  CHECK(only("Earlier this year the firm failed") == P{"DATE", "Earlier this year"});
  CHECK(only("by the end of the year") == P{"DATE", "the end of the year"});
  CHECK(only("profit in the first quarter of 2021 rose") == P{"DATE", "the first quarter of 2021"});
  CHECK(only("a five-year plan") == P{"DATE", "five-year"});
  CHECK(only("a 50-year-old man") == P{"DATE", "50-year-old"});
  CHECK(only("they left this summer") == P{"DATE", "this summer"});
}

TEST_CASE("times") {
  CHECK(only("We met at 10:30 sharp") == P{"TIME", "10:30"});
  CHECK(only("We met at 10:30 GMT sharp") == P{"TIME", "10:30 GMT"});
  CHECK(find("The vote closes at 5 p.m. tomorrow") == Found{{"TIME", "5 p.m."}, {"DATE", "tomorrow"}});
  CHECK(only("It starts at 5pm") == P{"TIME", "5pm"});
  CHECK(only("It starts at noon") == P{"TIME", "noon"});
  CHECK(only("It ends at midnight") == P{"TIME", "midnight"});
  CHECK(only("He spoke this morning") == P{"TIME", "this morning"});
  CHECK(only("He speaks tonight") == P{"TIME", "tonight"});
  CHECK(only("They talked for two hours") == P{"TIME", "two hours"});
  CHECK(only("He spoke on Monday night") == P{"TIME", "Monday night"});
  CHECK(only("a 24-hour strike") == P{"TIME", "24-hour"});
}

TEST_CASE("money") {
  CHECK(only("a $5bn deal") == P{"MONEY", "$5bn"});
  CHECK(only("a $2.5 million deal") == P{"MONEY", "$2.5 million"});
  CHECK(only("it cost \xC2\xA3"
             "300 then") == P{"MONEY",
                              "\xC2\xA3"
                              "300"});
  CHECK(only("it cost \xE2\x82\xAC"
             "1,000 then") == P{"MONEY",
                                "\xE2\x82\xAC"
                                "1,000"});
  CHECK(only("it cost 5 million dollars then") == P{"MONEY", "5 million dollars"});
  CHECK(only("it cost US$ 3 then") == P{"MONEY", "US$ 3"});
  CHECK(only("it cost \xC2\xA5 100 then") == P{"MONEY", "\xC2\xA5 100"});
  CHECK(only("it cost 20 cents then") == P{"MONEY", "20 cents"});
  CHECK(only("it cost HK$5 then") == P{"MONEY", "HK$5"});
  CHECK(only("it cost about $5 then") == P{"MONEY", "about $5"});
  CHECK(only("it cost 300 US dollars then") == P{"MONEY", "300 US dollars"});
  CHECK(only("a 20,000-euro fine") == P{"MONEY", "20,000-euro"});
  CHECK(only("they paid 50 million pounds") == P{"MONEY", "50 million pounds"});
  // Without a multiplier "pounds" is a weight (US usage); "£" marks money.
  CHECK(only("he weighs 200 pounds") == P{"QUANTITY", "200 pounds"});
}

TEST_CASE("percentages") {
  CHECK(find("It rose 5% in May.") == Found{{"PERCENT", "5%"}, {"DATE", "May"}});
  CHECK(only("It rose 3.5 percent") == P{"PERCENT", "3.5 percent"});
  CHECK(only("It rose 7 per cent") == P{"PERCENT", "7 per cent"});
  CHECK(only("It rose five percent") == P{"PERCENT", "five percent"});
  CHECK(only("It rose 2 percentage points") == P{"PERCENT", "2 percentage points"});
  CHECK(only("It rose by up to 10%") == P{"PERCENT", "up to 10%"});
}

TEST_CASE("quantities") {
  CHECK(only("a 30 km walk") == P{"QUANTITY", "30 km"});
  CHECK(only("it is 5 miles away") == P{"QUANTITY", "5 miles"});
  CHECK(only("it weighs 10 tonnes") == P{"QUANTITY", "10 tonnes"});
  CHECK(only("it weighs 20kg") == P{"QUANTITY", "20kg"});
  CHECK(only("a wall 3 feet high") == P{"QUANTITY", "3 feet"});
  CHECK(only("a flat of 100 square metres") == P{"QUANTITY", "100 square metres"});
  CHECK(find("it hit 40 degrees Celsius today") == Found{{"QUANTITY", "40 degrees Celsius"}, {"DATE", "today"}});
  CHECK(only("at 120 km/h on the road") == P{"QUANTITY", "120 km/h"});
  // The sentence's period is not part of the unit.
  CHECK(find("at 120 km/h. Then") == Found{{"QUANTITY", "120 km"}});
  // A title-case unit is part of a title: "6 Degrees of Kevin Bacon".
  CHECK(only("the game 6 Degrees of Kevin Bacon") == P{"CARDINAL", "6"});
}

TEST_CASE("cardinals") {
  CHECK(only("There were 2,000 people") == P{"CARDINAL", "2,000"});
  CHECK(only("There were three dogs") == P{"CARDINAL", "three"});
  CHECK(only("between the two countries") == P{"CARDINAL", "two"});
  CHECK(only("the two sides agreed") == P{"CARDINAL", "two"});
  CHECK(only("some 5 million people") == P{"CARDINAL", "some 5 million"});
  CHECK(only("more than 3,000 people") == P{"CARDINAL", "more than 3,000"});
  CHECK(only("two hundred and fifty guests") == P{"CARDINAL", "two hundred and fifty"});
  CHECK(only("twenty-five guests") == P{"CARDINAL", "twenty-five"});
  // Documented choice: "one of" is a CARDINAL, as in OntoNotes; pronoun "one" is not.
  CHECK(only("it is one of the best") == P{"CARDINAL", "one"});
  CHECK(find("no one knows and each one left").empty());
  CHECK(find("they help one another").empty());
}

TEST_CASE("numbers that are not cardinals") {
  CHECK(find("see https://example.com/2021/05/story-123 now").empty());
  CHECK(find("see www.bbc.co.uk/news/world-123 now").empty());
  CHECK(find("he flew a Boeing 737 and cited Article 5").empty());
  CHECK(find("open 24/7 and call 020-7946-0958").empty());
  CHECK(find("the G7 and 5G and COVID-19").empty());
  CHECK(find("he lives at No. 10").empty());
  CHECK(find("they watched Formula One").empty());
  CHECK(find("Hundreds and dozens died").empty());
  // A name particle between a name's words: "Pieter ten Hoopen" has no number in it.
  CHECK(find("the photographer Pieter ten Hoopen arrived").empty());
  CHECK(only("Pieter counted ten Hoopens") == P{"CARDINAL", "ten"});
}

TEST_CASE("ordinals") {
  CHECK(only("Mr Blinken\xE2\x80\x99s second day") == P{"ORDINAL", "second"});
  CHECK(only("the first US Secretary") == P{"ORDINAL", "first"});
  CHECK(only("the 21st edition") == P{"ORDINAL", "21st"});
  CHECK(only("the third time") == P{"ORDINAL", "third"});
  CHECK(only("the twenty-first attempt") == P{"ORDINAL", "twenty-first"});
  CHECK(find("wait a second.").empty());
  CHECK(only("he renewed it for a second season") == P{"ORDINAL", "second"});
  CHECK(only("it took 30 seconds") == P{"TIME", "30 seconds"});
}

TEST_CASE("nationalities, religions and political groups") {
  CHECK(only("a suspected Chinese surveillance device") == P{"NORP", "Chinese"});
  CHECK(find("American and British officials") == Found{{"NORP", "American"}, {"NORP", "British"}});
  CHECK(only("Muslim leaders met") == P{"NORP", "Muslim"});
  CHECK(only("the Republicans won") == P{"NORP", "Republicans"});
  CHECK(only("the Democrats lost") == P{"NORP", "Democrats"});
  CHECK(only("South Korean troops") == P{"NORP", "South Korean"});
  CHECK(only("to protect Iraqi Kurds from attack") == P{"NORP", "Iraqi Kurds"});
  CHECK(only("Chinese President Xi Jinping") == P{"NORP", "Chinese"});
  // Names belong to the tagger; "US" is a GPE, not a nationality.
  CHECK(find("the ruling Communist Party\xE2\x80\x99s record").empty());
  CHECK(find("the Chinese Communist Party").empty());
  CHECK(find("flying British Airways").empty());
  CHECK(find("US officials said").empty());
  CHECK(find("the life of John the Baptist").empty());
  CHECK(find("across the Indian Ocean").empty());
  CHECK(find("the chinese and polish the silver").empty());
}

TEST_CASE("the sample article") {
  std::ifstream file(std::string(NEWSLENS_SOURCE_DIR) + "/web/samples/us-china-talks.txt", std::ios::binary);
  REQUIRE(file.good());
  std::stringstream buffer;
  buffer << file.rdbuf();
  const std::string text = buffer.str();
  const Found found = find(text);
  CHECK(countOf(found, "DATE", "Monday") == 2);
  CHECK(countOf(found, "DATE", "Sunday") == 2);
  CHECK(countOf(found, "NORP", "Chinese") == 3);
  CHECK(contains(found, "DATE", "five years"));
  CHECK(contains(found, "DATE", "January 2021"));
  CHECK(contains(found, "DATE", "the coming months"));
  CHECK(contains(found, "DATE", "earlier in the year"));
  CHECK(contains(found, "DATE", "several days"));
  CHECK(contains(found, "ORDINAL", "first"));
  CHECK(contains(found, "ORDINAL", "second"));
  CHECK(countOf(found, "CARDINAL", "two") == 3);
  CHECK(contains(found, "CARDINAL", "Five"));
  // Nothing else: no US/China/Communist as NORP, no stray numbers.
  CHECK(found.size() == 18);
}

TEST_CASE("bad input never breaks the contract") {
  std::vector<std::string> inputs = {
      "",
      std::string("a\0b 5% \xFF\xFE 2021 May\0 5", 20),
      std::string(1 << 20, '7'),                                // a 1 MB number
      std::string(1 << 20, 'x') + " 5 km",                      // a 1 MB word
      "$ % \xC2\xA3 , . the the the May May 1990s 10:30 - / ",  // fragments of patterns
      "\xE2\x82\xAC",                                           // a lone currency sign at the end
      "five-",                                                  // hyphen at the end
      "2021-",                                                  // unfinished range
      "1,00,000 1,2 99999999999999999999999 12:99 25:00 1..2",
  };
  std::string words;
  for (int i = 0; i < 20000; ++i) words += "one two hundred and ";
  inputs.push_back(words);
  for (const std::string& text : inputs) {
    const auto tokens = newslens::text::tokenize(text);
    const auto sentences = newslens::text::splitSentences(text, tokens);
    checkContract(text, tokens, sentences, newslens::ner::matchPatterns(text, tokens, sentences));
  }
}

TEST_CASE("malformed sentence lists are clamped, never read out of bounds") {
  const std::string text = "He met them on Monday, 5 days ago, in 2021.";
  const auto tokens = newslens::text::tokenize(text);
  // No sentences: the whole text is one.
  CHECK(newslens::ner::matchPatterns(text, tokens, {}).size() == 3);
  // Ranges past the end and overlapping ranges.
  Sentence a;
  a.firstToken = 0;
  a.lastToken = 1000;
  Sentence b;
  b.firstToken = 2;
  b.lastToken = 5;
  const auto mentions = newslens::ner::matchPatterns(text, tokens, {a, b});
  CHECK(mentions.size() == 3);
  for (std::size_t i = 1; i < mentions.size(); ++i) CHECK(mentions[i - 1].end <= mentions[i].start);
  // Spans never cross a sentence boundary: "5" | "days" split apart.
  Sentence first;
  first.firstToken = 0;
  first.lastToken = 7;  // ... "Monday" "," "5"
  Sentence second;
  second.firstToken = 7;
  second.lastToken = static_cast<std::uint32_t>(tokens.size());
  const auto split = newslens::ner::matchPatterns(text, tokens, {first, second});
  REQUIRE(split.size() >= 2);
  for (const Mention& m : split) CHECK((m.lastToken <= 7 || m.firstToken >= 7));
  CHECK(std::none_of(split.begin(), split.end(),
                     [](const Mention& m) { return m.type == newslens::EntityType::DATE && m.firstToken == 6; }));
}

TEST_CASE("a sentence longer than the rules' token window is matched the same all along") {
  const std::string unit = "on Monday, in January 2021, five years ago, up 5% and $5 million, the first time, ";
  const Found once = find(unit);
  REQUIRE(once == Found{{"DATE", "Monday"},
                        {"DATE", "January 2021"},
                        {"DATE", "five years ago"},
                        {"PERCENT", "5%"},
                        {"MONEY", "$5 million"},
                        {"ORDINAL", "first"}});
  std::string text;
  for (int i = 0; i < 400; ++i) text += unit;  // ~9,600 tokens, one sentence
  REQUIRE(newslens::text::splitSentences(text, newslens::text::tokenize(text)).size() == 1);
  Found expected;
  for (int i = 0; i < 400; ++i) expected.insert(expected.end(), once.begin(), once.end());
  CHECK(find(text) == expected);
}

// Quality on CoNLL-2003 dev (valid.txt): a NORP from the rules should be a gold
// MISC span (CoNLL tags demonyms MISC), and few rule mentions should fall inside
// gold PER/ORG/LOC/MISC names (there the tagger's mention wins the merge).
TEST_CASE("pattern rules on CoNLL-2003 dev: NORP precision and overlap with names") {
  const std::string path = std::string(NEWSLENS_DATA_DIR) + "/data/conll2003/valid.txt";
  if (!std::filesystem::exists(path)) {
    MESSAGE("SKIPPED: CoNLL-2003 dev data not found at " << path);
    return;
  }
  std::vector<newslens::tools::ConllSentence> dev;
  REQUIRE(newslens::tools::readConllFile(path, dev));
  long norp = 0, norpInMisc = 0, mentions = 0, insideNames = 0;
  for (const auto& sentence : dev) {
    std::string text;  // the words joined by spaces, with each word's byte range
    std::vector<std::pair<std::uint32_t, std::uint32_t>> wordBytes;
    for (const std::string& word : sentence.words) {
      if (!text.empty()) text += ' ';
      wordBytes.emplace_back(static_cast<std::uint32_t>(text.size()),
                             static_cast<std::uint32_t>(text.size() + word.size()));
      text += word;
    }
    const auto tokens = newslens::text::tokenize(text);
    const auto sentences = newslens::text::splitSentences(text, tokens);
    const auto gold = newslens::tools::spansFromIob(sentence.labels);
    for (const Mention& m : newslens::ner::matchPatterns(text, tokens, sentences)) {
      ++mentions;
      bool exactMisc = false, overlapsName = false;
      for (const auto& span : gold) {
        const std::uint32_t start = wordBytes[span.start].first, end = wordBytes[span.end - 1].second;
        if (m.start < end && start < m.end) overlapsName = true;
        if (m.start == start && m.end == end && span.type == newslens::ner::ConllType::MISC) exactMisc = true;
      }
      if (m.type == newslens::EntityType::NORP) {
        ++norp;
        norpInMisc += exactMisc;
      } else {
        insideNames += overlapsName;
      }
    }
  }
  REQUIRE(norp > 100);
  const double precision = static_cast<double>(norpInMisc) / static_cast<double>(norp);
  const double overlap = static_cast<double>(insideNames) / static_cast<double>(mentions - norp);
  MESSAGE("NORP " << norp << " predicted, precision vs gold MISC " << precision << "; " << (mentions - norp)
                  << " other rule mentions, " << overlap << " of them overlap a gold name");
  CHECK(precision >= 0.80);
  CHECK(overlap <= 0.10);
}
