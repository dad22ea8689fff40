#include "newslens/text/dateline.h"

#include <array>
#include <cctype>

namespace newslens::text {
namespace {

constexpr std::size_t kMaxPlaceWords = 6;
constexpr std::size_t kMaxPlaceBytes = 60;
constexpr std::size_t kMaxSourceBytes = 40;
constexpr std::size_t kMaxSourceWords = 4;

// Sources that open a dateline after a place ("Tokyo (CNN)"); compared
// case-insensitively. Without a place any capitalised name is accepted.
constexpr std::array<std::string_view, 24> kAgencies = {
    "cnn",  "reuters", "ap",    "afp",          "upi",      "dpa",       "pa",        "efe",
    "ansa", "xinhua",  "kyodo", "yonhap",       "tass",     "interfax",  "bloomberg", "pti",
    "ians", "bbc",     "npr",   "cnn business", "cnnmoney", "cnn money", "ew",        "ew.com"};

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isNonAscii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

bool isAgency(std::string_view name) {
  for (std::string_view agency : kAgencies)
    if (equalsIgnoreCase(name, agency)) return true;
  return false;
}

std::size_t skipSpaces(std::string_view s, std::size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  return pos;
}

// A dash at `pos` ("-", "--", en or em dash): returns the position after it, or `pos`.
std::size_t skipDash(std::string_view s, std::size_t pos) {
  if (s.substr(pos, 3) == "\xE2\x80\x94" || s.substr(pos, 3) == "\xE2\x80\x93") return pos + 3;
  if (s.substr(pos, 2) == "--") return pos + 2;
  if (pos < s.size() && s[pos] == '-') return pos + 1;
  return pos;
}

struct Place {
  std::size_t end = 0;  // after the last word (and its comma)
  std::size_t words = 0;
  bool capitals = false;  // its first word is in capitals: "WASHINGTON", "ST."
};

// Capitalised words ("New", "Delhi,", "St.", "São") and short numbers ("3", "2015"),
// separated by single spaces; the first must be a word.
Place readPlace(std::string_view s) {
  Place place;
  std::size_t pos = 0;
  while (place.words < kMaxPlaceWords && pos < s.size()) {
    const std::size_t start = pos;
    const bool number = isDigit(s[pos]);
    if (!isUpper(s[pos]) && !(number && place.words > 0)) break;
    std::size_t letters = 0, upper = 0;
    while (pos < s.size()) {
      const char c = s[pos];
      if (skipDash(s, pos) != pos && isNonAscii(c)) break;  // "WASHINGTON—The": the dash ends the word
      if (number ? isDigit(c) : (isUpper(c) || isLower(c) || isNonAscii(c) || c == '.' || c == '-' || c == '\'')) {
        letters += isUpper(c) || isLower(c);
        upper += isUpper(c);
        ++pos;
      } else {
        break;
      }
    }
    if (number && pos - start > 4) break;
    if (pos < s.size() && s[pos] == ',') ++pos;
    if (pos - start > kMaxPlaceBytes || pos > kMaxPlaceBytes) break;
    if (place.words == 0) place.capitals = letters >= 2 && upper == letters;
    ++place.words;
    place.end = pos;
    if (pos >= s.size() || s[pos] != ' ') break;
    ++pos;  // one space, then the next word or what follows the place
  }
  return place;
}

// "(CNN)", "(Rolling Stone)": returns the position after ')', or 0 when `pos` holds
// no short parenthesised name; `agency` says whether it is a known one.
std::size_t readSource(std::string_view s, std::size_t pos, bool& agency) {
  if (pos >= s.size() || s[pos] != '(') return 0;
  const std::size_t close = s.find(')', pos);
  if (close == std::string_view::npos || close - pos - 1 > kMaxSourceBytes || close == pos + 1) return 0;
  const std::string_view name = s.substr(pos + 1, close - pos - 1);
  std::size_t words = 0;
  bool wordStart = true;
  for (const char c : name) {
    if (c == ' ') {
      if (wordStart) return 0;  // two spaces, or a leading one
      wordStart = true;
      continue;
    }
    if (!(isUpper(c) || isLower(c) || isDigit(c) || isNonAscii(c) || c == '.' || c == '&')) return 0;
    if (wordStart) {
      if (!isUpper(c)) return 0;
      ++words;
      wordStart = false;
    }
  }
  if (wordStart || words > kMaxSourceWords) return 0;
  agency = isAgency(name);
  return close + 1;
}

bool hasLetterOrDigit(std::string_view s) {
  for (const char c : s)
    if (isUpper(c) || isLower(c) || isDigit(c) || isNonAscii(c)) return true;
  return false;
}

}  // namespace

std::size_t leadingDatelineLength(std::string_view s) {
  const Place place = readPlace(s);
  std::size_t pos = place.words > 0 ? skipSpaces(s, place.end) : 0;
  bool agency = false;
  std::size_t end = 0;
  if (const std::size_t afterSource = readSource(s, pos, agency)) {
    const std::size_t afterDash = skipDash(s, skipSpaces(s, afterSource));
    const bool dashed = afterDash != skipSpaces(s, afterSource);
    if (place.words == 0 || agency || (dashed && place.capitals)) end = dashed ? afterDash : afterSource;
  } else if (place.words > 0 && place.capitals) {
    // "WASHINGTON — The Senate": capitals, spaces, a dash, and no lower-case word next.
    const std::size_t afterDash = skipDash(s, pos);
    const std::size_t next = skipSpaces(s, afterDash);
    if (afterDash != pos && next < s.size() && !isLower(s[next])) end = afterDash;
  }
  if (end == 0) return 0;
  end = skipSpaces(s, end);
  return hasLetterOrDigit(s.substr(end)) ? end : 0;
}

}  // namespace newslens::text
