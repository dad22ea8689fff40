#pragma once
// Per-call analysis options (parsed from JSON by api::parseOptions, newslens/api.h).

#include <cstdint>
#include <iterator>
#include <string_view>

namespace newslens {

// The parts of a result a caller may ask for (options.fields), in schema order;
// "schema" and "timing" are always there. A part not asked for is not serialized,
// and a stage whose only reader is that part (keywords, key points) is skipped; quotes
// also feed entity salience, so they run whenever entities, mentions, key points or
// quotes are asked for.
enum class Field : std::uint8_t { Stats, Sentences, Mentions, Entities, KeyPoints, Quotes, Keywords };
inline constexpr std::string_view kFieldNames[] = {"stats",     "sentences", "mentions", "entities",
                                                   "keyPoints", "quotes",    "keywords"};
inline constexpr unsigned fieldBit(Field f) { return 1u << static_cast<unsigned>(f); }
inline constexpr unsigned kAllFields = (1u << std::size(kFieldNames)) - 1;

struct Options {
  int keyPoints = -1;            // number of key points; -1 (not given): the key-point model's default
  int keywords = 10;             // number of keywords
  unsigned fields = kAllFields;  // fieldBit()s of the parts to produce

  bool wants(Field f) const { return (fields & fieldBit(f)) != 0; }
};

}  // namespace newslens
