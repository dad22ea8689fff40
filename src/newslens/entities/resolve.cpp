#include "newslens/entities/resolve.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "newslens/entities/grouping.h"
#include "newslens/entities/names.h"
#include "newslens/entities/sources.h"
#include "newslens/noinline.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::entities {
namespace {

// Calls visit(i) for each mention index in document order (the tagger gives them so;
// this makes sure, without an order vector when they are).
template <typename Visit>
void inDocumentOrder(const std::vector<Mention>& mentions, Visit&& visit) {
  const auto earlier = [](const Mention& a, const Mention& b) { return a.start < b.start; };
  if (std::is_sorted(mentions.begin(), mentions.end(), earlier)) {
    for (std::uint32_t i = 0; i < mentions.size(); ++i) visit(i);
    return;
  }
  std::vector<std::uint32_t> order(mentions.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return mentions[a].start < mentions[b].start; });
  for (std::uint32_t i : order) visit(i);
}

bool hasSpan(std::string_view text, const Mention& m) { return m.start < m.end && m.end <= text.size(); }

// The name of mention m, whose type says whether it is a person's.
MentionName nameOf(std::string_view text, const std::vector<Token>& tokens, const Mention& m) {
  MentionName name = analyzeName(text, tokens, m, m.type == EntityType::PERSON);
  // Numbers group by key alone and no name join reads their words.
  if (isNumericType(m.type)) std::vector<std::string>().swap(name.words);
  return name;
}

// Names and keys. Numeric mentions key on their exact surface and type (and keep no
// name: buildEntities analyzes theirs again); a common noun phrase, an empty or
// out-of-range span gets no key (it is not grouped). A name after "in" not typed as
// a place asks `knownPlace` (grouping.h's place readings).
MentionKeys describeMentions(std::string_view text, const std::vector<Token>& tokens, std::vector<Mention>& mentions,
                             const KnownPlace& knownPlace) {
  std::size_t named = 0;
  for (const Mention& m : mentions) named += hasSpan(text, m) && !isNumericType(m.type);
  MentionKeys keys(mentions.size(), named);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    m.entity = -1;
    if (!hasSpan(text, m)) continue;
    if (isNumericType(m.type)) {
      keys.setNumeric(i, std::string(entityTypeName(m.type)) + '|' + text::lowercase(text::surface(text, m)));
      continue;
    }
    MentionKey k;
    k.name = nameOf(text, tokens, m);
    if (k.name.words.empty() || k.name.common) continue;
    k.key = nameKey(k.name.words);
    if (k.name.afterIn && knownPlace && m.type != EntityType::GPE && m.type != EntityType::LOC) {
      const text::TokenSpan span = text::tokensIn(tokens, k.name.aliasStart, k.name.aliasEnd);
      k.placeName = knownPlace(text::surfaces(text, tokens, span.first, span.last));
    }
    keys.setNamed(i, std::move(k));
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
std::vector<Entity> buildEntities(std::string_view text, const std::vector<Token>& tokens, const MentionKeys& keys,
                                  const Grouping& grouping, std::vector<Mention>& mentions) {
  std::vector<Entity> entities(grouping.types.size());
  std::vector<MentionName> best(entities.size());  // each group's best name so far
  std::vector<bool> named(entities.size(), false);
  inDocumentOrder(mentions, [&](std::uint32_t i) {
    const int g = grouping.groupOf[i];
    if (g < 0) return;
    Mention& m = mentions[i];
    // Analyzed before the re-typing below, as describeMentions did.
    const MentionName own = keys.sharesKey(i) ? nameOf(text, tokens, m) : MentionName();
    const MentionName& name = keys.sharesKey(i) ? own : keys[i].name;
    Entity& e = entities[g];
    m.type = e.type = grouping.types[g];
    m.entity = g;
    if (e.count++ == 0) e.firstMention = m.start;
    // Compared as a view: a string is made only for a new alias.
    const std::string_view alias = text::slice(text, name.aliasStart, name.aliasEnd);
    if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) e.aliases.emplace_back(alias);
    if (!named[g] || isBetterName(name, best[g], e.type == EntityType::NORP)) best[g] = name, named[g] = true;
  });
  for (std::size_t g = 0; g < entities.size(); ++g) {
    if (!named[g]) continue;
    const MentionName& name = best[g];
    const bool person = entities[g].type == EntityType::PERSON;
    const std::uint32_t start = person ? name.nameStart : name.aliasStart;
    const std::uint32_t end = person ? name.nameEnd : name.aliasEnd;
    entities[g].name = std::string(text::slice(text, start, end));
  }
  return entities;
}

}  // namespace

NEWSLENS_NOINLINE std::vector<Entity> resolve(std::string_view text, const std::vector<Token>& tokens,
                                              const std::vector<Sentence>& sentences, std::vector<Mention>& mentions,
                                              GroupingWork* work, const KnownPlace& knownPlace) {
  std::vector<Entity> entities;
  {  // the keys and the grouping are freed before the source roles
    const MentionKeys keys = describeMentions(text, tokens, mentions, knownPlace);
    const Grouping grouping = groupMentions(mentions, keys, work);
    entities = buildEntities(text, tokens, keys, grouping, mentions);
  }
  markSourceRoles(text, tokens, sentences, mentions);
  return entities;
}

}  // namespace newslens::entities
