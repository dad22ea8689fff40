#include "lib/rouge.h"

#include <algorithm>
#include <map>
#include <set>

#include "lib/porter_stemmer.h"

namespace newslens::tools {
namespace {

using Tokens = std::vector<std::string>;

RougeScore fromCounts(std::size_t hits, std::size_t candidateCount, std::size_t referenceCount) {
  RougeScore s;
  s.precision = static_cast<double>(hits) / static_cast<double>(std::max<std::size_t>(candidateCount, 1));
  s.recall = static_cast<double>(hits) / static_cast<double>(std::max<std::size_t>(referenceCount, 1));
  s.f = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
  return s;
}

std::map<std::vector<std::string_view>, std::size_t> ngramCounts(const Tokens& tokens, std::size_t n) {
  std::map<std::vector<std::string_view>, std::size_t> counts;
  for (std::size_t i = 0; i + n <= tokens.size(); ++i)
    ++counts[std::vector<std::string_view>(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                           tokens.begin() + static_cast<std::ptrdiff_t>(i + n))];
  return counts;
}

RougeScore rougeN(const Tokens& reference, const Tokens& candidate, std::size_t n) {
  const auto ref = ngramCounts(reference, n);
  const auto cand = ngramCounts(candidate, n);
  std::size_t hits = 0, refTotal = 0, candTotal = 0;
  for (const auto& [gram, count] : ref) {
    refTotal += count;
    const auto it = cand.find(gram);
    if (it != cand.end()) hits += std::min(count, it->second);
  }
  for (const auto& entry : cand) candTotal += entry.second;
  return fromCounts(hits, candTotal, refTotal);
}

// Indices into `ref` of one LCS of ref and cand, chosen by the same backtrack as
// rouge-score's _backtrack_norec (ties move up, i.e. drop a reference token).
std::vector<std::size_t> lcsIndices(const Tokens& ref, const Tokens& cand) {
  const std::size_t rows = ref.size() + 1, cols = cand.size() + 1;
  std::vector<std::uint32_t> t(rows * cols, 0);
  for (std::size_t i = 1; i < rows; ++i)
    for (std::size_t j = 1; j < cols; ++j)
      t[i * cols + j] = ref[i - 1] == cand[j - 1] ? t[(i - 1) * cols + j - 1] + 1
                                                  : std::max(t[(i - 1) * cols + j], t[i * cols + j - 1]);
  std::vector<std::size_t> out;
  std::size_t i = ref.size(), j = cand.size();
  while (i > 0 && j > 0) {
    if (ref[i - 1] == cand[j - 1]) {
      out.push_back(i - 1);
      --i;
      --j;
    } else if (t[i * cols + j - 1] > t[(i - 1) * cols + j]) {
      --j;
    } else {
      --i;
    }
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<Tokens> sentenceTokens(std::string_view text) {
  std::vector<Tokens> out;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin) out.push_back(rougeTokens(text.substr(begin, end - begin)));
    begin = end + 1;
  }
  return out;
}

RougeScore rougeLsum(std::string_view reference, std::string_view candidate) {
  const std::vector<Tokens> refSents = sentenceTokens(reference);
  const std::vector<Tokens> candSents = sentenceTokens(candidate);
  std::map<std::string, std::size_t> refCounts, candCounts;
  std::size_t refTotal = 0, candTotal = 0;
  for (const Tokens& s : refSents)
    for (const std::string& t : s) ++refCounts[t], ++refTotal;
  for (const Tokens& s : candSents)
    for (const std::string& t : s) ++candCounts[t], ++candTotal;
  if (refTotal == 0 || candTotal == 0) return {};
  std::size_t hits = 0;
  for (const Tokens& r : refSents) {
    std::set<std::size_t> united;
    for (const Tokens& c : candSents)
      for (std::size_t index : lcsIndices(r, c)) united.insert(index);
    for (std::size_t index : united) {
      const std::string& token = r[index];
      std::size_t& inCand = candCounts[token];
      std::size_t& inRef = refCounts[token];
      if (inCand > 0 && inRef > 0) {
        ++hits;
        --inCand;
        --inRef;
      }
    }
  }
  return fromCounts(hits, candTotal, refTotal);
}

void addTo(RougeScore& sum, const RougeScore& s) {
  sum.precision += s.precision;
  sum.recall += s.recall;
  sum.f += s.f;
}

RougeScore divided(RougeScore s, double n) { return {s.precision / n, s.recall / n, s.f / n}; }

}  // namespace

std::vector<std::string> rougeTokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    if (current.empty()) return;
    tokens.push_back(current.size() > 3 ? porterStem(current) : current);
    if (tokens.back().empty()) tokens.pop_back();
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      current += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      current += static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC4 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xB0) {
      // Python lower-cases U+0130 (İ) to "i" + U+0307; the "i" survives.
      current += 'i';
      flush();
      ++i;
    } else if (c == 0xE2 && text.substr(i, 3) == "\xE2\x84\xAA") {
      current += 'k';  // U+212A KELVIN SIGN lower-cases to ASCII "k"
      i += 2;
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

RougeScores scoreSummary(std::string_view reference, std::string_view candidate) {
  const Tokens ref = rougeTokens(reference);
  const Tokens cand = rougeTokens(candidate);
  RougeScores s;
  s.rouge1 = rougeN(ref, cand, 1);
  s.rouge2 = rougeN(ref, cand, 2);
  s.rougeLsum = rougeLsum(reference, candidate);
  return s;
}

void RougeMean::add(const RougeScores& s) {
  addTo(sum_.rouge1, s.rouge1);
  addTo(sum_.rouge2, s.rouge2);
  addTo(sum_.rougeLsum, s.rougeLsum);
  ++count_;
}

RougeScores RougeMean::mean() const {
  if (count_ == 0) return {};
  const double n = static_cast<double>(count_);
  return {divided(sum_.rouge1, n), divided(sum_.rouge2, n), divided(sum_.rougeLsum, n)};
}

}  // namespace newslens::tools
