#pragma once
// ROUGE-1, ROUGE-2 and summary-level ROUGE-Lsum, computed as Google's rouge-score
// package does (the convention behind published CNN/DailyMail figures):
// - text is lower-cased, every run of characters outside [a-z0-9] separates tokens;
// - tokens longer than 3 characters are Porter-stemmed (porter_stemmer.h);
// - ROUGE-N counts clipped n-gram overlap over the whole text;
// - ROUGE-Lsum splits both texts into sentences at '\n' and, for each reference
//   sentence, takes the union of its LCS with every candidate sentence; hits are
//   clipped by token counts.
// Scores are fractions in [0,1]; the tools print them ×100.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newslens::tools {

struct RougeScore {
  double precision = 0;
  double recall = 0;
  double f = 0;
};

struct RougeScores {
  RougeScore rouge1;
  RougeScore rouge2;
  RougeScore rougeLsum;
};

// rouge-score's tokenizer with stemming: "The cats' 2 ponies" → {"the", "cat", "2", "poni"}.
std::vector<std::string> rougeTokens(std::string_view text);

// Scores a candidate summary against a reference; sentences are separated by '\n'.
RougeScores scoreSummary(std::string_view reference, std::string_view candidate);

// Running mean of per-document scores (the figure published for a corpus).
class RougeMean {
 public:
  void add(const RougeScores& s);
  RougeScores mean() const;
  std::size_t count() const { return count_; }

 private:
  RougeScores sum_;
  std::size_t count_ = 0;
};

}  // namespace newslens::tools
