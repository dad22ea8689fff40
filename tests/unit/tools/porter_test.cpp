#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "lib/porter_stemmer.h"

using newslens::tools::porterStem;

TEST_CASE("Porter stems the examples of Porter (1980) as NLTK's ORIGINAL_ALGORITHM does") {
  const std::vector<std::pair<std::string, std::string>> cases = {{"caresses", "caress"},
                                                                  {"ponies", "poni"},
                                                                  {"ties", "ti"},
                                                                  {"caress", "caress"},
                                                                  {"cats", "cat"},
                                                                  {"feed", "feed"},
                                                                  {"agreed", "agre"},
                                                                  {"plastered", "plaster"},
                                                                  {"bled", "bled"},
                                                                  {"motoring", "motor"},
                                                                  {"sing", "sing"},
                                                                  {"conflated", "conflat"},
                                                                  {"troubled", "troubl"},
                                                                  {"sized", "size"},
                                                                  {"hopping", "hop"},
                                                                  {"tanned", "tan"},
                                                                  {"falling", "fall"},
                                                                  {"hissing", "hiss"},
                                                                  {"fizzed", "fizz"},
                                                                  {"failing", "fail"},
                                                                  {"filing", "file"},
                                                                  {"happy", "happi"},
                                                                  {"sky", "sky"},
                                                                  {"relational", "relat"},
                                                                  {"conditional", "condit"},
                                                                  {"rational", "ration"},
                                                                  {"valenci", "valenc"},
                                                                  {"digitizer", "digit"},
                                                                  {"radicalli", "radic"},
                                                                  {"differentli", "differ"},
                                                                  {"vileli", "vile"},
                                                                  {"analogousli", "analog"},
                                                                  {"vietnamization", "vietnam"},
                                                                  {"predication", "predic"},
                                                                  {"operator", "oper"},
                                                                  {"feudalism", "feudal"},
                                                                  {"decisiveness", "decis"},
                                                                  {"hopefulness", "hope"},
                                                                  {"callousness", "callous"},
                                                                  {"formaliti", "formal"},
                                                                  {"sensitiviti", "sensit"},
                                                                  {"sensibiliti", "sensibl"},
                                                                  {"triplicate", "triplic"},
                                                                  {"formative", "form"},
                                                                  {"formalize", "formal"},
                                                                  {"electriciti", "electr"},
                                                                  {"electrical", "electr"},
                                                                  {"hopeful", "hope"},
                                                                  {"goodness", "good"},
                                                                  {"revival", "reviv"},
                                                                  {"allowance", "allow"},
                                                                  {"inference", "infer"},
                                                                  {"airliner", "airlin"},
                                                                  {"gyroscopic", "gyroscop"},
                                                                  {"adjustable", "adjust"},
                                                                  {"defensible", "defens"},
                                                                  {"irritant", "irrit"},
                                                                  {"replacement", "replac"},
                                                                  {"adjustment", "adjust"},
                                                                  {"dependent", "depend"},
                                                                  {"adoption", "adopt"},
                                                                  {"homologou", "homolog"},
                                                                  {"communism", "commun"},
                                                                  {"activate", "activ"},
                                                                  {"angulariti", "angular"},
                                                                  {"homologous", "homolog"},
                                                                  {"effective", "effect"},
                                                                  {"bowdlerize", "bowdler"},
                                                                  {"probate", "probat"},
                                                                  {"rate", "rate"},
                                                                  {"cease", "ceas"},
                                                                  {"controll", "control"},
                                                                  {"roll", "roll"},
                                                                  {"generalization", "gener"},
                                                                  {"syllogism", "syllog"}};
  for (const auto& [word, stem] : cases) CHECK_MESSAGE(porterStem(word) == stem, word);
}

TEST_CASE("Porter follows the original algorithm where NLTK's extensions differ") {
  CHECK(porterStem("conformabli") == "conform");  // ABLI → ABLE (extensions: BLI → BLE)
  CHECK(porterStem("dying") == "dy");             // no irregular-form table
  CHECK(porterStem("lying") == "ly");
  CHECK(porterStem("skies") == "ski");            // Y → I only after a vowel-bearing stem, not "sky"
  CHECK(porterStem("analogi") == "analogi");      // no LOGI → LOG
  CHECK(porterStem("hopefulli") == "hopefulli");  // no FULLI → FUL
  CHECK(porterStem("says") == "sai");
}

TEST_CASE("Porter: the first matching suffix decides, even when its condition fails") {
  CHECK(porterStem("cement") == "cement");  // -EMENT matches, m("c") = 0: -MENT and -ENT are not tried
}

TEST_CASE("Porter: y is a consonant after a vowel and at the start, linear on long runs") {
  CHECK(porterStem("yyyyy") == "yyyyi");
  const std::string longRun(100000, 'y');
  CHECK(porterStem(longRun).size() == longRun.size());
}
