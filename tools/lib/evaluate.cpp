#include "lib/evaluate.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "newslens/ner/tagger.h"
#include "newslens/options.h"

namespace newslens::tools {

std::vector<const ner::DocumentWords*> documentContexts(const std::vector<ConllSentence>& sentences,
                                                        const ner::FeatureHasher& hash,
                                                        std::vector<ner::DocumentWords>& storage) {
  std::vector<int> slot(sentences.size(), -1);
  std::size_t groups = 0;
  for (std::size_t k = 0; k < sentences.size();) {
    std::size_t end = k + 1;
    while (end < sentences.size() && sentences[end].document == sentences[k].document) ++end;
    if (sentences[k].document >= 0) {
      for (std::size_t j = k; j < end; ++j) slot[j] = static_cast<int>(groups);
      ++groups;
    }
    k = end;
  }
  storage.clear();
  storage.reserve(groups);
  for (std::size_t k = 0; k < sentences.size();) {
    std::size_t end = k;
    std::vector<std::vector<std::string_view>> words;
    for (; end < sentences.size() && slot[end] == slot[k]; ++end)
      words.emplace_back(sentences[end].words.begin(), sentences[end].words.end());
    if (slot[k] >= 0) storage.emplace_back(words, hash);
    k = end;
  }
  std::vector<const ner::DocumentWords*> out(sentences.size(), nullptr);
  for (std::size_t k = 0; k < sentences.size(); ++k)
    if (slot[k] >= 0) out[k] = &storage[slot[k]];
  return out;
}

Scores evaluateModel(const ner::Model& model, const std::vector<ConllSentence>& sentences) {
  Scores scores;
  std::vector<ner::DocumentWords> storage;
  const auto documents = documentContexts(sentences, ner::FeatureHasher(model.hashSeed), storage);
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const ConllSentence& s = sentences[k];
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    scores.add(spansFromIob(s.labels), spansFromTags(ner::tagSentence(model, words, documents[k]).tags));
  }
  return scores;
}

bool conllTypeOf(EntityType type, ner::ConllType& out) {
  switch (type) {
    case EntityType::PERSON:
      out = ner::ConllType::PER;
      return true;
    case EntityType::ORG:
      out = ner::ConllType::ORG;
      return true;
    case EntityType::GPE:
    case EntityType::LOC:
    case EntityType::FAC:
      out = ner::ConllType::LOC;
      return true;
    case EntityType::NORP:
    case EntityType::EVENT:
    case EntityType::PRODUCT:
    case EntityType::WORK_OF_ART:
    case EntityType::LAW:
      out = ner::ConllType::MISC;
      return true;
    default:
      return false;
  }
}

namespace {

bool isPlaceType(EntityType t) { return t == EntityType::GPE || t == EntityType::LOC || t == EntityType::FAC; }

// True when `text` ends with a hyphenated part in lower case ("Ontario-based"): a
// modifier that describes what follows, never part of its name.
bool endsWithLowerPart(std::string_view text) {
  const std::size_t dash = text.rfind('-');
  return dash != std::string_view::npos && text.find(' ', dash) == std::string_view::npos && dash + 1 < text.size() &&
         text[dash + 1] >= 'a' && text[dash + 1] <= 'z';
}

// The CoNLL type `prev` and the mention one space after it (`next`) take together, as
// CoNLL writes "U.S. State Department" (ORG) and "U.S. Gulf" (LOC), or false if they
// stay two.
bool joinsForConll(std::string_view text, const Mention& prev, const Mention& next, EntityType& joined) {
  if (next.start != prev.end + 1 || text[prev.end] != ' ') return false;
  if (endsWithLowerPart(text.substr(prev.start, prev.end - prev.start))) return false;
  if ((prev.type == EntityType::GPE || prev.type == EntityType::NORP) && next.type == EntityType::ORG) {
    joined = EntityType::ORG;
    return true;
  }
  if (prev.type == EntityType::GPE && isPlaceType(next.type)) {
    joined = EntityType::LOC;
    return true;
  }
  return false;
}

}  // namespace

std::vector<Mention> conllSpans(std::string_view text, std::vector<Mention> mentions) {
  std::size_t kept = 0;
  for (const Mention& m : mentions) {
    EntityType joined;
    if (kept > 0 && joinsForConll(text, mentions[kept - 1], m, joined)) {
      mentions[kept - 1].end = m.end;
      mentions[kept - 1].type = joined;
      continue;
    }
    mentions[kept++] = m;
  }
  mentions.resize(kept);
  return mentions;
}

namespace {

// Sentences [begin, end) of `sentences` analyzed as one text: each sentence's tokens
// joined by single spaces, sentences by line breaks (a line break always ends a
// sentence, as a headline or paragraph does in an article). Each mention labels the
// tokens it overlaps (B then I, a token keeping the first mention that reaches it),
// OntoNotes types folded back; a token a mention covers only part of is MISC. One
// label vector per sentence.
std::vector<std::vector<std::string>> pipelineLabels(const Analyzer& analyzer,
                                                     const std::vector<ConllSentence>& sentences, std::size_t begin,
                                                     std::size_t end) {
  std::string text;
  std::vector<std::size_t> starts, ends;  // byte range of each token of the run
  for (std::size_t k = begin; k < end; ++k) {
    if (k > begin) text += '\n';
    for (std::size_t i = 0; i < sentences[k].words.size(); ++i) {
      if (i > 0) text += ' ';
      starts.push_back(text.size());
      text += sentences[k].words[i];
      ends.push_back(text.size());
    }
  }
  std::vector<std::string> labels(starts.size(), "O");
  std::vector<bool> owned(starts.size(), false);
  for (const Mention& m : conllSpans(text, analyzer.analyze(text, Options{}).mentions)) {
    ner::ConllType type;
    if (!conllTypeOf(m.type, type)) continue;
    bool first = true;
    const auto from = static_cast<std::size_t>(std::lower_bound(ends.begin(), ends.end(), m.start + 1) - ends.begin());
    std::size_t to = from;
    while (to < starts.size() && starts[to] < m.end) ++to;
    // A name inside a CoNLL token ("Chicago" of "Chicago-based", "Israel" of
    // "pro-Israel") makes its tokens a MISC, as CoNLL tags "U.S.-led" and "pro-Israel".
    if (from < to && (m.start > starts[from] || m.end < ends[to - 1])) type = ner::ConllType::MISC;
    for (std::size_t i = from; i < to; ++i) {
      if (owned[i]) continue;
      owned[i] = true;
      labels[i] = std::string(first ? "B-" : "I-") + ner::conllTypeName(type);
      first = false;
    }
  }
  std::vector<std::vector<std::string>> out;
  std::size_t at = 0;
  for (std::size_t k = begin; k < end; ++k) {
    const auto n = static_cast<std::ptrdiff_t>(sentences[k].words.size());
    out.emplace_back(labels.begin() + static_cast<std::ptrdiff_t>(at),
                     labels.begin() + static_cast<std::ptrdiff_t>(at) + n);
    at += static_cast<std::size_t>(n);
  }
  return out;
}

}  // namespace

std::vector<std::vector<std::string>> labelThroughPipeline(const Analyzer& analyzer,
                                                           const std::vector<ConllSentence>& sentences,
                                                           bool perDocument) {
  std::vector<std::vector<std::string>> out;
  out.reserve(sentences.size());
  for (std::size_t k = 0; k < sentences.size();) {
    std::size_t end = k + 1;
    if (perDocument && sentences[k].document >= 0)
      while (end < sentences.size() && sentences[end].document == sentences[k].document) ++end;
    for (auto& labels : pipelineLabels(analyzer, sentences, k, end)) out.push_back(std::move(labels));
    k = end;
  }
  return out;
}

Scores evaluatePipeline(const Analyzer& analyzer, const std::vector<ConllSentence>& sentences, bool perDocument) {
  Scores scores;
  const auto labels = labelThroughPipeline(analyzer, sentences, perDocument);
  for (std::size_t k = 0; k < sentences.size(); ++k)
    scores.add(spansFromIob(sentences[k].labels), spansFromIob(labels[k]));
  return scores;
}

namespace {

// How a correct tagger span fared through the pipeline.
enum class Change { Retyped, Reshaped, Dropped };

Change changeOf(const Span& g, const std::vector<Span>& piped) {
  for (const Span& p : piped)
    if (p.start == g.start && p.end == g.end) return Change::Retyped;
  for (const Span& p : piped)
    if (p.start < g.end && g.start < p.end) return Change::Reshaped;
  return Change::Dropped;
}

bool contains(const std::vector<Span>& spans, const Span& s) {
  return std::find(spans.begin(), spans.end(), s) != spans.end();
}

std::string labelLine(const ConllSentence& s, const std::vector<std::string>& tagger,
                      const std::vector<std::string>& piped) {
  std::string out;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    out += "  " + s.words[i];
    if (s.labels[i] != "O" || tagger[i] != "O" || piped[i] != "O")
      out += "[" + s.labels[i] + "|" + tagger[i] + "|" + piped[i] + "]";
  }
  return out + "\n";
}

// The tagger's spans as IOB labels (B- on every first token).
std::vector<std::string> iobOf(const std::vector<Span>& spans, std::size_t n) {
  std::vector<std::string> labels(n, "O");
  for (const Span& s : spans)
    for (int i = s.start; i < s.end; ++i)
      labels[static_cast<std::size_t>(i)] = std::string(i == s.start ? "B-" : "I-") + ner::conllTypeName(s.type);
  return labels;
}

}  // namespace

std::string describePipelineChanges(const ner::Model& model, const Analyzer& analyzer,
                                    const std::vector<ConllSentence>& sentences, bool perDocument) {
  std::vector<ner::DocumentWords> storage;
  std::vector<const ner::DocumentWords*> documents(sentences.size(), nullptr);
  if (perDocument) documents = documentContexts(sentences, ner::FeatureHasher(model.hashSeed), storage);
  const auto piped = labelThroughPipeline(analyzer, sentences, perDocument);
  std::string out;
  long lost[3][ner::kConllTypeCount] = {}, fixed = 0, broken = 0;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const ConllSentence& s = sentences[k];
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    const std::vector<Span> gold = spansFromIob(s.labels), pipe = spansFromIob(piped[k]);
    const std::vector<Span> tagger = spansFromTags(ner::tagSentence(model, words, documents[k]).tags);
    if (tagger == pipe) continue;
    for (const Span& g : gold) {
      const bool t = contains(tagger, g), p = contains(pipe, g);
      if (t && !p) ++lost[static_cast<int>(changeOf(g, pipe))][static_cast<int>(g.type)], ++broken;
      if (p && !t) ++fixed;
    }
    out += labelLine(s, iobOf(tagger, s.words.size()), piped[k]);
  }
  static const char* const kChange[] = {"retyped", "other boundaries", "dropped"};
  char line[160];
  std::snprintf(line, sizeof line, "gold spans the tagger had right and the pipeline lost: %ld; fixed: %ld\n", broken,
                fixed);
  out += line;
  for (int c = 0; c < 3; ++c) {
    out += std::string("  ") + kChange[c] + ":";
    for (int t = 0; t < ner::kConllTypeCount; ++t)
      out += std::string(" ") + ner::conllTypeName(static_cast<ner::ConllType>(t)) + " " + std::to_string(lost[c][t]);
    out += "\n";
  }
  return out;
}

}  // namespace newslens::tools
