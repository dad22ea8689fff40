#include "newslens/ner/document_words.h"

#include <algorithm>
#include <string>

#include "newslens/ner/features.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {
namespace {

bool allLower(std::string_view w) {
  bool letter = false;
  for (unsigned char ch : w) {
    if (ch >= 'A' && ch <= 'Z') return false;
    letter = letter || (ch >= 'a' && ch <= 'z');
  }
  return letter;
}

bool mixedCaps(std::string_view w) {  // "Pichette", not "CNN" or "US"
  if (!text::startsAsciiCapital(w) || w.size() < 2) return false;
  for (std::size_t k = 1; k < w.size(); ++k)
    if (w[k] >= 'a' && w[k] <= 'z') return true;
  return false;
}

}  // namespace

std::uint8_t writingOf(std::string_view w) {
  std::uint8_t bits = 0;
  if (w == "\"" || w == ":" || w == "'" || w == "(") bits |= kWrittenOpensQuote;  // often before a quoted sentence
  if (allLower(w)) bits |= kWrittenLower;
  if (mixedCaps(w)) bits |= kWrittenMixedCaps;
  if (text::startsAsciiCapital(w)) bits |= kWrittenCapital;
  return bits;
}

WordUse useOfWritings(std::uint8_t prev, std::uint8_t w, std::uint8_t next) {
  WordUse use;
  if (prev & kWrittenOpensQuote) return use;
  if (w & kWrittenLower) {
    use.lower = 1;
  } else if (w & kWrittenMixedCaps) {
    use.capitalized = 1;
    if ((prev | next) & kWrittenCapital) use.inName = 1;
  }
  return use;
}

WordUse useOf(std::string_view prev, std::string_view w, std::string_view next) {
  return useOfWritings(writingOf(prev), writingOf(w), writingOf(next));
}

DocumentWords::DocumentWords(const std::vector<std::vector<std::string_view>>& sentences, const FeatureHasher& hash) {
  for (const auto& words : sentences) add(words, hash);
}

void DocumentWords::add(const std::vector<std::string_view>& words, const FeatureHasher& hash) {
  std::vector<std::string> norms;
  norms.reserve(words.size());
  for (std::string_view w : words) norms.push_back(normalizeToken(w));
  if (isCapsLine(norms)) return;
  for (std::size_t i = 1; i < norms.size(); ++i) {
    const WordUse use = useOf(norms[i - 1], norms[i], i + 1 < norms.size() ? norms[i + 1] : std::string_view());
    if (!use.capitalized && !use.lower) continue;
    WordUse& total = count(hash.part(text::lowercase(norms[i])));
    total.capitalized += use.capitalized;
    total.lower += use.lower;
    total.inName += use.inName;
  }
}

void DocumentWords::add(const std::vector<const TokenInfo*>& tokens, bool capsLine) {
  if (capsLine) return;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const WordUse use =
        useOfWritings(tokens[i - 1]->writing, tokens[i]->writing, i + 1 < tokens.size() ? tokens[i + 1]->writing : 0);
    if (!use.capitalized && !use.lower) continue;
    WordUse& total = count(tokens[i]->hLower);
    total.capitalized += use.capitalized;
    total.lower += use.lower;
    total.inName += use.inName;
  }
}

namespace {

bool isEmpty(const WordUse& use) { return !use.capitalized && !use.lower; }

}  // namespace

WordUse& DocumentWords::count(std::uint32_t lowerHash) {
  if (2 * (count_ + 1) > slots_.size()) {  // grow first: the slot returned stays put
    std::vector<Slot> old(std::max<std::size_t>(64, 2 * slots_.size()));
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (isEmpty(s.use)) continue;
      std::size_t at = s.lowerHash & mask;
      while (!isEmpty(slots_[at].use)) at = (at + 1) & mask;
      slots_[at] = s;
    }
  }
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = lowerHash & mask;
  for (; !isEmpty(slots_[at].use); at = (at + 1) & mask)
    if (slots_[at].lowerHash == lowerHash) return slots_[at].use;
  ++count_;  // the caller counts a use in it now
  slots_[at].lowerHash = lowerHash;
  return slots_[at].use;
}

WordUse DocumentWords::elsewhere(std::uint32_t lowerHash, WordUse own) const {
  if (slots_.empty()) return WordUse{};
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = lowerHash & mask;
  while (!isEmpty(slots_[at].use) && slots_[at].lowerHash != lowerHash) at = (at + 1) & mask;
  if (isEmpty(slots_[at].use)) return WordUse{};
  WordUse rest = slots_[at].use;
  // `own` was counted when it came from this document; never go below zero otherwise.
  rest.capitalized -= std::min(rest.capitalized, own.capitalized);
  rest.lower -= std::min(rest.lower, own.lower);
  rest.inName -= std::min(rest.inName, own.inName);
  return rest;
}

}  // namespace newslens::ner
