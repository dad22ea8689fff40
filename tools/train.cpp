// newslens-train: trains the NER tagger (averaged perceptron, BILOU) on CoNLL-2003
// and writes the model blob that the build embeds.
//   newslens-train [--train FILE] [--dev FILE] [--gazetteers DIR] [--out FILE]
//                  [--epochs N] [--min-count N] [--prune X] [--keep-rows N] [--levels N]
//                  [--zero-below X] [--last-names N] [--first-names N] [--casing-min N] [--seed N]
//                  [--clusters FILE [--cluster-words N] [--cluster-levels N] [--cluster-key-bits N]] [--wiki TYPES]
//                  [--crossner DIR --crossner-weight W] [--wnut FILE --wnut-weight W] [--document 0|1]
// Paths default to ../shared/data/… and models/newslens-ner.bin, relative to the
// repository root (run it from there).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "lib/conll.h"
#include "lib/corpora.h"
#include "lib/evaluate.h"
#include "lib/gazetteers.h"
#include "lib/perceptron.h"
#include "newslens/ner/model.h"

using namespace newslens;

namespace {

const char* kUsage =
    "usage: newslens-train [--train FILE] [--dev FILE] [--gazetteers DIR] [--out FILE]\n"
    "                      [--epochs N] [--min-count N] [--prune X] [--keep-rows N] [--levels N]\n"
    "                      [--zero-below X] [--last-names N] [--first-names N] [--casing-min N] [--seed N]\n"
    "                      [--clusters FILE [--cluster-words N] [--cluster-levels N] [--cluster-key-bits N]] [--wiki "
    "TYPES]\n"
    "                      [--crossner DIR --crossner-weight W] [--wnut FILE --wnut-weight W] [--document 0|1]\n"
    "  --epochs N      epochs (the best on dev is kept)\n"
    "  --min-count N   drop features seen fewer than N times in training\n"
    "  --prune X       drop rows whose largest |weight| is below X\n"
    "  --keep-rows N   keep the N rows with the largest L1 norm, then train again on them alone\n"
    "  --levels N      quantize the nonzero weights to N values (k-means); 0 keeps int16\n"
    "  --zero-below X  zero the weights with |weight| below X\n"
    "  --last-names N  census surnames in the gazetteer (most frequent first)\n"
    "  --first-names N census first names in the gazetteer, per list (male, female; most frequent first)\n"
    "  --casing-min N  casing profile: words seen at least N times inside sentences\n"
    "  --wiki TYPES    NLP4J gazetteer types: all, or some of place,person,organization,work,product,event\n"
    "  --clusters FILE word clusters from newslens-clusters (none by default)\n"
    "  --cluster-words N  the N most frequent words of it; --cluster-levels N  its first N levels\n"
    "  --cluster-key-bits N  bits kept of each cluster word's hash (16-32; fewer: smaller, more strays)\n"
    "  --crossner DIR  also train on CrossNER's training splits (lib/corpora.h maps the types), weighted W\n"
    "  --wnut FILE     also train on WNUT-2017's training file, weighted W\n"
    "  --document 0|1  non-local features from each sentence's -DOCSTART- document (default 1)\n"
    "  --document-drop P  train P percent of the documents without them (default 30)\n";

// Sentences whose tags are stored in the model and re-checked on every load.
const char* const kSelfTests[] = {
    "President Xi Jinping met Antony Blinken in Beijing on Monday .",
    "The Ministry of Foreign Affairs said China would respond .",
    "JAPAN BEAT SYRIA IN ASIAN CUP OPENER",
};

struct Args {
  std::string trainPath = "../shared/data/conll2003/train.txt";
  std::string devPath = "../shared/data/conll2003/valid.txt";
  std::string gazetteerDir = "../shared/data/gazetteers";
  std::string outPath = "models/newslens-ner.bin";
  tools::TrainOptions options;
  std::size_t lastNames = 20000, firstNames = 100000, clusterWords = 100000;
  int casingMin = 2, clusterLevels = 0, clusterKeyBits = 32;
  std::uint32_t seed = 0x4E4C4E52;
  std::string clusterPath, wikiTypes, crossnerDir, wnutPath;
  float crossnerWeight = 0.5f, wnutWeight = 0.3f;
};

bool parseArgs(int argc, char** argv, Args& a) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return false;
    const char* v = argv[++i];
    if (arg == "--train")
      a.trainPath = v;
    else if (arg == "--dev")
      a.devPath = v;
    else if (arg == "--gazetteers")
      a.gazetteerDir = v;
    else if (arg == "--out")
      a.outPath = v;
    else if (arg == "--epochs")
      a.options.epochs = std::atoi(v);
    else if (arg == "--min-count")
      a.options.minFeatureCount = std::atoi(v);
    else if (arg == "--prune")
      a.options.pruneBelow = static_cast<float>(std::atof(v));
    else if (arg == "--keep-rows")
      a.options.keepRows = static_cast<std::size_t>(std::atol(v));
    else if (arg == "--levels")
      a.options.weightLevels = std::atoi(v);
    else if (arg == "--zero-below")
      a.options.zeroBelow = static_cast<float>(std::atof(v));
    else if (arg == "--first-names")
      a.firstNames = static_cast<std::size_t>(std::atol(v));
    else if (arg == "--casing-min")
      a.casingMin = std::atoi(v);
    else if (arg == "--last-names")
      a.lastNames = static_cast<std::size_t>(std::atol(v));
    else if (arg == "--wiki")
      a.wikiTypes = v;
    else if (arg == "--clusters")
      a.clusterPath = v;
    else if (arg == "--cluster-words")
      a.clusterWords = static_cast<std::size_t>(std::atol(v));
    else if (arg == "--cluster-levels")
      a.clusterLevels = std::atoi(v);
    else if (arg == "--cluster-key-bits")
      a.clusterKeyBits = std::atoi(v);
    else if (arg == "--crossner")
      a.crossnerDir = v;
    else if (arg == "--crossner-weight")
      a.crossnerWeight = static_cast<float>(std::atof(v));
    else if (arg == "--wnut")
      a.wnutPath = v;
    else if (arg == "--wnut-weight")
      a.wnutWeight = static_cast<float>(std::atof(v));
    else if (arg == "--document")
      a.options.documentFeatures = std::atoi(v) != 0;
    else if (arg == "--document-drop")
      a.options.documentDropPercent = std::atoi(v);
    else if (arg == "--seed")
      a.seed = static_cast<std::uint32_t>(std::strtoul(v, nullptr, 0));
    else
      return false;
  }
  return true;
}

// CoNLL train (and the other corpora asked for) and CoNLL dev; false if train is unreadable.
bool readData(const Args& a, std::vector<tools::ConllSentence>& train, std::vector<tools::ConllSentence>& dev,
              std::size_t& conllSentences) {
  if (!tools::readConllFile(a.trainPath, train) || train.empty()) {
    std::fprintf(stderr, "newslens-train: cannot read training data %s\n", a.trainPath.c_str());
    return false;
  }
  conllSentences = train.size();
  if (!a.crossnerDir.empty() && !tools::readCrossner(a.crossnerDir, a.crossnerWeight, train))
    std::fprintf(stderr, "newslens-train: warning: some CrossNER training files are missing in %s\n",
                 a.crossnerDir.c_str());
  if (!a.wnutPath.empty() && !tools::readWnut(a.wnutPath, a.wnutWeight, train))
    std::fprintf(stderr, "newslens-train: warning: cannot read %s\n", a.wnutPath.c_str());
  if (!a.devPath.empty() && !tools::readConllFile(a.devPath, dev))
    std::fprintf(stderr, "newslens-train: no dev data at %s; keeping the last epoch\n", a.devPath.c_str());
  std::fprintf(stderr, "train: %zu sentences (%zu CoNLL), dev: %zu sentences\n", train.size(), conllSentences,
               dev.size());
  return true;
}

// Gazetteer, casing profile (CoNLL text only) and word clusters into the model.
bool buildKnownWords(const Args& a, const std::vector<tools::ConllSentence>& conll, ner::Model& model) {
  const ner::FeatureHasher hash(a.seed);
  const tools::GazetteerReport gazetteer =
      tools::buildGazetteer(a.gazetteerDir, hash, a.lastNames, a.firstNames, a.wikiTypes, model.knownWords);
  for (const std::string& missing : gazetteer.missing)
    std::fprintf(stderr, "newslens-train: warning: gazetteer list missing: %s\n", missing.c_str());
  tools::buildCasingProfile(conll, hash, a.casingMin, model.knownWords);
  if (!a.clusterPath.empty()) {
    const long words =
        tools::readClusters(a.clusterPath, hash, a.clusterWords, a.clusterLevels, a.clusterKeyBits, model.knownWords);
    if (words < 0) {
      std::fprintf(stderr, "newslens-train: cannot read word clusters %s\n", a.clusterPath.c_str());
      return false;
    }
    std::fprintf(stderr, "word clusters: %ld words, %d levels of %d bits\n", words, model.knownWords.clusterLevels,
                 model.knownWords.clusterBits);
  }
  std::fprintf(stderr, "gazetteer phrases: %zu, casing profile words: %zu\n", gazetteer.phrases,
               model.knownWords.wordKeys.size());
  return true;
}

// Serializes the model, checks that the blob loads back, writes it. False on failure.
bool writeModel(const ner::Model& model, const std::string& path, ner::Model& reloaded, std::size_t& bytes) {
  const std::string blob = ner::saveModel(model);
  bytes = blob.size();
  if (const Status status = ner::loadModel(blob, reloaded); !status.ok()) {
    std::fprintf(stderr, "newslens-train: the written model does not load: %s\n", status.message.c_str());
    return false;
  }
  std::ofstream out(path, std::ios::binary);
  out.write(blob.data(), static_cast<std::streamsize>(blob.size()));
  if (!out) std::fprintf(stderr, "newslens-train: cannot write %s\n", path.c_str());
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parseArgs(argc, argv, args)) return std::fputs(kUsage, stderr), 2;
  const auto started = std::chrono::steady_clock::now();
  std::vector<tools::ConllSentence> train, dev;
  std::size_t conllSentences = 0;
  if (!readData(args, train, dev, conllSentences)) return 1;
  ner::Model model;
  model.hashSeed = args.seed;
  const std::vector<tools::ConllSentence> conll(train.begin(),
                                                train.begin() + static_cast<std::ptrdiff_t>(conllSentences));
  if (!buildKnownWords(args, conll, model)) return 1;

  const tools::TrainReport report = tools::trainPerceptron(
      train, dev, args.options, model, [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); });
  for (const char* sentence : kSelfTests) {
    ner::SelfTest test{sentence, ner::selfTestTags(model, sentence)};
    std::fprintf(stderr, "self-test: %s\n           %s\n", test.tokens.c_str(), test.tags.c_str());
    model.selfTests.push_back(std::move(test));
  }
  ner::Model reloaded;
  std::size_t bytes = 0;
  if (!writeModel(model, args.outPath, reloaded, bytes)) return 1;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::fprintf(stderr, "best epoch %d", report.bestEpoch);
  if (report.retrainBestEpoch) std::fprintf(stderr, " (retrained on kept rows: %d)", report.retrainBestEpoch);
  std::fprintf(stderr, "; kept %zu of %zu feature rows, %zu nonzero weights; wrote %s (%zu bytes) in %.1f s\n",
               reloaded.featureKeys.size(), report.features, report.nonzeroWeights, args.outPath.c_str(), bytes,
               seconds);
  if (!dev.empty()) std::printf("%s", tools::formatScores(tools::evaluateModel(reloaded, dev)).c_str());
  return 0;
}
