// newslens-heap-profile: where an analysis's heap goes, stage by stage (issue #18's
// "what costs the bytes"). Counts every operator new/delete of this process, runs the
// stages as Analyzer::analyze does, then the streamed serialization (pieces dropped),
// and prints per stage the most bytes held above the start and what is held after it.
//   newslens-heap-profile FILE [--per-mib]
// Native sizes (64-bit: a pointer 8 bytes, std::string 32, std::vector 24) are larger
// than WASM's (4, 12, 12), so string- and vector-heavy records weigh more here; the
// WASM figure is bench/hostile.mjs's.
#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <new>
#include <string>

#include "newslens/api.h"
#include "newslens/builtin_model.h"
#include "newslens/entities/resolve.h"
#include "newslens/json/result_json.h"
#include "newslens/ner/model.h"
#include "newslens/ner/recognize.h"
#include "newslens/quotes/quotes.h"
#include "newslens/summary/key_points.h"
#include "newslens/summary/keywords.h"
#include "newslens/text/boilerplate.h"
#include "newslens/text/lowered.h"
#include "newslens/text/sentences.h"
#include "newslens/text/tokenizer.h"

namespace {

// Bytes held through operator new, and the most held since the last resetPeak().
std::size_t held = 0;
std::size_t peak = 0;

void* allocate(std::size_t size) {
  void* p = std::malloc(size ? size : 1);
  if (!p) throw std::bad_alloc();
  held += malloc_usable_size(p);
  if (held > peak) peak = held;
  return p;
}

void release(void* p) {
  if (!p) return;
  held -= malloc_usable_size(p);
  std::free(p);
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }

namespace {

struct Report {
  std::size_t base;
  double scale;  // bytes of input per unit printed (1 MiB with --per-mib)
  const char* unit;

  // Prints the stage's peak above `base` and what it leaves held, then starts a new stage.
  void stage(const char* name) {
    std::printf("%-10s peak %8.2f %s   held after %8.2f %s\n", name, (peak - base) / scale, unit, (held - base) / scale,
                unit);
    peak = held;
  }
};

}  // namespace

int main(int argc, char** argv) {
  using namespace newslens;
  if (argc < 2) {
    std::fprintf(stderr, "usage: newslens-heap-profile FILE [--per-mib]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const bool perMiB = argc > 2 && std::string(argv[2]) == "--per-mib";
  const Analyzer analyzer;
  ner::Model model;
  if (!ner::loadModel(builtinModel(), model).ok()) return 1;
  (void)api::analyzeToJson(analyzer, "Warm up. Mr Xi met Joe Biden in Bali on Monday.", "");
  const double mib = text.size() / double(1 << 20);
  Report report{held, perMiB ? 1.0 * (1 << 20) * mib : 1.0 * (1 << 20), perMiB ? "MiB/MiB" : "MiB"};
  peak = held;
  std::printf("%zu bytes of input\n", text.size());
  {
    Options options;
    Analysis a;
    a.tokens = text::tokenize(text);
    a.lower = text::lowercaseText(text);  // as Analyzer::analyze: one lowered text for every later stage
    report.stage("tokens");
    a.sentences = text::splitSentences(text, a.tokens);
    a.stats = text::computeStats(text, a.tokens, a.sentences);
    text::markBoilerplate(text, a.tokens, a.sentences, a.lower);
    report.stage("sentences");
    a.mentions = ner::recognize(text, a.tokens, a.sentences, model);
    report.stage("ner");
    a.entities = entities::resolve(text, a.tokens, a.sentences, a.mentions);
    report.stage("entities");
    a.quotes = quotes::findQuotes(text, a);
    report.stage("quotes");
    a.keywords = summary::extractKeywords(text, a, options);
    report.stage("keywords");
    a.keyPoints = summary::selectKeyPoints(text, a, options);
    report.stage("keyPoints");
    std::vector<Token>().swap(a.tokens);
    std::string().swap(a.lower);
    std::size_t bytes = 0;
    json::writeResultJson(text, a, 0.0, kAllFields, [&](std::string_view piece) { bytes += piece.size(); });
    report.stage("json");
    std::printf("%zu bytes of JSON; %zu sentences, %zu mentions, %zu entities, %zu quotes\n", bytes, a.sentences.size(),
                a.mentions.size(), a.entities.size(), a.quotes.size());
  }
  return 0;
}
