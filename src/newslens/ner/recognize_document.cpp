#include "newslens/ner/recognize_document.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "newslens/ner/features.h"
#include "newslens/ner/mentions.h"
#include "newslens/ner/normal_lower.h"
#include "newslens/ner/type_rules.h"
#include "newslens/noinline.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {
namespace {

// The lowercased words of mention m's tokens from `first` on (each cut to m's bytes:
// a piece of a hyphenated word is its own words), joined by single spaces.
std::string key(std::string_view text, const std::vector<Token>& tokens, const Mention& m, std::uint32_t first) {
  std::string k;
  for (const std::string_view word : text::surfacesWithin(text, tokens, first, m.lastToken, m.start, m.end)) {
    if (!k.empty()) k += ' ';
    NormalLower::append(k, word);
  }
  return k;
}

// Tokens that begin a sentence: its first word, after any opening punctuation. Sorted
// (a sorted vector, not a hash set: one allocation, not one a sentence), so count()
// is a binary search.
class SentenceStarts {
 public:
  SentenceStarts(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences) {
    starts_.reserve(sentences.size());
    for (const Sentence& s : sentences) {
      std::uint32_t t = s.firstToken;
      while (t < s.lastToken && tokens[t].kind != TokenKind::Word && tokens[t].kind != TokenKind::Number) ++t;
      if (t < s.lastToken) starts_.push_back(t);
    }
    // Sentences come in text order; sorted anyway, so an unusual list answers the same.
    if (!std::is_sorted(starts_.begin(), starts_.end())) std::sort(starts_.begin(), starts_.end());
  }
  bool count(std::uint32_t t) const { return std::binary_search(starts_.begin(), starts_.end(), t); }

 private:
  std::vector<std::uint32_t> starts_;
};

bool mostlyLowerCase(const Model& model, const FeatureHasher& hash, std::string_view word) {
  const KnownWords& known = model.knownWords;
  const std::int32_t row = known.wordIndex.find(hashWord(hash, NormalLower(word).view()));
  return row >= 0 && known.wordCasing[static_cast<std::size_t>(row)] == static_cast<std::uint8_t>(Casing::Lower);
}

}  // namespace

NEWSLENS_NOINLINE void dropSentenceInitialWords(std::string_view text, const std::vector<Token>& tokens,
                                                const std::vector<Sentence>& sentences, const Model& model,
                                                std::vector<Mention>& mentions) {
  if (mentions.size() < 2 || model.empty) return;
  const SentenceStarts starts(tokens, sentences);
  const auto isQuote = [&](std::uint32_t t) {
    const std::string_view w = t < tokens.size() ? text::surface(text, tokens[t]) : std::string_view();
    return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D";
  };
  // A title in quotation marks is capitalised for its own sake ('"Top Gear" returns').
  const auto quotedTitle = [&](const Mention& m) {
    const std::uint32_t after =
        m.lastToken < tokens.size() && tokens[m.lastToken].kind == TokenKind::Punct && !isQuote(m.lastToken)
            ? m.lastToken + 1
            : m.lastToken;
    return m.firstToken > 0 && isQuote(m.firstToken - 1) && isQuote(after);
  };
  const FeatureHasher hash(model.hashSeed);
  // The mentions the rule may cut, by what they alone show; most articles have none, and
  // then no mention's words are keyed.
  std::vector<std::size_t> candidates;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.lastToken - m.firstToken >= 2 && starts.count(m.firstToken) && !quotedTitle(m) &&
        m.start == tokens[m.firstToken].start &&
        mostlyLowerCase(model, hash, text::surface(text, tokens[m.firstToken])))
      candidates.push_back(k);
  }
  if (candidates.empty()) return;
  std::unordered_map<std::string, EntityType> written;  // a mention's words -> its type (first seen)
  std::unordered_set<std::string> inside;               // the words of mentions inside a sentence
  for (const Mention& m : mentions) {
    const std::string k = key(text, tokens, m, m.firstToken);
    written.try_emplace(k, m.type);
    if (!starts.count(m.firstToken)) inside.insert(k);
  }
  for (const std::size_t c : candidates) {
    Mention& m = mentions[c];
    if (inside.count(key(text, tokens, m, m.firstToken))) continue;
    if (phraseCategories(model.knownWords, hash, text::surfaces(text, tokens, m.firstToken, m.lastToken)) != 0)
      continue;
    const auto rest = written.find(key(text, tokens, m, m.firstToken + 1));
    if (rest == written.end()) continue;
    const std::uint32_t end = m.end;  // a piece of a hyphenated word ends inside it
    m = mentionOver(tokens, m.firstToken + 1, m.lastToken, rest->second, m.score);
    m.end = end;
  }
}

NEWSLENS_NOINLINE void restoreSentenceInitialWords(std::string_view text, const std::vector<Token>& tokens,
                                                   const std::vector<Sentence>& sentences,
                                                   std::vector<Mention>& mentions) {
  if (mentions.size() < 2) return;
  const SentenceStarts starts(tokens, sentences);
  // The mentions right after their sentence's first word, a capitalised word no mention
  // covers; most articles have none, and then no mention's words are keyed.
  std::vector<std::size_t> candidates;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    const std::uint32_t t = m.firstToken - 1;
    if (m.firstToken > 0 && starts.count(t) && tokens[t].kind == TokenKind::Word &&
        text::startsUppercase(text::surface(text, tokens[t])) && !isTitleWord(text::surface(text, tokens[t])) &&
        m.start == tokens[m.firstToken].start && !(k > 0 && mentions[k - 1].lastToken > t))
      candidates.push_back(k);
  }
  if (candidates.empty()) return;
  std::unordered_map<std::string, EntityType> inside;  // words of mentions inside a sentence -> type (first seen)
  for (const Mention& m : mentions)
    if (!starts.count(m.firstToken)) inside.try_emplace(key(text, tokens, m, m.firstToken), m.type);
  for (const std::size_t c : candidates) {
    Mention& m = mentions[c];
    const std::uint32_t t = m.firstToken - 1;
    Mention whole = m;
    whole.firstToken = t;
    whole.start = tokens[t].start;
    const auto written = inside.find(key(text, tokens, whole, t));
    if (written == inside.end()) continue;
    whole.type = written->second;
    m = whole;
  }
}

}  // namespace newslens::ner
