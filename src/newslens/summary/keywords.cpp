#include "newslens/summary/keywords.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"
#include "newslens/noinline.h"
#include "newslens/text/lowered.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"
#include "newslens/text/word_ids.h"

namespace newslens::summary {
namespace {

constexpr std::size_t kMaxPhraseWords = 3;
constexpr double kLeadBoost = 1.2;
// The smallest score a kept keyword gets: the JSON's precision (3 decimals), so that
// a rare phrase beside a very frequent one still reads as (0, 1], never as 0.
constexpr double kMinScore = 0.001;

// Folds a plural "s" so "visit" and "visits" count as one word ("crisis", "status" keep theirs).
std::string_view foldPlural(std::string_view w) {
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i')
    return w.substr(0, w.size() - 1);
  return w;
}

bool isLetterByte(unsigned char c) { return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool hasDigitOrNoLetter(std::string_view word) {
  // Nearly every word starts with a letter: then only a digit can answer true.
  if (!word.empty() && isLetterByte(static_cast<unsigned char>(word[0]))) {
    for (unsigned char c : word)
      if (static_cast<unsigned char>(c - '0') <= 9) return true;
    return false;
  }
  bool letter = false;
  for (unsigned char c : word) {
    if (c >= '0' && c <= '9') return true;
    if (isLetterByte(c)) letter = true;
  }
  return !letter;
}

constexpr std::uint32_t kNoWord = 0xFFFFFFFFu;

// A phrase's folded words as ids (WordIds), kNoWord past its length: the key that
// makes "visit talks" and "visits talk" one phrase.
using PhraseKey = std::array<std::uint32_t, kMaxPhraseWords>;

std::size_t hashOf(const PhraseKey& k) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull;
  for (std::uint32_t w : k) h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
  return static_cast<std::size_t>(h ^ (h >> 31));
}

struct Phrase {
  std::string text;        // first surface, lowercased
  PhraseKey words{};       // folded words' ids, kNoWord past the last
  std::uint32_t size = 0;  // words in the phrase
  std::uint32_t count = 0;
  std::uint32_t first = 0;  // byte offset of the first occurrence
  bool lead = false;
};

bool endsIn(std::string_view w, std::string_view suffix) {
  // lexicon::sameBytes: an inline loop over the suffix's few bytes, not a memcmp call.
  return w.size() > suffix.size() + 2 && lexicon::sameBytes(suffix, w.substr(w.size() - suffix.size()));
}

bool endsInEd(std::string_view w) { return endsIn(w, "ed"); }

// What a word opens for the next: after a conjunction or preposition an "-ing" word
// is a gerund ("and maintaining"); after "to" or a modal comes a verb ("to lift",
// "would reduce"). One lookup a token, where comparing it to each word took ~20.
enum : std::uint8_t { kOpensGerund = 1, kOpensVerb = 2 };

constexpr lexicon::FlaggedWord kOpeners[] = {
    {"about", kOpensGerund},   {"after", kOpensGerund}, {"and", kOpensGerund},   {"before", kOpensGerund},
    {"by", kOpensGerund},      {"can", kOpensVerb},     {"could", kOpensVerb},   {"for", kOpensGerund},
    {"from", kOpensGerund},    {"in", kOpensGerund},    {"may", kOpensVerb},     {"might", kOpensVerb},
    {"must", kOpensVerb},      {"of", kOpensGerund},    {"on", kOpensGerund},    {"or", kOpensGerund},
    {"should", kOpensVerb},    {"to", kOpensVerb},      {"while", kOpensGerund}, {"will", kOpensVerb},
    {"without", kOpensGerund}, {"would", kOpensVerb},
};
static_assert(lexicon::isSorted(kOpeners), "kOpeners must stay sorted");
constexpr lexicon::WordIndex kOpenerIndex{kOpeners};

// Which tokens lie inside a named (non-numeric) mention: they break phrases, since
// keywords are not names.
std::vector<bool> nameTokens(const Analysis& a) {
  std::vector<bool> inName(a.tokens.size(), false);
  for (const Mention& m : a.mentions) {
    if (isNumericType(m.type)) continue;
    const text::TokenSpan span = text::tokensOf(a.tokens, m);
    for (std::uint32_t t = span.first; t < span.last; ++t) inName[t] = true;
  }
  return inName;
}

// Every entity's name and alias, lowercased: a phrase equal to one is no keyword.
// The lowered forms go one after another in `store`, sized once so that the table's
// views into it stay put (one allocation, not a string per form).
text::WordIds entityNames(const Analysis& a, std::string& store) {
  std::size_t bytes = 0;
  for (const Entity& e : a.entities) {
    bytes += e.name.size();
    for (const std::string& alias : e.aliases) bytes += alias.size();
  }
  store.clear();
  store.reserve(bytes);
  text::WordIds names;
  const auto add = [&](std::string_view form) {
    const std::size_t at = store.size();
    text::appendLowercase(store, form);
    names.idOf(std::string_view(store).substr(at));
  };
  for (const Entity& e : a.entities) {
    add(e.name);
    for (const std::string& alias : e.aliases) add(alias);
  }
  return names;
}

// The candidate phrases of one article, counted once per distinct folded form, and
// how often each folded word occurs in them. Words are views into the lowered text
// (`lower`, which must outlive the table) and ids; only a phrase seen for the first
// time makes a string.
class PhraseTable {
 public:
  PhraseTable(std::string_view lower, const Analysis& a) : lower_(lower), a_(a), names_(entityNames(a, nameStore_)) {}

  // Adds the run of content tokens `run` (then empties it) as phrases: a lone "-ed"
  // word is a verb ("Putin dismissed"), as an adjective it has its noun; runs longer
  // than three words are cut into pairs, left to right. `lead`: in the first two
  // content sentences.
  void flush(std::vector<std::uint32_t>& run, bool lead) {
    if (run.size() == 1 && endsInEd(lowerOf(run[0]))) run.clear();
    for (std::size_t from = 0; from < run.size();) {
      const std::size_t size = run.size() <= kMaxPhraseWords ? run.size() : std::min<std::size_t>(2, run.size() - from);
      add(run, from, size, lead);
      from += size;
    }
    run.clear();
  }

  const std::vector<Phrase>& phrases() const { return phrases_; }
  // Occurrences of each folded word (by id) in the phrases added.
  const std::vector<std::uint32_t>& wordCount() const { return wordCount_; }

 private:
  std::string_view lowerOf(std::uint32_t t) const { return text::surface(lower_, a_.tokens[t]); }

  std::uint32_t wordId(std::string_view folded) {
    const std::uint32_t id = wordIds_.idOf(folded);
    if (id == wordCount_.size()) wordCount_.push_back(0);
    return id;
  }

  // The phrase's words lowercased and space-joined (a run is consecutive tokens).
  std::string_view phraseText(const std::vector<std::uint32_t>& run, std::size_t from, std::size_t size) {
    return text::joinedTokens(lower_, a_.tokens, run[from], run[from] + static_cast<std::uint32_t>(size), text_);
  }

  void add(const std::vector<std::uint32_t>& run, std::size_t from, std::size_t size, bool lead) {
    const std::string_view phrase = phraseText(run, from, size);
    if (names_.find(phrase) != text::WordIds::kNone) return;
    PhraseKey key;
    key.fill(kNoWord);
    for (std::size_t k = 0; k < size; ++k) {
      key[k] = wordId(foldPlural(lowerOf(run[from + k])));
      ++wordCount_[key[k]];
    }
    const std::size_t slot = slotOf(key);
    if (index_[slot] != 0) {
      ++phrases_[index_[slot] - 1].count;
      return;
    }
    index_[slot] = static_cast<std::uint32_t>(phrases_.size() + 1);
    Phrase p;
    p.text = std::string(phrase);
    p.words = key;
    p.size = static_cast<std::uint32_t>(size);
    p.count = 1;
    p.first = a_.tokens[run[from]].start;
    p.lead = lead;
    phrases_.push_back(std::move(p));
    if (2 * phrases_.size() > index_.size()) grow();
  }

  // The slot of index_ holding the phrase of `key`, or the empty one where it goes.
  std::size_t slotOf(const PhraseKey& key) const {
    const std::size_t mask = index_.size() - 1;
    for (std::size_t slot = hashOf(key) & mask;; slot = (slot + 1) & mask)
      if (index_[slot] == 0 || phrases_[index_[slot] - 1].words == key) return slot;
  }

  // Twice the slots, so that the index stays at most half full.
  void grow() {
    std::vector<std::uint32_t> slots(2 * index_.size(), 0);
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = 0; i < phrases_.size(); ++i) {
      std::size_t slot = hashOf(phrases_[i].words) & mask;
      while (slots[slot] != 0) slot = (slot + 1) & mask;
      slots[slot] = static_cast<std::uint32_t>(i + 1);
    }
    index_ = std::move(slots);
  }

  std::string_view lower_;
  const Analysis& a_;
  std::string nameStore_;  // before names_, which views it
  text::WordIds names_;    // entityNames()
  std::string text_;       // a phrase the text does not write as is, joined: reused, so no string per phrase
  text::WordIds wordIds_;  // folded word → id
  std::vector<std::uint32_t> wordCount_;
  // Folded words → phrase: open addressing (phrase index + 1; 0 = empty), a power of two
  // long and at most half full, so a phrase seen again costs no node and no allocation.
  std::vector<std::uint32_t> index_ = std::vector<std::uint32_t>(64, 0);
  std::vector<Phrase> phrases_;
};

// Runs of content words in the non-boilerplate sentences, into `table`.
void collectPhrases(std::string_view text, std::string_view lowered, const Analysis& a, PhraseTable& table) {
  const std::vector<bool> inName = nameTokens(a);
  std::vector<std::uint32_t> run;
  std::size_t contentSentences = 0;
  for (const Sentence& s : a.sentences) {
    if (s.boilerplate || s.firstToken >= s.lastToken) continue;
    const bool lead = contentSentences++ < 2;
    bool firstWord = true;
    bool verbSlot = false;
    bool gerundBefore = false;
    for (std::uint32_t t = s.firstToken; t < s.lastToken && t < a.tokens.size(); ++t) {
      const Token& token = a.tokens[t];
      const std::string_view word = text::surface(text, token);
      const std::string_view lower = text::surface(lowered, token);
      bool content = token.kind == TokenKind::Word && !inName[t] && !hasDigitOrNoLetter(word) && !verbSlot;
      if (content) {
        content = lower.size() > 1 && !lexicon::isKeywordStopWord(lower) && !lexicon::isReportingVerb(lower) &&
                  !lexicon::isPossessive(word) && !(text::startsUppercase(word) && !firstWord) &&
                  // An "-ed" word after a noun is its verb ("sides expressed"); adjectives
                  // in "-ed" lead their phrase ("hardened positions").
                  !(endsInEd(lower) && !run.empty()) && !(run.empty() && endsIn(lower, "ing") && gerundBefore);
      }
      const std::uint8_t opens = kOpenerIndex.flagsOf(lower);
      gerundBefore = (opens & kOpensGerund) != 0;
      verbSlot = (opens & kOpensVerb) != 0;
      if (token.kind == TokenKind::Word || token.kind == TokenKind::Number) firstWord = false;
      if (content)
        run.push_back(t);
      else if (!run.empty())  // an empty run adds nothing: most tokens end none
        table.flush(run, lead);
    }
    if (!run.empty()) table.flush(run, lead);
  }
}

// RAKE scores: each word's degree (co-occurring words, itself included) over its
// frequency, summed over the phrase, times the phrase's count, lead phrases boosted.
std::vector<double> rakeScores(const PhraseTable& table) {
  const std::vector<Phrase>& phrases = table.phrases();
  const std::vector<std::uint32_t>& wordCount = table.wordCount();
  std::vector<std::uint32_t> wordDegree(wordCount.size(), 0);
  for (const Phrase& p : phrases)
    for (std::uint32_t k = 0; k < p.size; ++k) wordDegree[p.words[k]] += p.count * p.size;
  std::vector<double> scores(phrases.size());
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    const Phrase& p = phrases[i];
    double rake = 0.0;
    for (std::uint32_t k = 0; k < p.size; ++k)
      rake += static_cast<double>(wordDegree[p.words[k]]) / wordCount[p.words[k]];
    scores[i] = p.count * rake * (p.lead ? kLeadBoost : 1.0);
  }
  return scores;
}

}  // namespace

NEWSLENS_NOINLINE std::vector<Keyword> extractKeywords(std::string_view text, const Analysis& a,
                                                       const Options& options) {
  if (options.keywords <= 0 || a.tokens.empty()) return {};
  std::string scratch;
  const std::string_view lowered = text::loweredText(text, a, scratch);
  PhraseTable table(lowered, a);
  collectPhrases(text, lowered, a, table);
  const std::vector<Phrase>& phrases = table.phrases();
  const std::vector<double> scores = rakeScores(table);
  std::vector<std::size_t> order(phrases.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // Equal scores are common in one short article; longer words are rarer words (Zipf),
  // so the phrase with more letters goes first, then article order (the index: a total
  // order, so only the few kept need sorting, not every phrase of the article).
  const std::size_t kept = std::min(order.size(), static_cast<std::size_t>(options.keywords));
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(kept), order.end(),
                    [&](std::size_t x, std::size_t y) {
                      if (scores[x] != scores[y]) return scores[x] > scores[y];
                      if (phrases[x].text.size() != phrases[y].text.size())
                        return phrases[x].text.size() > phrases[y].text.size();
                      return x < y;
                    });
  order.resize(kept);
  std::vector<Keyword> out;
  const double best = order.empty() ? 1.0 : scores[order.front()];
  for (std::size_t i : order)
    out.push_back({phrases[i].text, static_cast<float>(std::max(kMinScore, scores[i] / best))});
  return out;
}

}  // namespace newslens::summary
