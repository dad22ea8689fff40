// newslens-train: trains the NER tagger (averaged perceptron, BILOU) on CoNLL-2003
// and writes the model blob that the build embeds.
//   newslens-train [--train FILE] [--dev FILE] [--gazetteers DIR] [--out FILE]
//                  [--epochs N] [--min-count N] [--prune X] [--keep-rows N] [--levels N]
//                  [--zero-below X] [--last-names N] [--first-names N] [--casing-min N] [--seed N]
// Paths default to ../shared/data/… and models/newslens-ner.bin, relative to the
// repository root (run it from there).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "lib/conll.h"
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
    "  --epochs N      epochs (the best on dev is kept)\n"
    "  --min-count N   drop features seen fewer than N times in training\n"
    "  --prune X       drop rows whose largest |weight| is below X\n"
    "  --keep-rows N   keep the N rows with the largest L1 norm, then train again on them alone\n"
    "  --levels N      quantize the nonzero weights to N values (k-means); 0 keeps int16\n"
    "  --zero-below X  zero the weights with |weight| below X\n"
    "  --last-names N  census surnames in the gazetteer (most frequent first)\n"
    "  --first-names N census first names in the gazetteer, per list (male, female; most frequent first)\n"
    "  --casing-min N  casing profile: words seen at least N times inside sentences\n";

// Sentences whose tags are stored in the model and re-checked on every load.
const char* const kSelfTests[] = {
    "President Xi Jinping met Antony Blinken in Beijing on Monday .",
    "The Ministry of Foreign Affairs said China would respond .",
    "JAPAN BEAT SYRIA IN ASIAN CUP OPENER",
};

}  // namespace

int main(int argc, char** argv) {
  std::string trainPath = "../shared/data/conll2003/train.txt";
  std::string devPath = "../shared/data/conll2003/valid.txt";
  std::string gazetteerDir = "../shared/data/gazetteers";
  std::string outPath = "models/newslens-ner.bin";
  tools::TrainOptions options;
  std::size_t lastNames = 20000;
  std::size_t firstNames = 100000;
  int casingMin = 2;
  std::uint32_t seed = 0x4E4C4E52;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool hasValue = i + 1 < argc;
    if (arg == "--train" && hasValue) trainPath = argv[++i];
    else if (arg == "--dev" && hasValue) devPath = argv[++i];
    else if (arg == "--gazetteers" && hasValue) gazetteerDir = argv[++i];
    else if (arg == "--out" && hasValue) outPath = argv[++i];
    else if (arg == "--epochs" && hasValue) options.epochs = std::atoi(argv[++i]);
    else if (arg == "--min-count" && hasValue) options.minFeatureCount = std::atoi(argv[++i]);
    else if (arg == "--prune" && hasValue) options.pruneBelow = static_cast<float>(std::atof(argv[++i]));
    else if (arg == "--keep-rows" && hasValue) options.keepRows = static_cast<std::size_t>(std::atol(argv[++i]));
    else if (arg == "--levels" && hasValue) options.weightLevels = std::atoi(argv[++i]);
    else if (arg == "--zero-below" && hasValue) options.zeroBelow = static_cast<float>(std::atof(argv[++i]));
    else if (arg == "--first-names" && hasValue) firstNames = static_cast<std::size_t>(std::atol(argv[++i]));
    else if (arg == "--casing-min" && hasValue) casingMin = std::atoi(argv[++i]);
    else if (arg == "--last-names" && hasValue) lastNames = static_cast<std::size_t>(std::atol(argv[++i]));
    else if (arg == "--seed" && hasValue) seed = static_cast<std::uint32_t>(std::strtoul(argv[++i], nullptr, 0));
    else {
      std::fputs(kUsage, stderr);
      return 2;
    }
  }
  const auto started = std::chrono::steady_clock::now();
  std::vector<tools::ConllSentence> train, dev;
  if (!tools::readConllFile(trainPath, train) || train.empty()) {
    std::fprintf(stderr, "newslens-train: cannot read training data %s\n", trainPath.c_str());
    return 1;
  }
  if (!devPath.empty() && !tools::readConllFile(devPath, dev))
    std::fprintf(stderr, "newslens-train: no dev data at %s; keeping the last epoch\n", devPath.c_str());
  std::fprintf(stderr, "train: %zu sentences, dev: %zu sentences\n", train.size(), dev.size());

  ner::Model model;
  model.hashSeed = seed;
  const ner::FeatureHasher hash(seed);
  const tools::GazetteerReport gazetteer = tools::buildGazetteer(gazetteerDir, hash, lastNames, firstNames, model.knownWords);
  for (const std::string& missing : gazetteer.missing)
    std::fprintf(stderr, "newslens-train: warning: gazetteer list missing: %s\n", missing.c_str());
  tools::buildCasingProfile(train, hash, casingMin, model.knownWords);
  std::fprintf(stderr, "gazetteer phrases: %zu, casing profile words: %zu\n", gazetteer.phrases,
               model.knownWords.wordKeys.size());

  const tools::TrainReport report = tools::trainPerceptron(
      train, dev, options, model, [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); });

  for (const char* sentence : kSelfTests) {
    ner::SelfTest test{sentence, ner::selfTestTags(model, sentence)};
    std::fprintf(stderr, "self-test: %s\n           %s\n", test.tokens.c_str(), test.tags.c_str());
    model.selfTests.push_back(std::move(test));
  }

  const std::string blob = ner::saveModel(model);
  ner::Model reloaded;
  if (const Status status = ner::loadModel(blob, reloaded); !status.ok()) {
    std::fprintf(stderr, "newslens-train: the written model does not load: %s\n", status.message.c_str());
    return 1;
  }
  std::ofstream out(outPath, std::ios::binary);
  out.write(blob.data(), static_cast<std::streamsize>(blob.size()));
  if (!out) {
    std::fprintf(stderr, "newslens-train: cannot write %s\n", outPath.c_str());
    return 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::fprintf(stderr, "best epoch %d", report.bestEpoch);
  if (report.retrainBestEpoch) std::fprintf(stderr, " (retrained on kept rows: %d)", report.retrainBestEpoch);
  std::fprintf(stderr, "; kept %zu of %zu feature rows, %zu nonzero weights; wrote %s (%zu bytes) in %.1f s\n",
               reloaded.featureKeys.size(), report.features, report.nonzeroWeights, outPath.c_str(), blob.size(),
               seconds);
  if (!dev.empty()) std::printf("%s", tools::formatScores(tools::evaluateModel(reloaded, dev)).c_str());
  return 0;
}
