#include "newslens/entities/gender.h"

#include "newslens/text/lowered.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::entities {

using lexicon::Gender;

PersonCues personCues(std::string_view text, const Analysis& a) {
  const std::size_t n = a.entities.size();
  std::vector<Gender> titled(n, Gender::Unknown);
  std::vector<bool> disagree(n, false);
  std::string scratch;
  const std::string_view lowered = text::loweredText(text, a, scratch);
  for (const Mention& m : a.mentions) {
    if (m.entity < 0 || static_cast<std::size_t>(m.entity) >= n) continue;
    // The mention's first token ("Mr Smith" tagged whole) or the one before it.
    const std::uint32_t firsts[] = {m.firstToken, m.firstToken > 0 ? m.firstToken - 1 : m.firstToken};
    for (std::uint32_t t : firsts) {
      if (t >= a.tokens.size()) continue;
      const Gender g = lexicon::honorificGender(text::surface(lowered, a.tokens[t]));
      if (g == Gender::Unknown) continue;
      Gender& seen = titled[static_cast<std::size_t>(m.entity)];
      if (seen != Gender::Unknown && seen != g) disagree[static_cast<std::size_t>(m.entity)] = true;
      seen = g;
      break;
    }
  }
  PersonCues out{std::vector<Gender>(n, Gender::Unknown), std::vector<bool>(n, false)};
  for (std::size_t e = 0; e < n; ++e) {
    if (titled[e] != Gender::Unknown) {
      out.person[e] = true;
      out.gender[e] = disagree[e] ? Gender::Unknown : titled[e];
      continue;
    }
    const std::string& name = a.entities[e].name;
    const std::size_t space = name.find(' ');
    const Gender named = lexicon::firstNameGender(text::LowerWord(std::string_view(name).substr(0, space)).view());
    out.person[e] =
        a.entities[e].type == EntityType::PERSON || (named != Gender::Unknown && space != std::string::npos);
    if (out.person[e]) out.gender[e] = named;
  }
  return out;
}

}  // namespace newslens::entities
