#include "lib/salience_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace newslens::tools {
namespace {

bool isWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Byte spans of `needle` in `hay` as a whole word.
void findWord(const std::string& hay, std::string_view needle, std::vector<std::pair<std::size_t, std::size_t>>& out) {
  if (needle.empty()) return;
  for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
    const std::size_t end = at + needle.size();
    if ((at == 0 || !isWordByte(hay[at - 1])) && (end == hay.size() || !isWordByte(hay[end]))) out.push_back({at, end});
  }
}

// Distinct namings: overlapping matches of one entity's forms count once.
std::size_t countSpans(std::vector<std::pair<std::size_t, std::size_t>> spans) {
  std::sort(spans.begin(), spans.end());
  std::size_t count = 0, reach = 0;
  for (const auto& [start, end] : spans) {
    if (count == 0 || start >= reach) ++count;
    reach = std::max(reach, end);
  }
  return count;
}

// The three most salient entities (Analysis order when the weights are the shipped ones).
std::vector<int> topThree(const std::vector<double>& salience) {
  std::vector<int> order(salience.size());
  for (std::size_t e = 0; e < order.size(); ++e) order[e] = static_cast<int>(e);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return salience[a] > salience[b]; });
  order.resize(std::min<std::size_t>(3, order.size()));
  return order;
}

}  // namespace

std::vector<std::size_t> highlightNamings(const std::string& article, const Analysis& analysis,
                                          const std::vector<std::string>& highlights) {
  std::string joined;
  for (const std::string& h : highlights) joined += h + "\n";
  std::vector<std::size_t> out(analysis.entities.size(), 0);
  for (std::size_t e = 0; e < analysis.entities.size(); ++e) {
    const Entity& entity = analysis.entities[e];
    if (isNumericType(entity.type)) continue;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    findWord(joined, entity.name, spans);
    for (const std::string& alias : entity.aliases) findWord(joined, alias, spans);
    if (entity.type == EntityType::PERSON) {
      const std::size_t space = entity.name.rfind(' ');
      if (space != std::string::npos) findWord(joined, std::string_view(entity.name).substr(space + 1), spans);
    }
    out[e] = countSpans(std::move(spans));
  }
  return out;
}

std::vector<SalienceCase> buildSalienceCases(const Analyzer& analyzer, const std::vector<SummaryExample>& examples) {
  std::vector<SalienceCase> out;
  out.reserve(examples.size());
  for (const SummaryExample& ex : examples) {
    const Analysis a = analyzer.analyze(ex.article, Options{});
    SalienceCase c;
    c.features = entities::salienceFeatures(ex.article, a);
    const std::vector<std::size_t> named = highlightNamings(ex.article, a, ex.highlights);
    const std::size_t most = named.empty() ? 0 : *std::max_element(named.begin(), named.end());
    for (std::size_t e = 0; e < named.size(); ++e)
      if (most > 0 && named[e] == most) c.targets.push_back(static_cast<int>(e));
    for (std::size_t e = 0; e < a.entities.size() && c.outlet < 0; ++e)
      for (const std::string& alias : a.entities[e].aliases)
        if (alias == "CNN") c.outlet = static_cast<int>(e);
    c.aboutOutlet = c.outlet >= 0 && named[c.outlet] > 0;
    c.id = ex.id;
    for (const Entity& e : a.entities) c.names.push_back(e.name);
    out.push_back(std::move(c));
  }
  return out;
}

SalienceScores scoreSalienceCases(const std::vector<SalienceCase>& cases, const entities::SalienceWeights& weights) {
  SalienceScores s;
  for (const SalienceCase& c : cases) {
    const std::vector<int> top = topThree(entities::salienceOf(c.features, weights));
    const auto inTop = [&](int e) { return std::find(top.begin(), top.end(), e) != top.end(); };
    if (!c.targets.empty()) {
      ++s.named;
      s.hits += std::any_of(c.targets.begin(), c.targets.end(), inTop);
      s.topHits += !top.empty() && std::find(c.targets.begin(), c.targets.end(), top[0]) != c.targets.end();
    }
    if (c.outlet >= 0 && !c.aboutOutlet) {
      ++s.notAbout;
      s.outletTop3 += inTop(c.outlet);
      s.outletFirst += !top.empty() && top[0] == c.outlet;
    }
  }
  return s;
}

std::string describeSalienceMisses(const std::vector<SalienceCase>& cases, const entities::SalienceWeights& weights) {
  std::string out;
  const auto describe = [&](const SalienceCase& c, int e, const std::vector<int>& order) {
    std::string line =
        "    " + c.names[e] + " #" + std::to_string(std::find(order.begin(), order.end(), e) - order.begin() + 1) + ":";
    for (int k = 0; k < entities::kSalienceFeatureCount; ++k) {
      char buf[48];
      std::snprintf(buf, sizeof buf, " %s=%.2f", entities::salienceFeatureName(k), c.features[e][k]);
      line += buf;
    }
    return line + "\n";
  };
  for (const SalienceCase& c : cases) {
    if (c.targets.empty()) continue;
    const std::vector<double> p = entities::salienceOf(c.features, weights);
    std::vector<int> order(p.size());
    for (std::size_t e = 0; e < order.size(); ++e) order[e] = static_cast<int>(e);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return p[a] > p[b]; });
    const auto inTop = [&](int e) {
      return std::find(order.begin(), order.begin() + std::min<std::size_t>(3, order.size()), e) !=
             order.begin() + std::min<std::size_t>(3, order.size());
    };
    if (std::any_of(c.targets.begin(), c.targets.end(), inTop)) continue;
    out += "miss " + c.id + "\n  targets\n";
    for (int t : c.targets) out += describe(c, t, order);
    out += "  top\n";
    for (std::size_t k = 0; k < order.size() && k < 3; ++k) out += describe(c, order[k], order);
  }
  return out;
}

std::vector<SalienceCase> foldOf(const std::vector<SalienceCase>& cases, int folds, int heldOut) {
  std::vector<SalienceCase> out;
  for (std::size_t i = 0; i < cases.size(); ++i)
    if (static_cast<int>(i % folds) == heldOut) out.push_back(cases[i]);
  return out;
}

entities::SalienceWeights fitSalienceWeights(const std::vector<SalienceCase>& cases, int folds, int heldOut,
                                             double l2) {
  constexpr int kFeatures = entities::kSalienceFeatureCount;
  std::vector<double> w(kFeatures, 0.0);
  // Full-batch gradient ascent on the mean log-likelihood of the targets (convex).
  for (int iteration = 0; iteration < 2000; ++iteration) {
    std::vector<double> grad(kFeatures, 0.0);
    std::size_t used = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
      const SalienceCase& c = cases[i];
      if (c.targets.empty() || (heldOut >= 0 && static_cast<int>(i % folds) == heldOut)) continue;
      ++used;
      entities::SalienceWeights current;
      for (int k = 0; k < kFeatures; ++k) current.w[k] = static_cast<float>(w[k]);
      const std::vector<double> p = entities::salienceOf(c.features, current);
      double targetMass = 0.0;
      for (int t : c.targets) targetMass += p[t];
      // d/dw log Σ_targets p = E_{p | targets}[f] - E_p[f]
      for (std::size_t e = 0; e < p.size(); ++e) {
        const bool target = std::find(c.targets.begin(), c.targets.end(), static_cast<int>(e)) != c.targets.end();
        const double coefficient = (target ? p[e] / std::max(targetMass, 1e-12) : 0.0) - p[e];
        for (int k = 0; k < kFeatures; ++k) grad[k] += coefficient * c.features[e][k];
      }
    }
    if (used == 0) break;
    for (int k = 0; k < kFeatures; ++k) w[k] += 0.5 * (grad[k] / double(used) - l2 * w[k]);
  }
  entities::SalienceWeights out;
  out.version = 4;  // 3: quotes, pronouns, possessives, dateline place, written forms; 4: written in the opening
  for (int k = 0; k < kFeatures; ++k) out.w[k] = static_cast<float>(w[k]);
  return out;
}

}  // namespace newslens::tools
