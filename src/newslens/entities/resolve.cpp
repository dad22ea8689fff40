#include "newslens/entities/resolve.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "newslens/entities/grouping.h"
#include "newslens/entities/names.h"
#include "newslens/entities/sources.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::entities {
namespace {

// Mention indices in document order (the tagger gives them so; this makes sure).
std::vector<std::uint32_t> documentOrder(const std::vector<Mention>& mentions) {
  std::vector<std::uint32_t> order(mentions.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return mentions[a].start < mentions[b].start; });
  return order;
}

// Names and keys. Numeric mentions key on their exact surface and type; a common
// noun phrase, an empty or out-of-range span gets no key (it is not grouped). A
// name after "in" not typed as a place asks `knownPlace` (grouping.h's place readings).
std::vector<MentionKey> describeMentions(std::string_view text, const std::vector<Token>& tokens,
                                         std::vector<Mention>& mentions, const KnownPlace& knownPlace) {
  std::vector<MentionKey> keys(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    m.entity = -1;
    if (m.start >= m.end || m.end > text.size()) continue;
    MentionKey& k = keys[i];
    k.name = analyzeName(text, tokens, m, m.type == EntityType::PERSON);
    if (isNumericType(m.type)) {
      k.key = std::string(entityTypeName(m.type)) + '|' + text::lowercase(text::surface(text, m));
      // Numbers group by key alone and no name join reads their words: released,
      // since "5% 5% 5% …" has a mention every three bytes.
      std::vector<std::string>().swap(k.name.words);
    } else if (!k.name.words.empty() && !k.name.common) {
      k.key = nameKey(k.name.words);
      if (k.name.afterIn && knownPlace && m.type != EntityType::GPE && m.type != EntityType::LOC) {
        const text::TokenSpan span = text::tokensIn(tokens, k.name.aliasStart, k.name.aliasEnd);
        k.placeName = knownPlace(text::surfaces(text, tokens, span.first, span.last));
      }
    }
  }
  return keys;
}

// True when `a`'s words are `b`'s with the last one pluralized: "mike beans", "mike bean".
bool isPluralOf(const MentionName& a, const MentionName& b) {
  if (a.words.size() != b.words.size() || a.words.empty()) return false;
  return std::equal(a.words.begin(), a.words.end() - 1, b.words.begin()) && a.words.back() == b.words.back() + 's';
}

// The canonical name is the longest full form: most tokens, then most bytes, but a
// singular over its plural ("Mike Bean", not "the Mike Beans"), and a nationality by
// its adjective, the shortest form ("Israeli", not "Israelis").
bool isBetterName(const MentionName& name, const MentionName& best, bool nationality) {
  if (name.nameTokens != best.nameTokens) return name.nameTokens > best.nameTokens;
  if (isPluralOf(name, best) || isPluralOf(best, name)) return isPluralOf(best, name);
  const std::uint32_t length = name.nameEnd - name.nameStart, bestLength = best.nameEnd - best.nameStart;
  return nationality ? length < bestLength : length > bestLength;
}

// One entity per group, in first-mention order: the voted type (mentions re-typed
// to it), distinct aliases in first-seen order, the count, the first offset, and
// the name (isBetterName), without titles for a person ("General Motors" keeps its
// first word).
std::vector<Entity> buildEntities(std::string_view text, const std::vector<MentionKey>& keys, const Grouping& grouping,
                                  std::vector<Mention>& mentions) {
  std::vector<Entity> entities(grouping.types.size());
  std::vector<std::int64_t> bestName(entities.size(), -1);
  for (std::uint32_t i : documentOrder(mentions)) {
    const int g = grouping.groupOf[i];
    if (g < 0) continue;
    Mention& m = mentions[i];
    Entity& e = entities[g];
    m.type = e.type = grouping.types[g];
    m.entity = g;
    if (e.count++ == 0) e.firstMention = m.start;
    const MentionName& name = keys[i].name;
    std::string alias(text::slice(text, name.aliasStart, name.aliasEnd));
    if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) e.aliases.push_back(std::move(alias));
    const MentionName* best = bestName[g] < 0 ? nullptr : &keys[bestName[g]].name;
    if (!best || isBetterName(name, *best, e.type == EntityType::NORP)) bestName[g] = i;
  }
  for (std::size_t g = 0; g < entities.size(); ++g) {
    if (bestName[g] < 0) continue;
    const MentionName& name = keys[bestName[g]].name;
    const bool person = entities[g].type == EntityType::PERSON;
    const std::uint32_t start = person ? name.nameStart : name.aliasStart;
    const std::uint32_t end = person ? name.nameEnd : name.aliasEnd;
    entities[g].name = std::string(text::slice(text, start, end));
  }
  return entities;
}

}  // namespace

std::vector<Entity> resolve(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<Sentence>& sentences, std::vector<Mention>& mentions, GroupingWork* work,
                            const KnownPlace& knownPlace) {
  const std::vector<MentionKey> keys = describeMentions(text, tokens, mentions, knownPlace);
  const Grouping grouping = groupMentions(mentions, keys, work);
  std::vector<Entity> entities = buildEntities(text, keys, grouping, mentions);
  markSourceRoles(text, tokens, sentences, mentions);
  return entities;
}

}  // namespace newslens::entities
