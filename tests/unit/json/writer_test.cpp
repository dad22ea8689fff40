// json::Writer writes the bytes nlohmann's dump() gives for the same tree.
#include <doctest/doctest.h>

#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/json/writer.h"

namespace {

std::string dumped(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("Writer matches nlohmann's dump for numbers, strings and nesting") {
  const std::string strings[] = {"", "plain", "quote \" and \\ back", "tab\tnl\n\x01\x1f\x7f",
                                 "caf\xC3\xA9 \xF0\x9F\x98\x80", "bad \xFF\xFE bytes \xC3",
                                 // Well-formed only by the letter of UTF-8: overlong, surrogate,
                                 // above U+10FFFF, truncated; and the edges that are well-formed.
                                 "overlong \xC0\xAF \xE0\x80\xAF \xF0\x80\x80\xAF",
                                 "surrogate \xED\xA0\x80 high \xF4\x90\x80\x80 \xF5\x80\x80\x80", "cut \xE2\x80",
                                 "\xE2\x80\x9Cquoted\xE2\x80\x9D \xED\x9F\xBF \xEE\x80\x80 \xF4\x8F\xBF\xBF \xC2\x80",
                                 std::string("nul \0 inside", 12)};
  const double doubles[] = {0.0,
                            1.0,
                            -0.5,
                            0.305,
                            1e-7,
                            123456789.125,
                            1e300,
                            0.1 + 0.2,
                            std::numeric_limits<double>::quiet_NaN(),
                            std::numeric_limits<double>::infinity()};
  nlohmann::ordered_json tree = nlohmann::ordered_json::object();
  std::string out;
  newslens::json::Writer w(out);
  w.beginObject();
  w.key("strings");
  w.beginArray();
  tree["strings"] = nlohmann::ordered_json::array();
  for (const std::string& s : strings) {
    w.string(s);
    tree["strings"].push_back(s);
  }
  w.endArray();
  w.key("doubles");
  w.beginArray();
  tree["doubles"] = nlohmann::ordered_json::array();
  for (double d : doubles) {
    w.number(d);
    tree["doubles"].push_back(d);
  }
  w.endArray();
  w.field("int", -42);
  w.field("unsigned", 4294967295u);
  w.field("size", std::size_t{7});
  w.field("yes", true);
  w.key("none");
  w.null();
  w.key("empty");
  w.beginObject();
  w.endObject();
  w.key("nested");
  w.beginArray();
  w.beginObject();
  w.field("k", "v");
  w.endObject();
  w.beginArray();
  w.endArray();
  w.endArray();
  w.endObject();
  tree["int"] = -42;
  tree["unsigned"] = 4294967295u;
  tree["size"] = std::size_t{7};
  tree["yes"] = true;
  tree["none"] = nullptr;
  tree["empty"] = nlohmann::ordered_json::object();
  tree["nested"] = {{{"k", "v"}}, nlohmann::ordered_json::array()};
  CHECK(out == dumped(tree));
}

TEST_CASE("streamed pieces, merged, are the JSON written in one piece") {
  // Literal keys and integer fields (written in one append with their comma) and
  // string_view keys, at the top level and inside an array the pieces cut.
  const auto write = [](newslens::json::Writer& w) {
    w.beginObject();
    w.field("schema", 1);
    w.key(std::string_view("items"));
    w.beginArray();
    for (int i = 0; i < 40; ++i) {
      w.beginObject();
      w.field("start", i);
      w.field("text", "word");
      w.key("entity");
      if (i % 3 == 0)
        w.null();
      else
        w.number(i * 2);
      w.endObject();
    }
    w.endArray();
    w.field("count", 40u);
    w.key("tail");
    w.beginArray();
    for (int i = 0; i < 60; ++i) w.number(1000 + i);  // long enough to be cut under its literal key
    w.endArray();
    w.endObject();
  };
  std::string whole;
  {
    newslens::json::Writer w(whole);
    write(w);
  }
  std::string out;
  std::vector<std::string> pieces;
  {
    newslens::json::Writer w(out);
    w.streamTo([&](std::string_view piece) { pieces.emplace_back(piece); }, 64);
    write(w);
    w.flush();
  }
  REQUIRE(pieces.size() > 4);
  nlohmann::ordered_json merged = nlohmann::ordered_json::object();
  for (const std::string& piece : pieces) {
    const auto part = nlohmann::ordered_json::parse(piece);  // each piece parses alone
    for (const auto& [key, value] : part.items()) {
      if (value.is_array() && merged.contains(key) && merged[key].is_array())
        merged[key].insert(merged[key].end(), value.begin(), value.end());
      else
        merged[key] = value;
    }
  }
  CHECK(dumped(merged) == whole);
}
