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

bool isServicePreposition(std::string_view w) { return w == "on" || w == "via"; }

bool isPostingVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"took",     "take",   "takes",  "taking", "posted",
                                                "posting",  "post",   "posts",  "went",   "go",
                                                "uploaded", "upload", "turned", "turn",   "turning"};
  return inList(w, kVerbs);
}

}  // namespace newslens::lexicon
