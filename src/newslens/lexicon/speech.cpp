#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"

namespace newslens::lexicon {

bool isReportingVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "said", "says", "say", "told", "tells", "added", "adds", "stated", "warned", "warns",
      "noted", "notes", "explained", "explains", "insisted", "insists", "argued", "argues", "claimed",
      "claims", "announced", "announces", "wrote", "writes", "declared", "declares", "according",
      "asked", "asks", "replied", "replies", "responded", "urged", "urges", "acknowledged", "admitted",
      "confirmed", "confirms", "continued", "suggested", "stressed", "stresses", "emphasised",
      "emphasized", "recalled", "countered", "remarked", "tweeted", "commented", "observed",
      "maintained", "predicted", "cautioned", "reported", "reports", "testified", "conceded",
      "vowed", "pledged", "promised", "concluded"};
  return inList(w, kVerbs);
}

bool isAuxiliary(std::string_view w) {
  static constexpr std::string_view kAuxiliaries[] = {"also", "has", "have", "had", "later", "then", "previously",
                                                      "earlier", "reportedly", "recently", "once", "again", "will",
                                                      "would"};
  return inList(w, kAuxiliaries);
}

bool isPersonPronoun(std::string_view w) { return w == "he" || w == "she"; }

bool isPossessive(std::string_view w) {
  return w == "'s" || w == "\xE2\x80\x99s" || w == "'S" || w == "\xE2\x80\x99S" || w == "'" ||
         w == "\xE2\x80\x99";
}

}  // namespace newslens::lexicon
