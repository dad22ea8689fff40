#include <algorithm>
#include <cstdint>
#include <iterator>

#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"

namespace newslens::lexicon {
namespace {

// What a title word is. One word, one entry: the stages ask for the flags they need.
enum : std::uint8_t {
  kHonorific = 1,  // social honorific before a name
  kPersonal = 2,   // an honorific that alone makes the name a person's
  kNameTitle = 4,  // a title entity naming strips from a person's name
  kSpanTitle = 8,  // a title the tagger's span rule strips from the front of a PERSON span
  kTitle = kNameTitle | kSpanTitle,
  kAbbreviated = 16,  // the abbreviated form whose period never ends a sentence
};
// kNameTitle and kSpanTitle differ on a few words ("mx", "congressman", and the
// role words "spokesman", "director", "colonel" …): kept as each rule scores until an
// evaluation shows one list serves both ("MX Onda", a team in CoNLL dev, is why "mx"
// is no span title).

// Sorted (checked at compile time below, so no word is listed twice); read through a WordIndex.
constexpr FlaggedWord kTitles[] = {
    {"adm", kTitle | kAbbreviated},
    {"admiral", kSpanTitle},
    {"ambassador", kTitle},
    {"archbishop", kSpanTitle},
    {"ayatollah", kSpanTitle},
    {"bishop", kSpanTitle},
    {"capt", kTitle | kAbbreviated},
    {"captain", kTitle},
    {"cardinal", kSpanTitle},
    {"ceo", kSpanTitle},
    {"cfo", kSpanTitle},
    {"chairman", kTitle},
    {"chairwoman", kSpanTitle},
    {"chancellor", kTitle},
    {"chief", kSpanTitle},
    {"cmdr", kAbbreviated},
    {"coach", kSpanTitle},
    {"col", kTitle | kAbbreviated},
    {"colonel", kSpanTitle},
    {"commissioner", kSpanTitle},
    {"congressman", kNameTitle},
    {"congresswoman", kNameTitle},
    {"dame", kHonorific | kTitle},
    {"deputy", kSpanTitle},
    {"director", kSpanTitle},
    {"dr", kHonorific | kPersonal | kTitle | kAbbreviated},
    {"envoy", kSpanTitle},
    {"gen", kTitle | kAbbreviated},
    {"general", kTitle},
    {"gov", kTitle | kAbbreviated},
    {"governor", kTitle},
    {"hon", kAbbreviated},
    {"insp", kAbbreviated},
    {"judge", kTitle},
    {"justice", kTitle},
    {"king", kTitle},
    {"lady", kTitle},
    {"leader", kSpanTitle},
    {"lieutenant", kSpanTitle},
    {"lord", kTitle},
    {"lt", kTitle | kAbbreviated},
    {"maj", kSpanTitle | kAbbreviated},
    {"major", kSpanTitle},
    {"mayor", kTitle},
    {"messrs", kSpanTitle},
    {"minister", kTitle},
    {"miss", kHonorific | kPersonal | kTitle},
    {"mr", kHonorific | kPersonal | kTitle | kAbbreviated},
    {"mrs", kHonorific | kPersonal | kTitle | kAbbreviated},
    {"ms", kHonorific | kPersonal | kTitle | kAbbreviated},
    {"mx", kHonorific | kPersonal},
    {"pope", kTitle},
    {"premier", kTitle},
    {"pres", kAbbreviated},
    {"president", kTitle},
    {"prime", kSpanTitle},
    {"prince", kTitle},
    {"princess", kTitle},
    {"prof", kHonorific | kTitle | kAbbreviated},
    {"professor", kTitle},
    {"queen", kTitle},
    {"rabbi", kSpanTitle},
    {"rep", kTitle | kAbbreviated},
    {"representative", kTitle},
    {"rev", kTitle | kAbbreviated},
    {"reverend", kSpanTitle},
    {"secretary", kTitle},
    {"sen", kTitle | kAbbreviated},
    {"senator", kTitle},
    {"sergeant", kSpanTitle},
    {"sgt", kTitle | kAbbreviated},
    {"sheikh", kSpanTitle},
    {"sir", kHonorific | kTitle},
    {"spokesman", kSpanTitle},
    {"spokeswoman", kSpanTitle},
    {"st", kSpanTitle | kAbbreviated},
    {"supt", kAbbreviated},
    {"vice", kTitle},
};
static_assert(isSorted(kTitles), "kTitles must stay sorted");
constexpr WordIndex kTitleIndex{kTitles};

bool titleHas(std::string_view w, std::uint8_t flags) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return (kTitleIndex.flagsOf(w) & flags) != 0;
}

}  // namespace

bool isHonorific(std::string_view w) { return titleHas(w, kHonorific); }
bool isPersonalHonorific(std::string_view w) { return titleHas(w, kPersonal); }
bool isPersonalTitle(std::string_view w) { return titleHas(w, kNameTitle); }
bool isTitleWord(std::string_view w) { return titleHas(w, kSpanTitle); }
bool isTitleAbbreviation(std::string_view w) { return titleHas(w, kAbbreviated); }

bool isTitleJoiner(std::string_view w) {
  static constexpr std::string_view kJoiners[] = {"of",      "for",       "the",      "state",   "foreign", "affairs",
                                                  "defence", "defense",   "interior", "finance", "trade",   "justice",
                                                  "health",  "-",         "general",  "former",  "acting",  "senior",
                                                  "top",     "executive", "attorney"};
  return inList(w, kJoiners);
}

bool isNameParticle(std::string_view w) {
  // Dutch, German, French, Italian, Spanish, Portuguese and Arabic name particles; "do"
  // (Portuguese) is left out: as an English verb it stands between names too often.
  static constexpr std::string_view kParticles[] = {"al",  "bin", "bint", "da",  "das", "de",  "del", "della",
                                                    "den", "der", "des",  "di",  "dos", "du",  "el",  "ibn",
                                                    "la",  "le",  "te",   "ten", "ter", "van", "von", "zu"};
  return inList(w, kParticles);
}

bool isCompanySuffix(std::string_view w) {
  return inList(w, {"co", "corp", "corporation", "inc", "incorporated", "llc", "ltd", "plc"});
}

bool isAbbreviation(std::string_view w) {
  static constexpr std::string_view kAbbreviations[] = {
      "jr",  "sr",  "inc", "ltd",  "co",  "corp", "vs",  "etc", "no",     "jan",  "feb",  "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov",  "dec", "est", "approx", "dept", "univ", "mt",  "ft",  "bros"};
  return inList(w, kAbbreviations);
}

}  // namespace newslens::lexicon
