#include "lib/evaluate.h"

#include <string_view>

#include "newslens/ner/tagger.h"

namespace newslens::tools {

Scores evaluateModel(const ner::Model& model, const std::vector<ConllSentence>& sentences) {
  Scores scores;
  for (const ConllSentence& s : sentences) {
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    scores.add(spansFromIob(s.labels), spansFromTags(ner::tagSentence(model, words).tags));
  }
  return scores;
}

}  // namespace newslens::tools
