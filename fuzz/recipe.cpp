#include "recipe.h"

#include <algorithm>

namespace newslens::fuzz {
namespace {

// Atoms news is dense in; a recipe byte's low 5 bits pick one, its high 3 bits vary it.
constexpr std::string_view kAtoms[] = {
    "Smith", "John", "Anna", "Mr", "President", "Lee", "Xi Jinping", "United States",
    "5%", "1,000", "$3.5 billion", "2021", "Monday", "12:30 p.m.", "two", "first",
    "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "'", "said", "told", "(CNN)", "the",
    ".", ",", " ", "\n", "\n\n", "\xE2\x80\xA8", "a", "-",
};
constexpr std::string_view kFirstNames[] = {"Ben", "Carla", "David", "Elena", "Frank", "Grace", "Henry", "Irene"};

// One atom with its variation: a different first name before a surname, a digit
// changed in a number, or the atom followed by a space.
void appendAtom(std::uint8_t byte, std::string& out) {
  const std::string_view atom = kAtoms[byte % std::size(kAtoms)];
  const unsigned variation = byte >> 5;
  if (atom == "John") {
    out += kFirstNames[variation];
  } else if (atom == "1,000" || atom == "2021") {
    out += atom;
    out.back() = static_cast<char>('0' + variation);
  } else {
    out += atom;
  }
  if (variation & 1u) out += ' ';
}

}  // namespace

std::string expand(std::string_view recipe, std::size_t maxBytes) {
  if (recipe.empty()) return {};
  // 4 KiB · 2^(byte0 / 32): 4 KiB … 512 KiB, and the 1 MiB maximum for the top values.
  const auto size0 = static_cast<std::uint8_t>(recipe[0]);
  std::size_t target = size0 >= 0xF0 ? kMaxExpandedBytes : (std::size_t{4096} << (size0 / 32));
  target = std::min({target, maxBytes, kMaxExpandedBytes});
  const std::string_view atoms = recipe.substr(1);
  std::string out;
  if (atoms.empty()) return out;
  out.reserve(target + 64);
  while (out.size() < target)
    for (std::size_t k = 0; k < atoms.size() && out.size() < target; ++k)
      appendAtom(static_cast<std::uint8_t>(atoms[k]), out);
  out.resize(std::min(out.size(), target));  // may cut a multi-byte atom: invalid UTF-8 is input too
  return out;
}

}  // namespace newslens::fuzz
