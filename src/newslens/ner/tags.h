#pragma once
// The tagger's label set: BILOU over the four CoNLL-2003 types, plus O.
// Tag ids are stable (they index model weight rows): 0 = O, then for each type
// in CoNLL order (PER, ORG, LOC, MISC) the four tags B, I, L, U.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newslens::ner {

enum class ConllType : std::uint8_t { PER, ORG, LOC, MISC };
inline constexpr int kConllTypeCount = 4;
inline constexpr int kTagCount = 1 + 4 * kConllTypeCount;  // 17

enum class Position : std::uint8_t { B, I, L, U };

using Tag = std::uint8_t;
inline constexpr Tag kOutside = 0;

inline constexpr Tag makeTag(ConllType type, Position pos) {
  return static_cast<Tag>(1 + 4 * static_cast<int>(type) + static_cast<int>(pos));
}
inline constexpr ConllType tagType(Tag tag) { return static_cast<ConllType>((tag - 1) / 4); }
inline constexpr Position tagPosition(Tag tag) { return static_cast<Position>((tag - 1) % 4); }

const char* conllTypeName(ConllType type);  // "PER", …
std::optional<ConllType> conllTypeFromName(std::string_view name);
std::string tagName(Tag tag);  // "O", "B-PER", "U-MISC", …

// BILOU grammar: may `next` follow `prev`? (prev = kTagCount stands for the sentence start.)
bool canFollow(Tag prev, Tag next);
// May a sentence end on `tag`? (Only O, L-x and U-x close every span.)
bool canEnd(Tag tag);

// One span of a BILOU sequence: tokens [start, end) of one type.
struct TagSpan {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  ConllType type = ConllType::PER;
};

// The spans `tags` closes (at an L or a U), in order. The one BILOU decoder (the
// tagger's output and the tools' scoring both use it): an I or L without its B
// opens a span where it stands, an O drops an open span, one still open at the end
// is dropped.
std::vector<TagSpan> decodeSpans(const std::vector<Tag>& tags);

}  // namespace newslens::ner
