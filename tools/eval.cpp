// newslens-eval: scores the NER tagger on a CoNLL-2003 file with the CoNLL
// convention (exact span and type; per-type and micro-averaged P/R/F1).
//   newslens-eval --conll FILE [--model FILE]
//   newslens-eval --tagged FILE
// Without --model it scores the model compiled into this build. --tagged scores a
// file that already holds predictions in its last column and gold labels in the
// column before (what `newslens tag --conll` writes), like conlleval.
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "lib/conll.h"
#include "lib/evaluate.h"
#include "newslens/builtin_model.h"
#include "newslens/ner/model.h"

using namespace newslens;

int main(int argc, char** argv) {
  std::string conllPath, modelPath, taggedPath;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--conll" && i + 1 < argc) conllPath = argv[++i];
    else if (arg == "--tagged" && i + 1 < argc) taggedPath = argv[++i];
    else if (arg == "--model" && i + 1 < argc) modelPath = argv[++i];
    else conllPath.clear(), i = argc;
  }
  if (!taggedPath.empty()) {
    std::vector<tools::ConllSentence> gold, predicted;
    if (!tools::readConllFile(taggedPath, gold, 1) || !tools::readConllFile(taggedPath, predicted, 0)) {
      std::fprintf(stderr, "newslens-eval: cannot read %s\n", taggedPath.c_str());
      return 1;
    }
    tools::Scores scores;
    for (std::size_t k = 0; k < gold.size(); ++k)
      scores.add(tools::spansFromIob(gold[k].labels), tools::spansFromIob(predicted[k].labels));
    std::printf("%s", tools::formatScores(scores).c_str());
    return 0;
  }
  if (conllPath.empty()) {
    std::fputs("usage: newslens-eval --conll FILE [--model FILE]\n       newslens-eval --tagged FILE\n", stderr);
    return 2;
  }
  std::string blob(builtinModel());
  if (!modelPath.empty()) {
    std::ifstream in(modelPath, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "newslens-eval: cannot read %s\n", modelPath.c_str());
      return 1;
    }
    blob.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ner::Model model;
  if (const Status status = ner::loadModel(blob, model); !status.ok()) {
    std::fprintf(stderr, "newslens-eval: %s\n", status.message.c_str());
    return 1;
  }
  if (model.empty) {
    std::fputs("newslens-eval: no tagger model (build without models/newslens-ner.bin?)\n", stderr);
    return 1;
  }
  std::vector<tools::ConllSentence> sentences;
  if (!tools::readConllFile(conllPath, sentences)) {
    std::fprintf(stderr, "newslens-eval: cannot read %s\n", conllPath.c_str());
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
