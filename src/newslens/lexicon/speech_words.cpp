#include "newslens/lexicon/speech_words.h"

#include <algorithm>
#include <iterator>

namespace newslens::lexicon {
namespace {

template <std::size_t N>
bool inList(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

struct VerbEntry {
  std::string_view word;
  SpeechVerb verb;
};

constexpr SpeechVerb kSays{true, true, true, true};        // "…," said X / X said
constexpr SpeechVerb kTells{true, true, false, true};      // X told CNN (the object follows)
constexpr SpeechVerb kReports{true, true, false, false};   // X described it as "…"
constexpr SpeechVerb kSaying{true, false, false, true};    // …, saying "…" / to say that
constexpr SpeechVerb kAccording{true, false, false, false};

constexpr VerbEntry kVerbs[] = {
    {"said", kSays}, {"says", kSays}, {"added", kSays}, {"adds", kSays}, {"stated", kSays},
    {"states", kSays}, {"wrote", kSays}, {"writes", kSays}, {"tweeted", kSays}, {"tweets", kSays},
    {"posted", kSays}, {"explained", kSays}, {"explains", kSays}, {"insisted", kSays}, {"insists", kSays},
    {"argued", kSays}, {"argues", kSays}, {"claimed", kSays}, {"claims", kSays}, {"announced", kSays},
    {"declared", kSays}, {"asked", kSays}, {"asks", kSays}, {"replied", kSays}, {"replies", kSays},
    {"responded", kSays}, {"answered", kSays}, {"continued", kSays}, {"continues", kSays},
    {"recalled", kSays}, {"recalls", kSays}, {"countered", kSays}, {"remarked", kSays},
    {"commented", kSays}, {"warned", kSays}, {"warns", kSays}, {"urged", kSays}, {"alleged", kSays},
    {"admitted", kSays}, {"acknowledged", kSays}, {"conceded", kSays}, {"confirmed", kSays},
    {"stressed", kSays}, {"emphasized", kSays}, {"emphasised", kSays},
    {"joked", kSays}, {"quipped", kSays}, {"shouted", kSays}, {"yelled", kSays}, {"whispered", kSays},
    {"cried", kSays}, {"pleaded", kSays}, {"complained", kSays}, {"lamented", kSays},
    {"boasted", kSays}, {"concluded", kSays}, {"began", kSays}, {"read", kSays}, {"reads", kSays},
    {"testified", kSays}, {"vowed", kSays}, {"promised", kSays}, {"pledged", kSays},
    {"predicted", kSays}, {"cautioned", kSays}, {"mused", kSays}, {"wondered", kSays},
    {"texted", kSays}, {"emailed", kSays}, {"messaged", kSays}, {"interjected", kSays},
    {"told", kTells}, {"tells", kTells}, {"informed", kTells},
    {"noted", kReports}, {"notes", kReports}, {"observed", kReports}, {"suggested", kReports},
    {"maintained", kReports}, {"described", kReports}, {"describes", kReports}, {"reported", kReports},
    {"reports", kReports}, {"called", kReports}, {"calls", kReports},
    {"denounced", kReports},
    {"say", kSaying}, {"tell", kSaying}, {"saying", kSaying}, {"telling", kSaying}, {"adding", kSaying},
    {"writing", kSaying}, {"tweeting", kSaying}, {"stating", kSaying}, {"explaining", kSaying},
    {"insisting", kSaying}, {"arguing", kSaying}, {"claiming", kSaying}, {"warning", kSaying},
    {"urging", kSaying}, {"calling", kSaying}, {"describing", kSaying}, {"announcing", kSaying},
    {"according", kAccording},
};

}  // namespace

SpeechVerb speechVerb(std::string_view w) {
  for (const VerbEntry& e : kVerbs)
    if (e.word == w) return e.verb;
  return {};
}

bool isSpeechNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "statement", "statements", "tweet", "tweets", "post", "posts", "posting", "letter", "interview",
      "pledge", "report", "caption", "note", "notes", "comment", "comments", "email", "e-mail",
      "message", "release", "remarks", "speech", "blog", "memo", "op-ed", "column", "tagline",
      "slogan", "announcement", "testimony", "transcript"};
  return inList(w, kNouns);
}

bool isOrganizationNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "group", "organization", "organisation", "company", "firm", "broadcaster", "network", "channel",
      "corporation", "agency", "ministry", "department", "center", "centre", "council", "party", "club",
      "board", "commission", "committee", "union", "association", "office", "government", "administration",
      "hospital", "university", "school", "court", "army", "military", "newspaper", "magazine", "paper",
      "website", "site", "show", "watchdog", "institute", "foundation", "charity", "bank", "authority",
      "service", "league", "federation", "station", "studio", "retailer", "airline", "carrier", "insurer",
      "manufacturer", "maker", "developer", "publisher", "label", "team", "embassy", "regulator"};
  return inList(w, kNouns);
}

bool isBeForm(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being" ||
         w == "am" || w == "get" || w == "got" || w == "gets";
}

bool isDeterminer(std::string_view w) {
  static constexpr std::string_view kWords[] = {"the", "a", "an", "his", "her", "their", "its", "our",
                                                "my", "your", "this", "that", "these", "those", "another",
                                                "one", "some", "many", "several"};
  return inList(w, kWords);
}

bool isPreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {"for", "of", "with", "to", "from", "at", "on", "in", "about",
                                                "against", "by", "under", "over", "into", "during", "after",
                                                "before", "via", "through", "near", "across", "like"};
  return inList(w, kWords);
}

bool isClauseOpener(std::string_view w) {
  static constexpr std::string_view kWords[] = {"that", "who", "which", "whose", "whom", "because", "when",
                                                "while", "if", "although", "though", "since", "where", "as",
                                                "but", "so", "than", "whether", "until", "unless", "once"};
  return inList(w, kWords);
}

bool isTitleSmallWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"a", "an", "the", "and", "or", "nor", "but", "of", "in",
                                                "on", "at", "to", "for", "from", "with", "by", "as", "vs",
                                                "vs.", "de", "la", "le", "du", "von", "van"};
  return inList(w, kWords);
}

}  // namespace newslens::lexicon
