// newslens-train-typer: trains the span typer (ner/span_typer.h) for a tagger model
// and writes the model with it.
//   newslens-train-typer [--model FILE] [--out FILE] [--conll FILE] [--crossner DIR] [--wnut FILE]
//                        [--conll-weight W] [--crossner-weight W] [--wnut-weight W]
//                        [--epochs N] [--keep-rows N] [--seed N] [--seeds N] [--folds N [--tagger-epochs N]]
//                        [--noise P] [--wiki TYPES [--gazetteers DIR]]
// Training data (lib/span_typer_fit.h states the type mapping): CoNLL-2003 train,
// CrossNER's five training splits, WNUT-17's training file. Held out, to report
// accuracy: CoNLL dev, CrossNER dev splits, WNUT-17 dev. No test split is read.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "lib/gazetteers.h"
#include "lib/span_typer_fit.h"
#include "newslens/ner/model.h"

using namespace newslens;

namespace {

const char* kUsage =
    "usage: newslens-train-typer [--model FILE] [--out FILE] [--conll FILE] [--crossner DIR] [--wnut FILE]\n"
    "                            [--conll-weight W] [--crossner-weight W] [--wnut-weight W]\n"
    "                            [--epochs N] [--keep-rows N] [--seed N] [--seeds N] [--folds N [--tagger-epochs N]] "
    "[--noise P] [--wiki TYPES [--gazetteers DIR]]\n"
    "  --seeds N  average the weights of N perceptrons trained on different shuffles\n"
    "  --folds N  type the training spans as taggers trained on the other N - 1 folds do\n"
    "  --noise P  read P percent of the training spans with a random CoNLL type\n"
    "  --wiki TYPES  add NLP4J phrases of these types (work,product,event,...) for the typer's whole-span lookup\n";

const char* const kDomains[] = {"politics", "music", "literature", "science", "ai"};

struct Args {
  std::string modelPath = "models/newslens-ner.bin", outPath = "models/newslens-ner.bin";
  std::string conll = "../shared/data/conll2003/train.txt", conllDev = "../shared/data/conll2003/valid.txt";
  std::string crossner = "../shared/data/crossner", wnut = "../shared/data/wnut17/wnut17train.conll";
  std::string wnutDev = "../shared/data/wnut17/emerging.dev.conll";
  float conllWeight = 1.0f, crossnerWeight = 1.0f, wnutWeight = 1.0f;
  tools::TyperOptions options;
  int folds = 0;
  std::string gazetteers = "../shared/data/gazetteers", wikiTypes;  // NLP4J types for whole-span lookups
  int noise = 0;  // percent of training spans read with a random CoNLL type  // jackknife folds (0: the shipped tagger
                  // types the training spans)
  tools::TrainOptions tagger;  // for the jackknife taggers
};

bool parseArgs(int argc, char** argv, Args& a) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    const char* v = argv[i + 1];
    if (arg == "--model")
      a.modelPath = v;
    else if (arg == "--out")
      a.outPath = v;
    else if (arg == "--conll")
      a.conll = v;
    else if (arg == "--crossner")
      a.crossner = v;
    else if (arg == "--wnut")
      a.wnut = v;
    else if (arg == "--conll-weight")
      a.conllWeight = static_cast<float>(std::atof(v));
    else if (arg == "--crossner-weight")
      a.crossnerWeight = static_cast<float>(std::atof(v));
    else if (arg == "--wnut-weight")
      a.wnutWeight = static_cast<float>(std::atof(v));
    else if (arg == "--epochs")
      a.options.epochs = std::atoi(v);
    else if (arg == "--keep-rows")
      a.options.keepRows = static_cast<std::size_t>(std::atol(v));
    else if (arg == "--seed")
      a.options.seed = std::strtoull(v, nullptr, 0);
    else if (arg == "--seeds")
      a.options.seeds = std::atoi(v);
    else if (arg == "--folds")
      a.folds = std::atoi(v);
    else if (arg == "--wiki")
      a.wikiTypes = v;
    else if (arg == "--gazetteers")
      a.gazetteers = v;
    else if (arg == "--noise")
      a.noise = std::atoi(v);
    else if (arg == "--tagger-epochs")
      a.tagger.epochs = std::atoi(v);
    else
      return false;
  }
  return argc % 2 == 1;
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return static_cast<bool>(in);
}

// Reads one corpus file into `out`, warning when it is missing.
void read(const std::string& path, const char* corpus, float weight, const ner::Model& model,
          std::vector<tools::TypedSentence>& out) {
  if (!tools::readTypedSpans(path, corpus, weight, model, out))
    std::fprintf(stderr, "newslens-train-typer: warning: cannot read %s\n", path.c_str());
}

void report(const char* name, const ner::SpanTyper& typer, const std::vector<tools::TypedSentence>& sentences,
            const ner::Model& model) {
  const std::vector<tools::TyperExample> examples = tools::typerExamples(sentences, model);
  std::fprintf(stderr, "  %-14s %6zu spans  accuracy %.2f%%\n", name, examples.size(),
               100.0 * tools::typerAccuracy(typer, examples));
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  if (!parseArgs(argc, argv, a)) return std::fputs(kUsage, stderr), 2;
  std::string blob;
  ner::Model model;
  if (!readFile(a.modelPath, blob) || !ner::loadModel(blob, model).ok() || model.empty) {
    std::fprintf(stderr, "newslens-train-typer: cannot load the tagger model %s\n", a.modelPath.c_str());
    return 1;
  }
  model.typer = ner::SpanTyper{};
  std::vector<tools::TypedSentence> train, conllDev, crossnerDev, wnutDev;
  read(a.conll, "conll", a.conllWeight, model, train);
  for (const char* d : kDomains) read(a.crossner + "/" + d + "_train.txt", "crossner", a.crossnerWeight, model, train);
  read(a.wnut, "wnut", a.wnutWeight, model, train);
  read(a.conllDev, "conll", 1.0f, model, conllDev);
  for (const char* d : kDomains) read(a.crossner + "/" + d + "_dev.txt", "crossner", 1.0f, model, crossnerDev);
  read(a.wnutDev, "wnut", 1.0f, model, wnutDev);
  a.tagger.documentFeatures = false;
  if (a.folds > 1) tools::jackknife(train, a.folds, model, a.tagger);
  // After the jackknife: its taggers are trained as the shipped tagger was, without them.
  if (!a.wikiTypes.empty()) {
    const long added =
        tools::addNlp4jPhrases(a.gazetteers, ner::FeatureHasher(model.hashSeed), a.wikiTypes, model.knownWords);
    if (added < 0) return std::fprintf(stderr, "newslens-train-typer: cannot read %s/nlp4j\n", a.gazetteers.c_str()), 1;
    std::fprintf(stderr, "NLP4J phrases (%s): %ld\n", a.wikiTypes.c_str(), added);
  }
  const std::vector<tools::TyperExample> examples = tools::typerExamples(train, model, a.noise);
  model.typer = tools::fitSpanTyper(examples, a.options);
  std::fprintf(stderr, "span typer: %zu examples, %zu rows kept, scale %.4f\n", examples.size(),
               model.typer.keys.size(), model.typer.scale);
  report("train", model.typer, train, model);
  report("CoNLL dev", model.typer, conllDev, model);
  report("CrossNER dev", model.typer, crossnerDev, model);
  report("WNUT-17 dev", model.typer, wnutDev, model);
  const std::string out = ner::saveModel(model);
  ner::Model reloaded;
  if (const Status status = ner::loadModel(out, reloaded); !status.ok()) {
    std::fprintf(stderr, "newslens-train-typer: the written model does not load: %s\n", status.message.c_str());
    return 1;
  }
  std::ofstream file(a.outPath, std::ios::binary);
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  if (!file) return std::fprintf(stderr, "newslens-train-typer: cannot write %s\n", a.outPath.c_str()), 1;
  std::fprintf(stderr, "wrote %s (%zu bytes)\n", a.outPath.c_str(), out.size());
  return 0;
}
