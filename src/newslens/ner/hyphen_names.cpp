#include "newslens/ner/hyphen_names.h"

#include <algorithm>

#include "newslens/lexicon/lexicon.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {
namespace {

bool allLower(std::string_view part) {
  return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A lower-case part a name is built with, never part of it: "pro", "based", "x"; a
// name particle ("al-Assad", "bin-Laden") belongs to the name.
bool cutPart(std::string_view part) { return allLower(part) && !lexicon::isNameParticle(part); }

// Bytes [from, to) of `word` left once its cut parts are gone from the head (`head`)
// and from the tail (`tail`); the whole word when what is left would not start with
// a capital.
std::pair<std::size_t, std::size_t> withoutCutParts(std::string_view word, bool head, bool tail) {
  std::size_t from = 0, to = word.size();
  for (std::size_t dash; head && (dash = word.find('-', from)) != std::string_view::npos && dash + 1 < to;) {
    if (!cutPart(word.substr(from, dash - from))) break;
    from = dash + 1;
  }
  for (std::size_t dash;
       tail && to > from && (dash = word.rfind('-', to - 1)) != std::string_view::npos && dash > from;) {
    if (!cutPart(word.substr(dash + 1, to - dash - 1))) break;
    to = dash;
  }
  // What is left is a name: it starts with a capital and is more than a letter ("X-ray").
  if (to - from < 2 || !text::startsAsciiCapital(word.substr(from, to - from))) return {0, word.size()};
  return {from, to};
}

// True when the part reads as a name of its own: a listed place, nationality or
// organization, or a word the casing profile writes capitalised (or in capitals) that
// is no listed first or last name ("Jean", "Claude" of "Jean-Claude" are).
bool nameAlone(std::string_view part, const KnownWords& known, const FeatureHasher& hash) {
  const std::uint16_t bits = phraseCategories(known, hash, {part});
  if (hasPlaceCategory(bits) || hasCategory(bits, Gazetteer::Nationality) || hasCategory(bits, Gazetteer::Organization))
    return true;
  if (hasCategory(bits, Gazetteer::FirstName) || hasCategory(bits, Gazetteer::LastName)) return false;
  const Casing casing = describeToken(part, false, known, hash).casing;
  return casing == Casing::Capitalized || casing == Casing::AllCaps;
}

// The parts of `word` (every one capitalised, two or more) when it is two names
// joined ("Israeli-Palestinian"); empty when it is one name ("Coca-Cola").
std::vector<std::string_view> joinedNames(std::string_view word, const KnownWords& known, const FeatureHasher& hash) {
  std::vector<std::string_view> parts;
  for (std::size_t from = 0;;) {
    const std::size_t dash = std::min(word.find('-', from), word.size());
    parts.push_back(word.substr(from, dash - from));
    if (dash == word.size()) break;
    from = dash + 1;
  }
  if (parts.size() < 2 || !std::all_of(parts.begin(), parts.end(), text::startsAsciiCapital)) return {};
  if (lexicon::isAncestryCompoundTail(text::LowerWord(parts.back()).view())) return {};
  if (phraseCategories(known, hash, {word}) != 0) return {};
  for (const std::string_view part : parts)
    if (!nameAlone(part, known, hash)) return {};
  return parts;
}

}  // namespace

std::vector<NamePiece> hyphenNamePieces(std::string_view text, const std::vector<Token>& tokens,
                                        const SpanReading& span, const KnownWords& known, const FeatureHasher& hash) {
  const std::uint32_t first = span.first, last = span.last;
  const std::string_view head = text::surface(text, tokens[first]), tail = text::surface(text, tokens[last - 1]);
  if (head.find('-') == std::string_view::npos && tail.find('-') == std::string_view::npos) return {};
  NamePiece whole{tokens[first].start, tokens[last - 1].end, first, last};
  if (last - first == 1) {
    const auto [from, to] = withoutCutParts(head, true, !span.person);
    whole.start += static_cast<std::uint32_t>(from);
    whole.end = whole.start + static_cast<std::uint32_t>(to - from);
  } else {
    whole.start += static_cast<std::uint32_t>(withoutCutParts(head, true, false).first);
    if (!span.person) whole.end -= static_cast<std::uint32_t>(tail.size() - withoutCutParts(tail, false, true).second);
  }
  const std::vector<std::string_view> parts = last - first == 1 && !span.person
                                                  ? joinedNames(text::slice(text, whole.start, whole.end), known, hash)
                                                  : std::vector<std::string_view>{};
  if (parts.empty()) {
    if (whole.start == tokens[first].start && whole.end == tokens[last - 1].end) return {};
    // A sentence's first word is capitalised whatever it is ("Singer-songwriter"): the
    // name left must be one alone.
    const std::string_view left = text::slice(text, whole.start, std::min(whole.end, tokens[first].end));
    if (span.sentenceStart && !nameAlone(left, known, hash)) return {};
    return {whole};
  }
  std::vector<NamePiece> out;
  for (const std::string_view part : parts) {
    const auto start = static_cast<std::uint32_t>(part.data() - text.data());
    out.push_back({start, start + static_cast<std::uint32_t>(part.size()), first, last});
  }
  return out;
}

}  // namespace newslens::ner
