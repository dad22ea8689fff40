#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"

namespace newslens::lexicon {

bool isServiceNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "page",    "pages", "post",   "posts",   "account", "accounts", "feed",     "profile",  "followers",
      "user",    "users", "video",  "videos",  "app",     "status",   "timeline", "handle",   "live",
      "stories", "story", "update", "updates", "photo",   "photos",   "message",  "messages", "channel"};
  return inList(w, kNouns);
}

bool isGenericStandIn(std::string_view w) {
  // Institution words news writes alone for one it named before ("the University said")
  // or never names ("Hospital leadership"), kinship words used as address ("her Dad was
  // here"), and "Internet". Left out: words that alone do name one body in news ("the
  // House", "the Commission", "the Court", "the Union", "the League", "the Church").
  static constexpr std::string_view kWords[] = {
      "university", "hospital", "college",     "school",       "office",       "department", "ministry",
      "council",    "board",    "museum",      "society",      "institute",    "agency",     "bureau",
      "committee",  "academy",  "association", "organisation", "organization", "internet",   "dad",
      "daddy",      "mom",      "mommy",       "mum",          "grandma",      "grandpa"};
  return inList(w, kWords);
}

bool isCommonNounAcronym(std::string_view w) {
  // Conditions, tests, devices, formats and terms news writes as acronyms: common nouns,
  // which OntoNotes leaves unannotated ("PTSD", "DNA", "an SUV"). Not "GMT" (a time zone,
  // which CoNLL tags), groups ("LGBT") or "PC" (also the Presbyterian Church, "PC (USA)").
  static constexpr std::string_view kWords[] = {
      "adhd", "aids", "als", "atm",  "atv", "bmi",  "cd",  "cgi", "cns", "copd", "cpr", "cte",  "diy", "dj",  "dna",
      "dvd",  "dvr",  "faq", "gdp",  "gps", "hdtv", "hiv", "icu", "iq",  "ivf",  "mri", "mrsa", "mvp", "ocd", "pdf",
      "ppe",  "ptsd", "rna", "sars", "sms", "std",  "suv", "tbi", "tv",  "uav",  "ufo", "usb",  "vfx"};
  return inList(w, kWords);
}

bool isServicePreposition(std::string_view w) { return w == "on" || w == "via"; }

PlaceKind placeKindNoun(std::string_view w) {
  static constexpr std::string_view kSettlements[] = {"town",     "village",      "city",          "state",
                                                      "province", "county",       "district",      "municipality",
                                                      "township", "neighborhood", "neighbourhood", "settlement"};
  if (inList(w, kSettlements)) return PlaceKind::Settlement;
  if (w == "region") return PlaceKind::Region;
  if (w == "camp") return PlaceKind::Camp;
  return PlaceKind::None;
}

bool isOpponentWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"to",      "with",     "over",   "against", "beat",     "beats",
                                                "beating", "defeated", "defeat", "edged",   "thrashed", "hammered",
                                                "routed",  "overcame", "v",      "vs",      "hosts",    "host"};
  return inList(w, kWords);
}

bool isLawHead(std::string_view w) {
  static constexpr std::string_view kHeads[] = {"act",     "acts",      "treaty",     "treaties", "accord",
                                                "accords", "agreement", "agreements", "protocol", "amendment"};
  return inList(w, kHeads);
}

bool isInstitutionHead(std::string_view w) {
  static constexpr std::string_view kHeads[] = {"school", "university", "college",   "hospital",
                                                "clinic", "academy",    "institute", "foundation"};
  return inList(w, kHeads);
}

bool isPostingVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"took",     "take",   "takes",  "taking", "posted",
                                                "posting",  "post",   "posts",  "went",   "go",
                                                "uploaded", "upload", "turned", "turn",   "turning"};
  return inList(w, kVerbs);
}

}  // namespace newslens::lexicon
