#include <doctest/doctest.h>

#include <string>

#include "newslens/text/utf8.h"

namespace text = newslens::text;

TEST_CASE("asciiRunEnd stops at the first byte >= 0x80, at any offset and across words") {
  for (std::size_t lead = 0; lead < 20; ++lead) {
    for (std::size_t at = lead; at < 40; ++at) {
      std::string s(40, 'a');
      s[at] = '\xC3';
      CHECK(text::asciiRunEnd(s, lead) == at);
    }
    CHECK(text::asciiRunEnd(std::string(lead + 13, 'x'), lead) == lead + 13);  // no such byte: the end
  }
  CHECK(text::asciiRunEnd("", 0) == 0);
  CHECK(text::asciiRunEnd("\x7F\x80", 0) == 1);  // DEL is ASCII
}

TEST_CASE("isAscii is true only when no byte is past 0x7F") {
  CHECK(newslens::text::isAscii(""));
  CHECK(newslens::text::isAscii("Obama's 2nd term, \"quoted\"."));
  CHECK_FALSE(newslens::text::isAscii("Z\xC3\xBCrich"));
  CHECK_FALSE(newslens::text::isAscii("end\xE2\x80\x99"));
}
