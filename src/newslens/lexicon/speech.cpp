#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"

namespace newslens::lexicon {

namespace {

// One table of speech verbs, flagged by how news writing places each one.
enum : std::uint8_t {
  kReporting = 1,  // in isReportingVerb's list (what keywords and key points treat as reporting)
  kSpeech = 2,
  kFinite = 4,
  kInverts = 8,
  kStrong = 16,
};
constexpr std::uint8_t kSays = kSpeech | kFinite | kInverts | kStrong;  // "…," said X / X said
constexpr std::uint8_t kTells = kSpeech | kFinite | kStrong;            // X told CNN (the object follows)
constexpr std::uint8_t kReports = kSpeech | kFinite;                    // X described it as "…"
constexpr std::uint8_t kSaying = kSpeech | kStrong;                     // …, saying "…" / to say that
constexpr std::uint8_t kAccording = kSpeech;                            // according to X

constexpr FlaggedWord kSpeechVerbs[] = {
    {"according", kAccording | kReporting},
    {"acknowledged", kSays | kReporting},
    {"added", kSays | kReporting},
    {"adding", kSaying},
    {"adds", kSays | kReporting},
    {"admitted", kSays | kReporting},
    {"alleged", kSays},
    {"announced", kSays | kReporting},
    {"announces", kSays | kReporting},
    {"announcing", kSaying},
    {"answered", kSays},
    {"argued", kSays | kReporting},
    {"argues", kSays | kReporting},
    {"arguing", kSaying},
    {"asked", kSays | kReporting},
    {"asks", kSays | kReporting},
    {"began", kSays},
    {"boasted", kSays},
    {"called", kReports},
    {"calling", kSaying},
    {"calls", kReports},
    {"cautioned", kSays | kReporting},
    {"claimed", kSays | kReporting},
    {"claiming", kSaying},
    {"claims", kSays | kReporting},
    {"commented", kSays | kReporting},
    {"complained", kSays},
    {"conceded", kSays | kReporting},
    {"concluded", kSays | kReporting},
    {"confirmed", kSays | kReporting},
    {"confirms", kSays | kReporting},
    {"continued", kSays | kReporting},
    {"continues", kSays},
    {"countered", kSays | kReporting},
    {"cried", kSays},
    {"declared", kSays | kReporting},
    {"declares", kSays | kReporting},
    {"denounced", kReports},
    {"described", kReports},
    {"describes", kReports},
    {"describing", kSaying},
    {"emailed", kSays},
    {"emphasised", kSays | kReporting},
    {"emphasized", kSays | kReporting},
    {"explained", kSays | kReporting},
    {"explaining", kSaying},
    {"explains", kSays | kReporting},
    {"informed", kTells},
    {"insisted", kSays | kReporting},
    {"insisting", kSaying},
    {"insists", kSays | kReporting},
    {"interjected", kSays},
    {"joked", kSays},
    {"lamented", kSays},
    {"maintained", kReports | kReporting},
    {"messaged", kSays},
    {"mused", kSays},
    {"noted", kReports | kReporting},
    {"notes", kReports | kReporting},
    {"observed", kReports | kReporting},
    {"pleaded", kSays},
    {"pledged", kSays | kReporting},
    {"posted", kSays},
    {"predicted", kSays | kReporting},
    {"promised", kSays | kReporting},
    {"quipped", kSays},
    {"read", kSays},
    {"reads", kSays},
    {"recalled", kSays | kReporting},
    {"recalls", kSays},
    {"remarked", kSays | kReporting},
    {"replied", kSays | kReporting},
    {"replies", kSays | kReporting},
    {"reported", kReports | kReporting},
    {"reports", kReports | kReporting},
    {"responded", kSays | kReporting},
    {"said", kSays | kReporting},
    {"say", kSaying | kReporting},
    {"saying", kSaying},
    {"says", kSays | kReporting},
    {"shouted", kSays},
    {"stated", kSays | kReporting},
    {"states", kSays},
    {"stating", kSaying},
    {"stressed", kSays | kReporting},
    {"stresses", kSays | kReporting},
    {"suggested", kReports | kReporting},
    {"tell", kSaying},
    {"telling", kSaying},
    {"tells", kTells | kReporting},
    {"testified", kSays | kReporting},
    {"texted", kSays},
    {"told", kTells | kReporting},
    {"tweeted", kSays | kReporting},
    {"tweeting", kSaying},
    {"tweets", kSays},
    {"urged", kSays | kReporting},
    {"urges", kSays | kReporting},
    {"urging", kSaying},
    {"vowed", kSays | kReporting},
    {"warned", kSays | kReporting},
    {"warning", kSaying},
    {"warns", kSays | kReporting},
    {"whispered", kSays},
    {"wondered", kSays},
    {"writes", kSays | kReporting},
    {"writing", kSaying},
    {"wrote", kSays | kReporting},
    {"yelled", kSays},
};
static_assert(isSorted(kSpeechVerbs), "kSpeechVerbs must stay sorted");
constexpr WordIndex kSpeechIndex{kSpeechVerbs};

}  // namespace

bool isReportingVerb(std::string_view w) { return kSpeechIndex.flagsOf(w) & kReporting; }

SpeechVerb speechVerb(std::string_view w) {
  const std::uint8_t f = kSpeechIndex.flagsOf(w);
  return {(f & kSpeech) != 0, (f & kFinite) != 0, (f & kInverts) != 0, (f & kStrong) != 0};
}

bool isAuxiliary(std::string_view w) {
  static constexpr std::string_view kAuxiliaries[] = {"also", "has",        "have",    "had",        "later",
                                                      "then", "previously", "earlier", "reportedly", "recently",
                                                      "once", "again",      "will",    "would"};
  return inList(w, kAuxiliaries);
}

bool isPossessive(std::string_view w) {
  return w == "'s" || w == "\xE2\x80\x99s" || w == "'S" || w == "\xE2\x80\x99S" || w == "'" || w == "\xE2\x80\x99";
}

bool isNamingVerb(std::string_view w) {
  return inList(w, {"called", "calls", "named", "titled", "entitled", "dubbed", "nicknamed", "labeled", "labelled",
                    "billed", "branded", "styled"});
}

bool isSpeechNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "statement", "statements", "tweet",   "tweets",  "post",         "posts",     "posting",   "letter",
      "interview", "pledge",     "report",  "caption", "note",         "notes",     "comment",   "comments",
      "email",     "e-mail",     "message", "release", "remarks",      "speech",    "blog",      "memo",
      "op-ed",     "column",     "tagline", "slogan",  "announcement", "testimony", "transcript"};
  return inList(w, kNouns);
}

bool isOrganizationNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "group",       "organization", "organisation", "company",        "firm",       "broadcaster", "network",
      "channel",     "corporation",  "agency",       "ministry",       "department", "center",      "centre",
      "council",     "party",        "club",         "board",          "commission", "committee",   "union",
      "association", "office",       "government",   "administration", "hospital",   "university",  "school",
      "court",       "army",         "military",     "newspaper",      "magazine",   "paper",       "website",
      "site",        "show",         "watchdog",     "institute",      "foundation", "charity",     "bank",
      "authority",   "service",      "league",       "federation",     "station",    "studio",      "retailer",
      "airline",     "carrier",      "insurer",      "manufacturer",   "maker",      "developer",   "publisher",
      "label",       "team",         "embassy",      "regulator"};
  return inList(w, kNouns);
}

bool isBeForm(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being" ||
         w == "am" || w == "get" || w == "got" || w == "gets";
}

bool isPreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "for",   "of",   "with", "to",     "from",  "at",     "on",  "in",      "about", "against", "by",
      "under", "over", "into", "during", "after", "before", "via", "through", "near",  "across",  "like"};
  return inList(w, kWords);
}

bool isClauseOpener(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "that",  "who", "which", "whose", "whom", "because", "when",  "while",  "if",   "although", "though", "since",
      "where", "as",  "but",   "so",    "than", "whether", "until", "unless", "once", "what",     "how",    "why"};
  return inList(w, kWords);
}

bool isTitleSmallWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"a",   "an", "the", "and", "or",   "nor",  "but", "of", "in",
                                                "on",  "at", "to",  "for", "from", "with", "by",  "as", "vs",
                                                "vs.", "de", "la",  "le",  "du",   "von",  "van"};
  return inList(w, kWords);
}

}  // namespace newslens::lexicon
