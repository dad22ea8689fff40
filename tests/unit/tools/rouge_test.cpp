#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lib/rouge.h"

using namespace newslens::tools;
using V = std::vector<std::string>;

TEST_CASE("ROUGE tokens: lower-cased, split at non-alphanumerics, stems only past 3 characters") {
  CHECK(rougeTokens("The ponies' 2,000 races -- U.S.A.") == V{"the", "poni", "2", "000", "race", "u", "s", "a"});
  CHECK(rougeTokens("Caresses run RUNS") == V{"caress", "run", "run"});
  CHECK(rougeTokens("   ").empty());
  // Python's lower() turns U+0130 into "i" + a combining dot, which separates.
  CHECK(rougeTokens("\xC4\xB0stanbul caf\xC3\xA9") == V{"i", "stanbul", "caf"});
}

TEST_CASE("ROUGE on one sentence, computed by hand") {
  // ref  the cat sat on the mat / cand the cat lay on the mat
  // unigrams: 5 of 6 shared; bigrams: the-cat, on-the, the-mat = 3 of 5; LCS "the cat on the mat" = 5.
  const RougeScores s = scoreSummary("the cat sat on the mat", "the cat lay on the mat");
  CHECK(s.rouge1.precision == doctest::Approx(5.0 / 6));
  CHECK(s.rouge1.f == doctest::Approx(5.0 / 6));
  CHECK(s.rouge2.f == doctest::Approx(3.0 / 5));
  CHECK(s.rougeLsum.f == doctest::Approx(5.0 / 6));
}

TEST_CASE("ROUGE-Lsum takes the union of LCS hits over candidate sentences (Lin 2004 example)") {
  // r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5.
  // LCS(r,c1) = w1 w2, LCS(r,c2) = w1 w3 w5, union = w1 w2 w3 w5: 4 hits; R = 4/5, P = 4/10.
  const RougeScores s = scoreSummary("one two three four five", "one two six seven eight\none three eight nine five");
  CHECK(s.rougeLsum.recall == doctest::Approx(0.8));
  CHECK(s.rougeLsum.precision == doctest::Approx(0.4));
  CHECK(s.rougeLsum.f == doctest::Approx(2 * 0.8 * 0.4 / 1.2));
  // ROUGE-2 runs over the whole text: only "one two" of the 4 reference bigrams is in the 9 candidate bigrams.
  CHECK(s.rouge2.recall == doctest::Approx(1.0 / 4));
  CHECK(s.rouge2.precision == doctest::Approx(1.0 / 9));
  CHECK(s.rouge2.f == doctest::Approx(2.0 / 13));
  CHECK(s.rouge1.f == doctest::Approx(2 * 0.8 * 0.4 / 1.2));
}

TEST_CASE("ROUGE clips repeated tokens and stems both sides") {
  // The candidate repeats the reference: hits are clipped to the reference counts.
  const RougeScores twice = scoreSummary("the cat", "the cat\nthe cat");
  CHECK(twice.rouge1.precision == doctest::Approx(0.5));
  CHECK(twice.rouge1.recall == doctest::Approx(1.0));
  CHECK(twice.rougeLsum.precision == doctest::Approx(0.5));
  CHECK(twice.rougeLsum.recall == doctest::Approx(1.0));
  // ponies/pony → poni, running/runs → run; "were" vs "the" differ.
  const RougeScores stemmed = scoreSummary("Ponies were running!", "The pony runs.");
  CHECK(stemmed.rouge1.f == doctest::Approx(2.0 / 3));
  CHECK(stemmed.rouge2.f == doctest::Approx(0.0));
}

TEST_CASE("ROUGE of an empty side is zero, and the mean averages documents") {
  const RougeScores empty = scoreSummary("the cat", "");
  CHECK(empty.rouge1.f == 0);
  CHECK(empty.rougeLsum.f == 0);
  RougeMean mean;
  mean.add(scoreSummary("the cat", "the cat"));
  mean.add(empty);
  CHECK(mean.count() == 2);
  CHECK(mean.mean().rouge1.f == doctest::Approx(0.5));
  CHECK(mean.mean().rougeLsum.f == doctest::Approx(0.5));
}
