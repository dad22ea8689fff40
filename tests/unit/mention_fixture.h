#pragma once
// Test helper: an Analysis built from text with hand-placed mentions, standing in
// for the tagger so the entities, quotes and keywords stages test in isolation.

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/entities/names.h"
#include "newslens/entities/resolve.h"
#include "newslens/summary/boilerplate.h"
#include "newslens/text/span.h"
#include "newslens/text/sentences.h"
#include "newslens/text/tokenizer.h"

// Lets doctest print the string lists the tests compare.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const std::string& s : v) out += "\"" + s + "\", ";
    return String((out + "}").c_str());
  }
};
}  // namespace doctest

namespace fixture {

using newslens::EntityType;

struct Spec {
  std::string surface;
  EntityType type;
};

// Tokens, sentences and mentions for `text`; each spec is found after the previous one.
inline newslens::Analysis analyze(std::string_view text, const std::vector<Spec>& specs, bool resolve = true) {
  newslens::Analysis a;
  a.tokens = newslens::text::tokenize(text);
  a.sentences = newslens::text::splitSentences(text, a.tokens);
  newslens::summary::markBoilerplate(text, a.tokens, a.sentences);
  std::size_t cursor = 0;
  for (const Spec& s : specs) {
    // The next occurrence on token boundaries, as a tagger's mentions are.
    newslens::Mention m;
    newslens::text::TokenSpan span;
    for (std::size_t at = text.find(s.surface, cursor);; at = text.find(s.surface, at + 1)) {
      if (at == std::string_view::npos)
        throw std::logic_error("fixture: no \"" + s.surface + "\" after " + std::to_string(cursor));
      m.start = static_cast<std::uint32_t>(at);
      m.end = static_cast<std::uint32_t>(at + s.surface.size());
      span = newslens::text::tokensIn(a.tokens, m.start, m.end);
      if (span.first < span.last && a.tokens[span.first].start == m.start && a.tokens[span.last - 1].end == m.end)
        break;
    }
    m.firstToken = span.first;
    m.lastToken = span.last;
    m.type = s.type;
    a.mentions.push_back(m);
    cursor = m.end;
  }
  if (resolve) a.entities = newslens::entities::resolve(text, a.tokens, a.sentences, a.mentions);
  return a;
}

// The entity named `name`, or nullptr.
inline const newslens::Entity* find(const newslens::Analysis& a, std::string_view name) {
  for (const newslens::Entity& e : a.entities)
    if (e.name == name) return &e;
  return nullptr;
}

// Index of the entity named `name`, -1 if none.
inline int indexOf(const newslens::Analysis& a, std::string_view name) {
  for (std::size_t i = 0; i < a.entities.size(); ++i)
    if (a.entities[i].name == name) return static_cast<int>(i);
  return -1;
}

// The name of the entity each mention resolved to ("" when unresolved), in order.
inline std::vector<std::string> mentionEntities(const newslens::Analysis& a) {
  std::vector<std::string> out;
  for (const newslens::Mention& m : a.mentions) out.push_back(m.entity < 0 ? "" : a.entities[m.entity].name);
  return out;
}

}  // namespace fixture
