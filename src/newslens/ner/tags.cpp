#include "newslens/ner/tags.h"

namespace newslens::ner {

const char* conllTypeName(ConllType type) {
  static const char* const kNames[] = {"PER", "ORG", "LOC", "MISC"};
  return kNames[static_cast<int>(type)];
}

std::optional<ConllType> conllTypeFromName(std::string_view name) {
  for (int t = 0; t < kConllTypeCount; ++t)
    if (name == conllTypeName(static_cast<ConllType>(t))) return static_cast<ConllType>(t);
  return std::nullopt;
}

std::string tagName(Tag tag) {
  if (tag == kOutside) return "O";
  static const char kPos[] = {'B', 'I', 'L', 'U'};
  return std::string(1, kPos[static_cast<int>(tagPosition(tag))]) + "-" + conllTypeName(tagType(tag));
}

bool canFollow(Tag prev, Tag next) {
  const bool prevOpen =
      prev != kTagCount && prev != kOutside && (tagPosition(prev) == Position::B || tagPosition(prev) == Position::I);
  const bool nextContinues = next != kOutside && (tagPosition(next) == Position::I || tagPosition(next) == Position::L);
  if (prevOpen) return nextContinues && tagType(next) == tagType(prev);
  return !nextContinues;
}

bool canEnd(Tag tag) { return tag == kOutside || tagPosition(tag) == Position::L || tagPosition(tag) == Position::U; }

std::vector<TagSpan> decodeSpans(const std::vector<Tag>& tags) {
  std::vector<TagSpan> spans;
  bool open = false;
  std::uint32_t start = 0;
  for (std::uint32_t i = 0; i < tags.size(); ++i) {
    const Tag tag = tags[i];
    if (tag == kOutside) {
      open = false;
      continue;
    }
    const Position pos = tagPosition(tag);
    if (pos == Position::B || pos == Position::U || !open) start = i;
    open = true;
    if (pos == Position::L || pos == Position::U) {
      spans.push_back(TagSpan{start, i + 1, tagType(tag)});
      open = false;
    }
  }
  return spans;
}

}  // namespace newslens::ner
