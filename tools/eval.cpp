// newslens-eval: scores the NER tagger.
//   newslens-eval --conll FILE [--model FILE]       tagger alone on CoNLL tokens (conlleval convention)
//   newslens-eval --pipeline FILE [--model FILE] [--documents] [--errors]
//                                                   CoNLL through the whole pipeline, one sentence per call
//                                                   (as `newslens tag --conll`), or with --documents each
//                                                   -DOCSTART- document as one article; --errors lists
//                                                   what the steps after the tagger changed
//   newslens-eval --tagged FILE                     a file holding predictions in its last column
//   newslens-eval --news-gold [FILE] [--model FILE] [--conll-dev FILE] [--errors]
// --news-gold runs the real Analyzer over each news_gold article (default
// ../shared/data/news_gold/dev.jsonl) and prints typed exact-span P/R/F1 per name type,
// micro typed F1, untyped span F1 and groups whole (lib/news_gold_entities.h), beside
// the CoNLL dev figures (tagger alone and through the pipeline; skipped if the file is
// missing). --errors also lists every mistake per article. Without --model the model
// compiled into this build is scored.
//   newslens-eval --pieces [FILE]
// lists every mention that covers part of a token (a name inside a hyphenated word,
// ner/hyphen_names.h) over the articles of FILE (default ../shared/data/cnndm/dev.jsonl),
// with its word, and counts them: how often the rule fires, to read what it does.
//   newslens-eval --news-gold [FILE] --quotes [--errors]
// scores the quotes instead (lib/quote_metrics.h): speech detection P/R, term false
// alarms, runaway quotes, speaker accuracy and attributed precision.
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "lib/conll.h"
#include "lib/evaluate.h"
#include "lib/news_gold.h"
#include "lib/news_gold_entities.h"
#include "lib/quote_metrics.h"
#include "lib/summary_eval.h"
#include "newslens/builtin_model.h"
#include "newslens/ner/model.h"

using namespace newslens;

namespace {

const char* kUsage =
    "usage: newslens-eval --conll FILE [--model FILE]\n"
    "       newslens-eval --pipeline FILE [--model FILE] [--documents] [--errors]\n"
    "       newslens-eval --tagged FILE\n"
    "       newslens-eval --news-gold [FILE] [--model FILE] [--conll-dev FILE] [--errors]\n"
    "       newslens-eval --news-gold [FILE] --quotes [--model FILE] [--errors]\n"
    "       newslens-eval --pieces [FILE] [--model FILE]\n";

struct Args {
  std::string mode, path, modelPath, conllDev = "../shared/data/conll2003/valid.txt";
  bool errors = false;
  bool quotes = false;
  bool documents = false;
};

bool parseArgs(int argc, char** argv, Args& a) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool hasValue = i + 1 < argc && argv[i + 1][0] != '-';
    if ((arg == "--conll" || arg == "--pipeline" || arg == "--tagged") && hasValue)
      a.mode = arg, a.path = argv[++i];
    else if (arg == "--news-gold")
      a.mode = arg, a.path = hasValue ? argv[++i] : "../shared/data/news_gold/dev.jsonl";
    else if (arg == "--pieces")
      a.mode = arg, a.path = hasValue ? argv[++i] : "../shared/data/cnndm/dev.jsonl";
    else if (arg == "--model" && hasValue)
      a.modelPath = argv[++i];
    else if (arg == "--conll-dev" && hasValue)
      a.conllDev = argv[++i];
    else if (arg == "--errors")
      a.errors = true;
    else if (arg == "--quotes")
      a.quotes = true;
    else if (arg == "--documents")
      a.documents = true;
    else
      return false;
  }
  return !a.mode.empty();
}

// The model blob to score: the file given, or the one compiled in. False if unreadable.
bool readBlob(const std::string& path, std::string& blob) {
  blob.assign(builtinModel());
  if (path.empty()) return true;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  blob.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

int scoreTagged(const std::string& path) {
  std::vector<tools::ConllSentence> gold, predicted;
  if (!tools::readConllFile(path, gold, 1) || !tools::readConllFile(path, predicted, 0)) {
    std::fprintf(stderr, "newslens-eval: cannot read %s\n", path.c_str());
    return 1;
  }
  tools::Scores scores;
  for (std::size_t k = 0; k < gold.size(); ++k)
    scores.add(tools::spansFromIob(gold[k].labels), tools::spansFromIob(predicted[k].labels));
  std::printf("%s", tools::formatScores(scores).c_str());
  return 0;
}

int scoreConll(const ner::Model& model, const std::string& path) {
  std::vector<tools::ConllSentence> sentences;
  if (!tools::readConllFile(path, sentences)) {
    std::fprintf(stderr, "newslens-eval: cannot read %s\n", path.c_str());
    return 1;
  }
  // CPU time, not wall time: on a shared machine it is the steadier measure.
  const std::clock_t started = std::clock();
  const tools::Scores scores = tools::evaluateModel(model, sentences);
  const double seconds = double(std::clock() - started) / CLOCKS_PER_SEC;
  std::size_t tokens = 0;
  for (const auto& s : sentences) tokens += s.words.size();
  std::printf("%s", tools::formatScores(scores).c_str());
  std::printf("%zu sentences, %zu tokens, %.0f tokens/s of CPU time (native, tagger only)\n", sentences.size(), tokens,
              seconds > 0 ? tokens / seconds : 0.0);
  return 0;
}

int scorePipeline(const ner::Model& model, const Analyzer& analyzer, const Args& a) {
  std::vector<tools::ConllSentence> sentences;
  if (!tools::readConllFile(a.path, sentences)) {
    std::fprintf(stderr, "newslens-eval: cannot read %s\n", a.path.c_str());
    return 1;
  }
  if (a.errors) std::printf("%s", tools::describePipelineChanges(model, analyzer, sentences, a.documents).c_str());
  std::printf("through the pipeline, %s:\n%s",
              a.documents ? "one -DOCSTART- document per call" : "one sentence per call",
              tools::formatScores(tools::evaluatePipeline(analyzer, sentences, a.documents)).c_str());
  return 0;
}

int scoreNewsGoldQuotes(const Analyzer& analyzer, const std::vector<tools::GoldArticle>& articles, const Args& a) {
  const std::vector<tools::Prediction> predictions = tools::predictAll(analyzer, articles);
  if (a.errors)
    for (std::size_t k = 0; k < articles.size(); ++k) {
      std::vector<std::string> names;
      for (const Entity& e : analyzer.analyze(articles[k].article, Options{}).entities) names.push_back(e.name);
      std::printf("## article %zu (%s)\n%s", k, articles[k].id.c_str(),
                  tools::describeQuoteErrors(articles[k], predictions[k], names).c_str());
    }
  std::printf("news_gold %s: quotes through the whole pipeline\n%s", a.path.c_str(),
              tools::formatQuoteScores(tools::scoreQuotes(articles, predictions)).c_str());
  return 0;
}

int scoreNewsGold(const Analyzer& analyzer, const ner::Model& model, const Args& a) {
  std::vector<tools::GoldArticle> articles;
  std::string error;
  if (!tools::readNewsGold(a.path, articles, error)) {
    std::fprintf(stderr, "newslens-eval: %s\n", error.c_str());
    return 1;
  }
  if (a.quotes) return scoreNewsGoldQuotes(analyzer, articles, a);
  const std::vector<tools::Prediction> predictions = tools::predictAll(analyzer, articles);
  if (a.errors)
    for (std::size_t k = 0; k < articles.size(); ++k)
      std::printf("## article %zu (%s)\n%s", k, articles[k].id.c_str(),
                  tools::describeEntityErrors(articles[k], predictions[k]).c_str());
  std::printf("news_gold %s: entities through the whole pipeline\n%s", a.path.c_str(),
              tools::formatEntityScores(tools::scoreEntities(articles, predictions)).c_str());
  std::vector<tools::ConllSentence> dev;
  if (!tools::readConllFile(a.conllDev, dev)) {
    std::printf("CoNLL dev: skipped (no %s)\n", a.conllDev.c_str());
    return 0;
  }
  const tools::Scores tagger = tools::evaluateModel(model, dev), pipeline = tools::evaluatePipeline(analyzer, dev);
  const tools::Scores perDocument = tools::evaluatePipeline(analyzer, dev, true);
  std::printf(
      "CoNLL dev %s: F1 %.2f tagger alone (P %.2f, R %.2f), through the pipeline %.2f one sentence per call "
      "(P %.2f, R %.2f), %.2f one document per call (P %.2f, R %.2f)\n",
      a.conllDev.c_str(), 100 * tagger.overall.f1(), 100 * tagger.overall.precision(), 100 * tagger.overall.recall(),
      100 * pipeline.overall.f1(), 100 * pipeline.overall.precision(), 100 * pipeline.overall.recall(),
      100 * perDocument.overall.f1(), 100 * perDocument.overall.precision(), 100 * perDocument.overall.recall());
  return 0;
}

// --pieces: every mention inside part of a token, "article: TYPE name <- word", then the counts.
int listPieces(const Analyzer& analyzer, const Args& a) {
  std::vector<tools::SummaryExample> articles;
  std::string error;
  if (!tools::readSummaryJsonl(a.path, 0, articles, error)) {
    std::fprintf(stderr, "newslens-eval: %s\n", error.c_str());
    return 1;
  }
  std::size_t pieces = 0, words = 0, touched = 0, mentions = 0;
  for (std::size_t k = 0; k < articles.size(); ++k) {
    const std::string_view text = articles[k].article;
    const Analysis analysis = analyzer.analyze(text, Options{});
    std::uint32_t lastWord = 0;  // token + 1 of the last word listed
    const std::size_t before = pieces;
    for (const Mention& m : analysis.mentions) {
      mentions += !isNumericType(m.type);
      const Token& first = analysis.tokens[m.firstToken];
      const Token& last = analysis.tokens[m.lastToken - 1];
      if (m.start == first.start && m.end == last.end) continue;
      ++pieces;
      words += lastWord != m.lastToken;
      lastWord = m.lastToken;
      std::printf("%zu: %s %.*s <- %.*s\n", k, entityTypeName(m.type), static_cast<int>(m.end - m.start),
                  text.data() + m.start, static_cast<int>(last.end - first.start), text.data() + first.start);
    }
    touched += pieces > before;
  }
  std::printf(
      "%s: %zu articles, %zu name mentions; %zu mentions inside part of a token, from %zu words, in %zu "
      "articles\n",
      a.path.c_str(), articles.size(), mentions, pieces, words, touched);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parseArgs(argc, argv, args)) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (args.mode == "--tagged") return scoreTagged(args.path);
  std::string blob;
  if (!readBlob(args.modelPath, blob)) {
    std::fprintf(stderr, "newslens-eval: cannot read %s\n", args.modelPath.c_str());
    return 1;
  }
  ner::Model model;
  Analyzer analyzer;
  if (Status status = ner::loadModel(blob, model);
      !status.ok() || !(status = Analyzer::fromModel(blob, analyzer)).ok()) {
    std::fprintf(stderr, "newslens-eval: %s\n", status.message.c_str());
    return 1;
  }
  if (model.empty) {
    std::fputs("newslens-eval: no tagger model (build without models/newslens-ner.bin?)\n", stderr);
    return 1;
  }
  if (args.mode == "--conll") return scoreConll(model, args.path);
  if (args.mode == "--pipeline") return scorePipeline(model, analyzer, args);
  if (args.mode == "--pieces") return listPieces(analyzer, args);
  return scoreNewsGold(analyzer, model, args);
}
