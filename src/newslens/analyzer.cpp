#include "newslens/analyzer.h"

#include <chrono>
#include <cstdio>
#include <stdexcept>

#include "newslens/builtin_model.h"
#include "newslens/entities/ranking.h"
#include "newslens/entities/resolve.h"
#include "newslens/ner/model.h"
#include "newslens/ner/recognize.h"
#include "newslens/quotes/quotes.h"
#include "newslens/text/boilerplate.h"
#include "newslens/text/lowered.h"
#include "newslens/summary/key_points.h"
#include "newslens/summary/keywords.h"
#include "newslens/text/sentences.h"
#include "newslens/text/tokenizer.h"

namespace newslens {

Analyzer::Analyzer() {
  auto model = std::make_shared<ner::Model>();
  const Status status = ner::loadModel(builtinModel(), *model);
  // A build that embeds a model it cannot read is a packaging error, not user input.
  if (!status.ok()) throw std::runtime_error("built-in model: " + status.message);
  model_ = std::move(model);
}

Status Analyzer::fromModel(std::string_view bytes, Analyzer& out) {
  auto model = std::make_shared<ner::Model>();
  Status status = ner::loadModel(bytes, *model);
  if (status.ok()) out.model_ = std::move(model);
  return status;
}

namespace {

// Milliseconds since `mark`, and moves `mark` to now: consecutive laps tile the call.
double lap(std::chrono::steady_clock::time_point& mark) {
  const auto now = std::chrono::steady_clock::now();
  const double ms = std::chrono::duration<double, std::milli>(now - mark).count();
  mark = now;
  return ms;
}

}  // namespace

Analysis Analyzer::analyze(std::string_view utf8, const Options& options) const {
  Analysis a;
  auto mark = std::chrono::steady_clock::now();
  a.tokens = text::tokenize(utf8);
  a.lower = text::lowercaseText(utf8);
  a.sentences = text::splitSentences(utf8, a.tokens);
  a.stats = text::computeStats(utf8, a.tokens, a.sentences);
  text::markBoilerplate(utf8, a.tokens, a.sentences, a.lower);
  a.times.text = lap(mark);
  a.mentions = ner::recognize(utf8, a.tokens, a.sentences, *model_);
  a.times.ner = lap(mark);
  const ner::Model& model = *model_;
  a.entities = entities::resolve(
      utf8, a.tokens, a.sentences, a.mentions, nullptr,
      [&model](const std::vector<std::string_view>& words) { return ner::isKnownPlace(model, words); });
  a.times.entities = lap(mark);
  // Salience reads who is quoted, so quotes run whenever the entity order is seen
  // (entities, mentions' indices, key points); keywords and key points feed only
  // their own part of the result: one not asked for is skipped.
  const bool ranked = options.wants(Field::Entities) || options.wants(Field::Mentions) ||
                      options.wants(Field::KeyPoints) || options.wants(Field::Quotes);
  if (ranked) a.quotes = quotes::findQuotes(utf8, a);
  a.times.quotes = lap(mark);
  entities::rankEntities(utf8, a);
  a.times.entities += lap(mark);
  if (options.wants(Field::Keywords)) a.keywords = summary::extractKeywords(utf8, a, options);
  a.times.keywords = lap(mark);
  if (options.wants(Field::KeyPoints)) a.keyPoints = summary::selectKeyPoints(utf8, a, options);
  a.times.keyPoints = lap(mark);
  return a;
}

std::string Analyzer::modelInfo() const { return model_->empty ? "rules only (no tagger model)" : "ner-perceptron"; }

const char* version() { return NEWSLENS_VERSION; }

}  // namespace newslens
