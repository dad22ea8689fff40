// Replays the fuzzer's seed corpus and every saved crash input (fuzz/corpus,
// fuzz/regressions) plus generated pathological inputs through the analyzer and
// the JSON boundary, checking the invariants the fuzzer checks (fuzz/invariants.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "invariants.h"
#include "newslens/analyzer.h"
#include "newslens/api.h"
#include "newslens/json/result_json.h"
#include "recipe.h"

namespace fs = std::filesystem;
using newslens::invariants::checkAnalysis;
using newslens::invariants::checkResultJson;

namespace {

const newslens::Analyzer& sharedAnalyzer() {
  static const newslens::Analyzer analyzer;
  return analyzer;
}

std::vector<fs::path> filesIn(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().filename() != "README.md") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void checkAllInvariants(const std::string& name, const std::string& text) {
  for (const std::string& options : newslens::invariants::optionVariants()) {
    CAPTURE(name);
    CAPTURE(options);
    newslens::Options parsed;
    REQUIRE(newslens::api::parseOptions(options, parsed).ok());
    CHECK(checkAnalysis(text, sharedAnalyzer().analyze(text, parsed)) == "");
    CHECK(checkResultJson(text, newslens::api::analyzeToJson(sharedAnalyzer(), text, options)) == "");
  }
}

}  // namespace

TEST_CASE("fuzz seed corpus and regression inputs keep every invariant") {
  const fs::path root = fs::path(NEWSLENS_SOURCE_DIR) / "fuzz";
  const std::vector<fs::path> seeds = filesIn(root / "corpus");
  const std::vector<fs::path> regressions = filesIn(root / "regressions");
  REQUIRE(seeds.size() >= 10);  // the corpus ships with the repository
  for (const auto& files : {seeds, regressions})
    for (const fs::path& file : files) checkAllInvariants(file.filename().string(), readFile(file));
  MESSAGE(seeds.size() << " seeds, " << regressions.size() << " regression inputs replayed");
}

TEST_CASE("the large fuzzer's recipes expand to dense text and keep every invariant") {
  const std::vector<fs::path> recipes = filesIn(fs::path(NEWSLENS_SOURCE_DIR) / "fuzz" / "corpus-large");
  REQUIRE(recipes.size() >= 5);
  for (const fs::path& file : recipes) {
    const std::string recipe = readFile(file);
    // Cut to 64 KiB: a replay, not a fuzz run (scripts/fuzz.sh large runs them at full size).
    const std::string text = newslens::fuzz::expand(recipe, 64 * 1024);
    CAPTURE(file.filename().string());
    CHECK(text.size() >= 4096);
    CHECK(text == newslens::fuzz::expand(recipe, 64 * 1024));  // deterministic: a crash replays
    checkAllInvariants(file.filename().string(), text);
  }
  CHECK(newslens::fuzz::expand("").empty());
  CHECK(newslens::fuzz::expand(std::string(1, '\xF0') + "\x01\x20").size() == newslens::fuzz::kMaxExpandedBytes);
}

TEST_CASE("pathological inputs keep every invariant") {
  checkAllInvariants("1 MB token", std::string(1 << 20, 'a'));
  checkAllInvariants("1 MB of periods", std::string(1 << 20, '.'));
  std::string lines;
  for (int i = 0; i < 100000; ++i) lines += "x\n";
  checkAllInvariants("100k one-letter lines", lines);
  std::string nested;
  for (int i = 0; i < 5000; ++i) nested += i % 2 ? "\xE2\x80\x9C" : "\"He said ";
  checkAllInvariants("deeply nested quotes", nested);
  std::string acronym;
  for (int i = 0; i < 50000; ++i) acronym += "A.";
  checkAllInvariants("50k-letter acronym", acronym);
  std::string capitals;
  for (int i = 0; i < 20000; ++i) capitals += "Mr Xi Jinping ";
  checkAllInvariants("one 280 kB sentence of names", capitals);
  checkAllInvariants("invalid bytes", std::string(100000, '\xFF'));
}

TEST_CASE("over the limit the boundary answers input_too_large") {
  const std::string big(newslens::kMaxInputBytes + 1, 'a');
  const std::string json = newslens::api::analyzeToJson(sharedAnalyzer(), big, "");
  CHECK(json.find("\"input_too_large\"") != std::string::npos);
  CHECK(checkResultJson(big, json) == "");
}

TEST_CASE("the invariant checks catch broken results") {
  const std::string text = "Mr Xi met Mr Biden. Then he left.";
  newslens::Analysis a = sharedAnalyzer().analyze(text, {});
  REQUIRE(checkAnalysis(text, a) == "");
  newslens::Analysis gap = a;
  gap.sentences.back().start += 1;
  CHECK(checkAnalysis(text, gap) != "");
  newslens::Analysis outside = a;
  outside.mentions.push_back({0, static_cast<std::uint32_t>(text.size() + 1)});
  CHECK(checkAnalysis(text, outside) != "");

  CHECK(checkResultJson(text, "not json") != "");
  CHECK(checkResultJson(text, R"({"schema":1,"error":{"code":"internal","message":"x"}})") != "");
  const std::string good = newslens::api::analyzeToJson(sharedAnalyzer(), text, "");
  REQUIRE(checkResultJson(text, good) == "");
  std::string shifted = good;
  const std::string firstEnd = "\"end\":";
  shifted.insert(shifted.find(firstEnd) + firstEnd.size(), "1");  // sentence 0 ends at 1x: breaks the tiling
  CHECK(checkResultJson(text, shifted) != "");
  CHECK(checkResultJson(text, R"({"schema":1,"stats":{"chars":33},"sentences":[{"start":0,"end":33}],)"
                              R"("mentions":[{"start":0,"end":5,"text":"Mr Xy","type":"PERSON","entity":null,)"
                              R"("score":0.5}],"entities":[],"keyPoints":[],"quotes":[],"keywords":[]})") != "");
}
