#pragma once
// A word as the NER rules and the span typer compare and hash it: text::lowercase(
// normalizeToken(word)), without a string for an ASCII word (normalizeToken leaves
// those as they are, and nearly every word is one: text::LowerWord holds it on the
// stack). For the rules that read one word at a time, where a string each was most of
// their cost. Not copyable: view() may point into the object itself.

#include <string>
#include <string_view>

#include "newslens/ner/features.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {

class NormalLower {
 public:
  explicit NormalLower(std::string_view word)
      : ascii_(text::isAscii(word)),
        normalized_(ascii_ ? std::string() : text::lowercase(normalizeToken(word))),
        asciiLower_(ascii_ ? word : std::string_view()) {}
  NormalLower(const NormalLower&) = delete;
  NormalLower& operator=(const NormalLower&) = delete;
  std::string_view view() const { return ascii_ ? asciiLower_.view() : std::string_view(normalized_); }

  // Appends the same form of `word` to `out` (a key of many words: lowered where it lands).
  static void append(std::string& out, std::string_view word) {
    if (!text::isAscii(word)) {
      out += text::lowercase(normalizeToken(word));
      return;
    }
    const std::size_t from = out.size();
    out += word;
    text::lowercaseInPlace(&out[from], word.size());
  }

 private:
  bool ascii_;
  std::string normalized_;
  text::LowerWord asciiLower_;
};

}  // namespace newslens::ner
