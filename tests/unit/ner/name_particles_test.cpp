#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "newslens/ner/mentions.h"
#include "newslens/ner/name_particles.h"
#include "newslens/text/span.h"
#include "newslens/text/tokenizer.h"

using newslens::EntityType;
using newslens::Mention;

namespace {

// PERSON mentions over each listed word of `text` (first occurrence after the last),
// joined by joinNameParticles; returns the surfaces.
std::vector<std::string> joined(std::string_view text, const std::vector<std::string>& words,
                                EntityType type = EntityType::PERSON) {
  const auto tokens = newslens::text::tokenize(text);
  std::vector<Mention> mentions;
  std::uint32_t t = 0;
  for (const std::string& w : words) {
    while (t < tokens.size() && newslens::text::surface(text, tokens[t]) != w) ++t;
    REQUIRE(t < tokens.size());
    mentions.push_back(newslens::ner::mentionOver(tokens, t, t + 1, type, 0.9f));
    ++t;
  }
  newslens::ner::joinNameParticles(text, tokens, mentions);
  std::vector<std::string> out;
  for (const Mention& m : mentions) {
    REQUIRE(m.firstToken < m.lastToken);
    out.emplace_back(newslens::text::surface(text, m));
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("a name split at its particle is one name again, and its surname keeps the particle") {
  const std::string text =
      "Photographer Pieter ten Hoopen arrived. Ten Hoopen was at the camp, says ten Hoopen. Hoopen left.";
  CHECK(joined(text, {"Pieter", "Hoopen", "Hoopen", "Hoopen", "Hoopen"}) ==
        V{"Pieter ten Hoopen", "Ten Hoopen", "ten Hoopen", "Hoopen"});
  CHECK(joined("Oscar de la Hoya fought.", {"Oscar", "Hoya"}) == V{"Oscar de la Hoya"});
}

TEST_CASE("without a full name written with the particle nothing is joined") {
  CHECK(joined("Police counted ten Smiths there.", {"Smiths"}) == V{"Smiths"});
  CHECK(joined("Alice told van Dyke. Bob left.", {"Alice", "Dyke", "Bob"}) == V{"Alice", "Dyke", "Bob"});
  // Only people: two places with "de" between them stay two.
  CHECK(joined("From Paris de Lyon came.", {"Paris", "Lyon"}, EntityType::GPE) == V{"Paris", "Lyon"});
}
