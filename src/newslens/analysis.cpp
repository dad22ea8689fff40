#include "newslens/analysis.h"

#include <array>
#include <string_view>

namespace newslens {
namespace {
constexpr std::array<const char*, kEntityTypeCount> kTypeNames = {
    "PERSON", "NORP", "ORG",  "GPE",   "LOC",     "FAC",      "EVENT",    "PRODUCT", "WORK_OF_ART",
    "LAW",    "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"};
}  // namespace

const char* entityTypeName(EntityType type) { return kTypeNames[static_cast<std::size_t>(type)]; }

std::optional<EntityType> entityTypeFromName(std::string_view name) {
  for (std::size_t i = 0; i < kTypeNames.size(); ++i)
    if (name == kTypeNames[i]) return static_cast<EntityType>(i);
  return std::nullopt;
}

const char* quoteKindName(QuoteKind kind) { return kind == QuoteKind::Term ? "term" : "speech"; }

}  // namespace newslens
