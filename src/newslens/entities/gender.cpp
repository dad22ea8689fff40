#include "newslens/entities/gender.h"

#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::entities {

using lexicon::Gender;

std::vector<Gender> entityGenders(std::string_view text, const Analysis& a) {
  const std::size_t n = a.entities.size();
  std::vector<Gender> titled(n, Gender::Unknown);
  std::vector<bool> disagree(n, false);
  for (const Mention& m : a.mentions) {
    if (m.entity < 0 || static_cast<std::size_t>(m.entity) >= n) continue;
    const std::uint32_t firsts[] = {m.firstToken, m.firstToken > 0 ? m.firstToken - 1 : m.firstToken};
    for (std::uint32_t t : firsts) {
      if (t >= a.tokens.size()) continue;
      const Gender g = lexicon::honorificGender(text::lowercase(text::surface(text, a.tokens[t])));
      if (g == Gender::Unknown) continue;
      Gender& seen = titled[static_cast<std::size_t>(m.entity)];
      if (seen != Gender::Unknown && seen != g) disagree[static_cast<std::size_t>(m.entity)] = true;
      seen = g;
      break;
    }
  }
  std::vector<Gender> out(n, Gender::Unknown);
  for (std::size_t e = 0; e < n; ++e) {
    if (disagree[e]) continue;
    if (titled[e] != Gender::Unknown) {
      out[e] = titled[e];
      continue;
    }
    // Only a person's name starts with a first name: "Georgia Tech" is no woman.
    const std::string& name = a.entities[e].name;
    if (a.entities[e].type == EntityType::PERSON && name.find(' ') != std::string::npos)
      out[e] = lexicon::firstNameGender(text::lowercase(std::string_view(name).substr(0, name.find(' '))));
  }
  return out;
}

}  // namespace newslens::entities
