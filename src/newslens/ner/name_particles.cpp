#include "newslens/ner/name_particles.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "newslens/lexicon/lexicon.h"
#include "newslens/ner/mentions.h"
#include "newslens/noinline.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {
namespace {

// Longest particle run inside one name: "de la" in "Oscar de la Hoya".
constexpr std::uint32_t kMaxParticles = 3;

bool isParticle(std::string_view text, const Token& token) {
  return token.kind == TokenKind::Word && lexicon::isNameParticle(text::lowercase(text::surface(text, token)));
}

// Tokens [first, last) lowercased and joined by single spaces: "ten hoopen".
std::string foldedWords(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                        std::uint32_t last) {
  std::string out;
  for (std::uint32_t t = first; t < last; ++t) {
    if (!out.empty()) out += ' ';
    out += text::lowercase(text::surface(text, tokens[t]));
  }
  return out;
}

// True when tokens [first, last) are 1..kMaxParticles lower-case particles.
bool lowerParticles(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first, std::uint32_t last) {
  if (first >= last || last - first > kMaxParticles) return false;
  for (std::uint32_t t = first; t < last; ++t)
    if (!isParticle(text, tokens[t]) || !text::startsLowercase(text::surface(text, tokens[t]))) return false;
  return true;
}

}  // namespace

NEWSLENS_NOINLINE void joinNameParticles(std::string_view text, const std::vector<Token>& tokens,
                                         std::vector<Mention>& mentions) {
  // Full names first; `surnames` keeps each one's particles and surname ("ten hoopen").
  std::unordered_set<std::string> surnames;
  std::vector<Mention> joined;
  joined.reserve(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (i + 1 < mentions.size() && m.type == EntityType::PERSON && mentions[i + 1].type == EntityType::PERSON &&
        lowerParticles(text, tokens, m.lastToken, mentions[i + 1].firstToken)) {
      const Mention& next = mentions[i + 1];
      surnames.insert(foldedWords(text, tokens, m.lastToken, next.lastToken));
      joined.push_back(
          mentionOver(tokens, m.firstToken, next.lastToken, EntityType::PERSON, std::min(m.score, next.score)));
      ++i;
      continue;
    }
    joined.push_back(m);
  }
  // Then the surname with its particles, where the text wrote that full name.
  for (std::size_t i = 0; i < joined.size() && !surnames.empty(); ++i) {
    Mention& m = joined[i];
    if (m.type != EntityType::PERSON) continue;
    const std::uint32_t floor = i > 0 ? joined[i - 1].lastToken : 0;
    std::uint32_t first = m.firstToken;
    while (first > floor && m.firstToken - first < kMaxParticles && isParticle(text, tokens[first - 1])) --first;
    // The longest run of particles whose surname the text wrote in full.
    for (; first < m.firstToken; ++first)
      if (surnames.count(foldedWords(text, tokens, first, m.lastToken))) {
        m = mentionOver(tokens, first, m.lastToken, EntityType::PERSON, m.score);
        break;
      }
  }
  mentions = std::move(joined);
}

}  // namespace newslens::ner
