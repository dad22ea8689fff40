#include "newslens/ner/recognize.h"

#include <algorithm>

#include "newslens/ner/patterns.h"
#include "newslens/ner/tagger.h"
#include "newslens/ner/type_rules.h"
#include "newslens/text/span.h"

namespace newslens::ner {
namespace {

// Longest run of tokens tagged at once: keeps one pathological "sentence"
// (a 10 MB paste without punctuation) from needing one huge Viterbi lattice.
constexpr std::uint32_t kMaxChunkTokens = 256;

Mention makeMention(const std::vector<Token>& tokens, std::uint32_t first, std::uint32_t last, EntityType type,
                    float score) {
  Mention m;
  m.firstToken = first;
  m.lastToken = last;
  m.start = tokens[first].start;
  m.end = tokens[last - 1].end;
  m.type = type;
  m.score = std::clamp(score, 0.0f, 1.0f);
  return m;
}

// Tags tokens [first, last) and appends their mentions to `out`.
void tagChunk(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first, std::uint32_t last,
              const Model& model, std::vector<Mention>& out) {
  const std::vector<std::string_view> words = text::surfaces(text, tokens, first, last);
  const Tagging tagging = tagSentence(model, words);
  const FeatureHasher hash(model.hashSeed);
  const std::size_t before = out.size();
  std::uint32_t start = 0;
  float confidence = 1.0f;
  for (std::uint32_t i = 0; i < words.size(); ++i) {
    const Tag tag = tagging.tags[i];
    if (tag == kOutside) continue;
    const Position pos = tagPosition(tag);
    if (pos == Position::B || pos == Position::U) start = i, confidence = 1.0f;
    confidence = std::min(confidence, tagging.confidence[i]);
    if (pos != Position::L && pos != Position::U) continue;
    std::vector<std::string_view> span(words.begin() + start, words.begin() + i + 1);
    const ConllType conll = tagType(tag);
    std::uint32_t spanFirst = first + start;
    // "Mr Xi" is a person whatever the tagger's type (CoNLL's Reuters rarely wrote "Mr").
    const bool honorific = span.size() > 1 && isPersonalHonorific(span.front());
    if (conll == ConllType::PER || honorific) {
      const std::size_t titles = titleWords(span);
      spanFirst += static_cast<std::uint32_t>(titles);
      span.erase(span.begin(), span.begin() + static_cast<std::ptrdiff_t>(titles));
      if (span.size() == 1 && isTitleWord(span.front())) continue;  // a bare title is no person
    }
    const EntityType type = honorific ? EntityType::PERSON : ontonotesType(conll, span, model.lexicons, hash);
    out.push_back(makeMention(tokens, spanFirst, first + i + 1, type, confidence));
  }
  // "Ministry of Foreign Affairs" when the tagger found only "Foreign Affairs": an
  // institution word and "of"/"for" right before an organization belong to it.
  for (std::size_t k = before; k < out.size(); ++k) {
    Mention& m = out[k];
    const std::uint32_t limit = k > before ? out[k - 1].lastToken : first;
    if (m.type != EntityType::ORG || m.firstToken < limit + 2) continue;
    const std::string_view joiner = words[m.firstToken - 1 - first], head = words[m.firstToken - 2 - first];
    if ((joiner == "of" || joiner == "for") && isInstitutionWord(head))
      m = makeMention(tokens, m.firstToken - 2, m.lastToken, EntityType::ORG, m.score);
  }
  // "US State Department", "Chinese Foreign Ministry": a place or nationality right
  // before an organization names the organization.
  for (std::size_t k = before + 1; k < out.size(); ++k) {
    Mention& prev = out[k - 1];
    const Mention& cur = out[k];
    if (prev.lastToken == cur.firstToken && cur.type == EntityType::ORG &&
        (prev.type == EntityType::GPE || prev.type == EntityType::NORP)) {
      prev = makeMention(tokens, prev.firstToken, cur.lastToken, EntityType::ORG, std::min(prev.score, cur.score));
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
      --k;
    }
  }
}

}  // namespace

std::vector<Mention> recognize(std::string_view text, const std::vector<Token>& tokens,
                               const std::vector<Sentence>& sentences, const Model& model) {
  std::vector<Mention> tagged;
  if (!model.empty) {
    for (const Sentence& s : sentences)
      for (std::uint32_t first = s.firstToken; first < s.lastToken; first += kMaxChunkTokens)
        tagChunk(text, tokens, first, std::min(s.lastToken, first + kMaxChunkTokens), model, tagged);
  }
  const std::vector<Mention> patterns = matchPatterns(text, tokens, sentences);
  std::vector<Mention> out;
  out.reserve(tagged.size() + patterns.size());
  std::size_t t = 0;
  for (const Mention& p : patterns) {
    while (t < tagged.size() && tagged[t].end <= p.start) out.push_back(tagged[t++]);
    const bool overlapsNext = t < tagged.size() && tagged[t].start < p.end;
    const bool overlapsPrev = !out.empty() && out.back().end > p.start;
    if (!overlapsNext && !overlapsPrev) out.push_back(p);
  }
  while (t < tagged.size()) out.push_back(tagged[t++]);
  return out;
}

}  // namespace newslens::ner
