#include "lib/evaluate.h"

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

Scores evaluatePipeline(const Analyzer& analyzer, const std::vector<ConllSentence>& sentences) {
  Scores scores;
  for (const ConllSentence& s : sentences) {
    std::string text;
    std::vector<std::size_t> starts;
    for (const std::string& w : s.words) {
      if (!text.empty()) text += ' ';
      starts.push_back(text.size());
      text += w;
    }
    std::vector<std::string> labels(s.words.size(), "O");
    std::vector<bool> owned(s.words.size(), false);
    for (const Mention& m : analyzer.analyze(text, Options{}).mentions) {
      ner::ConllType type;
      if (!conllTypeOf(m.type, type)) continue;
      bool first = true;
      for (std::size_t i = 0; i < s.words.size(); ++i) {
        const std::size_t end = starts[i] + s.words[i].size();
        if (end <= m.start || starts[i] >= m.end || owned[i]) continue;
        owned[i] = true;
        labels[i] = std::string(first ? "B-" : "I-") + ner::conllTypeName(type);
        first = false;
      }
    }
    scores.add(spansFromIob(s.labels), spansFromIob(labels));
  }
  return scores;
}

}  // namespace newslens::tools
