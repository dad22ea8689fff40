#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"

namespace newslens::lexicon {
namespace {

#include "newslens/lexicon/first_names.inc"

// A constant hash index over a sorted list written as "|name|name|…|", built at
// compile time: a slot holds the offset of a name's first byte, plus one (0 = empty).
// Lookup is one hash and usually one compare, where a binary search over the string
// scanned for bars at each of ~11 steps (~3% of the WASM core's time: every entity's
// first word is asked about by quotes, salience and key points).
template <std::size_t Slots>
class BarIndex {
 public:
  constexpr explicit BarIndex(std::string_view list) : list_(list) {
    for (std::size_t start = 1; start < list.size();) {
      const std::size_t end = list.find('|', start);
      std::size_t slot = wordHash(list.substr(start, end - start)) & (Slots - 1);
      while (slots_[slot] != 0) slot = (slot + 1) & (Slots - 1);
      slots_[slot] = static_cast<std::uint16_t>(start + 1);
      start = end + 1;
    }
  }
  // True when `name` is one of the list's names (never one holding a bar, nor "").
  constexpr bool has(std::string_view name) const {
    if (name.empty() || name.find('|') != std::string_view::npos) return false;
    for (std::size_t slot = wordHash(name) & (Slots - 1); slots_[slot] != 0; slot = (slot + 1) & (Slots - 1)) {
      // The bar after a name of this length first: it turns most other names away
      // without comparing their bytes.
      const std::size_t at = slots_[slot] - 1u, end = at + name.size();
      if (end < list_.size() && list_[end] == '|' && list_.compare(at, name.size(), name) == 0) return true;
    }
    return false;
  }

 private:
  static_assert(Slots > 0 && (Slots & (Slots - 1)) == 0, "slots must be a power of two");
  std::string_view list_;
  std::uint16_t slots_[Slots] = {};
};

// The names in a bar list: its bars less one.
constexpr std::size_t barNames(std::string_view list) {
  std::size_t bars = 0;
  for (const char c : list) bars += c == '|';
  return bars - 1;
}

// Slots for n names: at most half full, so that probes stay short.
constexpr std::size_t slotsFor(std::size_t n) {
  std::size_t size = 16;
  while (size < 2 * n) size <<= 1;
  return size;
}

static_assert(kMaleNames.size() < 0xFFFF && kFemaleNames.size() < 0xFFFF, "BarIndex slots hold 16-bit offsets");
constexpr BarIndex<slotsFor(barNames(kMaleNames))> kMale{kMaleNames};
constexpr BarIndex<slotsFor(barNames(kFemaleNames))> kFemale{kFemaleNames};

}  // namespace

Gender firstNameGender(std::string_view name) {
  if (kMale.has(name)) return Gender::Male;
  if (kFemale.has(name)) return Gender::Female;
  return Gender::Unknown;
}

Gender honorificGender(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w == "mr" || w == "sir" || w == "lord" || w == "mister") return Gender::Male;
  if (w == "mrs" || w == "ms" || w == "miss" || w == "dame" || w == "lady" || w == "madam") return Gender::Female;
  return Gender::Unknown;
}

Gender pronounGender(std::string_view w) {
  // Asked of every word of an article: most start with neither letter.
  if (w.size() < 2 || (w[0] != 'h' && w[0] != 's')) return Gender::Unknown;
  if (w == "he" || w == "him" || w == "his" || w == "himself") return Gender::Male;
  if (w == "she" || w == "her" || w == "hers" || w == "herself") return Gender::Female;
  return Gender::Unknown;
}

}  // namespace newslens::lexicon
