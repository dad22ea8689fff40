#include "newslens/ner/span_typer.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "newslens/lexicon/lexicon.h"
#include "newslens/ner/normal_lower.h"
#include "newslens/ner/type_rules.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {
namespace {

// Feature templates. Append only: ids are baked into trained models.
enum Templ : std::uint8_t {
  kBias = 1,
  kPhrase,
  kWord,
  kHead,
  kFirst,
  kHeadSuffix,
  kLength,
  kShape,
  kCluster,
  kHeadCluster,
  kHeadCoarse,
  kPrev,
  kPrev2,
  kNext,
  kNext2,
  kAround,
  kPrevCluster,
  kNextCluster,
  kGazetteer,
  kGazetteerConll,
  kQuoted,
  kCasing,
  kAcronym,
  kDigit,
  kHeadConll,
  kPrevConll,
  kNextConll,
  kService,
};

// One token's class for the span shape: "X" capitalised, "A" all capitals, "x" lower,
// "m" mixed ("iPhone", "eBay"), "d" with a digit, "p" punctuation.
char tokenClass(std::string_view w) {
  bool upper = false, lower = false, digit = false, firstUpper = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  for (unsigned char c : w) {
    if (c >= 'A' && c <= 'Z')
      upper = true;
    else if (c >= 'a' && c <= 'z')
      lower = true;
    else if (c >= '0' && c <= '9')
      digit = true;
    else if (c >= 0x80)
      lower = true;  // non-ASCII letters read as lower case
  }
  if (digit) return 'd';
  if (!upper && !lower) return 'p';
  if (upper && !lower) return 'A';
  if (firstUpper) return 'X';
  return upper ? 'm' : 'x';
}

bool isQuoteMark(std::string_view w) {
  return w == "\"" || w == "'" || w == "``" || w == "''" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" ||
         w == "\xE2\x80\x98" || w == "\xE2\x80\x99";
}

// True when the span sits inside quotation marks: news sets titles of works so
// ("Top Gear," the show), commas and periods inside the closing mark.
bool quoted(const SpanInSentence& s) {
  if (s.first == 0 || !isQuoteMark(s.words[s.first - 1])) return false;
  std::size_t k = s.last;
  if (k < s.words.size() && (s.words[k] == "," || s.words[k] == "." || s.words[k] == "?" || s.words[k] == "!")) ++k;
  return k < s.words.size() && isQuoteMark(s.words[k]);
}

struct Word {
  std::uint32_t lower = 0;    // hash of the lowercased, normalized text
  std::int32_t cluster = -1;  // row in KnownWords::clusterPaths
};

// The word whose NormalLower form is `lower`; its cluster looked up only `withCluster`.
Word wordOf(std::string_view lower, const KnownWords& known, const FeatureHasher& hash, bool withCluster = true) {
  Word w{hash.part(lower), -1};
  if (withCluster && known.clusterLevels)
    w.cluster = known.clusterIndex.find(clusterKey(hash, lower, known.clusterKeyBits));
  return w;
}

// The finest cluster id of `w` (0xFFFF: none), or the coarsest with `coarse`.
std::uint32_t clusterOf(const KnownWords& known, const Word& w, bool coarse) {
  if (w.cluster < 0) return 0xFFFFu;
  const std::uint32_t path = known.clusterPaths[static_cast<std::size_t>(w.cluster)];
  const int shift = coarse ? known.clusterBits * (known.clusterLevels - 1) : 0;
  return (path >> shift) | (coarse ? 0x10000u : 0u);
}

// Word `i` of the sentence, outside it an edge ("<edge>", no cluster); `cue` says
// whether the NormalLower form of the word (empty outside the sentence) is a cue. The
// cluster is looked up `withCluster` (no feature reads the second word out's).
template <typename Cue>
Word contextWord(const std::vector<std::string_view>& words, std::ptrdiff_t i, const KnownWords& known,
                 const FeatureHasher& hash, bool withCluster, Cue&& cue, bool& cued) {
  if (i < 0 || i >= static_cast<std::ptrdiff_t>(words.size())) {
    cued = cue(std::string_view());
    return {hash.part("<edge>"), -1};
  }
  const NormalLower lower(words[static_cast<std::size_t>(i)]);
  cued = cue(lower.view());
  return wordOf(lower.view(), known, hash, withCluster);
}

// Features a span has whatever its length: some thirty, and two for each word.
constexpr std::size_t kFeaturesReserved = 64;

}  // namespace

void spanTypeFeatures(const SpanInSentence& s, const KnownWords& known, const FeatureHasher& hash,
                      std::vector<std::uint32_t>& out) {
  out.clear();
  out.reserve(kFeaturesReserved);
  const std::uint32_t conll = static_cast<std::uint32_t>(s.conll) + 1;
  const auto first = static_cast<std::ptrdiff_t>(s.first), last = static_cast<std::ptrdiff_t>(s.last);
  out.push_back(hash(kBias, conll));
  std::uint32_t phrase = 0;
  std::string shape;
  bool digit = false;
  Word head, opening;
  std::uint32_t headSuffix = 0, headCasingKey = 0;
  std::string joined;  // the span as phraseCategories() joins it, from the words lowered here
  for (std::ptrdiff_t i = first; i < last; ++i) {
    const NormalLower lower(s.words[static_cast<std::size_t>(i)]);
    if (!joined.empty()) joined += ' ';
    joined += lower.view();
    const Word w = wordOf(lower.view(), known, hash);
    phrase = hash(kPhrase, phrase, w.lower);
    out.push_back(hash(kWord, w.lower));
    out.push_back(hash(kCluster, clusterOf(known, w, false)));
    const char c = tokenClass(s.words[static_cast<std::size_t>(i)]);
    digit = digit || c == 'd';
    if (shape.size() < 4 && (shape.empty() || shape.back() != c)) shape += c;
    if (i == first) opening = w;
    if (i == last - 1) {
      head = w;
      const std::string_view h = lower.view();
      headSuffix = hash.part(h.substr(h.size() > 3 ? h.size() - 3 : 0));
      if (last - first == 1) headCasingKey = hashWord(hash, h);
    }
  }
  out.push_back(phrase);
  out.push_back(hash(kHead, head.lower));
  out.push_back(hash(kHeadConll, head.lower, conll));
  out.push_back(hash(kHeadSuffix, headSuffix));
  out.push_back(hash(kHeadCluster, clusterOf(known, head, false), conll));
  out.push_back(hash(kHeadCoarse, clusterOf(known, head, true), conll));
  if (last - first > 1) out.push_back(hash(kFirst, opening.lower));
  out.push_back(hash(kLength, static_cast<std::uint32_t>(std::min<std::ptrdiff_t>(last - first, 4)), conll));
  out.push_back(hash(kShape, hash.part(shape), conll));
  if (digit) out.push_back(hash(kDigit, conll));
  // A platform meant as the service ("on Twitter", "her Facebook page"): one feature for
  // the cue, as the training data maps those contexts (news_gold's scheme).
  const auto none = [](std::string_view) { return false; };
  bool servicePreposition = false, serviceNoun = false, unused = false;
  const Word prev =
      contextWord(s.words, first - 1, known, hash, true, lexicon::isServicePreposition, servicePreposition);
  const Word prev2 = contextWord(s.words, first - 2, known, hash, false, none, unused);
  const Word next = contextWord(s.words, last, known, hash, true, lexicon::isServiceNoun, serviceNoun);
  const Word next2 = contextWord(s.words, last + 1, known, hash, false, none, unused);
  out.push_back(hash(kPrev, prev.lower));
  out.push_back(hash(kPrevConll, prev.lower, conll));
  out.push_back(hash(kPrev2, prev2.lower));
  out.push_back(hash(kNext, next.lower));
  out.push_back(hash(kNextConll, next.lower, conll));
  out.push_back(hash(kNext2, next2.lower));
  out.push_back(hash(kAround, prev.lower, next.lower));
  out.push_back(hash(kPrevCluster, clusterOf(known, prev, false)));
  out.push_back(hash(kNextCluster, clusterOf(known, next, false)));
  if (servicePreposition) out.push_back(hash(kService, 1u, conll));
  if (serviceNoun) out.push_back(hash(kService, 2u, conll));
  const std::uint16_t bits = joinedPhraseCategories(known, hash, joined, static_cast<std::size_t>(last - first));
  for (int b = 0; b < kGazetteerCount; ++b)
    if ((bits >> b) & 1u) {
      out.push_back(hash(kGazetteer, static_cast<std::uint32_t>(b)));
      out.push_back(hash(kGazetteerConll, static_cast<std::uint32_t>(b), conll));
    }
  if (quoted(s)) out.push_back(hash(kQuoted, conll));
  if (shape == "A") out.push_back(hash(kAcronym, conll));
  if (last - first == 1) {
    const std::int32_t row = known.wordIndex.find(headCasingKey);
    out.push_back(hash(kCasing, row < 0 ? 0u : known.wordCasing[static_cast<std::size_t>(row)], conll));
  }
}

std::array<float, kNameTypeCount> spanTypeScores(const SpanTyper& typer, const std::vector<std::uint32_t>& features) {
  std::array<int, kNameTypeCount> sums{};
  for (std::uint32_t f : features) {
    const std::int32_t row = typer.index.find(f);
    if (row < 0) continue;
    const std::int8_t* w = &typer.weights[static_cast<std::size_t>(row) * kNameTypeCount];
    for (int t = 0; t < kNameTypeCount; ++t) sums[t] += w[t];
  }
  std::array<float, kNameTypeCount> scores{};
  for (int t = 0; t < kNameTypeCount; ++t) scores[t] = static_cast<float>(sums[t]) * typer.scale;
  return scores;
}

EntityType predictSpanType(const SpanTyper& typer, const std::vector<std::uint32_t>& features) {
  const std::array<float, kNameTypeCount> scores = spanTypeScores(typer, features);
  return static_cast<EntityType>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

namespace {

// Word i as NormalLower reads it, "" past the end.
NormalLower lowerWord(const std::vector<std::string_view>& words, std::size_t i) {
  return NormalLower(i < words.size() ? words[i] : std::string_view());
}

// Where the list of one-word names that ends with the name at `first` begins: "on
// [Facebook], Twitter and Instagram" from "Instagram". `first` itself when no list.
std::size_t listStart(const std::vector<std::string_view>& words, std::size_t first) {
  std::size_t k = first;
  while (k >= 2) {
    std::size_t j = k - 1;  // the joiner before the name at k
    const NormalLower lowered = lowerWord(words, j);
    const std::string_view joiner = lowered.view();
    if ((joiner == "and" || joiner == "or") && j >= 1 && words[j - 1] == ",")
      --j;
    else if (joiner != "," && joiner != "and" && joiner != "or")
      break;
    if (j == 0 || !text::startsAsciiCapital(words[j - 1])) break;
    k = j - 1;
  }
  return k;
}

}  // namespace

bool usedAsService(const SpanInSentence& s) {
  // One word, not an acronym: channels, exchanges and agencies are ("on CNN", "on
  // LIFFE"), platforms are written as words.
  const std::string_view word = s.words[s.first];
  if (s.last != s.first + 1 || !text::hasAsciiLower(word)) return false;
  const NormalLower nextWord = lowerWord(s.words, s.last);
  const std::string_view next = nextWord.view();
  if (lexicon::isServiceNoun(next)) return true;
  // "on Petofi's board": a possessor, not what "on" governs.
  if (next == "'s" || next == "'") return false;
  const std::size_t k = listStart(s.words, s.first);
  if (k == 0) return false;
  const NormalLower prevWord = lowerWord(s.words, k - 1);
  const std::string_view prev = prevWord.view();
  return lexicon::isServicePreposition(prev) ||
         (prev == "to" && k >= 2 && lexicon::isPostingVerb(lowerWord(s.words, k - 2).view()));
}

bool servicePlausible(const std::array<float, kNameTypeCount>& scores) {
  const auto best = static_cast<EntityType>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  return best == EntityType::ORG || best == EntityType::PRODUCT;
}

namespace {

// A score: digits, a hyphen or dash, digits ("1-0", "79-72").
bool isScore(std::string_view w) {
  const std::size_t dash = w.find('-');
  const auto digits = [](std::string_view d) {
    return !d.empty() && d.size() <= 3 && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  return dash != std::string_view::npos && digits(w.substr(0, dash)) && digits(w.substr(dash + 1));
}

}  // namespace

bool opponentInScoreLine(const SpanInSentence& s) {
  if (s.first == 0 || !lexicon::isOpponentWord(lowerWord(s.words, s.first - 1).view())) return false;
  for (std::size_t k = s.first >= 6 ? s.first - 6 : 0; k < s.first - 1; ++k)
    if (isScore(s.words[k])) return true;
  for (std::size_t k = s.last; k < s.words.size() && k < s.last + 2; ++k)
    if (isScore(s.words[k])) return true;
  return false;
}

bool namesLaw(const SpanInSentence& s) {
  return s.last >= s.first + 2 && text::startsAsciiCapital(s.words[s.last - 1]) &&
         lexicon::isLawHead(lowerWord(s.words, s.last - 1).view());
}

bool nationalityMember(const SpanInSentence& s, const KnownWords& known, const FeatureHasher& hash) {
  if (s.last != s.first + 1) return false;
  const NormalLower lowered = lowerWord(s.words, s.first);
  const std::string_view word = lowered.view();
  for (std::string_view member : {"man", "men", "woman", "women"}) {
    if (word.size() < member.size() + 3 || word.compare(word.size() - member.size(), member.size(), member) != 0)
      continue;
    const std::string_view stem = word.substr(0, word.size() - member.size());
    return hasCategory(phraseCategories(known, hash, {stem}), Gazetteer::Nationality);
  }
  return false;
}

bool namesInstitution(const SpanInSentence& s) {
  return s.last >= s.first + 2 && text::startsAsciiCapital(s.words[s.last - 1]) &&
         lexicon::isInstitutionHead(lowerWord(s.words, s.last - 1).view());
}

bool clubPlausible(const std::array<float, kNameTypeCount>& scores) {
  const int org = static_cast<int>(EntityType::ORG);
  for (int t = 0; t < kNameTypeCount; ++t) {
    const auto e = static_cast<EntityType>(t);
    if (t != org && e != EntityType::GPE && e != EntityType::LOC && e != EntityType::FAC && scores[t] >= scores[org])
      return false;
  }
  return true;
}

std::optional<EntityType> placeKindType(const SpanInSentence& s, EntityType read, const KnownWords& known,
                                        const FeatureHasher& hash) {
  // A lower-case noun: a capitalised one is part of a name ("Gaza City", "Camp David").
  if (s.last >= s.words.size() || s.words[s.last].empty() || s.words[s.last][0] < 'a' || s.words[s.last][0] > 'z')
    return std::nullopt;
  const lexicon::PlaceKind kind = lexicon::placeKindNoun(s.words[s.last]);
  if (kind == lexicon::PlaceKind::None) return std::nullopt;
  std::string joined;
  if (hasCategory(phraseCategories(known, hash, s.words.data() + s.first, s.words.data() + s.last, joined),
                  Gazetteer::Nationality))
    return std::nullopt;
  // A group's adjective before a place noun describes the place ("the Jewish state",
  // "a Moslem village"): a name read as NORP keeps it when it is shaped like a demonym
  // or a word the casing profile knows.
  if (read == EntityType::NORP) {
    const NormalLower lowered = lowerWord(s.words, s.last - 1);
    const std::string_view last = lowered.view();
    const std::int32_t row = known.wordIndex.find(hashWord(hash, last));
    if (looksLikeDemonym(last) || (row >= 0 && known.wordCasing[static_cast<std::size_t>(row)] != 0))
      return std::nullopt;
  }
  switch (kind) {
    case lexicon::PlaceKind::Settlement:
      return EntityType::GPE;
    case lexicon::PlaceKind::Region:
      return EntityType::LOC;
    case lexicon::PlaceKind::Camp:
      if (read == EntityType::GPE || read == EntityType::LOC) return EntityType::FAC;
      return std::nullopt;
    case lexicon::PlaceKind::None:
      break;
  }
  return std::nullopt;
}

namespace {

// True when OntoNotes type `e` is one the CoNLL type `conll` stands for.
bool inConllClass(EntityType e, ConllType conll) {
  switch (conll) {
    case ConllType::PER:
      return e == EntityType::PERSON;
    case ConllType::ORG:
      return e == EntityType::ORG;
    case ConllType::LOC:
      return e == EntityType::GPE || e == EntityType::LOC || e == EntityType::FAC;
    case ConllType::MISC:
      return e == EntityType::NORP || e == EntityType::EVENT || e == EntityType::PRODUCT ||
             e == EntityType::WORK_OF_ART || e == EntityType::LAW;
  }
  return false;
}

}  // namespace

EntityType typeWithinMargin(const std::array<float, kNameTypeCount>& scores, ConllType conll, float margin) {
  const auto best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  int within = -1;
  for (int t = 0; t < kNameTypeCount; ++t)
    if (inConllClass(static_cast<EntityType>(t), conll) && (within < 0 || scores[t] > scores[within])) within = t;
  return static_cast<EntityType>(scores[best] - scores[within] > margin ? best : within);
}

}  // namespace newslens::ner

namespace newslens::ner {

const std::string& TypeVotes::key(const std::vector<std::string_view>& words) const {
  key_.clear();
  for (std::string_view w : words) {
    if (!key_.empty()) key_ += ' ';
    NormalLower::append(key_, w);
  }
  return key_;
}

void TypeVotes::add(const std::vector<std::string_view>& words, const std::array<float, kNameTypeCount>& scores,
                    std::optional<EntityType> stated) {
  // Each occurrence votes with its softmax probabilities, so one very sure context
  // cannot outvote all the others on its own.
  const float top = *std::max_element(scores.begin(), scores.end());
  std::array<float, kNameTypeCount> p{};
  float total = 0.0f;
  for (int t = 0; t < kNameTypeCount; ++t) total += p[t] = std::exp(scores[t] - top);
  // A stated type votes whole; a name used as a service once among many other uses
  // stays what they say ("pressure on Arsenal" in a match report).
  if (stated) p = {}, p[static_cast<int>(*stated)] = total = 1.0f;
  Sum& sum = sums_.try_emplace(key(words)).first->second;
  for (int t = 0; t < kNameTypeCount; ++t) sum.p[t] += p[t] / total;
  ++sum.count;
}

std::optional<EntityType> TypeVotes::winner(const std::vector<std::string_view>& words) const {
  const auto it = sums_.find(key(words));
  if (it == sums_.end() || it->second.count < 2) return std::nullopt;
  const std::array<float, kNameTypeCount>& p = it->second.p;
  return static_cast<EntityType>(std::max_element(p.begin(), p.end()) - p.begin());
}

}  // namespace newslens::ner
