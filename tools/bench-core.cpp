// newslens-bench-core: the native core's time on a corpus, for bench/run.mjs's
// native-vs-WASM row (the same api::analyzeToJson the WASM build runs, minus the
// Embind boundary and the JS around it).
//   newslens-bench-core CORPUS.json [--runs N]
// CORPUS.json: {"docs": ["text", …]}. After one warm-up pass, N timed passes (default
// 5) over every document; prints one JSON line: the median pass's wall ms, CPU ms,
// the first analysis's ms (a fresh analyzer, before the warm-up) and the core's
// timing.stages summed over the median pass.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newslens/api.h"

namespace {

double nowMs() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double cpuMs() { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

struct Pass {
  double wallMs = 0, cpuMs = 0;
  nlohmann::json stages = nlohmann::json::object();
};

// One pass over `docs`: wall and CPU time, and the stage times the core reports.
Pass timePass(const newslens::api::Service& service, const std::vector<std::string>& docs) {
  Pass pass;
  const double wall0 = nowMs(), cpu0 = cpuMs();
  std::vector<std::string> outputs;
  outputs.reserve(docs.size());
  for (const std::string& doc : docs) outputs.push_back(service.analyze(doc, "{}"));
  pass.wallMs = nowMs() - wall0;
  pass.cpuMs = cpuMs() - cpu0;
  for (const std::string& out : outputs) {
    const nlohmann::json result = nlohmann::json::parse(out);
    for (const auto& [name, ms] : result["timing"]["stages"].items())
      pass.stages[name] = pass.stages.value(name, 0.0) + ms.get<double>();
  }
  return pass;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: newslens-bench-core CORPUS.json [--runs N]\n");
    return 2;
  }
  int runs = 5;
  for (int i = 2; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
  std::ifstream in(argv[1], std::ios::binary);
  const std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto corpus = nlohmann::json::parse(raw, nullptr, false);
  if (corpus.is_discarded() || !corpus.contains("docs")) {
    std::fprintf(stderr, "newslens-bench-core: %s is not {\"docs\": [...]}\n", argv[1]);
    return 2;
  }
  const std::vector<std::string> docs = corpus["docs"].get<std::vector<std::string>>();
  const double create0 = nowMs();
  const newslens::api::Service service;
  const double createMs = nowMs() - create0;
  const double first0 = nowMs();
  if (!docs.empty()) (void)service.analyze(docs.front(), "{}");
  const double firstMs = nowMs() - first0;
  (void)timePass(service, docs);  // warm-up
  std::vector<Pass> passes;
  for (int r = 0; r < runs; ++r) passes.push_back(timePass(service, docs));
  std::sort(passes.begin(), passes.end(), [](const Pass& a, const Pass& b) { return a.wallMs < b.wallMs; });
  const Pass& median = passes[passes.size() / 2];
  const nlohmann::json out = {{"docs", docs.size()},       {"runs", runs},
                              {"createMs", createMs},      {"firstRunMs", firstMs},
                              {"medianMs", median.wallMs}, {"medianCpuMs", median.cpuMs},
                              {"stagesMs", median.stages}};
  std::printf("%s\n", out.dump().c_str());
  return 0;
}
